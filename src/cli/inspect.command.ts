import { Option } from 'commander';
import type { Wiring } from './program.js';
import { addIngestOptions, type IngestFlags } from './ingest-options.js';

export function registerInspect(wire: Wiring): void {
  const { t } = wire;
  const cmd = wire.program
    .command('inspect')
    .description(t('Cho biết parcheck đã đọc gì từ các tệp: dạng, cột, đơn vị, cấp, kỳ, chỉ tiêu, cảnh báo', 'Show what parcheck read from files: shape, columns, units, levels, periods, measures, warnings'))
    .argument('<files...>', t('tệp Excel (.xlsx) hoặc CSV', 'Excel (.xlsx) or CSV files'))
    .addOption(new Option('--format <format>', t('định dạng đầu ra', 'output format')).choices(['table', 'json']).default('table'))
    .option('--suggest-mapping', t('viết ra tệp ánh xạ YAML (cho --mapping) theo cách parcheck hiểu các cột', 'print a mapping YAML (for --mapping) of how parcheck reads the columns'));
  addIngestOptions(cmd, t).action(async (files: string[], flags: IngestFlags & { format: 'table' | 'json'; suggestMapping?: boolean }) => {
    const { runInspectCommand } = await import('./inspect.js');
    wire.setExitCode(await runInspectCommand(files, flags, wire.ctx));
  });
}

/**
 * `parcheck inspect FILES…`: what was read, and how. Data on stdout; warnings on stderr (table form).
 * Start-up budget: the pipeline and the renderers are imported when the command runs.
 */
import { Option } from 'commander';
import { EXIT, type CliContext } from './context.js';
import { addIngestOptions, inputRequestFrom, type IngestFlags } from './ingest-options.js';
import type { Wiring } from './program.js';
import { barPerFile } from './progress.js';

export function registerInspect(wire: Wiring): void {
  const { t } = wire;
  const cmd = wire.program
    .command('inspect')
    .description(
      t('Cho biết parcheck đã đọc gì từ các tệp: dạng, cột, đơn vị, cấp, kỳ, chỉ tiêu, cảnh báo', 'Show what parcheck read from files: shape, columns, units, levels, periods, measures, warnings'),
    )
    .argument('<files...>', t('tệp Excel (.xlsx) hoặc CSV', 'Excel (.xlsx) or CSV files'))
    .addOption(new Option('--format <format>', t('định dạng đầu ra', 'output format')).choices(['table', 'json']).default('table'))
    .option('--suggest-mapping', t('viết ra tệp ánh xạ YAML (cho --mapping) theo cách parcheck hiểu các cột', 'print a mapping YAML (for --mapping) of how parcheck reads the columns'));
  addIngestOptions(cmd, t).action(async (files: string[], flags: IngestFlags & { format: 'table' | 'json'; suggestMapping?: boolean }) => {
    wire.setExitCode(await runInspectCommand(files, flags, wire.ctx));
  });
}

export async function runInspectCommand(files: string[], flags: IngestFlags & { format?: 'table' | 'json'; suggestMapping?: boolean }, ctx: CliContext): Promise<number> {
  const { runInspect, suggestMappings } = await import('../pipeline/inspect.js');
  if (flags.suggestMapping) {
    for (const yaml of await suggestMappings({ files, ...(await inputRequestFrom(flags, ctx)) })) ctx.stdout(yaml);
    return EXIT.ok;
  }
  // one bar per file, labelled with it (drawn only on a TTY without --quiet; a dossier list reports progress)
  const bars = barPerFile(ctx);
  const { files: ingested } = await runInspect({ files, ...(await inputRequestFrom(flags, ctx)), ...(bars.onProgress ? { onProgress: bars.onProgress } : {}) }).finally(bars.done);
  if (flags.format === 'json') {
    ctx.stdout((await import('../report/inspect-json.js')).inspectJson(ingested, ctx.lang));
  } else {
    const { inspectTable, inspectWarnings } = await import('../report/inspect-table.js');
    ctx.stdout(inspectTable(ingested, ctx.lang));
    const warnings = inspectWarnings(ingested, ctx.lang, ctx.errWidth);
    if (warnings) ctx.stderr(warnings);
  }
  return EXIT.ok;
}

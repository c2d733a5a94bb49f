/** `parcheck template [FILES…] --output FILE`: wiring only; the implementation is imported when the command runs. */
import { addIngestOptions } from './ingest-options.js';
import { levelOption } from './level-option.js';
import type { Wiring } from './program.js';

export function registerTemplate(wire: Wiring): void {
  const { t, ctx } = wire;
  const cmd = wire.program
    .command('template')
    .description(
      t(
        'Tạo biểu nhập số liệu (XLSX hoặc CSV) cho các số liệu mà chỉ tiêu cần nhưng các tệp xuất từ hệ thống không có',
        'Write a figures workbook (XLSX or CSV) for the figures the targets need that no export holds',
      ),
    )
    .argument('[files...]', t('tệp đầu vào đã có (số liệu chúng có sẽ không đưa vào biểu)', 'inputs at hand (figures they hold are left out)'))
    .requiredOption('--output <file>', t('tệp biểu nhập: .xlsx hoặc .csv', 'the workbook to write: .xlsx or .csv'))
    .option('--targets <path...>', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo của tỉnh)', 'target files or folders (default: the bundled ones of the province)'))
    .option('--province <slug>', t('tỉnh, ví dụ quang-nam', 'province, e.g. quang-nam'))
    .option('--document <id>', t('chỉ văn bản này', 'only this document'))
    .addOption(levelOption(t, ctx.lang));
  addIngestOptions(cmd, t);
  // here --period is the as-of period the figures serve, not a period forced on the inputs
  const period = cmd.options.find((o) => o.long === '--period');
  if (period)
    period.description = t(
      'kỳ đánh giá mà số liệu phục vụ: 2025, 2025-Q4, 2025-12 (mặc định: năm mới nhất trong tệp)',
      'the as-of period the figures serve: 2025, 2025-Q4, 2025-12 (default: the latest year in the files)',
    );
  cmd.action(async (files: string[], opts: Record<string, unknown>) => {
    const { runTemplateCommand } = await import('./template.js');
    wire.setExitCode(await runTemplateCommand(ctx, { files, ...(opts as object) } as Parameters<typeof runTemplateCommand>[1]));
  });
}

/** `parcheck check FILES…`: wiring only; the implementation is imported when the command runs. */
import { Option } from 'commander';
import { addIngestOptions } from './ingest-options.js';
import { levelOption } from './level-option.js';
import type { Wiring } from './program.js';

export function registerCheck(wire: Wiring): void {
  const { t, ctx } = wire;
  const cmd = wire.program
    .command('check')
    .description(
      t(
        'Đối chiếu số liệu với chỉ tiêu: mỗi chỉ tiêu cho toàn tỉnh, từng cấp và từng đơn vị; mức chênh lệch và số hồ sơ còn thiếu',
        'Check figures against targets: each target for the province, each level and each unit; the gap and how many more items are needed',
      ),
    )
    .argument('<files...>', t('tệp Excel/CSV xuất từ hệ thống', 'Excel/CSV exports'))
    .option('--targets <path...>', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo của tỉnh)', 'target files or folders (default: the bundled ones of the province)'))
    .option('--document <id>', t('chỉ văn bản này', 'only this document'))
    .option('--province <slug>', t('tỉnh (khi tệp không ghi rõ), ví dụ quang-nam', 'province (when the files do not say), e.g. quang-nam'))
    .option('--as-of <period>', t('thời điểm đánh giá (mặc định: kỳ mới nhất trong tệp)', 'as-of period (default: the latest period in the files)'))
    .addOption(levelOption(t, ctx.lang))
    .option('--unit <name>', t('chỉ đơn vị này', 'only this unit'))
    .addOption(new Option('--format <format>', t('định dạng báo cáo', 'report format')).choices(['table', 'json', 'csv', 'xlsx', 'md', 'html']))
    .option('--output <file>', t('ghi báo cáo vào tệp (ghi nguyên tử)', 'write the report to a file (atomically)'))
    .option('--wide', t('bảng đủ mọi cột, không co theo bề rộng màn hình', 'the table with every column at full width, whatever the terminal'))
    .addOption(
      new Option('--fail-on <status>', t('mã thoát 1 khi có kết quả ở mức này', 'exit 1 when a finding reaches this status'))
        .choices(['missed', 'off-track', 'never'])
        .default('missed'),
    )
    .addOption(new Option('--show <what>', t('in đủ các kết quả thiếu số liệu trong bảng (mặc định: một đoạn tóm tắt theo số liệu còn thiếu)', 'list every no-data finding in the table (default: one short block grouped by what is missing)')).choices(['no-data']))
    .option('--combine', t('cộng số liệu trùng từ các tệp khác nhau (tệp là các phần của một báo cáo)', 'sum duplicate figures read from different files (the files are parts of one report)'))
    .option('--tolerance <points>', t('độ lệch cho phép giữa tỷ lệ ghi trong tệp và tỷ lệ tính lại, theo điểm % (mặc định 0,1)', 'allowed difference between a declared rate and its recomputed value, in points (default 0.1)'))
    .option('--evidence <dir>', t('ghi bộ hồ sơ chứng cứ (báo cáo + manifest.json với SHA-256) vào thư mục này', 'write an evidence bundle (reports + manifest.json with SHA-256) into this folder'));
  addIngestOptions(cmd, t).action(async (files: string[], opts: Record<string, unknown>) => {
    const { runCheckCommand } = await import('./check.js');
    wire.setExitCode(await runCheckCommand(ctx, { files, ...(opts as object) }));
  });
}

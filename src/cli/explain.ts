/**
 * `parcheck explain TARGET FILES…`: the options wired, made into a request for the pipeline's
 * runExplain, and the chain behind one finding printed (report/explain-text.ts) or its JSON. Exit 0;
 * 2 on errors. Start-up budget: the pipeline and the renderers are imported when the command runs.
 */
import { Option } from 'commander';
import { wrapLine } from '../report/box.js';
import { EXIT, type CliContext } from './context.js';
import { addIngestOptions, targetRequestFrom, type TargetFlags } from './ingest-options.js';
import { levelOption } from './level-option.js';
import type { Wiring } from './program.js';

export function registerExplain(wire: Wiring): void {
  const { t, ctx } = wire;
  const cmd = wire.program
    .command('explain')
    .description(
      t(
        'Giải thích một kết quả từng bước: các ô đầu vào, tổng theo chỉ số đo, công thức, ngưỡng và điều khoản, so sánh, trạng thái',
        'Explain one finding step by step: the input cells, the sums per measure, the formula, the threshold and its clause, the comparison, the status',
      ),
    )
    .argument('<target>', t('mã ngưỡng, mã chỉ tiêu hoặc văn-bản#chỉ-tiêu', 'threshold id, target id or document#target'))
    .argument('<files...>', t('tệp Excel/CSV xuất từ hệ thống', 'Excel/CSV exports'))
    .option('--targets <path...>', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo của tỉnh)', 'target files or folders (default: the bundled ones of the province)'))
    .option('--province <slug>', t('tỉnh (khi tệp không ghi rõ)', 'province (when the files do not say)'))
    .option('--as-of <period>', t('thời điểm đánh giá (mặc định: kỳ mới nhất trong tệp)', 'as-of period (default: the latest period in the files)'))
    .addOption(levelOption(t, ctx.lang, t('phạm vi một cấp: toàn tỉnh, tỉnh, huyện, xã', 'a level scope: all, province, district, commune')))
    .option('--unit <name>', t('phạm vi một đơn vị', 'a unit scope'))
    .option('--combine', t('cộng số liệu trùng từ các tệp khác nhau', 'sum duplicate figures read from different files'))
    .option('--no-rows', t('không đọc lại danh sách hồ sơ để liệt kê các dòng được đếm', 'do not read dossier lists again to list the rows counted'))
    .addOption(new Option('--format <format>', t('định dạng kết quả', 'output format')).choices(['table', 'json']).default('table'));
  addIngestOptions(cmd, t).action(async (target: string, files: string[], opts: Record<string, unknown>) => {
    wire.setExitCode(await runExplainCommand(ctx, { target, files, ...(opts as object) }));
  });
}

export interface ExplainCommandOptions extends TargetFlags {
  target: string;
  format?: string;
  /** False with --no-rows: do not read dossier lists again to name their rows. */
  rows?: boolean;
}

export async function runExplainCommand(ctx: CliContext, opts: ExplainCommandOptions): Promise<number> {
  const { runExplain } = await import('../pipeline/explain.js');
  const explanation = await runExplain({ ...(await targetRequestFrom(opts, ctx)), target: opts.target, ...(opts.rows === false ? { rows: false } : {}) });
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify((await import('../report/explain-json.js')).explainJson(explanation), null, 2)}\n`);
  else {
    const { renderExplanation } = await import('../report/explain-text.js');
    // Every line fits the terminal: a long clause or cell list wraps under itself.
    ctx.stdout(
      `${renderExplanation(explanation, ctx.lang)
        .replace(/\n$/, '')
        .split('\n')
        .flatMap((l) => wrapLine(l, ctx.proseWidth, '  '))
        .join('\n')}\n`,
    );
  }
  return EXIT.ok;
}

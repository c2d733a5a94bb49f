/**
 * `parcheck check FILES…`: the options wired, made into a request for the pipeline's runCheck, the
 * report rendered, and the summary turned into an exit code. `--period` is shared with ingest: it is
 * the report period of files that do not state one; each threshold is measured on its own period
 * (check/window.ts). `--evidence DIR` also writes an evidence bundle (src/evidence). Start-up
 * budget: what only a run needs (the pipeline, the reporters) is imported when it runs.
 */
import { Option } from 'commander';
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import type { CheckResult, IngestWarning } from '../core/types.js';
import { warning } from '../core/warnings.js';
import { showControls } from '../ingest/text.js';
import { EXIT, type CliContext } from './context.js';
import { addIngestOptions, targetRequestFrom, type TargetFlags } from './ingest-options.js';
import { levelOption } from './level-option.js';
import type { Wiring } from './program.js';
import { packageVersion } from './version.js';
import { warningMessage } from '../report/warning-messages.js';
import { warningLines } from '../report/warnings-stderr.js';

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
    .addOption(new Option('--fail-on <status>', t('mã thoát 1 khi có kết quả ở mức này', 'exit 1 when a finding reaches this status')).choices(['missed', 'off-track', 'never']).default('missed'))
    .addOption(
      new Option(
        '--show <what>',
        t(
          'in đủ các kết quả thiếu số liệu trong bảng (mặc định: một đoạn tóm tắt theo số liệu còn thiếu)',
          'list every no-data finding in the table (default: one short block grouped by what is missing)',
        ),
      ).choices(['no-data']),
    )
    .option('--combine', t('cộng số liệu trùng từ các tệp khác nhau (tệp là các phần của một báo cáo)', 'sum duplicate figures read from different files (the files are parts of one report)'))
    .option(
      '--tolerance <points>',
      t('độ lệch cho phép giữa tỷ lệ ghi trong tệp và tỷ lệ tính lại, theo điểm % (mặc định 0,1)', 'allowed difference between a declared rate and its recomputed value, in points (default 0.1)'),
    )
    .option('--evidence <dir>', t('ghi bộ hồ sơ chứng cứ (báo cáo + manifest.json với SHA-256) vào thư mục này', 'write an evidence bundle (reports + manifest.json with SHA-256) into this folder'));
  addIngestOptions(cmd, t).action(async (files: string[], opts: Record<string, unknown>) => {
    wire.setExitCode(await runCheckCommand(ctx, { files, ...(opts as object) }));
  });
}

export interface CheckCommandOptions extends TargetFlags {
  format?: string;
  output?: string;
  failOn?: 'missed' | 'off-track' | 'never';
  evidence?: string;
  /** Every column of the table at its full width, whatever the terminal. */
  wide?: boolean;
  /** `--show no-data`: every no-data finding in the table instead of the grouped block. */
  show?: 'no-data';
}

const FAILING: Record<string, string[]> = { missed: ['missed'], 'off-track': ['missed', 'off-track'], never: [] };

export async function runCheckCommand(ctx: CliContext, opts: CheckCommandOptions): Promise<number> {
  const { reporterFor } = await import('../report/reporters.js');
  for (const [flag, value] of [
    ['--output', opts.output],
    ['--evidence', opts.evidence],
  ] as const) {
    if (value === undefined || value.trim() !== '') continue;
    throw new ParcheckError('USAGE', text(`${flag} cần một đường dẫn`, `${flag} needs a path`), {
      location: { path: flag },
      found: '""',
      hint: text(`Bỏ ${flag} hoặc ghi đường dẫn sau nó.`, `Leave ${flag} out, or give a path after it.`),
    });
  }
  const reporter = reporterFor(opts.format, opts.output); // a bad --format fails before any reading
  if (reporter.binary && !opts.output && !opts.evidence) {
    throw new ParcheckError('USAGE', text(`Báo cáo ${reporter.name} cần --output TỆP`, `A ${reporter.name} report needs --output FILE`), {
      location: { path: '--format' },
      hint: text(`Ví dụ: --output bao-cao${reporter.extension}`, `For example: --output report${reporter.extension}`),
    });
  }
  const request = { ...(await targetRequestFrom(opts, ctx)), cells: reporter.binary, series: reporter.name === 'html' };
  const { runCheck } = await import('../pipeline/check.js');
  const checked = await runCheck(request);
  const { result: full, warnings, inputs: run } = checked;
  if (!ctx.quiet) printWarnings(ctx, warnings);
  const writesXlsx = (reporter.name === 'xlsx' && opts.output) || (opts.evidence && (opts.format ?? 'xlsx') === 'xlsx');
  if (writesXlsx && !ctx.quiet) await warnXlsxText(ctx, full);

  if (opts.evidence) {
    const { writeEvidence } = await import('../evidence/write.js');
    const { writeOutputAtomic } = await import('../files/write-output.js');
    const { manifest, manifestSha256 } = await writeEvidence({
      dir: opts.evidence,
      format: opts.format,
      request,
      run: checked,
      lang: ctx.lang,
      version: packageVersion(),
      argv: ctx.argv,
      write: writeOutputAtomic,
    });
    if (!ctx.quiet) ctx.stderr(`${pick(text('Đã ghi bộ chứng cứ', 'Evidence written'), ctx.lang)}: ${opts.evidence} (${manifest.outputs.map((o) => o.path).join(', ')}, manifest.json)\n`);
    // The manifest's own hash, kept outside the bundle (a ticket, an email), pins it: `verify
    // --manifest-sha256` then refuses a bundle whose manifest was rewritten together with its outputs.
    // Printed under --quiet too: it is the bundle's identity, not a notice.
    ctx.stderr(`manifest.json sha256 ${manifestSha256}\n`);
  }
  if (opts.output) {
    const data = await reporter.render(full, { lang: ctx.lang, color: false });
    const { writeOutputAtomic } = await import('../files/write-output.js');
    await writeOutputAtomic(run.at(opts.output), data, { protect: run.protect });
    if (!ctx.quiet) ctx.stderr(`${pick(text('Đã ghi báo cáo', 'Report written'), ctx.lang)}: ${opts.output}\n`);
  } else if (!reporter.binary) {
    // The terminal table fits the terminal unless --wide; files always get every column.
    ctx.stdout(await reporter.render(full, { lang: ctx.lang, color: ctx.color, width: opts.wide ? undefined : ctx.width, showNoData: opts.show === 'no-data' }));
  }
  const failing = FAILING[opts.failOn ?? 'missed'] ?? ['missed'];
  return failing.some((s) => full.summary[s as keyof CheckResult['summary']] > 0) ? EXIT.failing : EXIT.ok;
}

/** Text an Excel cell cannot hold is replaced or cut in the workbook (report/xml-safe.ts): say so. */
async function warnXlsxText(ctx: CliContext, result: CheckResult): Promise<void> {
  const { unsafeTexts, CELL_CHARS } = await import('../report/xml-safe.js');
  const u = unsafeTexts(result);
  if (u.replaced === 0 && u.cut === 0) return;
  const note = warning('XLSX_TEXT', { replaced: u.replaced, cut: u.cut, limit: CELL_CHARS, example: showControls(u.example ?? '') }, { location: {} });
  ctx.stderr(`${pick(text('Cảnh báo', 'Warning'), ctx.lang)} [XLSX_TEXT]: ${warningMessage(note, ctx.lang)}\n`);
}

function printWarnings(ctx: CliContext, warnings: IngestWarning[]): void {
  for (const line of warningLines(warnings, { lang: ctx.lang, width: ctx.errWidth })) ctx.stderr(`${line}\n`);
}

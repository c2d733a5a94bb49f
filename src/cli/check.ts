/**
 * `parcheck check`: read the inputs, load the targets (the bundled catalogue of the inputs' province
 * unless --targets), run the pure check and the audit, render the report, and turn the summary into
 * an exit code. `--period` is shared with ingest: it is the report period of files that do not state
 * one (a file that names another is refused); each threshold is measured on its own period (window.ts). `--evidence DIR` also writes an evidence bundle
 * (evidence.ts). Paths in reports are the ones the user typed, so reports never depend on the machine.
 */
import { pick, text } from '../core/i18n.js';
import { ParcheckError } from '../core/errors.js';
import type { CheckResult, IngestWarning } from '../core/types.js';
import { readCheckInputs, type CheckInputFlags } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';
import { warningLines } from './warnings.js';
import { showControls } from '../ingest/text.js';

export interface CheckCommandOptions extends CheckInputFlags {
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
  for (const [flag, value] of [['--output', opts.output], ['--evidence', opts.evidence]] as const) {
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
  const run = await readCheckInputs(ctx, opts);
  const { runCheck } = await import('../check/run-check.js');
  const { warnings, ...result } = runCheck({ ...run.request, cells: reporter.binary, series: reporter.name === 'html' });
  const full: CheckResult = { ...result, audit: run.audit };
  if (!ctx.quiet) printWarnings(ctx, [...run.audit, ...warnings]);
  const writesXlsx = (reporter.name === 'xlsx' && opts.output) || (opts.evidence && (opts.format ?? 'xlsx') === 'xlsx');
  if (writesXlsx && !ctx.quiet) await warnXlsxText(ctx, full);

  if (opts.evidence) {
    const { writeEvidence } = await import('./evidence.js');
    await writeEvidence(ctx, { dir: opts.evidence, format: opts.format, result: full, run, mapping: opts.mapping, registry: opts.registry });
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
  const example = showControls(u.example ?? '');
  const message = text(
    `Báo cáo Excel: ${u.replaced} đoạn văn bản có ký tự Excel không chứa được (thay bằng �), ${u.cut} đoạn dài quá ${CELL_CHARS} ký tự (cắt bớt, ghi "… [+N]"); ví dụ: "${example}"`,
    `Excel report: ${u.replaced} texts hold characters Excel cannot store (replaced by �), ${u.cut} exceed ${CELL_CHARS} characters (cut, marked "… [+N]"); e.g. "${example}"`,
  );
  ctx.stderr(`${pick(text('Cảnh báo', 'Warning'), ctx.lang)} [XLSX_TEXT]: ${pick(message, ctx.lang)}\n`);
}

function printWarnings(ctx: CliContext, warnings: IngestWarning[]): void {
  for (const line of warningLines(warnings, { lang: ctx.lang, width: ctx.errWidth })) ctx.stderr(`${line}\n`);
}

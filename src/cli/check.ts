/**
 * `parcheck check`: read the inputs, load the targets (the bundled catalogue of the inputs' province
 * unless --targets), run the pure check and the audit, render the report, and turn the summary into
 * an exit code. `--period` is shared with ingest: it is the report period of files that do not state
 * one, and the period every threshold is measured on. `--evidence DIR` also writes an evidence bundle
 * (evidence.ts). Paths in reports are the ones the user typed, so reports never depend on the machine.
 */
import { pick, text } from '../core/i18n.js';
import { showControls } from '../ingest/text.js';
import { ParcheckError } from '../core/errors.js';
import type { CheckResult, IngestWarning } from '../core/types.js';
import { readCheckInputs, type CheckInputFlags } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';

export interface CheckCommandOptions extends CheckInputFlags {
  format?: string;
  output?: string;
  failOn?: 'missed' | 'off-track' | 'never';
  evidence?: string;
  /** `--show no-data`: every no-data finding in the table instead of the grouped block. */
  show?: 'no-data';
}

const FAILING: Record<string, string[]> = { missed: ['missed'], 'off-track': ['missed', 'off-track'], never: [] };

export async function runCheckCommand(ctx: CliContext, opts: CheckCommandOptions): Promise<number> {
  const { reporterFor } = await import('../report/index.js');
  const reporter = reporterFor(opts.format, opts.output); // a bad --format fails before any reading
  if (reporter.binary && !opts.output && !opts.evidence) {
    throw new ParcheckError('USAGE', text(`Báo cáo ${reporter.name} cần --output TỆP`, `A ${reporter.name} report needs --output FILE`), {
      location: { path: '--format' },
      hint: text(`Ví dụ: --output bao-cao${reporter.extension}`, `For example: --output report${reporter.extension}`),
    });
  }
  const run = await readCheckInputs(ctx, opts);
  const { runCheck } = await import('../check/run-check.js');
  const { warnings, ...result } = runCheck({ ...run.request, cells: reporter.binary });
  const full: CheckResult = { ...result, audit: run.audit };
  if (!ctx.quiet) printWarnings(ctx, [...run.audit, ...warnings]);

  if (opts.evidence) {
    const { writeEvidence } = await import('./evidence.js');
    await writeEvidence(ctx, { dir: opts.evidence, format: opts.format, result: full, run, mapping: opts.mapping, registry: opts.registry });
  }
  if (opts.output) {
    const data = await reporter.render(full, { lang: ctx.lang, color: false });
    const { writeOutputAtomic } = await import('./output.js');
    await writeOutputAtomic(run.at(opts.output), data, { protect: run.protect });
    if (!ctx.quiet) ctx.stderr(`${pick(text('Đã ghi báo cáo', 'Report written'), ctx.lang)}: ${opts.output}\n`);
  } else if (!reporter.binary) {
    ctx.stdout(await reporter.render(full, { lang: ctx.lang, color: ctx.color, showNoData: opts.show === 'no-data' }));
  }
  const failing = FAILING[opts.failOn ?? 'missed'] ?? ['missed'];
  return failing.some((s) => full.summary[s as keyof CheckResult['summary']] > 0) ? EXIT.failing : EXIT.ok;
}

const SHOWN = 20;

function printWarnings(ctx: CliContext, warnings: IngestWarning[]): void {
  const word = pick(text('Cảnh báo', 'Warning'), ctx.lang);
  // Messages quote unit names and cells from the inputs: never send their control characters to a terminal.
  for (const w of warnings.slice(0, SHOWN)) ctx.stderr(`${word} [${w.code}]: ${showControls(pick(w.message, ctx.lang) + cellsText(w))}\n`);
  if (warnings.length > SHOWN) ctx.stderr(`… ${warnings.length - SHOWN}\n`);
}

/** The cells behind a warning, "file:line:col" or "file › sheet › E12", so an auditor can open them. */
export function cellsText(w: IngestWarning): string {
  if (!w.cells || w.cells.length === 0) return '';
  const one = (c: NonNullable<IngestWarning['cells']>[number]) => {
    const head = c.line !== undefined ? `${c.file}:${c.line}${c.column !== undefined ? `:${c.column}` : ''}` : c.file;
    return [head, c.sheet, c.cell, c.rows !== undefined ? `rows ${c.rows}${c.count !== undefined ? ` (${c.count})` : ''}` : undefined].filter(Boolean).join(' › ');
  };
  const list = w.cells.slice(0, 12).map(one);
  return `\n    ${list.join('\n    ')}${w.cells.length > 12 ? `\n    … ${w.cells.length - 12}` : ''}`;
}

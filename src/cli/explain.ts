/**
 * `parcheck explain`: reads the inputs and targets as `check` does, asks the pure explainFinding for
 * the chain behind one finding, names the rows of every dossier-list figure in it (reading the list
 * again, unless --no-rows), and prints it (explain-text.ts) or its JSON. Exit 0; 2 on errors.
 */
import type { IngestOptions, ScopeLevel } from '../core/types.js';
import type { Explanation } from '../check/explain-finding.js';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { readCheckInputs, type CheckInputFlags } from './check-inputs.js';
import { matchUnits } from './unit-filter.js';
import { wrapLine } from '../report/box.js';
import { EXIT, type CliContext } from './context.js';
import { explainJson } from './explain-json.js';
import { renderExplanation } from './explain-text.js';

export interface ExplainCommandOptions extends CheckInputFlags {
  target: string;
  format?: string;
  level?: ScopeLevel;
  /** False with --no-rows: do not read dossier lists again to name their rows. */
  rows?: boolean;
}

export async function runExplainCommand(ctx: CliContext, opts: ExplainCommandOptions): Promise<number> {
  const run = await readCheckInputs(ctx, opts);
  if (opts.unit !== undefined) oneUnit(opts.unit, run.ingested.flatMap((f) => f.observations.map((o) => o.unit)));
  const { explainFinding } = await import('../check/explain-finding.js');
  const explanation = explainFinding({
    target: opts.target,
    observations: run.request.observations,
    thresholds: run.thresholds,
    asOf: opts.asOf,
    period: opts.period,
    level: opts.level,
    unit: run.request.unit,
    combine: run.request.combine,
  });
  const lists = run.ingested.filter((f) => f.shape === 'dossier_list').map((f) => f.path);
  if (opts.rows !== false && lists.length > 0) await nameDossierRows(explanation, lists, run.at, run.ingestOptions);
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify(explainJson(explanation), null, 2)}\n`);
  // Every line fits the terminal: a long clause or cell list wraps under itself.
  else ctx.stdout(`${renderExplanation(explanation, ctx.lang).replace(/\n$/, '').split('\n').flatMap((l) => wrapLine(l, ctx.proseWidth, '  ')).join('\n')}\n`);
  return EXIT.ok;
}

/** Fills `counted` of every input figure that comes from a dossier list (files as shown in reports). */
async function nameDossierRows(e: Explanation, lists: string[], at: (p: string) => string, options: IngestOptions): Promise<void> {
  const { traceDossierRows, traceKey } = await import('../ingest/dossier-list/trace.js');
  for (const file of lists) {
    const inputs = e.inputs.filter((i) => i.sources.some((s) => s.file === file));
    if (inputs.length === 0) continue;
    const traced = await traceDossierRows(at(file), options, inputs.map((i) => ({ unit: i.unit, period: i.period, measure: i.measure })));
    for (const i of inputs) {
      const rows = traced.get(traceKey({ unit: i.unit, period: i.period, measure: i.measure }));
      if (rows) (i.counted ??= []).push({ file, lines: rows.lines, ids: rows.ids, count: rows.count });
    }
  }
}

/** explain follows one finding: a part of a name that several units share must be made precise. */
function oneUnit(query: string, names: string[]): void {
  const { units } = matchUnits(query, names);
  if (units.length > 1) {
    throw new ParcheckError('USAGE', text(`"${query}" khớp ${units.length} đơn vị; explain cần đúng một`, `"${query}" matches ${units.length} units; explain needs exactly one`), {
      location: { path: '--unit' },
      found: query,
      expected: text(`một trong: ${units.slice(0, 8).join('; ')}`, `one of: ${units.slice(0, 8).join('; ')}`),
      hint: text('Gõ thêm tên cho đủ phân biệt, ví dụ --unit "UBND huyện Duy Xuyên".', 'Type more of the name, e.g. --unit "UBND huyện Duy Xuyên".'),
    });
  }
}

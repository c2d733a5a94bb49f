/**
 * `runExplain`: reads the inputs and targets as `runCheck` does, asks the pure explainFinding for the
 * chain behind one finding, and names the rows of every dossier-list figure in it (reading the list
 * again, unless `rows: false`).
 */
import type { IngestOptions } from '../core/types.js';
import type { Explanation } from '../check/explain-finding.js';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { readCheckInputs } from './check-inputs.js';
import type { ExplainRequest } from './request.js';
import { matchUnits } from './unit-filter.js';

export type { Explanation } from '../check/explain-finding.js';

export async function runExplain(request: ExplainRequest): Promise<Explanation> {
  const run = await readCheckInputs(request);
  if (request.unit !== undefined)
    oneUnit(
      request.unit,
      run.ingested.flatMap((f) => f.observations.map((o) => o.unit)),
    );
  const { explainFinding } = await import('../check/explain-finding.js');
  const explanation = explainFinding({
    target: request.target,
    observations: run.findingsRequest.observations,
    thresholds: run.thresholds,
    asOf: request.asOf,
    period: request.period,
    level: request.level,
    unit: run.findingsRequest.unit,
    combine: run.findingsRequest.combine,
  });
  const lists = run.ingested.filter((f) => f.shape === 'dossier_list').map((f) => f.path);
  if (request.rows !== false && lists.length > 0) await nameDossierRows(explanation, lists, run.at, run.ingestOptions);
  return explanation;
}

/** Fills `counted` of every input figure that comes from a dossier list (files as shown in reports). */
async function nameDossierRows(e: Explanation, lists: string[], at: (p: string) => string, options: IngestOptions): Promise<void> {
  const { traceDossierRows, traceKey } = await import('../ingest/dossier-list/trace.js');
  for (const file of lists) {
    const inputs = e.inputs.filter((i) => i.sources.some((s) => s.file === file));
    if (inputs.length === 0) continue;
    const traced = await traceDossierRows(
      at(file),
      options,
      inputs.map((i) => ({ unit: i.unit, period: i.period, measure: i.measure })),
    );
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

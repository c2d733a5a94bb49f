/**
 * The rows behind a dossier-list figure (the audit trail: every dossier a figure counts, by row and id).
 * A figure of a list is a count of dossiers for one unit × month × measure; `traceDossierRows` reads the
 * list again and names the row of every dossier counted in the figures asked for.
 *
 * A row counts in a figure when the figure of that single dossier, computed by the one definition of
 * the measures (Tally.add, then monthFigures over forEachMonth, as finalize.ts does), is 1. So the rows
 * listed always add up to the figure they explain; the caller checks that they do.
 */
import type { IngestOptions } from '../../core/types.js';
import { resolveUnit } from '../resolve-unit.js';
import { monthLabel, monthOfPeriod } from './list-dates.js';
import { ingestDossierList } from './ingest-list.js';
import { forEachMonth, monthFigures } from './month-figures.js';
import { MAX_LINE, MIN_LINE, NC, Tally, type DossierRow } from './tally.js';

export interface RowTraceKey {
  /** The unit as reported (after the unit registry, when one is given). */
  unit: string;
  /** A month, `2025-03`. */
  period: string;
  measure: string;
}

export interface TracedRows {
  /** The rows counted, ascending: CSV physical lines (the record's first line) or sheet row numbers. */
  lines: number[];
  /** The dossier id ("Mã hồ sơ") of each row of `lines`, in the same order ('' where blank). */
  ids: string[];
  /** How many rows count in the figure; more than `lines.length` when the list was cut at `maxLines`. */
  count: number;
}

function isEmptyMonth(cells: Float64Array, o: number): boolean {
  for (let k = 0; k < NC; k++) if (k !== MIN_LINE && k !== MAX_LINE && cells[o + k] !== 0) return false;
  return true;
}

export const traceKey = (k: RowTraceKey): string => `${k.unit}\u0000${k.period}\u0000${k.measure}`;

/** The rows of `path` counted in each figure of `keys`, by `traceKey`. Reads the list on one thread. */
export async function traceDossierRows(path: string, options: IngestOptions, keys: RowTraceKey[], maxLines = 100_000): Promise<Map<string, TracedRows>> {
  const months = keys.map((k) => monthOfPeriod(k.period)).filter((m): m is number => m !== null);
  const lastWanted = months.length > 0 ? Math.max(...months) : -1;
  const period = options.asOf ?? (lastWanted >= 0 ? monthLabel(lastWanted) : undefined);
  const reported = (raw: string) => resolveUnit(raw, options.registry, period)?.name ?? raw;
  const tally = new TracingTally(keys, reported, maxLines);
  await ingestDossierList(path, { ...options, tally, threads: 1 });
  return tally.traced();
}

class TracingTally extends Tally {
  override readonly keepsCodes = true;
  /** reported unit → month → measures wanted */
  private readonly wanted = new Map<string, Map<number, Set<string>>>();
  private readonly reportedOf = new Map<number, string>();
  private readonly found = new Map<string, TracedRows>();
  private readonly lastWanted: number;
  private lineShift = 0;

  constructor(
    keys: RowTraceKey[],
    private readonly reported: (raw: string) => string,
    private readonly maxLines: number,
  ) {
    super();
    let last = -1;
    for (const k of keys) {
      const m = monthOfPeriod(k.period);
      if (m === null) continue;
      last = Math.max(last, m);
      let byMonth = this.wanted.get(k.unit);
      if (!byMonth) this.wanted.set(k.unit, (byMonth = new Map()));
      let measures = byMonth.get(m);
      if (!measures) byMonth.set(m, (measures = new Set()));
      measures.add(k.measure);
      this.found.set(traceKey(k), { lines: [], ids: [], count: 0 });
    }
    this.lastWanted = last;
  }

  override add(r: DossierRow): void {
    super.add(r);
    const { unit, line } = r;
    let name = this.reportedOf.get(unit);
    if (name === undefined) this.reportedOf.set(unit, (name = this.reported(this.names[unit]!)));
    const byMonth = this.wanted.get(name);
    if (!byMonth) return;
    // This dossier alone, through the same definition as every figure.
    const one = this.alone();
    one.asOf = this.asOf;
    one.add({ ...r, unit: 0 });
    const cells = one.cells[0]!;
    forEachMonth(cells, one.base, one.span, one.base, this.lastWanted, (m, o, stocks) => {
      const measures = byMonth.get(m);
      // A month where this dossier is neither counted nor in stock gives only zeros: skip the figures.
      if (!measures || (stocks.carried === 0 && stocks.pending === 0 && stocks.overdue === 0 && (o < 0 || isEmptyMonth(cells, o)))) return;
      for (const [measure, value] of monthFigures(cells, o, stocks)) {
        if (value <= 0 || !measures.has(measure)) continue;
        const rows = this.found.get(traceKey({ unit: name, period: monthLabel(m), measure }))!;
        rows.count += value;
        if (rows.lines.length < this.maxLines) {
          rows.lines.push(line);
          rows.ids.push(this.code);
        }
      }
    });
  }

  /** A one-unit tally holding no dossier: reused, its grid kept (it only grows) and cleared. */
  private scratch: Tally | undefined;
  private alone(): Tally {
    if (!this.scratch) {
      this.scratch = new Tally();
      this.scratch.unitId('');
    } else this.scratch.cells[0]!.fill(0);
    return this.scratch;
  }

  override rangeFollowsLine(line: number): void {
    this.lineShift = line;
  }

  traced(): Map<string, TracedRows> {
    for (const rows of this.found.values()) {
      const order = rows.lines.map((_, i) => i).sort((a, b) => rows.lines[a]! - rows.lines[b]!);
      rows.ids = order.map((i) => rows.ids[i]!);
      rows.lines = order.map((i) => rows.lines[i]! + this.lineShift);
    }
    return this.found;
  }
}

/**
 * Turn a tally into observations: one per unit × covered month × measure, zeros included (a unit that
 * received nothing in a month is a fact, not missing data). Stock measures come from prefix sums of the
 * difference arrays of tally.ts.
 */
import type { IngestedFile, Observation, RegistryUnit, SourceRef } from '../../core/types.js';
import { inferLevelFromName, levelFromLabel } from '../unit-levels.js';
import { resolveUnit } from '../resolve-unit.js';
import { monthLabel } from './list-dates.js';
import * as T from './tally.js';
import { Tally } from './tally.js';
import { FLOW_MEASURES, forEachMonth, monthFigures } from './month-figures.js';

/** Which optional columns the list has: measures of absent columns are not emitted. */
export interface Present {
  channel: boolean;
  digitized: boolean;
  paidOnline: boolean;
  fee: boolean;
  eCirculated: boolean;
  status: boolean;
  serviceLevel: boolean;
  dossierDigitized: boolean;
}

/** The optional column each measure needs; a measure whose column is absent is not emitted. */
const NEEDS: Record<string, keyof Present | 'payment'> = {
  received_online: 'channel',
  received_offline: 'channel',
  digitized_results: 'digitized',
  payable_dossiers: 'payment',
  paid_online: 'paidOnline',
  e_circulated: 'eCirculated',
  dossiers_rejected: 'status',
  dossiers_withdrawn: 'status',
  received_full_online: 'serviceLevel',
  dossiers_digitized: 'dossierDigitized',
};

export type UnitInfo = IngestedFile['units'][number];

/**
 * `--registry`: each unit takes its registry name, and names that are aliases of one registry unit are
 * merged into it (their counts added), as the form path does with `resolveUnit`. A name the registry
 * lacks stays as written. `period` picks among registry units sharing an alias (validity dates).
 */
export function renameUnits(tally: Tally, registry: RegistryUnit[] | undefined, period?: string): Tally {
  if (!registry || registry.length === 0 || tally.span === 0) return tally;
  const names = tally.names.map((n) => resolveUnit(n, registry, period)?.name ?? n);
  if (names.every((n, i) => n === tally.names[i])) return tally;
  const merged = new Tally();
  merged.merge({ ...tally.state(), names }, 0);
  merged.asOf = tally.asOf;
  return merged;
}

export function unitLevels(tally: Tally, registry: RegistryUnit[] | undefined): UnitInfo[] {
  return tally.names.map((name, u) => {
    const fromRegistry = resolveUnit(name, registry)?.level;
    if (fromRegistry) return { name, level: fromRegistry, levelFrom: 'registry' as const };
    const fromColumn = levelFromLabel(tally.levelLabels[u] ?? '');
    if (fromColumn) return { name, level: fromColumn, levelFrom: 'column' as const };
    const fromName = inferLevelFromName(name);
    if (fromName) return { name, level: fromName, levelFrom: 'name' as const };
    return { name, level: null, levelFrom: 'unknown' as const };
  });
}

function rows(min: number, max: number): string | undefined {
  if (min <= 0) return undefined;
  return min === max ? String(min) : `${min}-${max}`;
}

export function observations(tally: Tally, units: UnitInfo[], file: string, present: Present, asOfMonth?: number): { observations: Observation[]; periods: string[] } {
  const first = tally.firstMonth;
  const last = asOfMonth ?? tally.lastMonth;
  const out: Observation[] = [];
  const periods: string[] = [];
  for (let m = first; m <= last; m++) periods.push(monthLabel(m));
  const wanted = (measure: string) => {
    const need = NEEDS[measure];
    if (need === undefined) return true;
    return need === 'payment' ? present.fee || present.paidOnline : present[need];
  };
  tally.names.forEach((unit, u) => {
    const cells = tally.cells[u]!;
    const level = units[u]?.level ?? null;
    let runMin = 0;
    let runMax = 0;
    forEachMonth(cells, tally.base, tally.span, Math.min(tally.base, first), last, (m, o, stocks) => {
      let lo = 0;
      let hi = 0;
      if (o >= 0) {
        lo = cells[o + T.MIN_LINE]!;
        hi = cells[o + T.MAX_LINE]!;
        if (lo > 0 && (runMin === 0 || lo < runMin)) runMin = lo;
        runMax = Math.max(runMax, hi);
      }
      if (m < first) return;
      const period = monthLabel(m);
      // flows name the month's rows; stocks (and received_total, which holds the carried-over) every row so far
      const flowRows = rows(lo, hi);
      const stockRows = rows(runMin, runMax);
      for (const [measure, value] of monthFigures(cells, o, stocks)) {
        if (!wanted(measure)) continue;
        const rowsText = FLOW_MEASURES.has(measure) ? flowRows : stockRows;
        const source: SourceRef = rowsText ? { file, rows: rowsText, count: value } : { file, count: value };
        out.push({ unit, level, period, measure, value, source });
      }
    });
  });
  return { observations: out, periods };
}

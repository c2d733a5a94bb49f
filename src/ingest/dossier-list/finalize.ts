/**
 * Turn a tally into observations: one per unit × covered month × measure, zeros included (a unit that
 * received nothing in a month is a fact, not missing data). Stock measures come from prefix sums of the
 * difference arrays of tally.ts.
 */
import type { IngestedFile, Level, Observation, RegistryUnit, SourceRef } from '../../core/types.js';
import { inferLevelFromName, levelFromLabel } from '../levels.js';
import { foldText } from '../text.js';
import { monthLabel } from './dates.js';
import * as T from './tally.js';
import type { Tally } from './tally.js';

/** Which optional columns the list has: measures of absent columns are not emitted. */
export interface Present {
  channel: boolean;
  digitized: boolean;
  paidOnline: boolean;
  fee: boolean;
  eCirculated: boolean;
}

type Flow = [string, number, keyof Present | null];
const FLOWS: Flow[] = [
  ['received_total', T.RECEIVED, null],
  ['received_online', T.ONLINE, 'channel'],
  ['received_offline', T.OFFLINE, 'channel'],
  ['resolved_total', T.RESOLVED, null],
  ['resolved_early', T.EARLY, null],
  ['resolved_on_time', T.ON_TIME, null],
  ['resolved_late', T.LATE, null],
  ['digitized_results', T.DIGITIZED, 'digitized'],
  ['payable_dossiers', T.PAYABLE, null],
  ['paid_online', T.PAID, 'paidOnline'],
  ['e_circulated', T.E_CIRC, 'eCirculated'],
];

export type UnitInfo = IngestedFile['units'][number];

export function unitLevels(tally: Tally, registry: RegistryUnit[] | undefined): UnitInfo[] {
  const reg = new Map<string, Level>();
  for (const unit of registry ?? []) for (const n of [unit.name, ...unit.aliases]) reg.set(foldText(n), unit.level);
  return tally.names.map((name, u) => {
    const fromRegistry = reg.get(foldText(name));
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
  const flows = FLOWS.filter(([measure, , needs]) => (needs ? present[needs] : measure !== 'payable_dossiers' || present.fee || present.paidOnline));
  tally.names.forEach((unit, u) => {
    const cells = tally.cells[u]!;
    const level = units[u]?.level ?? null;
    let pending = 0;
    let overdue = 0;
    let runMin = 0;
    let runMax = 0;
    for (let m = tally.base; m <= last && m < tally.base + tally.span; m++) {
      const o = (m - tally.base) * T.NC;
      const carried = pending;
      pending += cells[o + T.PENDING_DIFF]!;
      overdue += cells[o + T.OVERDUE_DIFF]!;
      const lo = cells[o + T.MIN_LINE]!;
      if (lo > 0 && (runMin === 0 || lo < runMin)) runMin = lo;
      runMax = Math.max(runMax, cells[o + T.MAX_LINE]!);
      if (m < first) continue;
      const period = monthLabel(m);
      const flowRows = rows(lo, cells[o + T.MAX_LINE]!);
      const stockRows = rows(runMin, runMax);
      const push = (measure: string, value: number, rowsText: string | undefined) =>
        out.push({ unit, level, period, measure, value, source: rowsText ? { file, rows: rowsText, count: value } : { file, count: value } });
      for (const [measure, c] of flows) {
        push(measure, cells[o + c]!, flowRows);
        if (measure === 'received_offline' || (measure === 'received_total' && !present.channel)) {
          if (m > first) push('received_carried_over', carried, stockRows);
        }
        if (measure === 'resolved_late') {
          push('pending_total', pending, stockRows);
          push('pending_in_time', pending - overdue, stockRows);
          push('pending_overdue', overdue, stockRows);
        }
      }
    }
    // months after the grid (no dossier touched them) still carry the stock
    for (let m = Math.max(first, tally.base + tally.span); m <= last; m++) {
      const period = monthLabel(m);
      const source: SourceRef = { file };
      const stockRows = rows(runMin, runMax);
      if (stockRows) source.rows = stockRows;
      for (const [measure] of flows) {
        out.push({ unit, level, period, measure, value: 0, source: { file, count: 0 } });
        if (measure === 'received_offline' || (measure === 'received_total' && !present.channel)) out.push({ unit, level, period, measure: 'received_carried_over', value: pending, source: { ...source, count: pending } });
        if (measure === 'resolved_late') {
          out.push({ unit, level, period, measure: 'pending_total', value: pending, source: { ...source, count: pending } });
          out.push({ unit, level, period, measure: 'pending_in_time', value: pending - overdue, source: { ...source, count: pending - overdue } });
          out.push({ unit, level, period, measure: 'pending_overdue', value: overdue, source: { ...source, count: overdue } });
        }
      }
    }
  });
  return { observations: out, periods };
}

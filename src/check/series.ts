/**
 * The path of a finding's value over time, for charts (the HTML report): the same threshold and
 * scope evaluated as of each earlier period the inputs hold, so every point is computed exactly as
 * the finding's own value is (year to date for ratios and flows, the latest year for ranks) and the
 * last point is the finding's value. Only roll-up scopes and named units get one: a chart per unit
 * of 300 communes would cost 300 × months evaluations and nobody reads 300 charts.
 */
import type { Finding, FindingSeries, Threshold } from '../core/types.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { deadlineMonth, formatMonth } from '../measures/period-windows.js';
import type { MeasureStore } from '../measures/store.js';
import { evaluate } from './evaluate.js';
import type { ScopeUnits } from './scope.js';
import { measurementWindow, measuresOf } from './window.js';

/** More points than this and a chart turns into a smear: the latest ones are kept. */
export const SERIES_MAX_POINTS = 60;

export function seriesOf(t: Threshold, def: IndicatorDef, s: ScopeUnits, finding: Finding, store: MeasureStore, lastMonth: number): FindingSeries | undefined {
  if (finding.value === null || (s.scope.unit !== undefined && !(t.units && t.units.length > 0))) return undefined;
  const ends = new Set<number>();
  for (const u of s.units) for (const m of measuresOf(def)) for (const v of store.series(u, m)) if (v.to <= lastMonth) ends.add(v.to);
  const points: FindingSeries['points'] = [];
  const seen = new Set<string>();
  for (const end of [...ends].sort((a, b) => a - b).slice(-SERIES_MAX_POINTS)) {
    const w = measurementWindow(store, def, s.units, end, null);
    const f = evaluate(t, def, s, w, { store, asOfMonth: end });
    // a window already plotted (a yearly rank read again as of each later month) is one point
    if (f.value === null || seen.has(f.period)) continue;
    seen.add(f.period);
    points.push({ period: formatMonth(Math.min(end, w.to)), covers: f.period, value: f.value });
  }
  if (points.length === 0) return undefined;
  return { points, deadline: formatMonth(deadlineMonth(t.deadlineDate, t.deadline)) };
}

/**
 * The window a threshold is measured on, and its baseline.
 * - `--period P` given (explain only): P.
 * - The deadline reached: the target's own period, January of the deadline year to the deadline's
 *   month, whatever the as-of date (a later year's figures never judge an earlier target; a rank or a
 *   score of year Y judges a target of year Y).
 * - A ratio or a flow: the as-of year to date (January to the as-of month of the as-of year); quarterly
 *   or yearly inputs are used as they are when they fit inside that window.
 * - A direct indicator (rank, score, state count): the latest year up to the as-of year that has a
 *   value for the scope, read at its last sub-period.
 * - Baseline for the trajectory: the threshold's start year (a whole year) when the inputs hold it,
 *   else the earliest period in the inputs that has the indicator's measures for the scope.
 */
import type { Threshold } from '../core/types.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { overTime, type MeasureId } from '../core/measure-catalogue.js';
import { deadlineMonth, monthIndex, yearOf, yearToDate, type Window } from '../measures/period-windows.js';
import type { MeasureStore } from '../measures/store.js';

export function measuresOf(def: IndicatorDef): MeasureId[] {
  return def.kind === 'ratio' ? [...new Set([...def.numerator, ...def.denominator])] : [def.measure];
}

export function measurementWindow(store: MeasureStore, def: IndicatorDef, units: string[], asOfMonth: number, explicit: Window | null, threshold?: Threshold): Window {
  if (explicit) return explicit;
  if (threshold) {
    const own = targetPeriod(threshold);
    if (asOfMonth >= own.to) return own;
  }
  const stateOnly = measuresOf(def).every((m) => overTime(m) === 'last');
  if (def.kind === 'direct' && stateOnly) {
    const asOfYear = yearOf(asOfMonth);
    let latest = -Infinity;
    for (const u of units) {
      for (const v of store.series(u, def.measure)) {
        if (yearOf(v.to) <= asOfYear && v.to <= Math.max(asOfMonth, monthIndex(asOfYear, 12))) latest = Math.max(latest, v.to);
      }
    }
    if (Number.isFinite(latest)) return yearToDate(latest);
  }
  return yearToDate(asOfMonth);
}

/** January of the deadline year to the deadline's month (a whole year for a deadline "2025"). */
export function targetPeriod(t: Threshold): Window {
  const to = deadlineMonth(t.deadlineDate, t.deadline);
  return { from: monthIndex(yearOf(to), 1), to };
}

/** Windows to try as a baseline, best first. */
export function baselineCandidates(store: MeasureStore, def: IndicatorDef, units: string[], threshold: Threshold, current: Window): Window[] {
  const out: Window[] = [];
  // the start year is a baseline only once it is over before the current window ends (a plan of
  // 2025 checked in June 2025 measures progress from the earliest month the inputs hold instead)
  if (threshold.startYear !== undefined && monthIndex(threshold.startYear, 12) < current.to) {
    out.push({ from: monthIndex(threshold.startYear, 1), to: monthIndex(threshold.startYear, 12) });
  }
  let earliest: Window | null = null;
  for (const u of units) {
    for (const m of measuresOf(def)) {
      for (const v of store.series(u, m)) {
        if (v.to >= current.to) continue;
        if (!earliest || v.from < earliest.from || (v.from === earliest.from && v.to < earliest.to)) earliest = { from: v.from, to: v.to };
      }
    }
  }
  if (earliest) out.push(earliest);
  return out;
}

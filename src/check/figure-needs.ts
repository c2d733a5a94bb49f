/**
 * The figures a set of targets needs at an as-of period, and which of them the inputs already hold:
 * the rows of the figures workbook (`parcheck template`). Pure: thresholds and a measure store in,
 * rows out.
 * - The thresholds are those `check` evaluates at the as-of year (select.ts): superseded thresholds and
 *   other years of a schedule are left out, and listed as not checkable with their reason.
 * - A threshold due in an earlier year than the as-of year is measured on its own year (docs/DESIGN.md,
 *   A target's period): its rows are for that year. Ranks and scores are yearly figures.
 * - A reduction or growth target also needs its baseline year's figure over the same months, unless
 *   the document states it (whole-province scope only, as evaluate.ts uses it).
 * - One row per measure × scope × period: the province as a whole (level `all`), a level as a whole,
 *   or each named unit of a target that names units.
 */
import type { Level, Period, ScopeLevel, Threshold } from '../core/types.js';
import { findIndicator } from '../measures/indicators.js';
import { measureSpec, type MeasureId } from '../core/measure-catalogue.js';
import { parsePeriod, yearOf, type Window } from '../measures/period-windows.js';
import type { MeasureStore } from '../measures/store.js';
import { foldText } from '../ingest/text.js';
import { DISTRICT_LEVEL_ENDS, thresholdsInForce } from './select.js';
import { isWholeProvince } from './holds.js';
import { measuresOf } from './window.js';

export interface NeedTarget {
  document: { id: string; number: string };
  target: string;
  threshold: string;
  section: string;
  /** `baseline`: the figure is the baseline year of a reduction or growth target. */
  role: 'current' | 'baseline';
}

export interface FigureNeed {
  measure: string;
  /** `all`: the province as a whole; a level: that level as a whole, or the level of `unit`. */
  level: ScopeLevel;
  /** A named unit, for targets that bind named units only. */
  unit?: string;
  period: Period;
  targets: NeedTarget[];
}

export type NotCheckableReason = 'unknown_indicator' | 'district_level_ended' | 'superseded';

export interface NotCheckable {
  threshold: Threshold;
  reason: NotCheckableReason;
}

export interface NeedsRequest {
  thresholds: Threshold[];
  /** A year, quarter or month: `2025`, `2025-Q4`, `2025-12`. */
  asOf: Period;
  document?: string;
  level?: ScopeLevel;
  /** What the inputs hold; needs they provide are returned apart. */
  store?: MeasureStore;
  /** Level of a named unit (from the registry), when known. */
  levelOf?: (unit: string) => Level | null;
}

export interface NeedsResult {
  needs: FigureNeed[];
  provided: FigureNeed[];
  notCheckable: NotCheckable[];
  /** Thresholds the rows serve (in force, checkable). */
  thresholds: Threshold[];
}

const LEVEL_ORDER: ScopeLevel[] = ['all', 'province', 'district', 'commune'];

export function figureNeeds(req: NeedsRequest): NeedsResult {
  const asOf = parsePeriod(req.asOf, '--period');
  const asOfYear = yearOf(asOf.to);
  const label = req.asOf
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})-Q/, '$1-Q');
  const inForce = thresholdsInForce(req.thresholds, asOfYear, req.document);
  const notCheckable: NotCheckable[] = [];
  // Other years of a schedule are checkable in their own year: only superseded thresholds are listed.
  for (const t of req.thresholds) {
    if (t.superseded_by !== null && (!req.document || t.document.id === req.document)) notCheckable.push({ threshold: t, reason: 'superseded' });
  }
  const rows = new Map<string, FigureNeed>();
  const served: Threshold[] = [];
  for (const t of inForce) {
    if (req.level && t.level !== req.level) continue;
    const def = findIndicator(t.indicator);
    if (!def) {
      notCheckable.push({ threshold: t, reason: 'unknown_indicator' });
      continue;
    }
    const past = t.deadline < asOfYear;
    const measures = measuresOf(def);
    const periodOf = (m: MeasureId): Period => (past || yearly(m) ? String(Math.min(t.deadline, asOfYear)) : label);
    if (t.level === 'district' && windowOf(periodOf(measures[0]!)).to > DISTRICT_LEVEL_ENDS) {
      notCheckable.push({ threshold: t, reason: 'district_level_ended' });
      continue;
    }
    served.push(t);
    const needsBaseline = t.baseline !== undefined && !(t.baseline.value !== undefined && t.level === 'all' && !t.units);
    const ref = { document: { id: t.document.id, number: t.document.number }, target: t.target, threshold: t.id, section: t.section };
    const figures: { measure: string; period: Period; role: NeedTarget['role'] }[] = [];
    for (const m of measures) {
      const period = periodOf(m);
      figures.push({ measure: m, period, role: 'current' });
      if (needsBaseline) {
        const shift = t.baseline!.year === 'previous' ? -1 : t.baseline!.year - yearOf(windowOf(period).to);
        figures.push({ measure: m, period: shiftPeriod(period, shift), role: 'baseline' });
      }
    }
    for (const f of figures) {
      for (const s of scopesOf(t, f.period, measures, req)) add(rows, { measure: f.measure, ...s, period: f.period }, { ...ref, role: f.role });
    }
  }
  const needs: FigureNeed[] = [];
  const provided: FigureNeed[] = [];
  for (const n of [...rows.values()].sort(compareNeeds)) (req.store && holds(req.store, n, windowOf(n.period).to < asOf.from) ? provided : needs).push(n);
  return { needs, provided, notCheckable, thresholds: served };
}

/**
 * Where a figure is asked for. Named units: each of them. Otherwise the scope as a whole, unless
 * units of the inputs already carry some of the indicator's measures in that period: the check sums
 * units (ratios of sums), so a province-wide numerator cannot pair with unit denominators, and a
 * level-wide figure would be added to the units' own; then the rows are per unit, for exactly the
 * units that carry the indicator (even for a few months of a past year: a unit's figure for the whole
 * year is then used instead of its months, see window-value.ts).
 */
function scopesOf(t: Threshold, period: Period, measures: string[], req: NeedsRequest): { level: ScopeLevel; unit?: string }[] {
  if (t.units && t.units.length > 0) return t.units.map((u) => ({ level: t.level === 'all' ? (req.levelOf?.(u) ?? 'all') : t.level, unit: u }));
  if (req.store) {
    const w = windowOf(period);
    const carrying = [...req.store.units.values()].filter((u) => !isWholeProvince(u) && (t.level === 'all' || u.level === t.level) && measures.some((m) => covers(req.store!, u.name, m, w, 'any')));
    if (carrying.length > 0) return carrying.map((u) => ({ level: u.level ?? 'all', unit: u.name }));
  }
  return [{ level: t.level }];
}

function yearly(measure: MeasureId): boolean {
  const kind = measureSpec(measure).kind;
  return kind === 'rank' || kind === 'score';
}

function add(rows: Map<string, FigureNeed>, key: Omit<FigureNeed, 'targets'>, ref: NeedTarget): void {
  const k = [key.measure, key.level, key.unit ?? '', key.period].join('\u0000');
  let row = rows.get(k);
  if (!row) rows.set(k, (row = { ...key, targets: [] }));
  if (!row.targets.some((r) => r.threshold === ref.threshold && r.document.id === ref.document.id && r.role === ref.role)) row.targets.push(ref);
}

function windowOf(period: Period): Window {
  return parsePeriod(period);
}

/** `2025-Q4` shifted by −2 years is `2023-Q4`. */
export function shiftPeriod(period: Period, years: number): Period {
  const m = /^(\d{4})(.*)$/.exec(period);
  return m ? `${Number(m[1]) + years}${m[2]}` : period;
}

/**
 * Whether the inputs hold the figure: a value of the measure inside the row's period, for the unit,
 * for some unit of the level, or for some unit at all (the province as a whole sums its units).
 * A period over before the as-of period must be covered month by month (a list reaching back into
 * last December does not make last year's figures known); the as-of period itself may be covered
 * from its start up to some month (the exports of the remaining months are still to come, not
 * figures to type), but not from the middle.
 */
export function holds(store: MeasureStore, n: FigureNeed, past = false): boolean {
  const w = windowOf(n.period);
  const wanted = n.unit !== undefined ? foldText(n.unit) : null;
  for (const u of store.units.values()) {
    if (wanted !== null ? foldText(u.name) !== wanted : n.level !== 'all' && u.level !== n.level) continue;
    if (covers(store, u.name, n.measure, w, past ? 'full' : 'from-start')) return true;
  }
  return false;
}

function covers(store: MeasureStore, unit: string, measure: string, w: Window, how: 'any' | 'from-start' | 'full'): boolean {
  const months = new Set<number>();
  for (const v of store.series(unit, measure)) {
    if (v.from < w.from || v.to > w.to) continue;
    if (how === 'any') return true;
    for (let m = v.from; m <= v.to; m++) months.add(m);
  }
  if (how === 'full') return months.size === w.to - w.from + 1;
  return months.has(w.from);
}

function compareNeeds(a: FigureNeed, b: FigureNeed): number {
  return LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || (a.unit ?? '').localeCompare(b.unit ?? '', 'vi') || b.period.localeCompare(a.period) || a.measure.localeCompare(b.measure);
}

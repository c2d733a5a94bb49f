/**
 * One finding: a threshold × a scope, measured on a window.
 * Status: `invalid` when the inputs contradict; `no-data` when a measure (or a baseline year) is
 * missing; `met` / `missed` once the as-of date reaches the deadline (the as-of year ≥ the deadline
 * year, or the as-of month ≥ the month of an exact deadline date) and the target's period is whole in
 * the inputs; `incomplete` when the deadline is reached but months (or the index year) are missing,
 * naming them and what the figures so far show, except a miss that no further month can undo (a count
 * that can only grow, already above its ceiling); before the deadline, `on-track` / `off-track` by the
 * growth-ratio rule (trajectory.ts). Comparisons are exact (compare.ts); `value` and `gap` are kept
 * unrounded, and reporters round them towards the side of the status.
 */
import type { Baseline, Finding, FindingBound, FindingFields, IngestWarning, Threshold } from '../core/types.js';
import { deriveIndicator, type Derived } from '../measures/derive.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { measureSpec } from '../core/measure-catalogue.js';
import { deadlineMonth, formatMonth, shiftYears, windowLabel, yearOf, type Window } from '../measures/period-windows.js';
import type { MeasureStore } from '../measures/store.js';
import { findingBound, gapOf, meets, meetsRate, sameBound } from './compare.js';
import { neededItems } from './needed.js';
import { round2 } from './round.js';
import type { ScopeUnits } from './scope.js';
import { trajectoryOf } from './trajectory.js';
import { baselineCandidates } from './window.js';
import { warning } from '../core/warnings.js';

export interface EvaluateContext {
  store: MeasureStore;
  asOfMonth: number;
}

export function evaluate(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext): Finding {
  const d = deriveIndicator(ctx.store, def, s.units, w);
  const finding = blank(t, def, s, w, d);
  const dl = deadlineMonth(t.deadlineDate, t.deadline);
  // A deadline "2025" means by the end of 2025 ("đến năm 2025"): a check as of 2025-06 is still before
  // it and says on/off track; only a period that reaches the deadline's month can meet or miss it.
  const reached = ctx.asOfMonth >= dl;
  if (d.problems.length > 0) return { ...finding, status: 'invalid', value: null, gap: null, needed: null, problems: d.problems };
  if (d.value === null) {
    // The deadline is reached and the scope's units hold the measures, but not for the target's period
    // (a 2024 target with 2025 figures only, a 2025 rank not yet published): no verdict yet.
    const heldElsewhere = d.missing.every((m) => m.unit !== '*' && m.measures.every((x) => ctx.store.has(m.unit, x)));
    if (reached && d.unitsCounted.length === 0 && d.missing.length > 0 && heldElsewhere) {
      const known = soFar(def, s, w, ctx);
      const value = known?.value ?? null;
      const gap = value === null || t.baseline ? null : gapOf(value, t);
      const months = monthsOf(w);
      return { ...finding, ...known, value, gap, needed: null, status: 'incomplete', missingMonths: months.map(formatMonth), problems: [incompleteProblem(w, months, null, known?.period)] };
    }
    return noData(finding, missingProblems(d));
  }

  let value = d.value;
  let formula = def.formula;
  let gaps = d.gaps;
  if (t.baseline) {
    // Reductions and growth: numerator = the current figure, denominator = the baseline figure.
    const base = baselineValue(t, t.baseline, def, s, w, ctx);
    if (base === null) return noData(finding, [noBaseline(t, w)]);
    gaps = [...new Set([...gaps, ...base.gaps])].sort((a, b) => a - b);
    formula = `${t.baseline.kind === 'reduction' ? '(base − current)' : '(current − base)'} / base × 100; base = ${base.period}; ${def.formula}`;
    value = t.baseline.kind === 'reduction' ? ((base.value - d.value) / base.value) * 100 : ((d.value - base.value) / base.value) * 100;
    finding.numerator = d.value;
    finding.denominator = base.value;
    finding.sources = { numerator: [...d.sources.numerator, ...d.sources.denominator], denominator: base.sources };
  }
  const { numerator, denominator } = d;
  const exactRate = def.kind === 'ratio' && !t.baseline && numerator !== null && denominator !== null && denominator > 0;
  const ok = exactRate ? meetsRate(numerator, denominator, t) : meets(value, t);
  const gap = gapOf(value, t);
  const needed = t.baseline ? null : neededItems(def, t, value, numerator, denominator);
  const judged = { ...finding, value, gap, needed, formula, ...(d.missing.length > 0 ? { problems: missingProblems(d) } : {}) };
  if (reached && gaps.length > 0) {
    // A count that only grows over the year and already breaks a ceiling cannot come back: final.
    const certain = !ok && def.kind === 'direct' && def.unit === 'count' && measureSpec(def.measure).kind === 'flow' && (t.comparator === '<=' || t.comparator === '<');
    const problems = [...(judged.problems ?? []), incompleteProblem(w, gaps, certain ? 'certain' : value)];
    if (certain) return { ...judged, status: 'missed', problems };
    return { ...judged, status: 'incomplete', missingMonths: gaps.map(formatMonth), problems };
  }
  if (reached) return { ...judged, status: ok ? 'met' : 'missed' };

  const baseline = t.baseline ? null : trajectoryBaseline(t, def, s, w, ctx);
  const { onTrack, trajectory } = trajectoryOf({
    bound: t,
    value,
    currentMonth: w.to,
    baseline,
    deadlineMonth: dl,
    gap,
    alreadyMet: ok,
  });
  return {
    ...judged,
    status: onTrack ? 'on-track' : 'off-track',
    trajectory: {
      ...trajectory,
      baselineValue: round2(trajectory.baselineValue),
      ratio: round2(trajectory.ratio),
      pointsPerMonthNeeded: round2(trajectory.pointsPerMonthNeeded),
    },
  };
}

/** A threshold × scope before its verdict: what it is judged against, and the figures found. */
type Unjudged = FindingFields & FindingBound;

/** A finding without its verdict (status, value, gap, needed and what the status carries), to judge again. */
export function unjudged(f: Finding): Unjudged {
  const { target, threshold, document, indicator, scope, period, unit, deadline, numerator, denominator, formula, sources, clause, superseded } = f;
  const out: Unjudged = { target, threshold, document, indicator, scope, period, ...sameBound(f), unit, deadline, numerator, denominator, formula, sources, clause, superseded };
  if (f.baseline) out.baseline = f.baseline;
  if (f.problems) out.problems = f.problems;
  if (f.series) out.series = f.series;
  return out;
}

/** No figure to judge: the measures (or the baseline year) the inputs lack. */
function noData(finding: Unjudged, problems: IngestWarning[]): Finding {
  return { ...finding, status: 'no-data', value: null, gap: null, needed: null, problems };
}

/** The finding of a scope none of whose units carries the indicator (scope.ts): no data, saying why. */
export function notCarriedFinding(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext, problem: IngestWarning): Finding {
  return noData(blank(t, def, s, w, deriveIndicator(ctx.store, def, s.units, w)), [problem]);
}

function blank(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, d: Derived): Unjudged {
  const finding: Unjudged = {
    target: t.target,
    threshold: t.id,
    document: { id: t.document.id, number: t.document.number },
    indicator: t.indicator,
    scope: s.scope,
    // the months the figures actually cover: a year-to-date window holding only October says 2025-10
    period: windowLabel(d.covered ?? w),
    ...findingBound(t),
    unit: t.unit,
    deadline: t.deadline,
    numerator: d.numerator,
    denominator: def.kind === 'ratio' ? d.denominator : null,
    formula: def.formula,
    sources: d.sources,
    clause: { section: t.section, quote: t.quote },
    superseded: t.supersedes,
  };
  if (t.baseline) finding.baseline = t.baseline;
  return finding;
}

/** Reductions and growth: the same months of the baseline year (or of the year before); the
 * document's own baseline figure when the inputs lack it (whole-province scope only). */
function baselineValue(t: Threshold, b: Baseline, def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext) {
  if (b.through !== undefined && b.year !== 'previous') return periodAverage(b.year, b.through, def, s, ctx);
  const shift = b.year === 'previous' ? -1 : b.year - yearOf(w.to);
  const bw = shiftYears(w, shift);
  const base = deriveIndicator(ctx.store, def, s.units, bw);
  if (base.value !== null && base.value !== 0 && base.problems.length === 0) {
    return { value: base.value, period: windowLabel(bw), sources: [...base.sources.numerator, ...base.sources.denominator], gaps: base.gaps };
  }
  if (b.value !== undefined && b.value !== 0 && s.scope.level === 'all' && s.scope.unit === undefined) {
    return { value: b.value, period: `${b.year} (${t.document.number})`, sources: [], gaps: [] as number[] };
  }
  return null;
}

function trajectoryBaseline(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext) {
  for (const c of baselineCandidates(ctx.store, def, s.units, t, w)) {
    const v = deriveIndicator(ctx.store, def, s.units, c);
    if (v.value !== null && v.problems.length === 0) return { value: v.value, month: c.to, period: windowLabel(c) };
  }
  return null;
}

function missingProblems(d: Derived): IngestWarning[] {
  return d.missing.map((m) => warning('MISSING_MEASURE', { lacking: 'unit', unit: m.unit }, { location: {}, measures: m.measures }));
}

function noBaseline(t: Threshold, w: Window): IngestWarning {
  const first = t.baseline?.year === 'previous' ? yearOf(w.to) - 1 : t.baseline?.year;
  const year = t.baseline?.through !== undefined ? `${first}-${t.baseline.through}` : first;
  return warning('MISSING_BASELINE', { year }, { location: {} });
}

function monthsOf(w: Window): number[] {
  const out: number[] = [];
  for (let m = w.from; m <= w.to; m++) out.push(m);
  return out;
}

/** Months as runs: `2025-07..2025-12`, `2024-03, 2024-05`. */
export function monthRuns(months: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j]! + 1) j++;
    runs.push(i === j ? formatMonth(months[i]!) : `${formatMonth(months[i]!)}..${formatMonth(months[j]!)}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The target's period is not whole: which months lack, and what the figures so far show (or that the
 * miss is final anyway). */
function incompleteProblem(w: Window, gaps: number[], shown: number | 'certain' | null, latest?: string): IngestWarning {
  const lacking = { period: windowLabel(w), missing: monthRuns(gaps), whole: gaps.length === w.to - w.from + 1 };
  const extra = { location: {}, months: gaps.map(formatMonth) };
  if (shown === 'certain') return warning('PARTIAL_PERIOD_FINAL', lacking, extra);
  return warning('INCOMPLETE_PERIOD', { ...lacking, soFar: shown, ...(latest !== undefined ? { latest } : {}) }, extra);
}

/** For a target whose period holds no figure yet: the latest earlier figure of the scope (an index of
 * the year before), so the finding says what is known. */
function soFar(def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext): (Pick<FindingFields, 'numerator' | 'period' | 'sources'> & { value: number }) | null {
  const [unit] = s.units;
  if (def.kind !== 'direct' || s.units.length !== 1 || unit === undefined) return null;
  const before = ctx.store
    .series(unit, def.measure)
    .filter((v) => v.to < w.from)
    .sort((a, b) => a.to - b.to)
    .pop();
  if (!before) return null;
  return { value: before.value, numerator: before.value, period: before.period, sources: { numerator: before.sources, denominator: [] } };
}

/** The yearly average of a baseline period (each whole year summed, divided by the number of years);
 * null when a year of it is missing. */
function periodAverage(first: number, last: number, def: IndicatorDef, s: ScopeUnits, ctx: EvaluateContext) {
  let total = 0;
  const sources: Finding['sources']['numerator'] = [];
  const gaps: number[] = [];
  for (let y = first; y <= last; y++) {
    const year = { from: y * 12, to: y * 12 + 11 };
    const v = deriveIndicator(ctx.store, def, s.units, year);
    if (v.value === null || v.problems.length > 0) return null;
    total += v.value;
    gaps.push(...v.gaps);
    sources.push(...v.sources.numerator, ...v.sources.denominator);
  }
  const value = total / (last - first + 1);
  return value === 0 ? null : { value, period: `${first}..${last} (bình quân năm / yearly average)`, sources, gaps };
}

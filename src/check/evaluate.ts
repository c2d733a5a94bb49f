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
import type { Finding, IngestWarning, Threshold } from '../core/types.js';
import { text } from '../core/i18n.js';
import { deriveIndicator, type Derived } from '../measures/derive.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { measureSpec } from '../measures/measure-catalogue.js';
import { deadlineMonth, formatMonth, shiftYears, windowLabel, yearOf, type Window } from '../measures/period-windows.js';
import type { MeasureStore } from '../measures/store.js';
import { gapOf, meets, meetsRate } from './compare.js';
import { neededItems } from './needed.js';
import { round2 } from './round.js';
import type { ScopeUnits } from './scope.js';
import { trajectoryOf } from './trajectory.js';
import { baselineCandidates } from './window.js';

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
  if (d.problems.length > 0) return { ...finding, status: 'invalid', problems: d.problems };
  if (d.value === null) {
    // The deadline is reached and the scope's units hold the measures, but not for the target's period
    // (a 2024 target with 2025 figures only, a 2025 rank not yet published): no verdict yet.
    const heldElsewhere = d.missing.every((m) => m.unit !== '*' && m.measures.every((x) => ctx.store.has(m.unit, x)));
    if (reached && d.unitsCounted.length === 0 && d.missing.length > 0 && heldElsewhere) {
      const known = soFar(def, s, w, ctx);
      const gap = known.value === undefined || known.value === null || t.baseline ? null : gapOf(known.value, t.comparator, t.value);
      return { ...finding, ...known, gap, status: 'incomplete', problems: [incompleteProblem(w, monthsOf(w), null, known.period)] };
    }
    return { ...finding, status: 'no-data', problems: missingProblems(d) };
  }

  let value = d.value;
  let formula = def.formula;
  let gaps = d.gaps;
  if (t.baseline) {
    // Reductions and growth: numerator = the current figure, denominator = the baseline figure.
    const base = baselineValue(t, def, s, w, ctx);
    if (base === null) return { ...finding, status: 'no-data', problems: [noBaseline(t, w)] };
    gaps = [...new Set([...gaps, ...base.gaps])].sort((a, b) => a - b);
    formula = `${t.baseline.kind === 'reduction' ? '(base − current)' : '(current − base)'} / base × 100; base = ${base.period}; ${def.formula}`;
    value = t.baseline.kind === 'reduction' ? ((base.value - d.value) / base.value) * 100 : ((d.value - base.value) / base.value) * 100;
    finding.numerator = d.value;
    finding.denominator = base.value;
    finding.sources = { numerator: [...d.sources.numerator, ...d.sources.denominator], denominator: base.sources };
  }
  const exactRate = def.kind === 'ratio' && !t.baseline && d.numerator !== null && d.denominator !== null && d.denominator > 0;
  const ok = exactRate ? meetsRate(d.numerator!, d.denominator!, t.comparator, t.value) : meets(value, t.comparator, t.value);
  const gap = gapOf(value, t.comparator, t.value);
  const needed = t.baseline ? null : neededItems(def, t.comparator, t.value, value, d.numerator, d.denominator);
  const out: Finding = { ...finding, value, gap, needed, formula };
  if (d.missing.length > 0) out.problems = missingProblems(d);
  if (reached && gaps.length > 0) {
    // A count that only grows over the year and already breaks a ceiling cannot come back: final.
    const certain = !ok && def.kind === 'direct' && def.unit === 'count' && measureSpec(def.measure).kind === 'flow' && (t.comparator === '<=' || t.comparator === '<');
    const note = incompleteProblem(w, gaps, certain ? 'certain' : value);
    return { ...out, status: certain ? 'missed' : 'incomplete', problems: [...(out.problems ?? []), note] };
  }
  if (reached) return { ...out, status: ok ? 'met' : 'missed' };

  const baseline = t.baseline ? null : trajectoryBaseline(t, def, s, w, ctx);
  const { onTrack, trajectory } = trajectoryOf({
    comparator: t.comparator,
    threshold: t.value,
    value,
    currentMonth: w.to,
    baseline,
    deadlineMonth: dl,
    gap,
    alreadyMet: ok,
  });
  return {
    ...out,
    status: onTrack ? 'on-track' : 'off-track',
    trajectory: {
      ...trajectory,
      baselineValue: round2(trajectory.baselineValue),
      ratio: round2(trajectory.ratio),
      pointsPerMonthNeeded: round2(trajectory.pointsPerMonthNeeded),
    },
  };
}

function blank(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, d: Derived): Finding {
  return {
    target: t.target,
    threshold: t.id,
    document: { id: t.document.id, number: t.document.number },
    indicator: t.indicator,
    scope: s.scope,
    // the months the figures actually cover: a year-to-date window holding only October says 2025-10
    period: windowLabel(d.covered ?? w),
    value: null,
    comparator: t.comparator,
    threshold_value: t.value,
    unit: t.unit,
    deadline: t.deadline,
    status: 'no-data',
    gap: null,
    needed: null,
    numerator: d.numerator,
    denominator: def.kind === 'ratio' ? d.denominator : null,
    formula: def.formula,
    sources: d.sources,
    clause: { section: t.section, quote: t.quote },
    superseded: t.supersedes,
  };
}

/** Reductions and growth: the same months of the baseline year (or of the year before); the
 * document's own baseline figure when the inputs lack it (whole-province scope only). */
function baselineValue(t: Threshold, def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext) {
  const b = t.baseline!;
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
  return d.missing.map((m) => ({
    code: 'MISSING_MEASURE',
    message: text(`${m.unit === '*' ? 'Phạm vi' : m.unit}: thiếu ${m.measures.join(', ')}`, `${m.unit === '*' ? 'Scope' : m.unit}: missing ${m.measures.join(', ')}`),
    location: {},
    measures: m.measures,
  }));
}

function noBaseline(t: Threshold, w: Window): IngestWarning {
  const first = t.baseline?.year === 'previous' ? yearOf(w.to) - 1 : t.baseline?.year;
  const year = t.baseline?.through !== undefined ? `${first}-${t.baseline.through}` : first;
  return {
    code: 'MISSING_BASELINE',
    message: text(`Thiếu số liệu năm gốc ${year}`, `No figure for the baseline year ${year}`),
    location: {},
  };
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
  const period = windowLabel(w);
  const lack = monthRuns(gaps);
  const whole = gaps.length === w.to - w.from + 1;
  const so = (lang: 'vi' | 'en') => {
    if (shown === 'certain') return lang === 'vi' ? 'nhưng đã vượt ngưỡng, các tháng còn thiếu không thể làm đạt: Không đạt là kết luận cuối cùng' : 'but the count is already past its ceiling and no missing month can undo it: the miss is final';
    if (shown === null && latest) return lang === 'vi' ? `chưa có số liệu của kỳ này; số liệu gần nhất là của ${latest}` : `no figure of this period yet; the latest is of ${latest}`;
    if (shown === null) return lang === 'vi' ? 'chưa có số liệu nào của kỳ này' : 'no figure of this period yet';
    const n = Math.round(shown * 100) / 100;
    return lang === 'vi' ? `số liệu đến nay cho ${String(n).replace('.', ',')}` : `the figures so far give ${n}`;
  };
  return {
    code: shown === 'certain' ? 'PARTIAL_PERIOD_FINAL' : 'INCOMPLETE_PERIOD',
    message: text(
      `Kỳ của chỉ tiêu là ${period}; ${whole ? 'thiếu cả kỳ' : `thiếu ${lack}`}; ${so('vi')}`,
      `The target's period is ${period}; ${whole ? 'all of it is missing' : `missing ${lack}`}; ${so('en')}`,
    ),
    location: {},
    months: gaps.map(formatMonth),
  };
}

/** For a target whose period holds no figure yet: the latest earlier figure of the scope (an index of
 * the year before), so the finding says what is known. */
function soFar(def: IndicatorDef, s: ScopeUnits, w: Window, ctx: EvaluateContext): Partial<Finding> {
  if (def.kind !== 'direct' || s.units.length !== 1) return {};
  const before = ctx.store.series(s.units[0]!, def.measure).filter((v) => v.to < w.from).sort((a, b) => a.to - b.to).pop();
  if (!before) return {};
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

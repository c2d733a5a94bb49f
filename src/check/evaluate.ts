/**
 * One finding: a threshold × a scope, measured on a window.
 * Status: `invalid` when the inputs contradict; `no-data` when a measure (or a baseline year) is
 * missing; `met` / `missed` once the as-of date reaches the deadline (the as-of year ≥ the deadline
 * year, or the as-of month ≥ the month of an exact deadline date); before it, `on-track` / `off-track`
 * by the growth-ratio rule (trajectory.ts).
 */
import type { Finding, IngestWarning, Threshold } from '../core/types.js';
import { text } from '../core/i18n.js';
import { deriveIndicator, type Derived } from '../measures/derive.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { deadlineMonth, shiftYears, windowLabel, yearOf, type Window } from '../measures/period.js';
import type { MeasureStore } from '../measures/store.js';
import { gapOf, meets } from './compare.js';
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
  if (d.problems.length > 0) return { ...finding, status: 'invalid', problems: d.problems };
  if (d.value === null) return { ...finding, status: 'no-data', problems: missingProblems(d) };

  let value = d.value;
  let formula = def.formula;
  if (t.baseline) {
    // Reductions and growth: numerator = the current figure, denominator = the baseline figure.
    const base = baselineValue(t, def, s, w, ctx);
    if (base === null) return { ...finding, status: 'no-data', problems: [noBaseline(t, w)] };
    formula = `${t.baseline.kind === 'reduction' ? '(base − current)' : '(current − base)'} / base × 100; base = ${base.period}; ${def.formula}`;
    value = t.baseline.kind === 'reduction' ? ((base.value - d.value) / base.value) * 100 : ((d.value - base.value) / base.value) * 100;
    finding.numerator = round2(d.value);
    finding.denominator = round2(base.value);
    finding.sources = { numerator: [...d.sources.numerator, ...d.sources.denominator], denominator: base.sources };
  }
  const ok = meets(value, t.comparator, t.value);
  const gap = gapOf(value, t.comparator, t.value);
  const needed = t.baseline ? null : neededItems(def, t.comparator, t.value, value, d.numerator, d.denominator);
  const dl = deadlineMonth(t.deadlineDate, t.deadline);
  // A deadline "2025" means by the end of 2025 ("đến năm 2025"): a check as of 2025-06 is still before
  // it and says on/off track; only a period that reaches the deadline's month can meet or miss it.
  const reached = ctx.asOfMonth >= dl;
  const out: Finding = { ...finding, value: round2(value), gap: round2(gap), needed, formula };
  if (d.missing.length > 0) out.problems = missingProblems(d);
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
  const shift = b.year === 'previous' ? -1 : b.year - yearOf(w.to);
  const bw = shiftYears(w, shift);
  const base = deriveIndicator(ctx.store, def, s.units, bw);
  if (base.value !== null && base.value !== 0 && base.problems.length === 0) {
    return { value: base.value, period: windowLabel(bw), sources: [...base.sources.numerator, ...base.sources.denominator] };
  }
  if (b.value !== undefined && b.value !== 0 && s.scope.level === 'all' && s.scope.unit === undefined) {
    return { value: b.value, period: `${b.year} (${t.document.number})`, sources: [] };
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
  const year = t.baseline?.year === 'previous' ? yearOf(w.to) - 1 : t.baseline?.year;
  return {
    code: 'MISSING_BASELINE',
    message: text(`Thiếu số liệu năm gốc ${year}`, `No figure for the baseline year ${year}`),
    location: {},
  };
}

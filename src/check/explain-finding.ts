/**
 * `parcheck explain`: the chain behind one finding, as data (the CLI writes the words). Picks the
 * threshold in force for TARGET (a threshold id, a target id or `document#target`) and one scope (the
 * whole province unless --unit / --level), evaluates it exactly as the check does, and lists every
 * stored figure that went into each measure, the sums per measure and the formula with its figures.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { SCOPE_LEVELS, type Finding, type Observation, type Period, type ScopeLevel, type SourceRef, type Threshold } from '../core/types.js';
import { deriveIndicator } from '../measures/derive.js';
import { findIndicator, type IndicatorDef } from '../measures/indicators.js';
import { parsePeriod, windowLabel, yearOf, type Window } from '../measures/period-windows.js';
import { MeasureStore, type StoreOptions } from '../measures/store.js';
import { windowParts } from '../measures/window-value.js';
import { closest } from '../targets/closest.js';
import { evaluate } from './evaluate.js';
import { round2 } from './round.js';
import { districtLevelEnded } from './run-check.js';
import { scopesFor, type ScopeUnits } from './scope.js';
import { thresholdsInForce } from './select.js';
import { measurementWindow, measuresOf } from './window.js';

export interface ExplainRequest {
  target: string;
  observations: Iterable<Observation>;
  thresholds: Threshold[];
  asOf?: Period;
  period?: Period;
  level?: ScopeLevel;
  unit?: string;
  combine?: StoreOptions['combine'];
}

export interface TraceInput {
  unit: string;
  measure: string;
  role: 'numerator' | 'denominator' | 'both';
  period: Period;
  value: number;
  sources: SourceRef[];
  /** For a figure of a dossier list: the rows counted in it (filled by the CLI, which reads the list again). */
  counted?: { file: string; lines: number[]; ids: string[]; count: number }[];
}

export interface MeasureSum {
  measure: string;
  role: TraceInput['role'];
  value: number;
  /** Stored figures added up. */
  figures: number;
}

export interface Explanation {
  as_of: Period;
  window: Period;
  threshold: Threshold;
  indicator: IndicatorDef;
  finding: Finding;
  inputs: TraceInput[];
  sums: MeasureSum[];
  /** `550 / (550 + 490) × 100 = 52.88`. */
  substituted: string | null;
  /** Units of the scope left out for lacking a measure. */
  missing: { unit: string; measures: string[] }[];
  /** Other scopes the same target is reported for (to pass with --unit / --level). */
  otherScopes: { unit?: string; level: ScopeLevel }[];
}

export function explainFinding(req: ExplainRequest): Explanation {
  const store = new MeasureStore(req.observations, { combine: req.combine });
  const asOf = req.asOf ? parsePeriod(req.asOf, '--as-of') : store.latestWindow();
  if (!asOf) throw new ParcheckError('INPUT_EMPTY', text('Không có số liệu nào trong các tệp đầu vào', 'The input files hold no figures'));
  const candidates = matchTarget(req.target, req.thresholds, yearOf(asOf.to));
  const explicit = req.period ? parsePeriod(req.period) : null;
  const pairs: { t: Threshold; s: ScopeUnits; w: Window }[] = [];
  let ended: { t: Threshold; w: Window } | undefined;
  for (const t of candidates) {
    const def = findIndicator(t.indicator)!;
    for (const s of scopesFor(t, store, { level: req.level, unit: req.unit }, def)) {
      const w = measurementWindow(store, def, s.units, asOf.to, explicit, t);
      if (districtLevelEnded(t, w)) ended ??= { t, w };
      else pairs.push({ t, s, w });
    }
  }
  const chosen = choose(pairs, req);
  if (!chosen && ended) throw districtEndedError(req.target, ended.t, ended.w);
  if (!chosen) {
    throw new ParcheckError('TARGET_NOT_FOUND', text(`Chỉ tiêu ${req.target} không có phạm vi nào khớp`, `Target ${req.target} has no matching scope`), {
      found: [req.unit, req.level].filter(Boolean).join(', ') || req.target,
      expected: [...store.units.keys()].slice(0, 20).join(', '),
      hint: text('Bỏ --unit/--level, hoặc chọn một đơn vị có trong tệp.', 'Drop --unit/--level, or name a unit the files hold.'),
    });
  }
  const { t, s, w } = chosen;
  const def = findIndicator(t.indicator)!;
  const finding = evaluate(t, def, s, w, { store, asOfMonth: asOf.to });
  const d = deriveIndicator(store, def, s.units, w);
  const counted = new Set(d.unitsCounted);
  const inputs: TraceInput[] = [];
  const sums = new Map<string, MeasureSum>();
  const num = def.kind === 'ratio' ? def.numerator : [def.measure];
  const den = def.kind === 'ratio' ? def.denominator : [];
  for (const measure of measuresOf(def)) {
    const role = num.includes(measure) && den.includes(measure) ? 'both' : num.includes(measure) ? 'numerator' : 'denominator';
    sums.set(measure, { measure, role, value: 0, figures: 0 });
  }
  for (const unit of s.units) {
    if (!counted.has(unit)) continue;
    for (const measure of measuresOf(def)) {
      const trace = windowParts(store, unit, measure, w);
      if (!trace) continue;
      const sum = sums.get(measure)!;
      sum.value += trace.value;
      sum.figures += trace.parts.length;
      for (const p of trace.parts) inputs.push({ unit, measure: p.measure, role: sum.role, period: p.period, value: p.value, sources: p.sources });
    }
  }
  return {
    as_of: windowLabel(asOf),
    window: windowLabel(w),
    threshold: t,
    indicator: def,
    finding,
    inputs,
    sums: [...sums.values()],
    substituted: substitute(def, sums, d.value),
    missing: d.missing,
    otherScopes: pairs.filter((p) => p !== chosen).map((p) => p.s.scope),
  };
}

function matchTarget(target: string, thresholds: Threshold[], asOfYear: number): Threshold[] {
  const [doc, id] = target.includes('#') ? (target.split('#', 2) as [string, string]) : [null, target];
  const matched = thresholds.filter((t) => (doc === null || t.document.id === doc) && (t.id === id || t.target === id));
  if (matched.length === 0) {
    const ids = thresholds.flatMap((t) => [t.id, t.target, `${t.document.id}#${t.target}`]);
    const near = closest(target, ids, 5);
    throw new ParcheckError('TARGET_NOT_FOUND', text(`Không có chỉ tiêu ${target}`, `No target ${target}`), {
      location: { path: 'TARGET' },
      found: target,
      expected: near.join(', '),
      hint: text(`Gần nhất: ${near.join(', ')}. Xem danh sách: parcheck targets list`, `Closest: ${near.join(', ')}. See them all: parcheck targets list`),
    });
  }
  const inForce = thresholdsInForce(matched, asOfYear).filter((t) => findIndicator(t.indicator));
  if (inForce.length === 0) {
    const by = matched.find((t) => t.superseded_by)?.superseded_by ?? '';
    throw new ParcheckError('TARGET_NOT_FOUND', text(`Chỉ tiêu ${target} đã được thay thế bởi ${by}`, `Target ${target} is superseded by ${by}`), {
      found: target,
      expected: by,
      hint: text(`Giải thích chỉ tiêu đang có hiệu lực: parcheck explain ${by}`, `Explain the target in force: parcheck explain ${by}`),
    });
  }
  return inForce;
}

/** The district level was abolished on 2025-07-01: check skips such a threshold on a later window, so there is nothing to explain. */
function districtEndedError(target: string, t: Threshold, w: Window): ParcheckError {
  const label = windowLabel(w);
  return new ParcheckError(
    'TARGET_NOT_FOUND',
    text(
      `Chỉ tiêu ${target} là chỉ tiêu cấp huyện, chỉ áp dụng cho kỳ trước 01/7/2025 (cấp huyện đã bỏ từ ngày đó); kỳ đo ${label} kết thúc sau ngày này nên lệnh check bỏ qua chỉ tiêu, không có gì để giải thích`,
      `Target ${target} is a district-level target: it applies to periods before 2025-07-01 only (the district level was abolished then); the window ${label} ends later, so check skips it and there is nothing to explain`,
    ),
    {
      location: { file: t.file, path: t.id },
      expected: text('một kỳ kết thúc không muộn hơn 2025-06', 'a period ending by 2025-06'),
      found: label,
      hint: text(
        'Để xem chỉ tiêu trên các huyện cũ, chọn kỳ sớm hơn: --as-of 2025-06 (hoặc --period 2025-Q2).',
        'To see it on the former districts, choose an earlier period: --as-of 2025-06 (or --period 2025-Q2).',
      ),
    },
  );
}

/** The whole province unless asked otherwise; then the first level roll-up; then a unit. */
function choose<P extends { s: ScopeUnits }>(pairs: P[], req: ExplainRequest): P | undefined {
  const rank = (p: { s: ScopeUnits }) => (p.s.scope.unit === undefined ? 0 : 100) + SCOPE_LEVELS.indexOf(p.s.scope.level);
  if (req.unit) return pairs.find((p) => p.s.scope.unit !== undefined);
  return [...pairs].sort((a, b) => rank(a) - rank(b))[0];
}

function substitute(def: IndicatorDef, sums: Map<string, MeasureSum>, value: number | null): string | null {
  const fig = (m: string) => String(sums.get(m)?.value ?? 0);
  if (def.kind !== 'ratio') return value === null ? null : `${def.measure} = ${round2(value)}`;
  const n = def.numerator.map(fig).join(' + ');
  const d = def.denominator.map(fig).join(' + ');
  const expr = `${def.numerator.length > 1 ? `(${n})` : n} / ${def.denominator.length > 1 ? `(${d})` : d} × 100`;
  return value === null ? `${expr} = —` : `${expr} = ${round2(value)}`;
}

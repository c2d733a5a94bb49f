/**
 * Figures as people read them: `93,4%` in Vietnamese (decimal comma, dot for thousands), `93.4%` in
 * English; comparators as `≥ 95%`, `25–35%`, `≤ hạng 10`; `needed` as "12 hồ sơ … nữa".
 */
import { formatNumber, pick, type Lang } from '../core/i18n.js';
import { STATUSES, type Baseline, type Finding, type FindingBound, type FindingFields, type Measured, type OneSidedComparator, type Status } from '../core/types.js';
import { boundOf, meets } from '../check/compare.js';
import { findingTrajectory } from '../check/trajectory.js';
import { findIndicator } from '../measures/indicators.js';
import { baselineSince } from '../targets/unit-code.js';
import { numberIsBlank, shortTitle } from './documents.js';
import { HEADER, LEVEL_LABEL as LEVEL_WORD, NEEDED_PHRASE, RANK_WORD, STATUS_COUNT_WORD, SUPERSEDES } from './words.js';
import { warningMessage } from './warning-messages.js';

/** Round to `digits` decimals without float noise (0.1 + 0.2 → 0.3); -0 becomes 0. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
  return Object.is(r, -0) ? 0 : r;
}

export const isPercentUnit = (unit: string): boolean => unit.startsWith('percent');

/** Rates are percentages rounded to 2 decimals; other figures keep 4 (scores), ranks stay whole. */
export function roundFigure(value: number, unit: string): number {
  return round(value, isPercentUnit(unit) ? 2 : 4);
}

type Judged = { value: number | null; gap: number | null } & Pick<FindingFields, 'unit'> & FindingBound;

/** Decimals a figure is shown with: 2 for rates and scores, 0 for ranks and counts that are whole. */
export function shownDigits(unit: string): number {
  return isPercentUnit(unit) ? 2 : unit === 'rank' ? 0 : 2;
}

/**
 * The value as shown, rounded to its display decimals towards the side of the comparison it is on, so
 * a shown value never contradicts its status: 49.996 against ≥ 50 shows 49.99 (not 50), 99.997
 * against ≥ 100 shows 99.99, 50.004 against ≤ 50 shows 50.01. Comparisons are made on the exact value.
 */
export function shownValue(f: Judged): number | null {
  if (f.value === null) return null;
  const digits = shownDigits(f.unit);
  const r = round(f.value, digits);
  const bound = boundOf(f);
  const side = meets(f.value, bound);
  if (meets(r, bound) === side) return r;
  const factor = 10 ** digits;
  const down = Math.floor(f.value * factor) / factor;
  const up = Math.ceil(f.value * factor) / factor;
  for (const c of [down, up]) if (meets(c, bound) === side) return round(c, digits);
  return f.value;
}

/** The gap as shown: rounded like the value, but a shortfall never shows as 0 (−0.004 shows −0,01). */
export function shownGap(f: Judged): number | null {
  if (f.gap === null) return null;
  const digits = shownDigits(f.unit);
  const r = round(f.gap, digits);
  return f.gap < 0 && r >= 0 ? -(10 ** -digits) : r;
}

/** The one number formatter (core/i18n.ts), re-exported for the reporters. */
export { formatNumber };

/** A change against a baseline, worded so it reads without the unit: `giảm 29,17% so với 2023`. */
function formatChange(value: number, baseline: Baseline, lang: Lang): string {
  const base = baselineSince(baseline);
  // A negative reduction is a rise, a negative growth a fall: say what happened.
  const down = (baseline.kind === 'reduction') === value >= 0;
  const n = `${formatNumber(Math.abs(value), lang)}%`;
  if (lang === 'vi') return `${down ? 'giảm' : 'tăng'} ${n} so với ${base === 'previous' ? 'năm trước' : base}`;
  return `${n} ${down ? 'below' : 'above'} ${base === 'previous' ? 'the year before' : base}`;
}

/** A value with its unit: `93,4%`, `hạng 12`, `1.234`, `giảm 29,17% so với 2023`. */
export function formatValue(value: number | null, { unit, baseline }: Measured, lang: Lang): string {
  if (value === null) return '—';
  if (baseline) return formatChange(value, baseline, lang);
  if (isPercentUnit(unit)) return `${formatNumber(value, lang)}%`;
  if (unit === 'rank') return `${pick(RANK_WORD, lang)} ${formatNumber(value, lang, 0)}`;
  return formatNumber(value, lang);
}

const SYMBOL: Record<OneSidedComparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** The threshold with its comparator: `≥ 95%`, `25–35%`, `≤ hạng 10`. */
export function formatComparator(f: FindingBound & Measured, lang: Lang): string {
  if (f.comparator === 'between') {
    const [low, high] = f.threshold_value;
    if (isPercentUnit(f.unit)) return `${formatNumber(low, lang)}–${formatNumber(high, lang)}%`;
    if (f.unit === 'rank') return `${pick(RANK_WORD, lang)} ${formatNumber(low, lang, 0)}–${formatNumber(high, lang, 0)}`;
    return `${formatNumber(low, lang)}–${formatNumber(high, lang)}`;
  }
  // `≥ 10% giảm so với 2021`: the threshold of a change keeps its sign as written in the plan.
  if (f.baseline) return `${SYMBOL[f.comparator]} ${formatNumber(f.threshold_value, lang)}% ${changeWords(f.baseline, lang)}`;
  return `${SYMBOL[f.comparator]} ${formatValue(f.threshold_value, f, lang)}`;
}

/** The threshold as a low and a high figure (the CSV and Excel columns): a range fills both. */
export function lowHigh(f: FindingBound): [number, number | null] {
  return f.comparator === 'between' ? f.threshold_value : [f.threshold_value, null];
}

function changeWords(baseline: Baseline, lang: Lang): string {
  const { kind } = baseline;
  const base = baselineSince(baseline);
  const since = base === 'previous' ? (lang === 'vi' ? 'năm trước' : 'the year before') : base;
  if (lang === 'vi') return `${kind === 'reduction' ? 'giảm' : 'tăng'} so với ${since}`;
  return `${kind === 'reduction' ? 'reduction on' : 'growth on'} ${since}`;
}

/** Signed gap: `-1,6 điểm %`, `+2 hạng`; negative means short of the target. */
export function formatGap(gap: number | null, unit: string, lang: Lang): string {
  if (gap === null) return '';
  const sign = gap > 0 ? '+' : '';
  const n = `${sign}${formatNumber(gap, lang)}`;
  if (isPercentUnit(unit)) return `${n} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
  if (unit === 'rank') return `${n} ${lang === 'vi' ? 'hạng' : Math.abs(gap) === 1 ? 'rank' : 'ranks'}`;
  return n;
}

/** "12 hồ sơ giải quyết đúng hạn nữa" / "12 more dossiers resolved on time". */
export function formatNeeded(f: Pick<Finding, 'needed' | 'indicator'>, lang: Lang): string {
  if (f.needed === null || f.needed <= 0) return '';
  const def = findIndicator(f.indicator);
  const item = def && def.kind === 'ratio' ? pick(def.item, lang) : lang === 'vi' ? 'đơn vị' : 'units';
  return pick(NEEDED_PHRASE, lang)
    .replace('{n}', formatNumber(f.needed, lang, 0))
    .replace('{item}', item);
}

export function indicatorLabel(id: string, lang: Lang): string {
  const def = findIndicator(id);
  return def ? pick(def.label, lang) : id;
}

/** "thay thế chỉ tiêu pci-rank của 2370/QĐ-UBND", naming the document by number when it is known. */
export function formatSuperseded(superseded: string, documents: Map<string, string>, lang: Lang): string {
  const [docId, target] = superseded.includes('#') ? superseded.split('#', 2) : ['', superseded];
  const document = (docId && documents.get(docId)) || docId || '?';
  return pick(SUPERSEDES, lang)
    .replace('{target}', target ?? superseded)
    .replace('{document}', document);
}

/** "27 đạt · 9 không đạt · 4 chậm tiến độ · 3 thiếu số liệu"; zero counts omitted. */
export function summaryLine(counts: Record<Status, number>, lang: Lang): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${formatNumber(counts[s], lang, 0)} ${pick(STATUS_COUNT_WORD[s], lang)}`);
  return parts.length > 0 ? parts.join(' · ') : pick(HEADER.none, lang);
}

export const shortHash = (sha256: string): string => sha256.slice(0, 12);

/** A document in a group heading: its number (its short title when its own text leaves the number blank) and its id. */
export function documentHeading(doc: { id: string; number: string; title?: string }): string {
  const name = doc.title && numberIsBlank(doc.number) ? shortTitle({ title: doc.title }) : doc.number;
  return `${name} · ${doc.id}`;
}

/** The progress rules named by the findings (or given by the caller), for a header line. */
export function progressRules(findings: readonly Finding[], given?: string): string[] {
  const named = [...new Set(findings.flatMap((f) => findingTrajectory(f)?.rule ?? []))].sort();
  return named.length > 0 ? named : given ? [given] : [];
}

/** Why a verdict is not final, or which units hold an `each: unit` level back: one line per finding
 * ("online-payment-rate-2024 · Toàn tỉnh: Kỳ của chỉ tiêu là 2024; thiếu …"). */
const VERDICT_NOTES = new Set(['INCOMPLETE_PERIOD', 'PARTIAL_PERIOD_FINAL', 'UNITS_BELOW', 'REPEATED_TARGET']);

export function verdictNotes(findings: readonly Finding[], lang: Lang): string[] {
  const out: string[] = [];
  for (const f of findings) {
    for (const p of f.problems ?? []) {
      if (!VERDICT_NOTES.has(p.code)) continue;
      // a repeated target is noted once, on the province's finding, not on every unit
      if (p.code === 'REPEATED_TARGET' && f.scope.unit !== undefined) continue;
      out.push(`${f.threshold} · ${f.scope.unit ?? pick(LEVEL_WORD[f.scope.level], lang)}: ${warningMessage(p, lang)}`);
    }
  }
  return out;
}

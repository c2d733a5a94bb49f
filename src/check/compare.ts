/**
 * Comparing a value with a threshold, and the signed gap (negative = short of the target).
 * Ranks come as `<=` (rank_within N): gap = N − rank, negative when the rank is worse than N.
 */
import type { Bound, FindingBound, OneSidedComparator } from '../core/types.js';

// Rates are computed as num × 100 / den; a tolerance this small only absorbs binary rounding.
const EPS = 1e-9;

export function meets(value: number, bound: Bound): boolean {
  if (bound.comparator === 'between') {
    const [lo, hi] = ordered(bound.value);
    return value >= lo - EPS && value <= hi + EPS;
  }
  return meetsOne(value, bound.comparator, bound.value);
}

function meetsOne(value: number, comparator: OneSidedComparator, t: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= t - EPS;
    case '>':
      return value > t + EPS;
    case '<=':
      return value <= t + EPS;
    case '<':
      return value < t - EPS;
  }
}

/** A rate num × 100 / den against a threshold, decided on exact rationals (integers in BigInt) when the
 * counts are whole and the threshold has at most 6 decimals: 12,499 of 25,000 is below 50% however
 * close it comes. Falls back to `meets` otherwise. */
export function meetsRate(num: number, den: number, bound: Bound): boolean {
  const scale = 1_000_000;
  const whole = (x: number) => Number.isSafeInteger(x);
  const figures = bound.comparator === 'between' ? bound.value : [bound.value];
  const ts = figures.map((t) => Math.round(t * scale));
  const exactT = figures.every((t, i) => Math.abs(ts[i]! / scale - t) < 1e-12);
  if (!whole(num) || !whole(den) || den <= 0 || !exactT) return meets((num * 100) / den, bound);
  // sign of (num × 100 / den − t) = sign(num × 100 × scale − t × scale × den)
  const cmp = (t: number) => {
    const d = BigInt(num) * 100n * BigInt(scale) - BigInt(t) * BigInt(den);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  };
  if (bound.comparator === 'between') {
    const [lo, hi] = ordered([ts[0]!, ts[1]!]);
    return cmp(lo) >= 0 && cmp(hi) <= 0;
  }
  const c = cmp(ts[0]!);
  switch (bound.comparator) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
  }
}

/** Signed distance to the threshold; for `between`, to the nearest bound (positive inside). */
export function gapOf(value: number, bound: Bound): number {
  if (bound.comparator === 'between') {
    const [lo, hi] = ordered(bound.value);
    if (value < lo) return value - lo;
    if (value > hi) return hi - value;
    return Math.min(value - lo, hi - value);
  }
  return bound.comparator === '>=' || bound.comparator === '>' ? value - bound.value : bound.value - value;
}

/** The value the trajectory aims at: the threshold, or the nearest bound of a range. */
export function aimOf(value: number, bound: Bound): number {
  if (bound.comparator !== 'between') return bound.value;
  const [lo, hi] = ordered(bound.value);
  return value > hi ? hi : lo;
}

/** +1 when higher is better, −1 when lower is better (Open SDG's "direction"). */
export function directionOf(bound: Bound, value: number): 1 | -1 {
  switch (bound.comparator) {
    case '>=':
    case '>':
      return 1;
    case '<=':
    case '<':
      return -1;
    case 'between':
      return value > ordered(bound.value)[1] ? -1 : 1;
  }
}

/** A range lower bound first (a drafted range may come reversed; target files refuse one). */
export function ordered(range: readonly [number, number]): [number, number] {
  return range[0] <= range[1] ? [range[0], range[1]] : [range[1], range[0]];
}

/** The threshold a finding names, as a `Bound`. */
export function boundOf(f: FindingBound): Bound {
  return f.comparator === 'between' ? { comparator: f.comparator, value: f.threshold_value } : { comparator: f.comparator, value: f.threshold_value };
}

/** The threshold's bound as a finding names it. */
export function findingBound(b: Bound): FindingBound {
  return b.comparator === 'between' ? { comparator: b.comparator, threshold_value: b.value } : { comparator: b.comparator, threshold_value: b.value };
}

/** A copy of a finding's threshold, comparator and figure together. */
export function sameBound(f: FindingBound): FindingBound {
  return f.comparator === 'between' ? { comparator: f.comparator, threshold_value: f.threshold_value } : { comparator: f.comparator, threshold_value: f.threshold_value };
}

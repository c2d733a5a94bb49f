/**
 * Comparing a value with a threshold, and the signed gap (negative = short of the target).
 * Ranks come as `<=` (rank_within N): gap = N − rank, negative when the rank is worse than N.
 */
import type { Comparator } from '../core/types.js';

// Rates are computed as num × 100 / den; a tolerance this small only absorbs binary rounding.
const EPS = 1e-9;

export function meets(value: number, comparator: Comparator, threshold: number | [number, number]): boolean {
  if (comparator === 'between') {
    const [lo, hi] = bounds(threshold);
    return value >= lo - EPS && value <= hi + EPS;
  }
  const t = single(threshold);
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
export function meetsRate(num: number, den: number, comparator: Comparator, threshold: number | [number, number]): boolean {
  const scale = 1_000_000;
  const whole = (x: number) => Number.isSafeInteger(x);
  const ts = (Array.isArray(threshold) ? threshold : [threshold]).map((t) => Math.round(t * scale));
  const exactT = (Array.isArray(threshold) ? threshold : [threshold]).every((t, i) => Math.abs(ts[i]! / scale - t) < 1e-12);
  if (!whole(num) || !whole(den) || den <= 0 || !exactT) return meets((num * 100) / den, comparator, threshold);
  // sign of (num × 100 / den − t) = sign(num × 100 × scale − t × scale × den)
  const cmp = (t: number) => {
    const d = BigInt(num) * 100n * BigInt(scale) - BigInt(t) * BigInt(den);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  };
  if (comparator === 'between') {
    const [lo, hi] = ts[0]! <= (ts[1] ?? ts[0]!) ? [ts[0]!, ts[1] ?? ts[0]!] : [ts[1]!, ts[0]!];
    return cmp(lo) >= 0 && cmp(hi) <= 0;
  }
  const c = cmp(ts[0]!);
  switch (comparator) {
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
export function gapOf(value: number, comparator: Comparator, threshold: number | [number, number]): number {
  if (comparator === 'between') {
    const [lo, hi] = bounds(threshold);
    if (value < lo) return value - lo;
    if (value > hi) return hi - value;
    return Math.min(value - lo, hi - value);
  }
  const t = single(threshold);
  return comparator === '>=' || comparator === '>' ? value - t : t - value;
}

/** The value the trajectory aims at: the threshold, or the nearest bound of a range. */
export function aimOf(value: number, comparator: Comparator, threshold: number | [number, number]): number {
  if (comparator !== 'between') return single(threshold);
  const [lo, hi] = bounds(threshold);
  return value > hi ? hi : lo;
}

/** +1 when higher is better, −1 when lower is better (Open SDG's "direction"). */
export function directionOf(comparator: Comparator, value: number, threshold: number | [number, number]): 1 | -1 {
  if (comparator === '>=' || comparator === '>') return 1;
  if (comparator === '<=' || comparator === '<') return -1;
  const [, hi] = bounds(threshold);
  return value > hi ? -1 : 1;
}

export function single(threshold: number | [number, number]): number {
  return Array.isArray(threshold) ? threshold[0] : threshold;
}

export function bounds(threshold: number | [number, number]): [number, number] {
  if (!Array.isArray(threshold)) return [threshold, threshold];
  return threshold[0] <= threshold[1] ? threshold : [threshold[1], threshold[0]];
}

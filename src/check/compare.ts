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

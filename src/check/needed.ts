/**
 * `needed`: the smallest whole number of items that would make the value meet the threshold.
 *
 * Ratios: the denominator is the population (dossiers resolved, dossiers received online + offline,
 * procedures in the catalogue), so an item is *moved* into the numerator: a late dossier that would
 * have been on time, an offline filing that would have been online. k is the least integer with
 * (num + k) × 100 / den meeting the comparator (strictly above for `>`). For `<=` / `<` (lower is
 * better) k counts items moved out of the numerator. An indicator whose items add to both sides
 * (`needed: 'added'` in the catalogue) solves (num + k) / (den + k) instead. Null when the target
 * cannot be reached by whole items (k above the room left) or the figure is not a count.
 * Counts: the difference, as a whole number. Ranks and scores: null.
 */
import type { Bound } from '../core/types.js';
import type { IndicatorDef } from '../measures/indicators.js';
import { meets, ordered } from './compare.js';

export function neededItems(def: IndicatorDef, bound: Bound, value: number, numerator: number | null, denominator: number | null): number | null {
  if (meets(value, bound)) return 0;
  if (def.kind === 'ratio') {
    if (numerator === null || denominator === null || denominator <= 0) return null;
    const added = def.needed === 'added';
    return ratioItems(bound, value, numerator, denominator, added);
  }
  if (def.unit !== 'count') return null;
  const { up, t, strict } = direction(bound, value);
  const diff = up ? t - value : value - t;
  if (!Number.isFinite(diff) || diff > Number.MAX_SAFE_INTEGER) return null;
  return strict ? Math.floor(diff) + 1 : Math.ceil(diff - 1e-9);
}

/** Which way the value has to move (`up`), to which figure, and whether reaching it is not enough (`>`, `<`). */
function direction(bound: Bound, value: number): { up: boolean; t: number; strict: boolean } {
  if (bound.comparator === 'between') {
    const [lo, hi] = ordered(bound.value);
    return value < lo ? { up: true, t: lo, strict: false } : { up: false, t: hi, strict: false };
  }
  const up = bound.comparator === '>=' || bound.comparator === '>';
  return { up, t: bound.value, strict: bound.comparator === '>' || bound.comparator === '<' };
}

function ratioItems(bound: Bound, value: number, num: number, den: number, added: boolean): number | null {
  const { up, t, strict } = direction(bound, value);
  // Solve num ± k against t% of den (or of den + k when items add to both sides), then step to the
  // first integer that satisfies the comparator, checking with the exact comparison.
  let k: number;
  if (up) {
    if (added) {
      if (t >= 100) return null;
      k = (t * den - 100 * num) / (100 - t);
    } else k = (t * den - 100 * num) / 100;
  } else k = (100 * num - t * den) / 100;
  // Past 2^53 whole numbers are no longer distinct (x + 1 === x): no answer in whole items, and the
  // search below would never end.
  if (!Number.isFinite(k) || k > Number.MAX_SAFE_INTEGER) return null;
  let whole = Math.max(0, Math.floor(k) - 1);
  const ok = (j: number) => {
    const n = up ? num + j : num - j;
    const d = added && up ? den + j : den;
    const v = (n * 100) / d;
    return strict ? (up ? v > t : v < t) : meets(v, { comparator: up ? '>=' : '<=', value: t });
  };
  // k is within a step or two of the answer; a few steps more means rounding has gone wrong.
  for (let steps = 0; !ok(whole); steps++) {
    whole += 1;
    if (whole > k + 2 || steps > 8) return null;
  }
  const room = up ? (added ? Infinity : den - num) : num;
  return whole <= room ? whole : null;
}

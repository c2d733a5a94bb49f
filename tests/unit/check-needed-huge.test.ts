/**
 * `needed` on figures past 2^53, where x + 1 === x: the search for the least whole k used to step
 * forever. Readers refuse such counts at their cell; sums of many units can still get there, so
 * `needed` itself must end, with null (no answer in whole items).
 */
import { describe, expect, it } from 'vitest';
import { neededItems } from '../../src/check/needed.js';
import { findIndicator, type IndicatorDef } from '../../src/measures/indicators.js';

const onTime = findIndicator('on_time_rate')!;
const added: IndicatorDef = { ...onTime, needed: 'added' };

describe('needed ends on huge figures', () => {
  it.each([
    [0, 1e300],
    [1, 1e308],
    [2 ** 60, 2 ** 61],
    [1e300, Number.MAX_VALUE],
    [0, Number.POSITIVE_INFINITY],
  ])('num %d of den %d against ≥ 95: null, not a hang', (num, den) => {
    const value = (num * 100) / den;
    expect(neededItems(onTime, { comparator: '>=', value: 95 }, value, num, den)).toBeNull();
    expect(neededItems(onTime, { comparator: '>', value: 95 }, value, num, den)).toBeNull();
    expect(neededItems(added, { comparator: '>=', value: 95 }, value, num, den)).toBeNull();
  });

  it('a count threshold far away: null instead of an imprecise whole number', () => {
    const count = findIndicator('par_initiative_model_count')!;
    expect(neededItems(count, { comparator: '>=', value: 1e300 }, 5, null, null)).toBeNull();
    expect(neededItems(count, { comparator: '>=', value: 12 }, 5, null, null)).toBe(7);
  });

  it('ordinary figures are unchanged', () => {
    expect(neededItems(onTime, { comparator: '>=', value: 95 }, 85.3, 853, 1000)).toBe(97);
    expect(neededItems(onTime, { comparator: '>=', value: 95 }, 50, 500_000, 1_000_000)).toBe(450_000);
  });
});

import { describe, expect, it } from 'vitest';
import { formatGap, formatValue, shownGap, shownValue } from '../../src/report/format.js';
import { meetsRate } from '../../src/check/compare.js';
import type { OneSidedComparator, ThresholdUnit } from '../../src/core/types.js';

const f = (value: number, comparator: OneSidedComparator | 'between', threshold: number | [number, number], unit: ThresholdUnit = 'percent') => {
  if (comparator === 'between') return { value, gap: null, comparator, threshold_value: threshold as [number, number], unit };
  const gap = comparator === '>=' || comparator === '>' ? value - (threshold as number) : (threshold as number) - value;
  return { value, gap, comparator, threshold_value: threshold as number, unit };
};

describe('values shown are rounded towards the side of their verdict', () => {
  it('a value just below ≥ shows below it, one just above ≤ shows above it; a met value rounds normally', () => {
    expect(shownValue(f((12_499 * 100) / 25_000, '>=', 50))).toBe(49.99);
    expect(shownValue(f(99.997, '>=', 100))).toBe(99.99);
    expect(shownValue(f(50.004, '<=', 50))).toBe(50.01);
    expect(shownValue(f(50.004, '>=', 50))).toBe(50);
    expect(shownValue(f(93.456, '>=', 95))).toBe(93.46);
    expect(shownValue(f(60.004, 'between', [40, 60]))).toBe(60.01);
    expect(formatValue(shownValue(f(49.996, '>=', 50)), { unit: 'percent' }, 'vi')).toBe('49,99%');
  });

  it('a shortfall is never shown as 0', () => {
    expect(shownGap(f(49.996, '>=', 50))).toBe(-0.01);
    expect(formatGap(shownGap(f(49.996, '>=', 50)), 'percent', 'vi')).toBe('-0,01 điểm %');
    expect(shownGap(f(48.456, '>=', 50))).toBe(-1.54);
    expect(shownGap(f(50.004, '>=', 50))).toBe(0);
  });

  it('statuses of rates are decided on exact rationals', () => {
    expect(meetsRate(12_499, 25_000, { comparator: '>=', value: 50 })).toBe(false);
    expect(meetsRate(12_500, 25_000, { comparator: '>=', value: 50 })).toBe(true);
    expect(meetsRate(1, 3, { comparator: '>=', value: 33.333333 })).toBe(true);
    expect(meetsRate(999_999_999, 1_000_000_000, { comparator: '>=', value: 100 })).toBe(false);
    expect(meetsRate(45, 100, { comparator: 'between', value: [40, 45] })).toBe(true);
    expect(meetsRate(90, 100, { comparator: '>', value: 90 })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { neededItems } from '../../src/check/needed.js';
import { findIndicator, type IndicatorDef } from '../../src/measures/indicators.js';

const onTime = findIndicator('on_time_rate')!;

describe('needed: whole items to meet a threshold', () => {
  it('moved items keep the denominator: ceil(t × den − num)', () => {
    // 853 of 1000 on time, 95 % needs 950: 97 more
    expect(neededItems(onTime, { comparator: '>=', value: 95 }, 85.3, 853, 1000)).toBe(97);
    expect(neededItems(onTime, { comparator: '>', value: 95 }, 85.3, 853, 1000)).toBe(98);
    expect(neededItems(onTime, { comparator: '>=', value: 95 }, 95, 950, 1000)).toBe(0);
    // 2 of 3 = 66.67 %; 70 % needs 2.1 → 1 more
    expect(neededItems(onTime, { comparator: '>=', value: 70 }, 66.67, 2, 3)).toBe(1);
  });

  it('added items grow both sides: (num + k) / (den + k)', () => {
    const added: IndicatorDef = { ...onTime, needed: 'added' };
    // (50 + k) / (100 + k) ≥ 0.8 ⇔ 50 + k ≥ 80 + 0.8k ⇔ k ≥ 150
    expect(neededItems(added, { comparator: '>=', value: 80 }, 50, 50, 100)).toBe(150);
  });

  it('unreachable or not countable: null', () => {
    expect(neededItems(onTime, { comparator: '>', value: 100 }, 90, 90, 100)).toBeNull();
    expect(neededItems(findIndicator('pci_rank')!, { comparator: '<=', value: 10 }, 12, 12, null)).toBeNull();
  });
});

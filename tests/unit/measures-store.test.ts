import type { ParcheckError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { deriveIndicator } from '../../src/measures/derive.js';
import { findIndicator } from '../../src/measures/indicators.js';
import { parsePeriod, tryParsePeriod, windowLabel, yearToDate } from '../../src/measures/period-windows.js';
import { MeasureStore } from '../../src/measures/store.js';
import { windowValue } from '../../src/measures/window-value.js';
import { obs } from './check-helpers.js';

describe('measures: period algebra', () => {
  it('parses months, quarters, years and ranges into month windows', () => {
    expect(windowLabel(parsePeriod('2025-10'))).toBe('2025-10');
    expect(windowLabel(parsePeriod('2025-Q4'))).toBe('2025-Q4');
    expect(windowLabel(parsePeriod('2025'))).toBe('2025');
    expect(windowLabel(parsePeriod('2025-01..2025-10'))).toBe('2025-01..2025-10');
    expect(windowLabel(parsePeriod('2025-10..2025-12'))).toBe('2025-Q4');
    expect(windowLabel(yearToDate(parsePeriod('2025-12').to))).toBe('2025');
    expect(tryParsePeriod('2025-13')).toBeNull();
    expect(() => parsePeriod('Q4/2025')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('measures: store and windows', () => {
  const months = [
    ...obs('Sở A', 'province', '2025-10', { received_online: 10, received_offline: 5, received_carried_over: 3, received_total: 18, pending_total: 4 }),
    ...obs('Sở A', 'province', '2025-11', { received_online: 20, received_offline: 5, received_carried_over: 4, received_total: 29, pending_total: 6 }),
    ...obs('Sở A', 'province', '2025-12', { received_online: 30, received_offline: 5, received_carried_over: 6, received_total: 41, pending_total: 2 }),
  ];
  const store = new MeasureStore(months);
  const q4 = parsePeriod('2025-Q4');

  it('a quarter built from months: flows summed, states the last month, openings the first', () => {
    expect(windowValue(store, 'Sở A', 'received_online', q4)?.value).toBe(60);
    expect(windowValue(store, 'Sở A', 'pending_total', q4)?.value).toBe(2);
    expect(windowValue(store, 'Sở A', 'received_carried_over', q4)?.value).toBe(3);
    // 60 + 15 + 3 carried into October: not 18 + 29 + 41 (which counts carried-over dossiers thrice)
    expect(windowValue(store, 'Sở A', 'received_total', q4)?.value).toBe(78);
    expect(windowValue(store, 'Sở A', 'received_online', q4)?.sources).toHaveLength(3);
    expect(windowValue(store, 'Sở A', 'received_online', parsePeriod('2024'))).toBeNull();
  });

  it('the latest period is the as-of default', () => {
    expect(windowLabel(store.latestWindow()!)).toBe('2025-12');
    const yearly = new MeasureStore([...obs('X', null, '2024', { pci_rank: 3 }), ...obs('X', null, '2025-Q1', { pci_rank: 2 })]);
    expect(windowLabel(yearly.latestWindow()!)).toBe('2025-Q1');
  });

  it('an exact observation of the window is used as is; quarterly inputs serve a year', () => {
    const s = new MeasureStore([...obs('X', null, '2025-Q1', { received_online: 5 }), ...obs('X', null, '2025-Q2', { received_online: 7 }), ...obs('X', null, '2024', { received_online: 100 })]);
    expect(windowValue(s, 'X', 'received_online', parsePeriod('2025'))?.value).toBe(12);
    expect(windowValue(s, 'X', 'received_online', parsePeriod('2024'))?.value).toBe(100);
  });

  it('duplicates: different figures are an error naming both cells; the same figure merges with a note; --combine sums across files', () => {
    const dup = [...obs('X', null, '2025-10', { received_online: 5 }, 'a.xlsx'), ...obs('X', null, '2025-10', { received_online: 7 }, 'b.xlsx')];
    let error: unknown;
    try {
      new MeasureStore(dup);
    } catch (e) {
      error = e;
    }
    expect((error as ParcheckError).code).toBe('INPUT_DUPLICATE');
    expect((error as ParcheckError).found).toMatch(/a\.xlsx.*≠.*b\.xlsx/);
    const same = new MeasureStore([...obs('X', null, '2025-10', { received_online: 5 }, 'a.xlsx'), ...obs('X', null, '2025-10', { received_online: 5 }, 'b.xlsx')]);
    expect(windowValue(same, 'X', 'received_online', parsePeriod('2025-10'))?.value).toBe(5);
    expect(same.warnings[0]?.code).toBe('DUPLICATE_OBSERVATION');
    expect(same.warnings[0]?.cells?.map((c) => c.file)).toEqual(['a.xlsx', 'b.xlsx']);
    const sum = new MeasureStore(dup, { combine: 'sum' });
    expect(windowValue(sum, 'X', 'received_online', parsePeriod('2025-10'))?.value).toBe(12);
  });

  it("a window received total is the carry-over into its first month plus each month's new receipts, with or without the carried-over column", () => {
    // Jan: 10 carried in, 50 new, 20 left pending; Feb: those 20 carried in, 40 new.
    const withColumn = new MeasureStore([
      ...obs('X', null, '2025-01', { received_total: 60, received_online: 30, received_offline: 20, received_carried_over: 10, pending_total: 20 }),
      ...obs('X', null, '2025-02', { received_total: 60, received_online: 25, received_offline: 15, received_carried_over: 20, pending_total: 5 }),
    ]);
    const w = parsePeriod('2025-01..2025-02');
    expect(windowValue(withColumn, 'X', 'received_total', w)?.value).toBe(10 + 50 + 40);
    const noColumn = new MeasureStore([...obs('X', null, '2025-01', { received_total: 60, pending_total: 20 }), ...obs('X', null, '2025-02', { received_total: 60, pending_total: 5 })]);
    expect(windowValue(noColumn, 'X', 'received_total', w)?.value).toBe(10 + 50 + 40);
  });

  it('roll-ups are ratios of sums; a unit lacking a measure is left out and named', () => {
    const s = new MeasureStore([
      ...obs('A', 'commune', '2025-12', { digitized_results: 9, resolved_total: 10 }), // 90 %
      ...obs('B', 'commune', '2025-12', { digitized_results: 10, resolved_total: 90 }), // 11.1 %
      ...obs('C', 'commune', '2025-12', { resolved_total: 50 }),
    ]);
    const d = deriveIndicator(s, findIndicator('digitized_result_rate')!, ['A', 'B', 'C'], parsePeriod('2025'));
    expect(d.value).toBe(19); // 19 / 100, not (90 + 11.1) / 2
    expect([d.numerator, d.denominator]).toEqual([19, 100]);
    expect(d.missing).toEqual([{ unit: 'C', measures: ['digitized_results'] }]);
  });
});

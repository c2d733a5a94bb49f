import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { obs, th } from './check-helpers.js';

const find = (r: ReturnType<typeof runCheck>, pred: (f: (typeof r.findings)[number]) => boolean) => {
  const f = r.findings.find(pred);
  if (!f) throw new Error('finding not found');
  return f;
};
const whole = (f: { scope: { unit?: string; level: string } }) => f.scope.level === 'all' && f.scope.unit === undefined;

// Sở A: (10 + 80) / 100 = 90 %; Xã B: (0 + 10) / 50 = 20 %.
// Ratio of sums: 100 / 150 = 66.67 %; the mean of unit rates would be 55 %.
// Whole-year figures: a 2025 target is judged on the whole of 2025.
const onTime = [
  ...obs('Sở A', 'province', '2025', { resolved_early: 10, resolved_on_time: 80, resolved_total: 100 }),
  ...obs('Xã B', 'commune', '2025', { resolved_early: 0, resolved_on_time: 10, resolved_total: 50 }),
];

describe('check: comparators, gap and needed', () => {
  it('>= on a ratio: ratio of sums over units, not the mean of rates', () => {
    const r = runCheck({ observations: onTime, thresholds: [th({ id: 'on-time', indicator: 'on_time_rate', comparator: '>=', value: 70 })] });
    const all = find(r, whole);
    expect(all.value).toBe(20_000 / 300); // 100/150, not 55; kept exact (reporters round it)
    expect(all.numerator).toBe(100);
    expect(all.denominator).toBe(150);
    expect(all.status).toBe('missed'); // the whole of 2025 reaches the 2025 deadline
    expect(all.gap).toBeCloseTo(-3.3333333, 6);
    expect(all.needed).toBe(5); // (100 + 5) / 150 = 70 %
    expect(all.period).toBe('2025');
    expect(all.sources.numerator.map((s) => s.cell)).toHaveLength(4);
    expect(all.sources.denominator.map((s) => s.cell)).toHaveLength(2);
    const b = find(r, (f) => f.scope.unit === 'Xã B');
    expect([b.value, b.gap, b.needed, b.status]).toEqual([20, -50, 25, 'missed']); // 35 − 10
    const a = find(r, (f) => f.scope.unit === 'Sở A');
    expect([a.value, a.gap, a.needed, a.status]).toEqual([90, 20, 0, 'met']);
    const communeLevel = find(r, (f) => f.scope.level === 'commune' && f.scope.unit === undefined);
    expect(communeLevel.value).toBe(20);
  });

  it('> is strict: exactly at the threshold is missed and needs one more item', () => {
    const r = runCheck({ observations: onTime, thresholds: [th({ id: 'strict', indicator: 'on_time_rate', comparator: '>', value: 90 })], unit: 'Sở A' });
    expect(r.findings).toHaveLength(1);
    const a = r.findings[0]!;
    expect([a.value, a.gap, a.needed, a.status]).toEqual([90, 0, 1, 'missed']);
  });

  it('<= and < on a ratio count the items to move out of the numerator', () => {
    const r = runCheck({
      observations: onTime,
      thresholds: [th({ id: 'le', indicator: 'on_time_rate', comparator: '<=', value: 60 }), th({ id: 'lt', indicator: 'on_time_rate', comparator: '<', value: 60 })],
      level: 'all',
    });
    const le = find(r, (f) => f.target === 'le');
    // 66.67 → 60: 100 − 0.6 × 150 = 10 items fewer
    expect([le.gap, le.needed, le.status]).toEqual([60 - 20_000 / 300, 10, 'missed']);
    const lt = find(r, (f) => f.target === 'lt');
    expect(lt.needed).toBe(11); // 90/150 = 60 % is not < 60
  });

  it('ranks (rank_within → <=, lower is better): gap = threshold − rank, needed null', () => {
    const observations = obs('Quảng Nam', null, '2025', { pci_rank: 12 });
    const r = runCheck({ observations, thresholds: [th({ id: 'pci-top-10', indicator: 'pci_rank', comparator: '<=', value: 10, unit: 'rank' })] });
    const f = find(r, whole);
    expect([f.value, f.gap, f.needed, f.status, f.period]).toEqual([12, -2, null, 'missed', '2025']);
    expect(f.numerator).toBe(12);
    expect(f.denominator).toBeNull();
  });

  it('between: gap to the nearest bound, positive inside', () => {
    const observations = [...obs('Quảng Nam', null, '2025', { sipas_score: 78.5 }), ...obs('Đà Nẵng', null, '2025', { sipas_score: 85 }, 'other.xlsx')];
    const r = runCheck({ observations, thresholds: [th({ id: 'sipas', indicator: 'sipas_score', comparator: 'between', value: [80, 90], unit: 'score' })] });
    const low = find(r, (f) => f.scope.unit === 'Quảng Nam');
    expect([low.value, low.gap, low.status]).toEqual([78.5, -1.5, 'missed']);
    const mid = find(r, (f) => f.scope.unit === 'Đà Nẵng');
    expect([mid.value, mid.gap, mid.status]).toEqual([85, 5, 'met']);
    // two units with a score: the province as a whole has no single score
    expect(find(r, whole).status).toBe('no-data');
  });

  it('reduction against a baseline year: (base − current) / base × 100', () => {
    const observations = [...obs('Quảng Nam', null, '2021', { pci_rank: 20 }), ...obs('Quảng Nam', null, '2025', { pci_rank: 15 })];
    const r = runCheck({
      observations,
      thresholds: [th({ id: 'pci-cut', indicator: 'pci_rank', comparator: '>=', value: 20, unit: 'percent_change', baseline: { kind: 'reduction', year: 2021 } })],
    });
    const f = find(r, whole);
    expect([f.value, f.gap, f.status, f.numerator, f.denominator]).toEqual([25, 5, 'met', 15, 20]); // (20 − 15) / 20
    expect(f.sources.denominator).toHaveLength(1);
  });

  it('growth against the previous year compares the same months', () => {
    const observations = [
      ...obs('Sở A', 'province', '2024-01', { received_online: 40, received_offline: 60 }),
      ...obs('Sở A', 'province', '2024-02', { received_online: 0, received_offline: 100 }), // outside Jan..Jan
      ...obs('Sở A', 'province', '2025-01', { received_online: 50, received_offline: 50 }),
    ];
    const r = runCheck({
      observations,
      asOf: '2025-01',
      thresholds: [
        th({ id: 'online-growth', indicator: 'online_dossier_rate', comparator: '>=', value: 30, unit: 'percent_change', deadlineDate: '2025-01-31', baseline: { kind: 'growth', year: 'previous' } }),
      ],
    });
    const f = find(r, whole);
    expect([f.value, f.gap, f.status, f.period]).toEqual([25, -5, 'missed', '2025-01']); // (50 − 40) / 40
  });

  it('a missing baseline year gives no-data, not a silent skip', () => {
    const observations = obs('Quảng Nam', null, '2025', { pci_rank: 15 });
    const r = runCheck({
      observations,
      thresholds: [th({ id: 'pci-cut', indicator: 'pci_rank', comparator: '>=', value: 20, baseline: { kind: 'reduction', year: 2021 } })],
    });
    const f = find(r, whole);
    expect(f.status).toBe('no-data');
    expect(f.problems?.[0]?.code).toBe('MISSING_BASELINE');
  });
});

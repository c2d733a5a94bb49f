import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { obs, th } from './check-helpers.js';
import { warningMessage } from '../../src/report/warning-messages.js';

describe('check: periods, partial data, each unit, repeats, baseline periods', () => {
  it('a count that only grows and already breaks its ceiling is missed from partial data, and says so', () => {
    const t = th({ id: 'ultra-vires', indicator: 'ultra_vires_procedure_count', comparator: '<=', value: 0, unit: 'count' });
    const observations = obs('Tỉnh Quảng Nam', null, '2025-03', { procedures_issued_ultra_vires: 2 });
    const f = runCheck({ observations, thresholds: [t], asOf: '2025-12' }).findings[0]!;
    expect(f.status).toBe('missed');
    expect(f.problems!.map((p) => p.code)).toContain('PARTIAL_PERIOD_FINAL');
    // within the ceiling so far: no verdict yet
    const ok = obs('Tỉnh Quảng Nam', null, '2025-03', { procedures_issued_ultra_vires: 0 });
    expect(runCheck({ observations: ok, thresholds: [t], asOf: '2025-12' }).findings[0]!.status).toBe('incomplete');
  });

  it('each: unit before the deadline is off track when one unit is, and lists it', () => {
    const t = th({ id: 'on-time-each', indicator: 'on_time_rate', comparator: '>=', value: 80, level: 'province', each: 'unit', deadline: 2030 });
    const observations = [
      ...obs('Sở A', 'province', '2025-06', { resolved_early: 0, resolved_on_time: 95, resolved_total: 100 }),
      ...obs('Sở B', 'province', '2025-06', { resolved_early: 0, resolved_on_time: 10, resolved_total: 100 }),
    ];
    const level = runCheck({ observations, thresholds: [t] }).findings.find((f) => f.scope.unit === undefined)!;
    expect(level.status).toBe('off-track');
    expect(level.value).toBe(10);
    expect(level.problems!.find((p) => p.code === 'UNITS_BELOW')!.units).toEqual([{ unit: 'Sở B', value: 10, status: 'off-track' }]);
    expect(level.needed).toBe(70);
  });

  it('each: unit with one unit incomplete and none missed: the level is incomplete', () => {
    const t = th({ id: 'on-time-each', indicator: 'on_time_rate', comparator: '>=', value: 80, level: 'province', each: 'unit' });
    const observations = [
      ...obs('Sở A', 'province', '2025', { resolved_early: 0, resolved_on_time: 95, resolved_total: 100 }),
      ...obs('Sở B', 'province', '2025-06', { resolved_early: 0, resolved_on_time: 90, resolved_total: 100 }),
    ];
    const level = runCheck({ observations, thresholds: [t], asOf: '2025-12' }).findings.find((f) => f.scope.unit === undefined)!;
    expect(level.status).toBe('incomplete');
  });

  it('each: unit with one unit contradicting itself: the level is invalid and shows no figure', () => {
    const t = th({ id: 'on-time-each', indicator: 'on_time_rate', comparator: '>=', value: 80, level: 'province', each: 'unit', deadline: 2030 });
    const observations = [
      ...obs('Sở A', 'province', '2025-06', { resolved_early: 0, resolved_on_time: 95, resolved_total: 100 }),
      ...obs('Sở B', 'province', '2025-06', { resolved_early: 0, resolved_on_time: 120, resolved_total: 100 }),
    ];
    const level = runCheck({ observations, thresholds: [t] }).findings.find((f) => f.scope.unit === undefined)!;
    expect(level.status).toBe('invalid');
    // not Sở A's 95: an invalid finding has no value, whichever unit has one
    expect([level.value, level.gap, level.needed]).toEqual([null, null, null]);
    expect((level.problems ?? []).find((p) => p.code === 'UNITS_BELOW')?.units).toEqual([{ unit: 'Sở B', value: null, status: 'invalid' }]);
  });

  it('a target two plans repeat is checked once, naming the repeat', () => {
    const a = th({ id: 'sipas-20', indicator: 'sipas_rank', comparator: '<=', value: 20, unit: 'rank' });
    const b = th({
      id: 'sipas-20',
      indicator: 'sipas_rank',
      comparator: '<=',
      value: 20,
      unit: 'rank',
      document: { id: 'doc-b', number: '2/CTr', date: '2021-11-01', title: 'P', issuer: 'T', province: 'quang-nam' },
    });
    const r = runCheck({ observations: obs('Tỉnh Quảng Nam', null, '2025', { sipas_rank: 12 }), thresholds: [b, a] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.document.id).toBe('doc-a');
    expect(warningMessage(r.findings[0]!.problems!.find((p) => p.code === 'REPEATED_TARGET')!, 'en')).toContain('doc-b');
    expect(r.summary.met).toBe(1);
  });

  it('a baseline period is its yearly average ("so với giai đoạn 2021 - 2025")', () => {
    const t = th({
      id: 'budget',
      indicator: 'public_service_unit_budget_spending',
      comparator: '>=',
      value: 15,
      unit: 'percent_change',
      deadline: 2030,
      baseline: { kind: 'reduction', year: 2021, through: 2025 },
    });
    const observations = [
      ...[2021, 2022, 2023, 2024, 2025].flatMap((y, i) => obs('Tỉnh Quảng Bình', null, String(y), { public_service_unit_budget_spending: 1000 + 100 * i })),
      ...obs('Tỉnh Quảng Bình', null, '2030', { public_service_unit_budget_spending: 900 }),
    ];
    const f = runCheck({ observations, thresholds: [t] }).findings[0]!;
    expect(f.denominator).toBe(1200); // (1000 + 1100 + 1200 + 1300 + 1400) / 5
    expect(f.value).toBe(25); // (1200 − 900) / 1200
    expect(f.status).toBe('met');
  });
});

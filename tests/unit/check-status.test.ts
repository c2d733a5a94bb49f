import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { findingTrajectory } from '../../src/check/trajectory.js';
import { STATUSES } from '../../src/core/types.js';
import { obs, th } from './check-helpers.js';

const whole = (f: { scope: { unit?: string; level: string } }) => f.scope.level === 'all' && f.scope.unit === undefined;

// Online dossier rate: 2024 (whole year) 40 %, 2025 year to date 50 % / 42 %.
const online = (rate2025: number) => [
  ...obs('Sở A', 'province', '2024', { received_online: 40, received_offline: 60 }),
  ...obs('Sở A', 'province', '2025-06', { received_online: rate2025 / 2, received_offline: 50 - rate2025 / 2 }),
  ...obs('Sở A', 'province', '2025-12', { received_online: rate2025 / 2, received_offline: 50 - rate2025 / 2 }),
];

describe('check: statuses', () => {
  it('a 2030 target before its deadline: on-track by the Open SDG growth ratio', () => {
    const r = runCheck({
      observations: online(50),
      thresholds: [th({ id: 'online-2030', indicator: 'online_dossier_rate', comparator: '>=', value: 80, deadline: 2030, startYear: 2024 })],
      level: 'all',
    });
    const f = r.findings.find(whole)!;
    expect(f.value).toBe(50);
    expect(f.period).toBe('2025-06..2025-12');
    // base 40 (2024, ends Dec 2024), current 50 (ends Dec 2025): CAGR_o = 0.25 over 1 year;
    // CAGR_r = (80 / 40)^(1/6) − 1 = 0.122462 over 6 years; R = 0.25 / 0.122462 = 2.04
    expect(f.status).toBe('on-track');
    expect(findingTrajectory(f)?.rule).toBe('statcan-open-sdg-growth-ratio');
    expect(findingTrajectory(f)?.baselineValue).toBe(40);
    expect(findingTrajectory(f)?.baselinePeriod).toBe('2024');
    expect(findingTrajectory(f)?.ratio).toBe(Math.round((0.25 / (2 ** (1 / 6) - 1)) * 100) / 100);
    expect(findingTrajectory(f)?.pointsPerMonthNeeded).toBe(0.5); // 30 points over the 60 months to Dec 2030
    expect(f.gap).toBe(-30);
    expect(f.needed).toBe(30); // (50 + 30) / 100
  });

  it('a 2030 target before its deadline: off-track when growth is too slow', () => {
    const r = runCheck({
      observations: online(42),
      thresholds: [th({ id: 'online-2030', indicator: 'online_dossier_rate', comparator: '>=', value: 95, deadline: 2030, startYear: 2024 })],
      level: 'all',
    });
    const f = r.findings.find(whole)!;
    // CAGR_o = 42/40 − 1 = 0.05; CAGR_r = (95/40)^(1/6) − 1 = 0.15504; R = 0.3225 < 0.95
    expect(f.status).toBe('off-track');
    expect(findingTrajectory(f)?.ratio).toBe(0.32);
    expect(findingTrajectory(f)?.pointsPerMonthNeeded).toBe(0.88); // 53 / 60
  });

  it('a value that already meets a future target is on-track; no baseline → decided by the value', () => {
    const observations = obs('Sở A', 'province', '2025-12', { received_online: 90, received_offline: 10 });
    const r = runCheck({
      observations,
      thresholds: [
        th({ id: 'met-early', indicator: 'online_dossier_rate', comparator: '>=', value: 80, deadline: 2030 }),
        th({ id: 'far', indicator: 'online_dossier_rate', comparator: '>=', value: 95, deadline: 2030 }),
      ],
      level: 'all',
    });
    const early = r.findings.find((f) => f.target === 'met-early')!;
    expect(early.status).toBe('on-track');
    const far = r.findings.find((f) => f.target === 'far')!;
    expect(far.status).toBe('off-track');
    expect(findingTrajectory(far)?.rule).toBe('current-value-no-baseline');
  });

  it('a missing input gives no-data naming the measure', () => {
    const observations = obs('Sở A', 'province', '2025-12', { resolved_on_time: 80, resolved_total: 100 });
    const r = runCheck({ observations, thresholds: [th({ id: 'on-time', indicator: 'on_time_rate', comparator: '>=', value: 70 })] });
    const f = r.findings.find(whole)!;
    expect(f.status).toBe('no-data');
    expect(f.value).toBeNull();
    expect(JSON.stringify(f.problems)).toContain('resolved_early');
  });

  it('a sub-count above its total gives invalid with the cells', () => {
    const observations = obs('Xã C', 'commune', '2025-12', { resolved_early: 60, resolved_on_time: 50, resolved_total: 100 });
    const r = runCheck({ observations, thresholds: [th({ id: 'on-time', indicator: 'on_time_rate', comparator: '>=', value: 70 })] });
    const f = r.findings.find((x) => x.scope.unit === 'Xã C')!;
    expect(f.status).toBe('invalid');
    expect(f.problems?.[0]?.code).toBe('SUBCOUNT_EXCEEDS_TOTAL');
    expect(f.problems?.[0]?.cells?.map((c) => c.file)).toEqual(['form.xlsx', 'form.xlsx', 'form.xlsx']);
    expect(f.problems?.[0]?.cells).toHaveLength(3);
    expect(r.findings.find(whole)!.status).toBe('invalid'); // the roll-up sums the contradiction too
  });

  it('per-level threshold: its level roll-up and its units only', () => {
    const observations = [
      ...obs('Sở A', 'province', '2025', { digitized_results: 10, resolved_total: 100 }),
      ...obs('Xã B', 'commune', '2025', { digitized_results: 30, resolved_total: 60 }),
      ...obs('Xã C', 'commune', '2025', { digitized_results: 10, resolved_total: 40 }),
    ];
    const r = runCheck({
      observations,
      thresholds: [th({ id: 'digitized@2025/commune', target: 'digitized', indicator: 'digitized_result_rate', comparator: '>=', value: 45, level: 'commune' })],
    });
    expect(r.findings.map((f) => f.scope.unit ?? f.scope.level)).toEqual(['commune', 'Xã C', 'Xã B']); // roll-up, then worst gap
    const level = r.findings[0]!;
    expect([level.value, level.gap, level.needed, level.status]).toEqual([40, -5, 5, 'missed']); // 40/100; 45 − 40
  });

  it('schedule: the threshold of the as-of year; before the schedule, its first year', () => {
    const thresholds = [2023, 2024, 2025].map((y, i) =>
      th({ id: `digitized@${y}/all`, target: 'digitized', indicator: 'digitized_result_rate', comparator: '>=', value: 30 + 20 * i, deadline: y, startYear: 2023 }),
    );
    const observations = obs('Sở A', 'province', '2024', { digitized_results: 55, resolved_total: 100 });
    const r = runCheck({ observations, thresholds, level: 'all' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.threshold).toBe('digitized@2024/all');
    expect([r.findings[0]!.status, r.findings[0]!.gap]).toEqual(['met', 5]); // 55 ≥ 50
    const early = runCheck({ observations: obs('Sở A', 'province', '2022', { digitized_results: 20, resolved_total: 100 }), thresholds, level: 'all' });
    expect(early.findings[0]!.threshold).toBe('digitized@2023/all');
    expect(early.findings[0]!.status).toBe('off-track');
  });

  it('schedule: each year judged on its own year, an earlier year with figures too; never on a later year', () => {
    const thresholds = [2023, 2024, 2025].map((y, i) =>
      th({ id: `digitized@${y}/all`, target: 'digitized', indicator: 'digitized_result_rate', comparator: '>=', value: 30 + 20 * i, deadline: y, startYear: 2023 }),
    );
    const observations = [
      ...obs('Sở A', 'province', '2024', { digitized_results: 45, resolved_total: 100 }),
      ...['01', '02', '03', '04', '05', '06'].flatMap((m) => obs('Sở A', 'province', `2025-${m}`, { digitized_results: 90, resolved_total: 100 })),
    ];
    const r = runCheck({ observations, thresholds, level: 'all' });
    const by = new Map(r.findings.map((f) => [f.threshold, f]));
    expect([...by.keys()].sort()).toEqual(['digitized@2024/all', 'digitized@2025/all']); // 2023 holds no figure
    expect([by.get('digitized@2024/all')!.status, by.get('digitized@2024/all')!.period, by.get('digitized@2024/all')!.value]).toEqual(['missed', '2024', 45]);
    expect([by.get('digitized@2025/all')!.status, by.get('digitized@2025/all')!.period]).toEqual(['on-track', '2025-01..2025-06']);
  });

  it('supersession: the target in force wins and names the superseded one', () => {
    const observations = obs('Quảng Nam', null, '2025', { pci_rank: 8 });
    const r = runCheck({
      observations,
      thresholds: [
        th({ id: 'pci-top-10', indicator: 'pci_rank', comparator: '<=', value: 10, unit: 'rank', superseded_by: 'doc-b#pci-top-6' }),
        th({
          id: 'pci-top-6',
          indicator: 'pci_rank',
          comparator: '<=',
          value: 6,
          unit: 'rank',
          supersedes: 'doc-a#pci-top-10',
          document: { id: 'doc-b', number: '2/CTr-TU', date: '2021-06-01', title: 'Programme', issuer: 'Tỉnh ủy', province: 'quang-nam' },
        }),
      ],
    });
    expect(r.findings.map((f) => f.target)).toEqual(['pci-top-6', 'pci-top-6']);
    expect(r.findings[0]!.superseded).toBe('doc-a#pci-top-10');
    expect([r.findings[0]!.status, r.findings[0]!.gap]).toEqual(['missed', -2]);
  });

  it('district thresholds apply before 2025-07-01 only', () => {
    const t = th({ id: 'd', indicator: 'on_time_rate', comparator: '>=', value: 70, level: 'district', deadlineDate: '2025-06-30' });
    // the target's period is January to June 2025: two quarters make it whole
    const before = ['2025-Q1', '2025-Q2'].flatMap((q) => obs('Huyện D', 'district', q, { resolved_early: 0, resolved_on_time: 75, resolved_total: 100 }));
    expect(runCheck({ observations: before, thresholds: [t] }).findings.map((f) => f.status)).toEqual(['met', 'met']);
    const after = [...before, ...obs('Xã E', 'commune', '2025-12', { resolved_early: 0, resolved_on_time: 75, resolved_total: 100 })];
    // a target whose own period ends by June 2025 is still judged on it, later figures or not
    expect(runCheck({ observations: after, thresholds: [t] }).findings.map((f) => [f.status, f.period])).toEqual([
      ['met', '2025-01..2025-06'],
      ['met', '2025-01..2025-06'],
    ]);
    const yearEnd = th({ id: 'd-2025', indicator: 'on_time_rate', comparator: '>=', value: 70, level: 'district' });
    const r = runCheck({ observations: after, thresholds: [yearEnd] });
    expect(r.findings).toHaveLength(0);
    expect(r.warnings.map((w) => w.code)).toContain('THRESHOLD_NOT_APPLICABLE');
  });

  it('exact deadline date: met/missed only once the as-of month reaches it, and only on its whole period', () => {
    const t = th({ id: 'mid', indicator: 'online_dossier_rate', comparator: '>=', value: 50, deadlineDate: '2025-06-30' });
    const may = obs('Sở A', 'province', '2025-05', { received_online: 30, received_offline: 70 });
    expect(runCheck({ observations: may, thresholds: [t], level: 'all' }).findings[0]!.status).toBe('off-track');
    const partial = runCheck({ observations: may, thresholds: [t], level: 'all', asOf: '2025-06' }).findings[0]!;
    expect(partial.status).toBe('incomplete');
    expect(partial.problems?.find((p) => p.code === 'INCOMPLETE_PERIOD')?.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-06']);
    const half = ['01', '02', '03', '04', '05', '06'].flatMap((m) => obs('Sở A', 'province', `2025-${m}`, { received_online: 30, received_offline: 70 }));
    expect(runCheck({ observations: half, thresholds: [t], level: 'all', asOf: '2025-06' }).findings[0]!.status).toBe('missed');
    // a later year's figures never judge it
    const later = [...half, ...obs('Sở A', 'province', '2026-01', { received_online: 90, received_offline: 10 })];
    const f = runCheck({ observations: later, thresholds: [t], level: 'all' }).findings[0]!;
    expect([f.status, f.period, f.value]).toEqual(['missed', '2025-01..2025-06', 30]);
  });

  it('summary has every status; findings sort by document, level, worst gap', () => {
    const observations = [
      ...obs('Sở A', 'province', '2025', { received_online: 90, received_offline: 10 }),
      ...obs('Xã B', 'commune', '2025', { received_online: 10, received_offline: 90 }),
      ...obs('Xã C', 'commune', '2025', { received_online: 40, received_offline: 60 }),
    ];
    const r = runCheck({ observations, thresholds: [th({ id: 'online', indicator: 'online_dossier_rate', comparator: '>=', value: 50 })] });
    expect(Object.keys(r.summary).sort()).toEqual([...STATUSES].sort());
    expect(r.summary).toMatchObject({ met: 2, missed: 4, 'on-track': 0, 'off-track': 0, 'no-data': 0, invalid: 0 });
    expect(r.findings.map((f) => f.scope.unit ?? f.scope.level)).toEqual(['all', 'province', 'Sở A', 'commune', 'Xã B', 'Xã C']);
    expect(r.as_of).toBe('2025');
  });
});

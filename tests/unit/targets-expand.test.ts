import { describe, expect, it } from 'vitest';
import type { Threshold } from '../../src/core/types.js';
import { expandTargetFile, expandTargetFiles } from '../../src/targets/expand.js';
import type { TargetFile, TargetSpec } from '../../src/targets/schema.js';

const source = { section: 'II', quote: 'một điều khoản nguyên văn' };
const file = (id: string, date: string, targets: Partial<TargetSpec>[]): TargetFile =>
  ({
    schema: 'parcheck/targets@1',
    document: { id, number: '1/QĐ-UBND', date, issuer: 'UBND', title: 'Kế hoạch', province: 'quang-nam' },
    version: '1.0.0',
    targets: targets.map((t) => ({ unit: 'percent', comparator: '>=', scope: { level: 'all' }, source, ...t })),
  }) as TargetFile;
const byId = (ts: Threshold[]) => new Map(ts.map((t) => [t.id, t]));

describe('expanding targets into thresholds', () => {
  it('expands a step schedule per year and level, capped (30/20/15 in 2021, +20 a year, cap 100)', () => {
    const ts = expandTargetFile(
      file('qn', '2021-08-19', [
        { id: 'digitized', indicator: 'digitized_result_rate', schedule: { start_year: 2021, start: { province: 30, district: 20, commune: 15 }, step_per_year: 20, cap: 100, until: 2025 } },
      ]),
      { file: 'x.yaml' },
    );
    expect(ts).toHaveLength(15);
    const m = byId(ts);
    expect(m.get('digitized@2021/province')!.value).toBe(30);
    expect(m.get('digitized@2024/commune')!.value).toBe(75);
    expect(m.get('digitized@2025/commune')!.value).toBe(95);
    expect(m.get('digitized@2025/province')!.value).toBe(100);
    expect(m.get('digitized@2025/district')).toMatchObject({ value: 100, level: 'district', deadline: 2025, deadlineDate: '2025-12-31', startYear: 2021 });
    expect(ts.slice(0, 3).map((t) => t.id)).toEqual(['digitized@2021/province', 'digitized@2021/district', 'digitized@2021/commune']);
  });

  it('expands a year-by-year schedule with a single figure as <id>@<year>', () => {
    const ts = expandTargetFile(file('qn', '2021', [{ id: 'sipas', indicator: 'sipas_score', unit: 'percent', schedule: { years: { '2025': 90, '2023': 85 } } }]), { file: 'x' });
    expect(ts.map((t) => [t.id, t.value, t.level, t.startYear])).toEqual([
      ['sipas@2023', 85, 'all', 2023],
      ['sipas@2025', 90, 'all', 2023],
    ]);
  });

  it('expands by_level with a date deadline', () => {
    const ts = expandTargetFile(file('qn', '2021-08-19', [{ id: 'work', indicator: 'work_records_online_rate', by_level: { province: 90, district: 80, commune: 60 }, deadline: '2025-06-30' }]), {
      file: 'x',
    });
    expect(ts.map((t) => [t.id, t.value, t.deadline, t.deadlineDate, t.startYear])).toEqual([
      ['work/province', 90, 2025, '2025-06-30', 2021],
      ['work/district', 80, 2025, '2025-06-30', 2021],
      ['work/commune', 60, 2025, '2025-06-30', 2021],
    ]);
  });

  it('turns rank_within into <= rank, and reductions and growth into >= against a named baseline', () => {
    const m = byId(
      expandTargetFile(
        file('qn', '2021-08-19', [
          { id: 'pci', indicator: 'pci_rank', comparator: 'rank_within', value: 10, unit: 'rank', deadline: 2025 },
          { id: 'cut', indicator: 'business_compliance_cost', comparator: 'reduction_vs', value: 10, unit: 'percent_change', deadline: 2025, baseline: { year: 2021, value: 120 } },
          { id: 'grow', indicator: 'investment_attracted', comparator: 'growth_vs', value: 5, unit: 'percent_change', deadline: 2025, baseline: { year: 'previous' } },
          { id: 'range', indicator: 'dept_leader_intl_rate', comparator: 'between', value: [25, 35], deadline: 2030, start_year: 2022 },
        ]),
        { file: 'x' },
      ),
    );
    expect(m.get('pci')).toMatchObject({ comparator: '<=', value: 10, unit: 'rank', deadlineDate: '2025-12-31' });
    expect(m.get('pci')!.baseline).toBeUndefined();
    expect(m.get('cut')).toMatchObject({ comparator: '>=', unit: 'percent_change', baseline: { kind: 'reduction', year: 2021, value: 120 } });
    expect(m.get('grow')).toMatchObject({ comparator: '>=', unit: 'percent_change', baseline: { kind: 'growth', year: 'previous' } });
    expect(m.get('range')).toMatchObject({ comparator: 'between', value: [25, 35], startYear: 2022 });
  });

  it('links supersession both ways, and sorts by document date', () => {
    const later = file('r16', '2021-11', [{ id: 'pci-6', indicator: 'pci_rank', comparator: 'rank_within', value: 6, unit: 'rank', deadline: 2025, supersedes: 'plan#pci-10' }]);
    const earlier = file('plan', '2021-08-19', [
      { id: 'pci-10', indicator: 'pci_rank', comparator: 'rank_within', value: 10, unit: 'rank', deadline: 2025 },
      { id: 'other', indicator: 'egov_rank', comparator: 'rank_within', value: 20, unit: 'rank', deadline: 2025 },
    ]);
    const ts = expandTargetFiles([
      { data: later, origin: { file: 'b.yaml' } },
      { data: earlier, origin: { file: 'a.yaml' } },
    ]);
    expect(ts.map((t) => `${t.document.id}#${t.id}`)).toEqual(['plan#pci-10', 'plan#other', 'r16#pci-6']);
    expect(ts[0]).toMatchObject({ superseded_by: 'r16#pci-6', supersedes: null });
    expect(ts[1]).toMatchObject({ superseded_by: null, supersedes: null });
    expect(ts[2]).toMatchObject({ supersedes: 'plan#pci-10', superseded_by: null, file: 'b.yaml', fileVersion: '1.0.0' });
  });

  it('matches superseded schedules year by year and level by level', () => {
    const sched = (start: number) => ({ start_year: 2021, start: { province: start, commune: start }, step_per_year: 10, cap: 100, until: 2023 });
    const ts = expandTargetFiles([
      { data: file('a', '2021-01-01', [{ id: 's', indicator: 'digitized_result_rate', schedule: sched(30) }]), origin: { file: 'a' } },
      { data: file('b', '2022-01-01', [{ id: 's', indicator: 'digitized_result_rate', schedule: sched(40), supersedes: 'a#s' }]), origin: { file: 'b' } },
    ]);
    const m = new Map(ts.map((t) => [`${t.document.id}#${t.id}`, t]));
    expect(m.get('a#s@2022/commune')!.superseded_by).toBe('b#s@2022/commune');
    expect(m.get('b#s@2023/province')!.supersedes).toBe('a#s@2023/province');
  });
});

/**
 * Which figures `parcheck template` asks for (check/figure-needs.ts), and the grouping of no-data
 * findings by the figure they lack (report/no-data.ts): pure functions on hand-made thresholds.
 */
import { describe, expect, it } from 'vitest';
import { figureNeeds } from '../../src/check/figure-needs.js';
import { runCheck } from '../../src/check/run-check.js';
import { MeasureStore } from '../../src/measures/store.js';
import { groupNoData } from '../../src/report/no-data.js';
import { obs, th } from './check-helpers.js';

const months = (unit: string, level: 'province' | 'commune', from: number, to: number, values: Record<string, number>) =>
  Array.from({ length: to - from + 1 }, (_, i) => obs(unit, level, `2025-${String(from + i).padStart(2, '0')}`, values)).flat();

describe('figureNeeds', () => {
  const rank = th({ id: 'par-rank', indicator: 'par_index_rank', comparator: '<=', value: 20, unit: 'rank' });
  const eCirc = th({ id: 'e-circ', indicator: 'e_circulation_rate', comparator: '>=', value: 80 });
  const past = th({ id: 'ws-2024', indicator: 'website_procedure_publication_rate', comparator: '>=', value: 100, deadline: 2024, level: 'province' });
  const growth = th({ id: 'grdp-growth', indicator: 'grdp', comparator: '>', value: 0, deadline: 2024, unit: 'percent_change', baseline: { kind: 'growth', year: 'previous' } });
  const named = th({ id: 'stp', indicator: 'work_records_online_rate', comparator: '>=', value: 90, level: 'province', units: ['Sở Tư pháp', 'Sở Y tế'] });

  it('asks each figure once per scope and period, ranks yearly, a past target on its own year, a baseline year too', () => {
    const { needs } = figureNeeds({ thresholds: [rank, eCirc, past, growth, named], asOf: '2025-Q4' });
    const rows = needs.map((n) => `${n.measure}|${n.level}|${n.unit ?? ''}|${n.period}`);
    expect(rows).toContain('par_index_rank|all||2025');
    expect(rows).toContain('e_circulated|all||2025-Q4');
    expect(rows).toContain('received_online|all||2025-Q4');
    expect(rows).toContain('websites_publishing_procedures|province||2024');
    expect(rows).toContain('grdp|all||2024');
    expect(rows).toContain('grdp|all||2023');
    expect(rows).toContain('work_records_online|province|Sở Tư pháp|2025-Q4');
    expect(rows).toContain('work_records_total|province|Sở Y tế|2025-Q4');
    expect(new Set(rows).size).toBe(rows.length);
    const base = needs.find((n) => n.measure === 'grdp' && n.period === '2023')!;
    expect(base.targets).toEqual([expect.objectContaining({ threshold: 'grdp-growth', role: 'baseline' })]);
  });

  it('leaves out what the inputs hold, and asks per unit where units carry part of an indicator', () => {
    const store = new MeasureStore([
      ...months('Sở Tư pháp', 'province', 1, 6, { received_online: 6, received_offline: 4 }),
      ...months('UBND xã A', 'commune', 1, 6, { received_online: 2, received_offline: 3 }),
      ...obs('Tỉnh Quảng Nam', null, '2024', { par_index_rank: 17 }),
    ]);
    const { needs, provided } = figureNeeds({ thresholds: [rank, eCirc], asOf: '2025', store });
    const rows = needs.map((n) => `${n.measure}|${n.level}|${n.unit ?? ''}|${n.period}`);
    // the forms give received_online/offline per unit from January: e_circulated is asked per unit, not province-wide
    expect(rows).toEqual(expect.arrayContaining(['e_circulated|province|Sở Tư pháp|2025', 'e_circulated|commune|UBND xã A|2025', 'par_index_rank|all||2025']));
    expect(rows.some((r) => r.startsWith('received_o'))).toBe(false);
    expect(rows.some((r) => r.startsWith('e_circulated|all'))).toBe(false);
    expect(provided.map((n) => `${n.measure}|${n.unit}`)).toEqual(expect.arrayContaining(['received_online|Sở Tư pháp', 'received_offline|UBND xã A']));
  });

  it('needs a past year covered month by month: December alone does not make last year known', () => {
    const store = new MeasureStore(obs('Sở Tư pháp', 'province', '2024-12', { websites_publishing_procedures: 1, agency_websites_total: 1 }));
    const { needs } = figureNeeds({ thresholds: [past], asOf: '2025', store });
    expect(needs.map((n) => `${n.measure}|${n.unit ?? ''}|${n.period}`).sort()).toEqual(['agency_websites_total|Sở Tư pháp|2024', 'websites_publishing_procedures|Sở Tư pháp|2024']);
  });

  it('lists superseded thresholds and district thresholds after the district level ended as not checkable', () => {
    const old = th({ id: 'pci-10', indicator: 'pci_rank', comparator: '<=', value: 10, unit: 'rank', superseded_by: 'doc-b#pci-6' });
    const district = th({ id: 'd-2025', indicator: 'on_time_rate', comparator: '>=', value: 95, level: 'district' });
    const { notCheckable, thresholds } = figureNeeds({ thresholds: [old, district, rank], asOf: '2025' });
    expect(notCheckable.map((n) => `${n.threshold.id}:${n.reason}`).sort()).toEqual(['d-2025:district_level_ended', 'pci-10:superseded']);
    expect(thresholds.map((t) => t.id)).toEqual(['par-rank']);
  });
});

describe('groupNoData', () => {
  it('groups no-data findings by the figure they lack, the most needed first', () => {
    const thresholds = [
      th({ id: 'a', indicator: 'e_circulation_rate', comparator: '>=', value: 80 }),
      th({ id: 'b', indicator: 'dossier_national_portal_sync_rate', comparator: '>=', value: 80 }),
      th({ id: 'c', indicator: 'work_records_online_rate', comparator: '>=', value: 80 }),
      th({ id: 'd', indicator: 'online_dossier_rate', comparator: '>=', value: 50 }),
      th({ id: 'e', indicator: 'no_resubmission_rate', comparator: '>=', value: 90 }),
    ];
    const result = runCheck({ observations: obs('Sở Tư pháp', 'province', '2025-06', { received_online: 5, received_offline: 5 }), thresholds, asOf: '2025-06' });
    const summary = groupNoData(result.findings);
    expect(summary.thresholds).toBe(4);
    expect(summary.groups[0]!.measure).toBe('received_total');
    expect(summary.groups[0]!.thresholds.map((t) => t.threshold)).toEqual(['b', 'e']);
    expect(summary.groups.map((g) => g.measure).sort()).toEqual([
      'dossiers_synced_national_portal',
      'dossiers_without_resubmission',
      'e_circulated',
      'received_total',
      'work_records_online',
      'work_records_total',
    ]);
    expect(summary.figures).toBe(6);
  });
});

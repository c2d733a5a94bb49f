/** The pure parts of the auditor's trail: declared rates, reconciliation, explain, window traces, manifests. */
import { describe, expect, it } from 'vitest';
import { declaredRateNotes } from '../../src/check/declared.js';
import { explainFinding } from '../../src/check/explain-finding.js';
import { reconcileSources } from '../../src/check/reconcile-sources.js';
import { recordedRequest } from '../../src/evidence/write.js';
import { stableJson } from '../../src/evidence/manifest.js';
import { MeasureStore } from '../../src/measures/store.js';
import { windowParts } from '../../src/measures/window-value.js';
import { isParcheckError } from '../../src/core/errors.js';
import { obs, th } from './check-helpers.js';

describe('declared rates recomputed', () => {
  it('flags only a difference above the tolerance, naming the declared cell then the count cells', () => {
    const o = obs('Sở A', 'province', '2025-10', { digitized_results: 953, resolved_total: 1000, digitized_result_rate_declared: 95.3 });
    expect(declaredRateNotes(o)).toEqual([]);
    const off = obs('Sở A', 'province', '2025-10', { digitized_results: 950, resolved_total: 1000, digitized_result_rate_declared: 95.3 });
    const [n] = declaredRateNotes(off);
    expect(n).toMatchObject({ code: 'DECLARED_RATE_MISMATCH', unit: 'Sở A', measure: 'digitized_result_rate', declared: 95.3, recomputed: 95, difference: 0.3 });
    expect(n!.cells).toEqual([off[2]!.source, off[0]!.source, off[1]!.source]);
    expect(declaredRateNotes(off, 0.5)).toEqual([]);
  });

  it('on_time_rate adds early and on time; a rate without its counts is not guessed', () => {
    const o = obs('Sở A', 'province', '2025-10', { resolved_early: 10, resolved_on_time: 80, resolved_total: 100, on_time_rate_declared: 80 });
    expect(declaredRateNotes(o)[0]).toMatchObject({ recomputed: 90, difference: -10 });
    expect(declaredRateNotes(obs('Sở A', 'province', '2025-10', { on_time_rate_declared: 80 }))).toEqual([]);
  });
});

describe('reconcileSources', () => {
  const a = { label: 'form.xlsx', observations: obs('UBND huyện Đại Lộc', 'district', '2025-10', { resolved_total: 10, digitized_results: 5 }, 'form.xlsx'), warnings: [] };
  it('matches units by folded name and by registry alias; lists one-sided units, periods and measures', () => {
    const b = {
      label: 'list.csv',
      observations: [
        ...obs('ubnd huyen dai loc', 'district', '2025-10', { resolved_total: 10, digitized_results: 4 }, 'list.csv'),
        ...obs('ubnd huyen dai loc', 'district', '2025-09', { resolved_total: 7 }, 'list.csv'),
      ],
      warnings: [],
    };
    const r = reconcileSources(a, b);
    expect(r.differences.map((d) => [d.unit, d.measure, d.a.value, d.b.value, d.difference])).toEqual([['UBND huyện Đại Lộc', 'digitized_results', 5, 4, 1]]);
    expect(r.only_in_b.periods).toEqual(['2025-09']);
    expect(r.agree).toBe(false);
    expect(reconcileSources(a, b, { tolerance: 1 }).agree).toBe(true);
    const alias = { label: 'x', observations: obs('Huyện Đại Lộc', 'district', '2025-10', { resolved_total: 10, digitized_results: 5 }), warnings: [] };
    expect(reconcileSources(a, alias).agree).toBe(false);
    const registry = [{ name: 'UBND huyện Đại Lộc', aliases: ['Huyện Đại Lộc'], level: 'district' as const }];
    expect(reconcileSources(a, alias, { registry }).agree).toBe(true);
  });
});

describe('explainFinding', () => {
  const observations = [
    ...obs('Sở A', 'province', '2025-01', { received_online: 10, received_offline: 30 }),
    ...obs('Sở A', 'province', '2025-02', { received_online: 20, received_offline: 20 }),
    ...obs('Xã B', 'commune', '2025-02', { received_online: 5, received_offline: 15 }),
  ];
  const thresholds = [th({ id: 'online', indicator: 'online_dossier_rate', comparator: '>=', value: 50 })];

  it('takes the whole province by default and lists every stored figure of the window', () => {
    const e = explainFinding({ target: 'online', observations, thresholds });
    expect(e.finding.scope).toEqual({ level: 'all' });
    expect(e.window).toBe('2025-01..2025-02');
    expect(e.inputs).toHaveLength(6);
    expect(e.sums).toEqual([
      { measure: 'received_online', role: 'both', value: 35, figures: 3 },
      { measure: 'received_offline', role: 'denominator', value: 65, figures: 3 },
    ]);
    expect(e.substituted).toBe('35 / (35 + 65) × 100 = 35');
    expect(e.finding.numerator).toBe(35);
    expect(explainFinding({ target: 'doc-a#online', observations, thresholds, unit: 'xa b' }).finding.scope).toEqual({ unit: 'Xã B', level: 'commune' });
  });

  it('an unknown target throws TARGET_NOT_FOUND with the closest ids', () => {
    try {
      explainFinding({ target: 'onlin', observations, thresholds });
      expect.unreachable();
    } catch (error) {
      expect(isParcheckError(error) && error.code).toBe('TARGET_NOT_FOUND');
      expect(isParcheckError(error) && error.expected).toContain('online');
    }
  });
});

describe('windowParts', () => {
  it('rebuilds received_total over months from online + offline + the first carry-over', () => {
    const store = new MeasureStore([
      ...obs('Sở A', 'province', '2025-01', { received_online: 1, received_offline: 2, received_carried_over: 5, received_total: 8 }),
      ...obs('Sở A', 'province', '2025-02', { received_online: 3, received_offline: 4, received_carried_over: 6, received_total: 13 }),
    ]);
    const t = windowParts(store, 'Sở A', 'received_total', { from: 2025 * 12, to: 2025 * 12 + 1 })!;
    expect(t.rule).toBe('received_parts');
    expect(t.value).toBe(1 + 3 + 2 + 4 + 5);
    expect(t.parts.map((p) => `${p.measure}@${p.period}=${p.value}`)).toEqual([
      'received_online@2025-01=1',
      'received_online@2025-02=3',
      'received_offline@2025-01=2',
      'received_offline@2025-02=4',
      'received_carried_over@2025-01=5',
    ]);
  });
});

describe('evidence manifest helpers', () => {
  it('stableJson sorts keys at every depth', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 3 } })).toBe('{\n  "a": {\n    "c": 3,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });
  it('the recorded request keeps plain data only: no working directory, no callback, no empty field', () => {
    expect(recordedRequest({ files: ['a.csv'], cwd: '/home/x', onProgress: () => undefined, unit: undefined, combine: true })).toEqual({ files: ['a.csv'], combine: true });
  });
});

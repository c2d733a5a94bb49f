import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { loadResult } from '../fixtures/results/load.js';

const result = loadResult();
const text = renderJson(result, { lang: 'vi', color: false });
const json = JSON.parse(text);

describe('json reporter', () => {
  it('has the documented top-level and finding keys, in order', () => {
    expect(Object.keys(json)).toEqual(['as_of', 'province', 'inputs', 'targets', 'findings', 'summary']);
    expect(Object.keys(json.findings[0])).toEqual([
      'target',
      'threshold_id',
      'document',
      'indicator',
      'scope',
      'period',
      'value',
      'comparator',
      'threshold',
      'unit',
      'deadline',
      'status',
      'gap',
      'needed',
      'numerator',
      'denominator',
      'formula',
      'sources',
      'clause',
      'superseded',
    ]);
    expect(Object.keys(json.inputs[0])).toEqual(['path', 'sha256']);
    expect(Object.keys(json.targets[0])).toEqual(['path', 'sha256', 'version']);
    expect(json.summary).toEqual({ met: 3, missed: 5, incomplete: 0, 'on-track': 1, 'off-track': 1, 'no-data': 1, invalid: 1 });
  });

  it('keeps numbers as numbers, rates as percentages; the value and gap exact', () => {
    const f = json.findings[0];
    expect(f).toMatchObject({ value: 93.4, threshold: 95, gap: -1.6, needed: 17, numerator: 934, denominator: 1000, comparator: '>=' });
    expect(f.scope).toEqual({ level: 'all' });
    expect(f.sources.numerator).toEqual([
      { file: 'samples/qn-2025-12.xlsx', sheet: 'Biểu II.06a', cell: 'E40' },
      { file: 'samples/qn-2025-12.xlsx', sheet: 'Biểu II.06a', cell: 'F40' },
    ]);
    const band = json.findings.find((x: { comparator: string }) => x.comparator === 'between');
    expect(band.threshold).toEqual([25, 35]);
    const unit = json.findings.find((x: { scope: { unit?: string } }) => x.scope.unit === 'UBND huyện Đại Lộc');
    expect(unit.scope).toEqual({ unit: 'UBND huyện Đại Lộc', level: 'district' });
    const first = result.findings[0]!;
    if (first.status !== 'missed') throw new Error('the fixture opens with a missed finding');
    const rounded = renderJson({ ...result, findings: [{ ...first, value: 93.456789, gap: -1.543211 }] });
    expect(JSON.parse(rounded).findings[0]).toMatchObject({ value: 93.456789, gap: -1.543211 });
  });

  it('carries trajectory, supersession and problems', () => {
    const off = json.findings.find((x: { status: string }) => x.status === 'off-track');
    expect(off.trajectory).toEqual({ rule: 'statcan-open-sdg-growth-ratio', baseline_value: 50, baseline_period: '2021', ratio: 0.5556, points_per_month_needed: 0.33 });
    const pci = json.findings.find((x: { indicator: string }) => x.indicator === 'pci_rank');
    expect(pci).toMatchObject({ superseded: 'qn-2370-2021#pci-top10', unit: 'rank', value: 12, threshold: 6, threshold_id: 'pci-top6' });
    expect(pci.sources.numerator).toEqual([{ file: 'samples/indexes.csv', line: 7 }]);
    const invalid = json.findings.find((x: { status: string }) => x.status === 'invalid');
    expect(invalid.problems[0]).toMatchObject({ code: 'SUBCOUNT_EXCEEDS_TOTAL', location: { cell: 'E22' } });
    expect(invalid.problems[0].cells).toHaveLength(2);
  });

  it('is 2-space indented with a trailing newline and the same bytes whatever the language', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "as_of": "2025-12",\n')).toBe(true);
    expect(renderJson(result, { lang: 'en', color: false })).toBe(text);
    expect(renderJson(loadResult(), { lang: 'vi', color: false })).toBe(text);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv-report.js';
import { FLAT_COLUMNS } from '../../src/report/flat.js';
import { loadResult } from '../fixtures/results/load.js';

const result = loadResult();
const text = renderCsv(result, { lang: 'vi', color: false });

describe('csv reporter', () => {
  it('starts with the BOM, uses CRLF and the stable English header', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(FLAT_COLUMNS.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n(?!")/);
  });

  const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];

  it('parses back: one row per finding with unformatted numbers', () => {
    expect(records).toHaveLength(result.findings.length);
    expect(records[0]).toMatchObject({
      document_number: '2370/QĐ-UBND',
      level: 'all',
      unit_name: '',
      value: '93.4',
      comparator: '>=',
      threshold: '95',
      gap: '-1.6',
      needed: '17',
      numerator: '934',
      denominator: '1000',
      status: 'missed',
      sources_numerator: 'samples/qn-2025-12.xlsx › Biểu II.06a › E40; samples/qn-2025-12.xlsx › Biểu II.06a › F40',
    });
    const band = records.find((r) => r.comparator === 'between')!;
    expect([band.threshold, band.threshold_high]).toEqual(['25', '35']);
  });

  it('neutralises formula injection in text cells, never in numbers', () => {
    const evil = records.find((r) => r.unit_name!.includes('HYPERLINK'))!;
    expect(evil.unit_name).toBe(`'=HYPERLINK("http://x","y")`);
    expect(evil.gap).toBe('-10');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const ansi = records.find((r) => r.unit_name!.startsWith('UBND xã Tam'))!;
    expect(ansi.unit_name).toBe('UBND xã Tam \u001b[31mKỳ\u0007');
  });

  it('is the same bytes on every run', () => {
    expect(renderCsv(loadResult(), { lang: 'en', color: false })).toBe(text);
  });
});

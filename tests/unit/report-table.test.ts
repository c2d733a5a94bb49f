import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { REPORT_FORMATS, reporterFor } from '../../src/report/reporters.js';
import { renderTable } from '../../src/report/terminal-table.js';
import { loadResult } from '../fixtures/results/load.js';

const result = loadResult();
const rowOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('table reporter', () => {
  const vi = renderTable(result, { lang: 'vi', color: false });
  const en = renderTable(result, { lang: 'en', color: false });

  it('prints no escape sequence at all without colour', () => {
    expect(vi).not.toContain('\u001b');
    expect(vi).not.toContain('\u0007');
  });

  it('shows the header: as-of, province, inputs, target files and the progress rule', () => {
    expect(vi).toContain('Kỳ báo cáo: 2025-12');
    expect(vi).toContain('Địa phương: quang-nam');
    expect(vi).toContain('samples/qn-2025-12.xlsx (sha256 3f5c0e1d9a8b)');
    expect(vi).toContain('targets/quang-nam/qn-16nqtu-2021.yaml (phiên bản 1.1.0)');
    expect(vi).toContain('Quy tắc tiến độ: statcan-open-sdg-growth-ratio');
  });

  it('groups by document then level, in the order all, province, district, commune', () => {
    const headings = vi.split('\n').filter((l) => / · (Toàn tỉnh|Cấp tỉnh|Cấp huyện|Cấp xã)$/.test(l));
    expect(headings).toEqual([
      '2370/QĐ-UBND · qn-2370-2021 · Toàn tỉnh',
      '2370/QĐ-UBND · qn-2370-2021 · Cấp tỉnh',
      '2370/QĐ-UBND · qn-2370-2021 · Cấp huyện',
      '2370/QĐ-UBND · qn-2370-2021 · Cấp xã',
      '16-NQ/TU · qn-16nqtu-2021 · Toàn tỉnh',
    ]);
  });

  it('formats rows with Vietnamese decimals, comparators, statuses, gaps and needed counts', () => {
    const row = vi.split('\n')[rowOf(vi, '93,4%')]!;
    expect(row).toMatch(/Tỷ lệ hồ sơ giải quyết đúng hạn\s+│ Toàn tỉnh\s+│ 2025-12 │\s+93,4% │ ≥ 95%\s+│ Không đạt\s+│ -1,6 điểm % │ 17 hồ sơ giải quyết đúng hạn nữa/);
    expect(vi.split('\n')[rowOf(vi, 'Xếp hạng PCI')]).toMatch(/hạng 12 │ ≤ hạng 6 │ Không đạt\s+│\s+-6 hạng/);
    expect(vi.split('\n')[rowOf(vi, 'thanh toán trực tuyến')]).toMatch(/30% │ 25–35%\s+│ Đạt/);
    expect(vi).toContain('Chậm tiến độ');
    expect(vi).toContain('Đúng tiến độ');
    expect(vi).toContain('Thiếu số liệu');
    expect(vi).toContain('Số liệu mâu thuẫn');
    expect(en.split('\n')[rowOf(en, '93.4%')]).toMatch(/Dossiers resolved on time.*93\.4% │ ≥ 95%\s+│ Missed\s+│ -1\.6 pp │ 17 more dossiers resolved on time/);
  });

  it('puts the worst gaps first within a group, findings without a figure last', () => {
    const order = ['UBND huyện Quế Sơn', 'UBND huyện Đại Lộc', 'UBND huyện Núi Thành'].map((u) => rowOf(vi, u));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rowOf(vi, 'Tỷ lệ TTHC cung cấp')).toBeLessThan(rowOf(vi, 'Xếp hạng PCI'));
  });

  it('names the superseded target and its document', () => {
    expect(vi).toContain('pci-top6 thay thế chỉ tiêu pci-top10 của 2370/QĐ-UBND');
    expect(en).toContain('pci-top6 supersedes target pci-top10 of 2370/QĐ-UBND');
  });

  it('shows control characters from unit names instead of executing them', () => {
    expect(vi).toContain('UBND xã Tam \\x1b[31mKỳ\\x07');
  });

  it('ends with the one-line summary, zero counts omitted', () => {
    const lines = vi.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('3 đạt · 5 không đạt · 1 đúng tiến độ · 1 chậm tiến độ · 1 thiếu số liệu · 1 số liệu mâu thuẫn');
    expect(en.trimEnd().split('\n').at(-1)).toBe('3 met · 5 missed · 1 on-track · 1 off-track · 1 no data · 1 invalid');
    const some = { ...result, findings: result.findings.filter((f) => f.status === 'met' || f.status === 'missed'), summary: undefined as never };
    expect(renderTable(some, { lang: 'en', color: false }).trimEnd().split('\n').at(-1)).toBe('3 met · 5 missed');
  });

  it('with --show no-data, lists no-data findings in one line after the group, not as rows; invalid ones stay rows', () => {
    const all = renderTable(result, { lang: 'vi', color: false, showNoData: true });
    const lines = all.split('\n');
    expect(lines.filter((l) => l.startsWith('│') && l.includes('Thiếu số liệu'))).toEqual([]);
    expect(lines.some((l) => l.startsWith('│') && l.includes('Số liệu mâu thuẫn'))).toBe(true);
    const at = lines.indexOf('  Thiếu số liệu (1 chỉ tiêu): work-records-2025 (work_records_online, work_records_total)');
    expect(at).toBeGreaterThan(rowOf(all, '2370/QĐ-UBND · qn-2370-2021 · Cấp tỉnh'));
    expect(at).toBeLessThan(rowOf(all, '2370/QĐ-UBND · qn-2370-2021 · Cấp huyện'));
    expect(renderTable(result, { lang: 'en', color: false, showNoData: true })).toContain('  No data (1 threshold): work-records-2025 (work_records_online, work_records_total)');
    expect(all).not.toContain('parcheck template');
  });

  it('by default, sums no-data up in one block after the tables: counts, the largest groups, the template command', () => {
    const lines = vi.split('\n');
    expect(lines.filter((l) => l.includes('work-records-2025'))).toEqual([
      '  work_records_online (Số hồ sơ công việc xử lý trên môi trường mạng): 1 chỉ tiêu (work-records-2025)',
      '  work_records_total (Tổng số hồ sơ công việc): 1 chỉ tiêu (work-records-2025)',
    ]);
    const head = lines.indexOf('Thiếu số liệu: 1 chỉ tiêu cần 2 số liệu');
    expect(head).toBeGreaterThan(rowOf(vi, '2370/QĐ-UBND · qn-2370-2021 · Cấp huyện'));
    expect(lines[head + 3]).toMatch(/^`parcheck template .* --period 2025 --output so-lieu-bo-sung\.xlsx` để tạo biểu nhập$/);
    expect(en).toContain('No data: 1 threshold, 2 figures missing');
  });

  it('names the missing measures, groups units of one threshold and wraps to the width', () => {
    const base = result.findings.find((f) => f.status === 'no-data')!;
    const noData = (threshold: string, measures: string[], unit?: string) => ({
      ...base,
      threshold,
      scope: unit ? { unit, level: 'commune' as const } : { level: 'commune' as const },
      problems: [{ code: 'MISSING_MEASURE' as const, data: { lacking: 'unit' as const, unit: '*' }, location: {}, measures }],
    });
    const findings = [
      noData('payment-2025', ['payable_dossiers = 0'], 'UBND xã A'),
      noData('payment-2025', ['payable_dossiers = 0'], 'UBND xã B'),
      ...Array.from({ length: 6 }, (_, i) => noData(`target-${i}`, ['work_records_online', 'work_records_total'])),
    ];
    const out = renderTable({ ...result, findings }, { lang: 'en', color: false, width: 80, showNoData: true });
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  No data ('));
    const block = lines.slice(first, lines.indexOf('', first));
    // wrapped between entries only: the first entry does not fit after the label
    expect(block.slice(0, 2)).toEqual(['  No data (7 thresholds, 8 findings):', '    payment-2025 (payable_dossiers = 0: UBND xã A, UBND xã B),']);
    expect(block.slice(1).every((l) => l.startsWith('    ') && l.length <= 80)).toBe(true);
    expect(block.join(' ').replace(/\s+/g, ' ')).toContain('UBND xã B), target-0 (work_records_online, work_records_total), target-1');
    expect(block.join(' ')).toMatch(/target-5 \(work_records_online, work_records_total\)$/);
    expect(out).not.toContain('┌'); // nothing but no-data: no table at all
    expect(out.trimEnd().split('\n').at(-1)).toBe('8 no data');
  });

  it('colours statuses only when asked', () => {
    const coloured = renderTable(result, { lang: 'vi', color: true });
    expect(coloured).toContain('\u001b[31mKhông đạt\u001b[39m');
    expect(coloured).toContain('\u001b[32mĐạt\u001b[39m');
  });
});

describe('reporterFor', () => {
  it('chooses by --format, else by the output extension, else the table', () => {
    expect(reporterFor('json').name).toBe('json');
    expect(reporterFor('XLSX', 'x.csv').name).toBe('xlsx');
    expect(reporterFor(undefined, 'out/report.xlsx')).toMatchObject({ name: 'xlsx', binary: true });
    expect(reporterFor(undefined, 'r.MD').name).toBe('md');
    expect(reporterFor(undefined, 'r.txt').name).toBe('table');
    expect(reporterFor(undefined, 'report').name).toBe('table');
    expect(reporterFor().name).toBe('table');
    expect(reporterFor(undefined, 'bao-cao.html').name).toBe('html');
    expect(REPORT_FORMATS).toEqual(['table', 'json', 'csv', 'xlsx', 'md', 'html']);
  });

  it('refuses an unknown format or extension with USAGE listing the formats', () => {
    for (const [format, output] of [
      ['pdf', undefined],
      [undefined, 'report.xls'],
    ] as const) {
      try {
        reporterFor(format, output);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ParcheckError);
        expect((error as ParcheckError).code).toBe('USAGE');
      }
    }
    expect(() => reporterFor('pdf')).toThrow(/pdf/);
    try {
      reporterFor('pdf');
    } catch (error) {
      expect((error as ParcheckError).expected).toBe('table, json, csv, xlsx, md, html');
    }
  });
});

describe('lazy exceljs', () => {
  it('rendering the text formats never loads exceljs', async () => {
    const { createRequire } = await import('node:module');
    for (const format of ['table', 'json', 'csv', 'md']) await reporterFor(format).render(result, { lang: 'vi', color: false });
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).some((k) => k.includes(`${'/'}exceljs${'/'}`))).toBe(false);
  });
});

describe('box drawing', async () => {
  const { displayWidth, renderBox } = await import('../../src/report/box.js');
  it('measures decomposed Vietnamese, colour codes and wide characters by terminal columns', () => {
    expect(displayWidth('Đại Lộc')).toBe(7);
    expect(displayWidth('Đại Lộc'.normalize('NFD'))).toBe(7);
    expect(displayWidth('\u001b[31mKhông đạt\u001b[39m')).toBe(9);
    expect(displayWidth('大')).toBe(2);
  });
  it('aligns every border whatever the composition of the text', () => {
    const out = renderBox(
      ['A', 'B'],
      [
        ['Quế Sơn'.normalize('NFD'), '1'],
        ['x', '22'],
      ],
      ['left', 'right'],
    );
    const widths = out.split('\n').map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(out.split('\n')[3]).toBe(`│ ${'Quế Sơn'.normalize('NFD')} │  1 │`);
  });
});

describe('changes against a baseline read as words, not bare percentages', () => {
  it('a reduction or a growth, its threshold, in Vietnamese and English', async () => {
    const { formatComparator, formatValue } = await import('../../src/report/format.js');
    expect(formatValue(29.166, { unit: 'percent_change', baseline: { kind: 'reduction', year: 2023 } }, 'vi')).toBe('giảm 29,17% so với 2023');
    expect(formatValue(29.166, { unit: 'percent_change', baseline: { kind: 'reduction', year: 2023 } }, 'en')).toBe('29.17% below 2023');
    expect(formatValue(2.24, { unit: 'percent_change', baseline: { kind: 'growth', year: 'previous' } }, 'vi')).toBe('tăng 2,24% so với năm trước');
    // a negative reduction is a rise, said as one
    expect(formatValue(-5, { unit: 'percent_change', baseline: { kind: 'reduction', year: 2021 } }, 'vi')).toBe('tăng 5% so với 2021');
    expect(formatComparator({ comparator: '>=', threshold_value: 10, unit: 'percent_change', baseline: { kind: 'reduction', year: 2021 } }, 'vi')).toBe('≥ 10% giảm so với 2021');
    expect(formatComparator({ comparator: '>', threshold_value: 0, unit: 'percent_change', baseline: { kind: 'growth', year: 2023 } }, 'en')).toBe('> 0% growth on 2023');
  });
});

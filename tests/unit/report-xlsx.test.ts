import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx, periodStart } from '../../src/report/xlsx.js';
import { dosDateTime } from '../../src/report/zip-time.js';
import { loadResult } from '../fixtures/results/load.js';

const result = loadResult();

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx reporter', async () => {
  const bytes = await renderXlsx(result, { lang: 'vi', color: false });
  const wb = await read(bytes);

  it('has a summary sheet, one sheet per level present and a sources sheet', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Nguồn số liệu']);
    expect(wb.creator).toBe('parcheck');
    expect(wb.created?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  it('summarises as-of, province, inputs with SHA-256, target versions and counts', () => {
    const s = wb.getWorksheet('Tổng hợp')!;
    const rows = s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['Kỳ báo cáo', '2025-12']);
    expect(rows).toContainEqual([undefined, 'samples/qn-2025-12.xlsx', '3f5c0e1d9a8b7c6d5e4f30211203948576a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2']);
    expect(rows).toContainEqual([undefined, 'targets/quang-nam/qn-16nqtu-2021.yaml', 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100', '1.1.0']);
    expect(rows).toContainEqual(['Không đạt', 5]);
    expect(rows).toContainEqual(['Số liệu mâu thuẫn', 1]);
  });

  it('stores percentages as real numbers with a percent format, ranks as numbers', () => {
    const s = wb.getWorksheet('Toàn tỉnh')!;
    expect(s.getCell('A1').value).toBe('Văn bản');
    expect(s.getCell('F1').value).toBe('Giá trị');
    const row = s.getRow(2);
    expect(row.getCell(2).value).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(row.getCell(6).value).toBe(0.934);
    expect(row.getCell(6).numFmt).toBe('0.0%');
    expect(row.getCell(8).value).toBe(0.95);
    expect(row.getCell(11).value).toBe(-1.6);
    expect(row.getCell(12).value).toBe('17 hồ sơ giải quyết đúng hạn nữa');
    expect(row.getCell(13).value).toBe(934);
    const pci = [...Array(s.rowCount).keys()].map((i) => s.getRow(i + 1)).find((r) => r.getCell(3).value === 'pci-top6')!;
    expect(pci.getCell(6).value).toBe(12);
    expect(pci.getCell(6).numFmt).toBe('"hạng "0');
    expect(pci.getCell(18).value).toBe('thay thế chỉ tiêu pci-top10 của 2370/QĐ-UBND');
  });

  it('freezes the header row, filters it, sets widths and fills statuses', () => {
    const s = wb.getWorksheet('Cấp huyện')!;
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.autoFilter).toBe('A1:S4');
    expect(s.getColumn(2).width).toBe(40);
    const missed = s.getRow(2);
    expect(missed.getCell(10).value).toBe('Không đạt');
    expect((missed.getCell(10).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(wb.getWorksheet('Nguồn số liệu')!.autoFilter).toMatch(/^A1:G\d+$/);
  });

  it('stores a formula-like unit name as a neutralised string, never a formula', () => {
    const s = wb.getWorksheet('Cấp xã')!;
    const cell = s.getCell('D2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cell.formula).toBeUndefined();
  });

  it('lists every input cell and clause quote in the sources sheet', () => {
    const s = wb.getWorksheet('Nguồn số liệu')!;
    const rows = s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['on-time-2025 · Toàn tỉnh · 2025-12', 'Tử số', 'samples/qn-2025-12.xlsx', 'Biểu II.06a', 'F40']);
    expect(rows).toContainEqual(['pci-top6 · Toàn tỉnh · 2025-12', 'Tử số', 'samples/indexes.csv', undefined, 'line 7']);
    expect(rows).toContainEqual(['full-online-2030 · Toàn tỉnh · 2025-12', 'Mẫu số', 'samples/catalogue.xlsx', 'DVC', '2-1001', 1000]);
    expect(rows).toContainEqual([
      'on-time-2025 · Toàn tỉnh · 2025-12', 'Điều khoản', '2370/QĐ-UBND §II.2.b', undefined, undefined, undefined,
      'tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%',
    ]);
  });

  it('uses English labels with --lang en', async () => {
    const en = await read(await renderXlsx(result, { lang: 'en', color: false }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Whole province', 'Provincial level', 'District level', 'Commune level', 'Sources']);
    expect(en.getWorksheet('Whole province')!.getCell('J2').value).toBe('Missed');
  });

  it('renders byte-identical workbooks a second apart', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await renderXlsx(loadResult(), { lang: 'vi', color: false });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stamps every zip entry with the as-of instant', () => {
    const { time, date } = dosDateTime(periodStart('2025-12'));
    const view = Buffer.from(bytes);
    let seen = 0;
    for (let at = view.indexOf('PK\u0003\u0004'); at >= 0; at = view.indexOf('PK\u0003\u0004', at + 4)) {
      expect([view.readUInt16LE(at + 10), view.readUInt16LE(at + 12)]).toEqual([time, date]);
      seen++;
    }
    expect(seen).toBeGreaterThan(5);
    expect(periodStart('2025-Q4').toISOString()).toBe('2025-10-01T00:00:00.000Z');
    expect(periodStart('2025').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

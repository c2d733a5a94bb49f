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

  it('has a summary sheet, one sheet per level present, a sources sheet and a clauses sheet', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Nguồn số liệu', 'Điều khoản']);
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
    expect(row.getCell(6).numFmt).toBe('0.00%');
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
    expect(wb.getWorksheet('Nguồn số liệu')!.autoFilter).toMatch(/^A1:J\d+$/);
    expect(wb.getWorksheet('Điều khoản')!.autoFilter).toMatch(/^A1:F\d+$/);
  });

  it('stores a formula-like unit name as a neutralised string, never a formula', () => {
    const s = wb.getWorksheet('Cấp xã')!;
    const cell = s.getCell('D2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cell.formula).toBeUndefined();
  });

  it('lists each input cell once with the findings that use it (no cells in the result: the findings own)', () => {
    const s = wb.getWorksheet('Nguồn số liệu')!;
    const rows = s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Tệp', 'Trang tính', 'Ô / dòng', 'Số dòng đếm', 'Đơn vị', 'Cấp', 'Số liệu', 'Kỳ', 'Giá trị đọc', 'Dùng cho (mã chỉ tiêu: phạm vi)']);
    const at = (place: string) => rows.filter((r) => r[2] === place);
    expect(at('F40')).toEqual([['samples/qn-2025-12.xlsx', 'Biểu II.06a', 'F40', ...Array(6).fill(undefined), 'on-time-2025: toàn tỉnh']]);
    expect(at('G51')).toHaveLength(1); // numerator and denominator of one finding: one row
    expect(at('G51')[0]![9]).toBe('online-dossier-rate-2025: đơn vị');
    expect(at('dòng 7')[0]!.slice(0, 3)).toEqual(['samples/indexes.csv', undefined, 'dòng 7']);
    // the same rows counted twice (600 of 1000) are two sources
    expect(at('dòng 2-1001').map((r) => r[3])).toEqual([600, 1000]);
  });

  it('names each clause once in the clauses sheet', () => {
    const s = wb.getWorksheet('Điều khoản')!;
    const rows = s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const onTime = rows.filter((r) => r[1] === 'on-time-2025');
    expect(onTime).toEqual([['2370/QĐ-UBND', 'on-time-2025', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'II.2.b', 'tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%']]);
    expect(rows.find((r) => r[1] === 'pci-top6')![5]).toBe('thay thế chỉ tiêu pci-top10 của 2370/QĐ-UBND');
  });

  it('with the cells of the result: unit, level, measure, period and value, roll-ups not repeating them', async () => {
    const [unitF, levelF] = [result.findings[2]!, result.findings[1]!];
    const src = (line: number, column: number) => ({ file: 'f.csv', line, column });
    const cells = [src(8, 4), src(8, 5), src(9, 4)];
    const findings = [
      { ...unitF, threshold: 't', scope: { unit: 'Sở A', level: 'province' as const }, sources: { numerator: [cells[0]!], denominator: [cells[1]!] } },
      { ...levelF, threshold: 't', scope: { level: 'province' as const }, sources: { numerator: [cells[0]!, cells[2]!], denominator: [cells[1]!] } },
    ];
    const withCells = {
      ...result,
      findings,
      cells: [
        { source: cells[0]!, unit: 'Sở A', level: 'province' as const, period: '2025-03', measure: 'resolved_on_time', value: 1234 },
        { source: cells[1]!, unit: 'Sở A', level: 'province' as const, period: '2025-03', measure: 'resolved_total', value: 1300 },
        { source: cells[2]!, unit: 'Sở B', level: 'province' as const, period: '2025-03', measure: 'resolved_on_time', value: 7 },
      ],
    };
    for (const [lang, header, line, used] of [
      ['vi', 'Ô / dòng', 'dòng 8, cột 4', 't: đơn vị, cấp'],
      ['en', 'Cell / rows', 'line 8, column 4', 't: unit, level'],
    ] as const) {
      const book = await read(await renderXlsx(withCells, { lang, color: false }));
      const s = book.getWorksheet(lang === 'vi' ? 'Nguồn số liệu' : 'Sources')!;
      const rows = s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
      expect(rows[0]![2]).toBe(header);
      expect(rows).toHaveLength(4);
      expect(rows[1]).toEqual(['f.csv', undefined, line, undefined, 'Sở A', lang === 'vi' ? 'Cấp tỉnh' : 'Provincial level', 'resolved_on_time', '2025-03', 1234, used]);
      expect(rows[3]![9]).toBe(lang === 'vi' ? 't: cấp' : 't: level');
      expect(s.getRow(2).getCell(9).type).toBe(ExcelJS.ValueType.Number);
    }
  });

  it('uses English labels with --lang en', async () => {
    const en = await read(await renderXlsx(result, { lang: 'en', color: false }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Whole province', 'Provincial level', 'District level', 'Commune level', 'Sources', 'Clauses']);
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

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/report/xlsx-report.js';
import { periodStart } from '../../src/report/xlsx-workbook.js';
import { dosDateTime } from '../../src/report/zip-time.js';
import { loadResult } from '../fixtures/results/load.js';
import { STATUSES, type CheckResult } from '../../src/core/types.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listEntries, readEntryText } from '../../src/files/zip.js';

// the plan documents as the check names them: one whose number its text leaves blank
const DOCS = [
  {
    id: 'qn-2370-2021',
    number: '2370/QĐ-UBND',
    date: '2021-08-19',
    issuer: 'UBND tỉnh Quảng Nam',
    title: 'Quyết định ban hành Kế hoạch cải cách hành chính tỉnh Quảng Nam giai đoạn 2021-2025',
    province: 'quang-nam',
  },
  {
    id: 'qn-16nqtu-2021',
    number: '…/QĐ-UBND (số để trống trong văn bản)',
    date: '2021-11',
    issuer: 'UBND tỉnh Quảng Nam',
    title: 'Quyết định ban hành Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU ngày 14/10/2021 của Tỉnh ủy về đẩy mạnh cải cách hành chính trên địa bàn tỉnh',
    province: 'quang-nam',
  },
];
const build = (): CheckResult => ({ ...loadResult(), documents: DOCS });
const result = build();
/** exceljs drops the backslashes of a format when it reads one back; the file holds `#\\.##0` (see the styles test). */
const COUNT_READ_BACK = '[>=1000000]#.###.##0;[>=1000]#.##0;0';
const rowsOf = (s: ExcelJS.Worksheet) =>
  s
    .getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1));

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx reporter', async () => {
  const bytes = await renderXlsx(result, { lang: 'vi', color: false });
  const wb = await read(bytes);

  it('has a cover sheet, one sheet per level with findings, a no-data sheet, a sources sheet and a clauses sheet', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Thiếu số liệu', 'Nguồn số liệu', 'Điều khoản']);
    expect(wb.creator).toBe('parcheck');
    expect(wb.created?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  it('cover: a title block (no table header above it), counts per status × level and per document, inputs with SHA-256', () => {
    const s = wb.getWorksheet('Tổng hợp')!;
    expect(s.getCell('A1').value).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH');
    expect(s.getCell('A1').font?.bold).toBe(true);
    expect(s.getCell('A2').value).toBe('Tỉnh Quảng Nam');
    expect(s.getCell('A3').value).toBe('Kỳ báo cáo: 01–12/2025   ·   Số liệu tính đến: 12/2025');
    const rows = rowsOf(s);
    expect(rows.flat()).not.toContain('Mục');
    // documents: the number when printed, else the short title; never "(số để trống trong văn bản)"
    expect(rows.map((r) => r[0])).toContain('2370/QĐ-UBND');
    expect(rows.flat().some((v) => typeof v === 'string' && v.includes('số để trống trong văn bản'))).toBe(false);
    expect(rows.map((r) => r[0])).toContain('Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU (11/2021) (số để trống)');
    const head = rows.find((r) => r[0] === 'Trạng thái')!;
    expect(head.slice(0, 6)).toEqual(['Trạng thái', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Tổng']);
    // fixture: missed = whole province on-time, pci-top6, Đại Lộc, Quế Sơn, the =HYPERLINK commune
    expect(rows.find((r) => r[0] === 'Không đạt')!.slice(0, 6)).toEqual(['Không đạt', 2, 0, 2, 1, 5]);
    expect(rows.find((r) => r[0] === 'Số liệu mâu thuẫn')!.slice(0, 6)).toEqual(['Số liệu mâu thuẫn', 0, 0, 1, 0, 1]);
    const perLevel = ['all', 'province', 'district', 'commune'].map((l) => result.findings.filter((f) => f.scope.level === l).length);
    expect(rows.find((r) => r[0] === 'Tổng')!.slice(0, 6)).toEqual(['Tổng', ...perLevel, 12]);
    const byDoc = rows.find((r) => r[0] === '2370/QĐ-UBND (19/8/2021)')!;
    expect(byDoc[1 + STATUSES.length]).toBe(result.findings.filter((f) => f.document.id === 'qn-2370-2021').length);
    expect(rows).toContainEqual(['samples/qn-2025-12.xlsx', ...Array(8).fill('3f5c0e1d9a8b7c6d5e4f30211203948576a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2')]);
    let missedRow: ExcelJS.Row | undefined;
    s.eachRow((r) => {
      if (r.getCell(1).value === 'Không đạt') missedRow = r;
    });
    expect(missedRow!.getCell(2).numFmt).toBe(COUNT_READ_BACK);
  });

  it('prints every sheet on A4 landscape, one page wide, the header row repeated; freezes and filters it', () => {
    for (const s of wb.worksheets) {
      expect(s.pageSetup, s.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
      expect(s.headerFooter.oddFooter).toMatch(/&P \/ &N/);
      if (s.name === 'Tổng hợp') continue;
      expect(s.pageSetup.fitToHeight, s.name).toBe(0);
      expect(s.pageSetup.printTitlesRow, s.name).toBe('1:1');
      expect(s.views[0], s.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(s.autoFilter, s.name).toBeTruthy();
    }
    expect(wb.getWorksheet('Tổng hợp')!.pageSetup.fitToHeight).toBe(1);
  });

  it('writes what a reader reads as Vietnamese text: value, target, the gap with sign and unit; counts as numbers with a unit column', () => {
    const s = wb.getWorksheet('Toàn tỉnh')!;
    const head = (s.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 13)).toEqual([
      'Văn bản',
      'Chỉ tiêu',
      'Mã chỉ tiêu',
      'Phạm vi',
      'Kỳ',
      'Giá trị',
      'Chỉ tiêu đặt ra',
      'Trạng thái',
      'Chênh lệch',
      'Cần thêm',
      'Đơn vị tính (cần thêm)',
      'Tử số',
      'Mẫu số',
    ]);
    const row = s.getRow(2);
    expect(row.getCell(1).value).toBe('2370/QĐ-UBND (19/8/2021)');
    expect(row.getCell(2).value).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(row.getCell(5).value).toBe('12/2025');
    expect(row.getCell(6).value).toBe('93,4%');
    expect(row.getCell(7).value).toBe('≥ 95%');
    expect(row.getCell(8).value).toBe('Không đạt');
    expect(row.getCell(9).value).toBe('-1,6 điểm %');
    expect(row.getCell(10).value).toBe(17);
    expect(row.getCell(10).numFmt).toBe(COUNT_READ_BACK);
    expect(row.getCell(11).value).toBe('hồ sơ giải quyết đúng hạn');
    expect(row.getCell(12).value).toBe(934);
    // the same figures as numbers, in hidden grouped columns
    expect(s.getColumn(19).hidden).toBe(true);
    expect([row.getCell(19).value, row.getCell(19).numFmt, row.getCell(20).value, row.getCell(22).value]).toEqual([0.934, '0.00%', 0.95, -1.6]);
    const pci = [...Array(s.rowCount).keys()].map((i) => s.getRow(i + 1)).find((r) => r.getCell(3).value === 'pci-top6')!;
    expect(pci.getCell(6).value).toBe('hạng 12');
    expect(pci.getCell(9).value).toBe('-6 hạng');
    expect(pci.getCell(1).value).toBe('Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU (11/2021)');
    expect(pci.getCell(17).value).toBe('thay thế chỉ tiêu pci-top10 của 2370/QĐ-UBND');
  });

  it('sets column widths from the content, fills statuses and keeps no-data findings on their own sheet', () => {
    const s = wb.getWorksheet('Cấp huyện')!;
    expect(s.autoFilter).toBe('A1:R4');
    const periods = rowsOf(s)
      .slice(1)
      .map((r) => String(r[4]));
    expect(periods.length).toBeGreaterThan(0);
    expect(s.getColumn(5).width).toBeGreaterThanOrEqual(Math.max(...periods.map((p) => p.length)));
    expect(s.getColumn(2).width).toBeGreaterThanOrEqual('Tỷ lệ hồ sơ giải quyết đúng hạn'.length);
    const missed = s.getRow(2);
    expect(missed.getCell(8).value).toBe('Không đạt');
    expect((missed.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    const province = rowsOf(wb.getWorksheet('Cấp tỉnh')!);
    expect(province.some((r) => r[2] === 'work-records-2025')).toBe(false);
    const todo = rowsOf(wb.getWorksheet('Thiếu số liệu')!);
    expect(todo[0]).toEqual(['Văn bản', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Số liệu cần bổ sung', 'Phạm vi', 'Hạn', 'Điều khoản']);
    expect(todo.filter((r) => r[1] === 'work-records-2025')).toHaveLength(1);
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
    const rows = s
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
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
    const rows = s
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const onTime = rows.filter((r) => r[1] === 'on-time-2025');
    expect(onTime).toEqual([['2370/QĐ-UBND (19/8/2021)', 'on-time-2025', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'II.2.b', 'tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%']]);
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
      const rows = s
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1));
      expect(rows[0]![2]).toBe(header);
      expect(rows).toHaveLength(4);
      expect(rows[1]).toEqual(['f.csv', undefined, line, undefined, 'Sở A', lang === 'vi' ? 'Cấp tỉnh' : 'Provincial level', 'resolved_on_time', '2025-03', 1234, used]);
      expect(rows[3]![9]).toBe(lang === 'vi' ? 't: cấp' : 't: level');
      expect(s.getRow(2).getCell(9).type).toBe(ExcelJS.ValueType.Number);
    }
  });

  it('uses English labels with --lang en', async () => {
    const en = await read(await renderXlsx(result, { lang: 'en', color: false }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Whole province', 'Provincial level', 'District level', 'Commune level', 'No data', 'Sources', 'Clauses']);
    expect(en.getWorksheet('Whole province')!.getCell('H2').value).toBe('Missed');
    expect(en.getWorksheet('Whole province')!.getCell('F2').value).toBe('93.4%');
    expect(en.getWorksheet('Summary')!.getCell('A1').value).toBe('REPORT ON ADMINISTRATIVE REFORM TARGETS');
  });

  it('renders byte-identical workbooks a second apart', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await renderXlsx(build(), { lang: 'vi', color: false });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes the count format with escaped dots, so a dot groups thousands whatever the locale', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-xlsx-'));
    try {
      const file = path.join(dir, 'r.xlsx');
      writeFileSync(file, bytes);
      const styles = (await listEntries(file, file)).find((e) => e.name === 'xl/styles.xml')!;
      const xml = await readEntryText(file, styles, file);
      expect(xml).toContain('formatCode="[&gt;=1000000]#\\.###\\.##0;[&gt;=1000]#\\.##0;0"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

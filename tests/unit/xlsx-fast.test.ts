/**
 * The XLSX reader of src/files/xlsx-fast gives, cell by cell, what exceljs's streaming reader gave
 * (the reader parcheck used before): on every sample, on workbooks exceljs writes, and on crafted XML
 * (rich text, inline strings, booleans, errors, date formats, 1904 dates, formulas, entities, merges,
 * sparse rows). Where exceljs is wrong the expected value is written out, with the reason.
 */
import { createReadStream, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import type { CellValue, Grid, GridRow } from '../../src/files/grid.js';
import { DEFAULT_LIMITS } from '../../src/files/limits.js';
import { readXlsxGrids, toCellValue } from '../../src/files/xlsx-grids.js';
import { XlsxBook } from '../../src/files/xlsx-fast/workbook.js';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import { writeZip, type Part } from '../hostile/zip-craft.js';
import { sheetXml, workbookParts } from './xlsx-fast-craft.js';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-xlsx-fast-'));
let n = 0;
const save = (parts: Part[]) => {
  const file = path.join(dir, `crafted-${++n}.xlsx`);
  writeFileSync(file, writeZip(parts));
  return file;
};

/** The reader parcheck had before (src/files/xlsx.ts at commit 7d75efd), kept here as the reference. */
async function readWithExceljs(file: string): Promise<Grid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
  const grids: Grid[] = [];
  for await (const sheet of reader) {
    const ws = sheet as unknown as AsyncIterable<{ number: number; values: unknown[] }> & { name?: string; id?: number };
    const rows: GridRow[] = [];
    for await (const row of ws) {
      const cells: CellValue[] = [];
      for (let c = 1; c < row.values.length; c++) cells.push(toCellValue(row.values[c]));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      if (cells.length > 0) rows.push({ number: row.number, cells });
    }
    grids.push({ file, kind: 'xlsx', sheet: ws.name ?? `Sheet${ws.id ?? grids.length + 1}`, rows });
  }
  return grids;
}

async function expectSameAsExceljs(file: string): Promise<Grid[]> {
  const [fast, reference] = await Promise.all([readXlsxGrids(file, file), readWithExceljs(file)]);
  expect(fast.truncated).toBe(false);
  // exceljs has no notion of a formula without a cached value: compared apart (the crafted test).
  expect(fast.grids.map(({ uncached: _uncached, ...g }) => g)).toEqual(reference);
  return fast.grids;
}

const cell = (grid: Grid, address: string): CellValue | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.rows.find((r) => r.number === Number(m[2]))?.cells[col];
};

describe('same values as exceljs', () => {
  const samples = readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx'));
  it.each(samples)('samples/%s', async (name) => {
    const grids = await expectSameAsExceljs(path.join(ROOT, 'samples', name));
    expect(grids.length).toBeGreaterThan(0);
  });

  it('a workbook exceljs writes: dates, percentages, formulas, rich text, hyperlinks, booleans, errors, sparse rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH HỒ SƠ']);
    ws.mergeCells('A1:D1');
    ws.addRow(['Mã hồ sơ', 'Ngày tiếp nhận', 'Tỷ lệ', 'Ghi chú', 'Đúng hạn']);
    ws.getRow(4).values = ['H-1', new Date(Date.UTC(2025, 0, 31, 9, 30)), 0.953, { richText: [{ text: 'Sở ', font: { bold: true } }, { text: 'Tư pháp' }] }, true];
    ws.getRow(4).getCell(3).numFmt = '0.0%';
    ws.getRow(6).values = [{ formula: 'A4&"-2"', result: 'H-1-2' }, { formula: 'B4+1', result: 45689.4 }, { error: '#N/A' }, { text: 'cổng', hyperlink: 'https://dichvucong.gov.vn' }, false];
    ws.getRow(9).getCell(7).value = '   ';
    ws.getRow(9).getCell(2).value = 'a & b < c';
    const file = path.join(dir, 'exceljs-written.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await expectSameAsExceljs(file);
    expect(cell(grid!, 'B4')).toEqual(new Date(Date.UTC(2025, 0, 31, 9, 30)));
    expect(cell(grid!, 'D4')).toBe('Sở Tư pháp');
    expect(grid!.rows.map((r) => r.number)).toEqual([1, 2, 4, 6, 9]);
  });

  it('crafted XML: shared rich text, inline strings, booleans, errors, date formats, formulas, entities, sparse rows', async () => {
    const file = save(workbookParts({ sheets: [{ name: 'Kiểu & số', xml: sheetXml(CRAFTED_ROWS, { dimension: 'A1:G5', merges: ['A1:B1', 'C3:D3'] }) }] }));
    const [grid] = await expectSameAsExceljs(file);
    expect(grid!.sheet).toBe('Kiểu & số');
    expect(grid!.uncached).toEqual(['B5']);
    expect(grid!.rows.map((r) => r.cells)).toEqual([
      ['Tổng số & tỷ lệ', 'A <5> đạt', 'Hà Nội', true, false, '#DIV/0!'],
      [12.5, null, new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 0, 31, 12)), 0.953, 12.5, 'x & y'],
    ]);
    expect(grid!.rows.map((r) => r.number)).toEqual([1, 3]);
  });

  it('a 1904-date workbook', async () => {
    const rows = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44196</v></c><c r="C1"><v>44196</v></c></row>';
    const file = save(workbookParts({ date1904: true, sheets: [{ name: 'S', xml: sheetXml(rows) }] }));
    const [grid] = await expectSameAsExceljs(file);
    expect(grid!.rows[0]!.cells).toEqual([new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(2025, 0, 1)), 44196]);
  });
});

/** Row 1: texts, booleans, an error. Row 2 absent. Row 3: numbers, dates, a percentage, formulas. Row 5: no values. */
const CRAFTED_ROWS = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Hà Nội</t></is></c>',
  '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#DIV/0!</v></c></row>',
  '<row r="3" spans="1:7"><c r="A3"><v>12.5</v></c><c r="C3" s="1"><v>45658</v></c><c r="D3" s="2"><v>45688.5</v></c>',
  '<c r="E3" s="3"><v>0.953</v></c><c r="F3"><f>SUM(A3:A3)</f><v>12.5</v></c><c r="G3" t="str"><f>"x &amp; "&amp;"y"</f><v>x &amp; y</v></c></row>',
  '<row r="5"><c r="A5" s="1"/><c r="B5"><f>NA()</f></c></row>',
].join('');

describe('where exceljs is wrong, the reader follows the format', () => {
  const read = async (rows: string, options: Parameters<typeof workbookParts>[0] = { sheets: [] }) => {
    const file = save(workbookParts({ ...options, sheets: options.sheets.length > 0 ? options.sheets : [{ name: 'S', xml: sheetXml(rows) }] }));
    return (await readXlsxGrids(file, file)).grids;
  };

  it('inline rich text keeps every run (exceljs keeps the last), Excel escapes are decoded, phonetic runs dropped', async () => {
    const [grid] = await read(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Sở </t></r><r><t>Tư pháp</t></r></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>Dòng 1_x000D_&#10;Dòng 2 _x005F_x0041_</t></is></c><c r="C1" t="s"><v>2</v></c></row>',
    );
    expect(grid!.rows[0]!.cells).toEqual(['Sở Tư pháp', 'Dòng 1\r\nDòng 2 _x0041_', 'Quảng Nam']);
  });

  it('a formula gives its cached error, boolean or date (exceljs: NaN, 1, a serial)', async () => {
    const [grid] = await read('<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1"><f>DATE(2025,1,1)</f><v>45658</v></c></row>');
    expect(grid!.rows[0]!.cells).toEqual(['#DIV/0!', true, new Date(Date.UTC(2025, 0, 1))]);
  });

  it('prefixed SpreadsheetML (x:row, x:c) and cells without a reference', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c r="C3"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const [grid] = await read('', { sheets: [{ name: 'P', xml }] });
    expect(grid!.rows).toEqual([
      { number: 2, cells: ['Quảng Nam', 7] },
      { number: 3, cells: [null, null, 1] },
    ]);
  });

  it('sheets come in workbook order with their names, whatever the part names; merges and the dimension are reported', async () => {
    const file = save(
      workbookParts({
        sheets: [
          { name: 'Ghi chú', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), part: 'sheet9.xml' },
          { name: 'Biểu', xml: sheetXml(CRAFTED_ROWS, { dimension: 'A1:G5', merges: ['A1:B1', 'C3:D3'] }), part: 'sheet1.xml' },
        ],
      }),
    );
    const book = await XlsxBook.open(file, file);
    expect(book.sheets.map((s) => [s.index, s.name])).toEqual([
      [1, 'Ghi chú'],
      [2, 'Biểu'],
    ]);
    const result = await book.readSheet(book.sheets[1]!, () => true);
    expect(result).toEqual({ merges: ['A1:B1', 'C3:D3'], dimension: 'A1:G5', stopped: false, hiddenColumns: [], hiddenRows: [], uncached: ['B5'] });
  });
});

describe('dossier lists and sheet choice', () => {
  it('reads the sheet chosen by name or by position, dates as serials in either date system', async () => {
    const header = ['Mã hồ sơ', 'Đơn vị tiếp nhận', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
    const strings = ['Quảng Nam', ...header, 'Sở Tư pháp', 'Trực tuyến', 'Đã trả kết quả'];
    const h = header.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i + 1}</v></c>`).join('');
    const row = (r: number, serial: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>H-${r}</t></is></c><c r="B${r}" t="s"><v>8</v></c><c r="C${r}" t="s"><v>9</v></c><c r="D${r}" s="1"><v>${serial}</v></c><c r="E${r}" s="1"><v>${serial + 5}</v></c><c r="F${r}" s="1"><v>${serial + 3}</v></c><c r="G${r}" t="s"><v>10</v></c></row>`;
    for (const date1904 of [false, true]) {
      const base = date1904 ? 45658 - 1462 : 45658; // 2025-01-01 in each system
      const list = sheetXml(`<row r="1">${h}</row>${row(2, base)}${row(3, base + 40)}`);
      const file = save(
        workbookParts({
          date1904,
          strings,
          sheets: [
            { name: 'Ghi chú', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
            { name: 'Hồ sơ', xml: list },
          ],
        }),
      );
      for (const sheet of ['2', 'hồ sơ']) {
        const result = await ingestDossierList(file, { sheet });
        expect(result.sheet).toBe('Hồ sơ');
        expect(result.rowsRead).toBe(2);
        expect(result.periods).toEqual(['2025-01', '2025-02']);
      }
    }
  });
});

describe('limits apply while reading', () => {
  const code = async (file: string, limits = DEFAULT_LIMITS): Promise<string> => {
    try {
      await readXlsxGrids(file, file, Number.POSITIVE_INFINITY, limits);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(ParcheckError);
      return (error as ParcheckError).code;
    }
  };
  const sheet = (rows: string, dimension?: string) => save(workbookParts({ sheets: [{ name: 'S', xml: sheetXml(rows, { dimension }) }] }));

  it('an entry that unpacks to more than it declares', async () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml(CRAFTED_ROWS) }] });
    expect(await code(save(parts.map((p) => (p.name.startsWith('xl/worksheets/') ? { ...p, declared: 100 } : p))))).toBe('INPUT_TOO_LARGE');
  });

  it('a compression ratio, a declared dimension, a cell count, a row beyond Excel, too many shared strings', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    expect(await code(save([...workbookParts({ sheets: [{ name: 'S', xml: sheetXml(CRAFTED_ROWS) }] }), { name: 'xl/media/x.bin', data: zeros }]))).toBe('INPUT_TOO_LARGE');
    expect(await code(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', 'A1:XFD1048576'))).toBe('INPUT_TOO_LARGE');
    expect(await code(sheet(CRAFTED_ROWS), { ...DEFAULT_LIMITS, sheetCells: 5 })).toBe('INPUT_TOO_LARGE');
    expect(await code(sheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>'))).toBe('INPUT_TOO_LARGE');
    expect(await code(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), { ...DEFAULT_LIMITS, sharedStrings: 2 })).toBe('INPUT_TOO_LARGE');
  });

  it('stops at maxCells and says the grids are truncated', async () => {
    const file = sheet(CRAFTED_ROWS);
    const result = await readXlsxGrids(file, file, 3);
    expect(result.truncated).toBe(true);
    expect(result.grids[0]!.rows).toHaveLength(1);
  });
});

/** Cell styles and the words of the Excel report. */
import type ExcelJS from 'exceljs';
import { text, type Text } from '../core/i18n.js';
import type { Status } from '../core/types.js';
import { neutraliseFormula } from './escape.js';
import { xmlSafeText } from './xml-safe.js';
import { isPercentUnit, round } from './format.js';

/** Fills an officer recognises from Excel's own conditional-format presets. */
export const STATUS_FILL: Record<Status, string> = {
  met: 'FFC6EFCE',
  missed: 'FFFFC7CE',
  incomplete: 'FFFCE4D6',
  'on-track': 'FFDDEBF7',
  'off-track': 'FFFFEB9C',
  'no-data': 'FFD9D9D9',
  invalid: 'FFE4DFEC',
};

export const XLSX_WORDS = {
  summarySheet: text('Tổng hợp', 'Summary'),
  sourcesSheet: text('Nguồn số liệu', 'Sources'),
  finding: text('Kết quả', 'Finding'),
  role: text('Vai trò', 'Role'),
  numerator: text('Tử số', 'Numerator'),
  denominator: text('Mẫu số', 'Denominator'),
  clause: text('Điều khoản', 'Clause'),
  file: text('Tệp', 'File'),
  sheet: text('Trang tính', 'Sheet'),
  cell: text('Ô / dòng', 'Cell / rows'),
  count: text('Số dòng đếm', 'Rows counted'),
  quote: text('Trích dẫn', 'Quote'),
  threshold: text('Ngưỡng', 'Threshold'),
  thresholdHigh: text('Ngưỡng trên', 'Upper threshold'),
  gapPoints: text('Chênh lệch (điểm % / hạng)', 'Gap (points / ranks)'),
  comparatorText: text('Chỉ tiêu đặt ra', 'Target'),
  item: text('Mục', 'Item'),
  value: text('Giá trị', 'Value'),
  sha256: text('SHA-256', 'SHA-256'),
  count_label: text('Số kết quả', 'Findings'),
} as const satisfies Record<string, Text>;

/**
 * Text cells are neutralised like CSV cells (so a copy re-saved as CSV stays harmless) and always
 * stored as strings, never formulas; characters XML cannot hold are replaced and text past Excel's
 * cell limit is cut visibly (xml-safe.ts); an empty text is an empty cell. Every string cell of the
 * report goes through here. `composed`: a text the report builds from numbers only (a signed gap
 * "-26,8 điểm %"), which carries nothing from the inputs and keeps its sign without a quote.
 */
export const safeText = (value: string | null | undefined, composed = false): string | null => (value ? xmlSafeText(composed ? value : neutraliseFormula(value)) : null);

/** Number format of a figure by its unit: fractions shown as `0.00%` (two decimals, so a value rounded towards its verdict stays visible), ranks as `"hạng "0`. */
export function figureCell(value: number | null, unit: string, rankWord: string): { value: number | null; numFmt: string } {
  if (value === null) return { value: null, numFmt: 'General' };
  if (isPercentUnit(unit)) return { value: round(round(value, 2) / 100, 6), numFmt: '0.00%' };
  if (unit === 'rank') return { value, numFmt: `"${rankWord} "0` };
  if (unit === 'count') return { value, numFmt: '#,##0' };
  return { value: round(value, 4), numFmt: '0.##' };
}

export const GAP_FORMAT = '+0.00;-0.00;0';

/**
 * Whole numbers with a dot between thousands whatever the viewer's locale: a plain `#,##0` takes the
 * separator from the viewer's settings (1,234 on an English system). Excel number formats cannot
 * pin a decimal comma, so figures with decimals are written as text by our Vietnamese formatter.
 */
export const COUNT_FORMAT = '[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0';

/**
 * A header row, frozen and filtered, with the print setup of every table sheet: A4 landscape, one
 * page wide (as many pages tall as it takes), the header row repeated on each page, page numbers.
 */
export function styleHeader(sheet: ExcelJS.Worksheet, columns: number, title?: string): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = fill('FFF2F2F2');
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns } };
  printSetup(sheet, '1:1', title);
}

export function printSetup(sheet: ExcelJS.Worksheet, repeatRows: string | undefined, title?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
    ...(repeatRows ? { printTitlesRow: repeatRows } : {}),
  };
  const name = (title ?? sheet.name).replace(/&/g, '&&');
  sheet.headerFooter = { oddFooter: `&L${name}&R&P / &N` };
}

/** Terminal-like display width: a letter with its diacritics counts one. */
const widthOf = (value: string): number =>
  Math.max(
    0,
    ...value
      .normalize('NFC')
      .split('\n')
      .map((l) => [...l].length),
  );

/**
 * Column widths from the content (Excel's unit is about one character): the widest cell, the header
 * counted by its longest word since it wraps; capped at `max`, where long texts wrap instead.
 */
export function fitColumns(sheet: ExcelJS.Worksheet, options: { max?: number; min?: number; from?: number } = {}): void {
  const max = options.max ?? 50;
  const min = options.min ?? 6;
  const from = options.from ?? 1;
  sheet.columns.forEach((column, i) => {
    let widest = min;
    column.eachCell?.({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber < from) return;
      const v = cell.value;
      if (v === null || v === undefined) return;
      const shown = typeof v === 'number' ? String(v).length + 2 : String(v);
      const w = typeof shown === 'number' ? shown : rowNumber === from ? Math.max(...shown.split(/\s+/).map((x) => widthOf(x))) + 2 : widthOf(shown) + 1;
      widest = Math.max(widest, w);
    });
    column.width = Math.min(max, widest);
    if (widest > max) {
      column.eachCell?.({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber > from) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      });
    }
    void i;
  });
}

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

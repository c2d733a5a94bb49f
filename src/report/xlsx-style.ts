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
 * cell limit is cut visibly (xml-safe.ts); an empty text is an empty cell.
 */
export const safeText = (value: string | null | undefined): string | null => (value ? xmlSafeText(neutraliseFormula(value)) : null);

/** Number format of a figure by its unit: fractions shown as `0.0%`, ranks as `"hạng "0`. */
export function figureCell(value: number | null, unit: string, rankWord: string): { value: number | null; numFmt: string } {
  if (value === null) return { value: null, numFmt: 'General' };
  if (isPercentUnit(unit)) return { value: round(round(value, 2) / 100, 6), numFmt: '0.0%' };
  if (unit === 'rank') return { value, numFmt: `"${rankWord} "0` };
  if (unit === 'count') return { value, numFmt: '#,##0' };
  return { value: round(value, 4), numFmt: '0.##' };
}

export const GAP_FORMAT = '+0.0;-0.0;0';

export function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: columns } };
}

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

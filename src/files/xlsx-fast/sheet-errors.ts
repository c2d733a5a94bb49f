/** Errors of the XLSX reader that name a sheet. */
import { ParcheckError } from '../../core/errors.js';
import type { BadCellValue } from './values.js';

/** Excel's own sheet size: a row or column beyond it is a crafted file, not an export. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export function beyondExcel(where: { file: string; sheet: string }, row: number, columns: number): ParcheckError {
  return new ParcheckError(
    'INPUT_TOO_LARGE',
    { vi: 'Trang tính vượt quá kích thước tối đa của Excel', en: 'A sheet goes beyond the largest sheet Excel allows' },
    {
      location: { file: where.file, sheet: where.sheet },
      expected: { vi: `tối đa ${EXCEL_ROWS} dòng × ${EXCEL_COLUMNS} cột`, en: `at most ${EXCEL_ROWS} rows × ${EXCEL_COLUMNS} columns` },
      found: `row ${row}, ${columns} columns`,
      hint: { vi: 'Tệp không do Excel tạo ra hoặc đã bị hỏng: xuất lại từ hệ thống.', en: 'Excel did not write this file, or it is corrupt: export it again.' },
    },
  );
}

export function badWorkbook(file: string, found: string, cause?: unknown): ParcheckError {
  return new ParcheckError(
    'INPUT_FORMAT',
    { vi: 'Không đọc được tệp Excel (.xlsx) này', en: 'Cannot read this Excel (.xlsx) file' },
    {
      location: { file },
      expected: { vi: 'một sổ tính .xlsx hợp lệ', en: 'a valid .xlsx workbook' },
      found,
      hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".', en: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".' },
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

const BAD_CELL = {
  shared: {
    vi: 'chỉ số chuỗi dùng chung nằm ngoài bảng chuỗi',
    en: 'a shared-string index outside the string table',
    expected: { vi: 'một chỉ số từ 0 tới số chuỗi dùng chung − 1', en: 'an index from 0 to the number of shared strings − 1' },
  },
  number: {
    vi: 'giá trị số không đúng định dạng số của XLSX',
    en: 'a number value that is not an XLSX number',
    expected: { vi: 'một số dạng 1234 hoặc 1234.5 (không dấu ngăn cách hàng nghìn)', en: 'a number such as 1234 or 1234.5 (no thousands separators)' },
  },
  boolean: { vi: 'giá trị đúng/sai không hợp lệ', en: 'an invalid boolean value', expected: { vi: '0 hoặc 1', en: '0 or 1' } },
} as const;

/** A cell whose stored value no spreadsheet writer produces (a crafted or damaged file), at the cell. */
export function badCell(where: { file: string; sheet: string }, cell: string, bad: BadCellValue): ParcheckError {
  const w = BAD_CELL[bad.kind];
  return new ParcheckError(
    'INPUT_FORMAT',
    { vi: `Ô ${cell} có ${w.vi}`, en: `Cell ${cell} holds ${w.en}` },
    {
      location: { file: where.file, sheet: where.sheet, cell },
      expected: w.expected,
      found: JSON.stringify(bad.raw.slice(0, 80)),
      hint: {
        vi: 'Excel không tạo ra giá trị như vậy: tệp đã bị sửa tay hoặc hỏng. Mở bằng Excel, lưu lại, hoặc xuất lại từ hệ thống.',
        en: 'Excel never writes such a value: the file was edited by hand or is damaged. Open and save it in Excel, or export it again.',
      },
    },
  );
}

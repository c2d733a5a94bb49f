/** Errors of the XLSX reader that name a sheet. */
import { ParcheckError } from '../../core/errors.js';

/** Excel's own sheet size: a row or column beyond it is a crafted file, not an export. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export function beyondExcel(where: { file: string; sheet: string }, row: number, columns: number): ParcheckError {
  return new ParcheckError('INPUT_TOO_LARGE', { vi: 'Trang tính vượt quá kích thước tối đa của Excel', en: 'A sheet goes beyond the largest sheet Excel allows' }, {
    location: { file: where.file, sheet: where.sheet },
    expected: { vi: `tối đa ${EXCEL_ROWS} dòng × ${EXCEL_COLUMNS} cột`, en: `at most ${EXCEL_ROWS} rows × ${EXCEL_COLUMNS} columns` },
    found: `row ${row}, ${columns} columns`,
    hint: { vi: 'Tệp không do Excel tạo ra hoặc đã bị hỏng: xuất lại từ hệ thống.', en: 'Excel did not write this file, or it is corrupt: export it again.' },
  });
}

export function badWorkbook(file: string, found: string, cause?: unknown): ParcheckError {
  return new ParcheckError('INPUT_FORMAT', { vi: 'Không đọc được tệp Excel (.xlsx) này', en: 'Cannot read this Excel (.xlsx) file' }, {
    location: { file },
    expected: { vi: 'một sổ tính .xlsx hợp lệ', en: 'a valid .xlsx workbook' },
    found,
    hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".', en: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".' },
    ...(cause === undefined ? {} : { cause }),
  });
}

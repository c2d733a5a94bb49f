/** The errors of a dossier list, with the line and the column's own header name. */
import { ParcheckError } from '../../core/errors.js';
import type { ColumnIndex, DossierField } from './columns.js';
import { fieldLabel } from './columns.js';
import { DATE_FORMATS } from './dates.js';

export function rowFailureError(
  failure: { line: number; field: string; raw: string },
  lineOffset: number,
  columns: ColumnIndex,
  header: string[],
  file: string,
  place?: { sheet?: string; cell?: string },
): ParcheckError {
  const field = failure.field as DossierField;
  const col = columns[field];
  const name = (col !== undefined ? header[col] : undefined) || fieldLabel(field);
  const blank = failure.raw === '';
  const location = place ? { file, ...place } : { file, line: failure.line + lineOffset, ...(col !== undefined ? { column: col + 1 } : {}) };
  return new ParcheckError(
    'INPUT_DATE',
    blank
      ? { vi: `Thiếu ngày ở cột "${name}"`, en: `Missing date in column "${name}"` }
      : { vi: `Ngày không hợp lệ ở cột "${name}": "${failure.raw}"`, en: `Invalid date in column "${name}": "${failure.raw}"` },
    {
      location,
      expected: { vi: `ngày dạng ${DATE_FORMATS}`, en: `a date as dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd (optionally with hh:mm)` },
      found: blank ? '' : failure.raw,
      hint: {
        vi: `Sửa ô này trong tệp xuất (cột "${name}") rồi chạy lại.`,
        en: `Fix this cell of the export (column "${name}") and run again.`,
      },
    },
  );
}

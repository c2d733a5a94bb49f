/** The errors of a dossier list, with the line and the column's own header name. */
import { ParcheckError } from '../../core/errors.js';
import type { ColumnIndex, DossierField } from './columns.js';
import { fieldLabel } from './columns.js';
import { DATE_FORMATS, monthLabel } from './list-dates.js';
import { MAX_DAYS_FROM_RECEIPT, MAX_SPAN_MONTHS, type SpanFailure } from './tally.js';

export function rowFailureError(
  failure: { line: number; field: string; raw: string; absurd?: boolean },
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
  if (failure.absurd) {
    const years = Math.round(MAX_DAYS_FROM_RECEIPT / 365.25);
    return new ParcheckError(
      'INPUT_DATE',
      {
        vi: `Ngày vô lý ở cột "${name}": "${failure.raw}" cách ngày tiếp nhận hơn ${years} năm`,
        en: `Absurd date in column "${name}": "${failure.raw}" is more than ${years} years from the receipt date`,
      },
      {
        location,
        expected: { vi: `một ngày trong vòng ${years} năm quanh ngày tiếp nhận`, en: `a date within ${years} years of the receipt date` },
        found: failure.raw,
        hint: { vi: `Có lẽ là lỗi gõ năm; sửa ô này trong tệp xuất (cột "${name}") rồi chạy lại.`, en: `Probably a mistyped year: fix this cell of the export (column "${name}") and run again.` },
      },
    );
  }
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

/** The list's dates span more than MAX_SPAN_MONTHS: one of the two ends is a mistyped date. */
export function spanFailureError(failure: SpanFailure, lineOffset: number, file: string, place?: (line: number) => { sheet?: string; cell?: string }): ParcheckError {
  const at = failure.line + lineOffset;
  const other = failure.otherLine + lineOffset;
  const [m, o] = [monthLabel(failure.month), monthLabel(failure.otherMonth)];
  const where = (line: number) => (place ? `${place(line).cell ?? line}` : `${line}`);
  const years = MAX_SPAN_MONTHS / 12;
  const [vi, en] = place ? ['ô', 'cell'] : ['dòng', 'line'];
  return new ParcheckError(
    'INPUT_DATE',
    {
      vi: `Ngày trong danh sách trải dài hơn ${years} năm: ${vi} ${where(at)} có tháng ${m} còn ${vi} ${where(other)} có tháng ${o}`,
      en: `The list's dates span more than ${years} years: ${en} ${where(at)} falls in ${m} and ${en} ${where(other)} in ${o}`,
    },
    {
      location: place ? { file, ...place(at) } : { file, line: at },
      expected: { vi: `các ngày trong vòng ${years} năm`, en: `dates within ${years} years of each other` },
      found: `${m} … ${o}`,
      hint: {
        vi: `Một trong hai ngày (${vi} ${where(at)} hoặc ${where(other)}) có lẽ bị gõ sai năm; sửa rồi chạy lại.`,
        en: `One of the two dates (${en} ${where(at)} or ${where(other)}) probably has a mistyped year; fix it and run again.`,
      },
    },
  );
}

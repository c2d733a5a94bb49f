/** Warnings of a dossier list: counted, never one per row. */
import type { IngestWarning } from '../../core/types.js';
import { warning, type CountedValue } from '../../core/warnings.js';
import { columnLetter } from '../../files/grid.js';
import type { ColumnIndex, DossierField } from './columns.js';
import type { RowCounts, Tallied } from './rows.js';
import { isoDay, monthLabel } from './list-dates.js';
import type { Tally } from './tally.js';
import type { ListAsOf } from './list-title.js';

/** Most frequent first. */
function listed(values: Record<string, number>): CountedValue[] {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => ({ value, count }));
}

function total(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

/** `sheet`: an XLSX list, whose lines are sheet rows. */
export function listWarnings(tally: Tally, counts: RowCounts, file: string, columns: ColumnIndex, header: string[], asOf?: ListAsOf, sheet?: string): IngestWarning[] {
  const out: IngestWarning[] = [];
  const at = (col: number | undefined) => ({ file, ...(col !== undefined ? { column: col + 1 } : {}) });
  const row = (line: number, col?: number) => (sheet !== undefined ? { file, sheet, cell: `${columnLetter(col ?? 0)}${line}` } : { file, line, ...(col !== undefined ? { column: col + 1 } : {}) });
  const name = (col: number | undefined, fallback: string) => (col !== undefined ? header[col] : undefined) || fallback;
  const rows = (t: Tallied) => ({ count: t.n, line: t.line, sheetRows: sheet !== undefined });
  type Dated = 'DOSSIER_PLACEHOLDER_DATE' | 'DOSSIER_DATE_BEFORE_2000' | 'DOSSIER_STATUS_PENDING_RETURNED' | 'DOSSIER_STATUS_RETURNED_NO_DATE';
  const dated = (code: Dated, t: Tallied, col: number | undefined) => {
    if (t.n > 0) out.push(warning(code, rows(t), { location: row(t.line, col) }));
  };
  dated('DOSSIER_PLACEHOLDER_DATE', counts.placeholder, undefined);
  dated('DOSSIER_DATE_BEFORE_2000', counts.before2000, undefined);
  if (asOf && asOf.limitDay < Number.MAX_SAFE_INTEGER && counts.afterAsOf.n > 0) {
    out.push(warning('DOSSIER_DATE_AFTER_EXPORT', { ...rows(counts.afterAsOf), exportDay: isoDay(asOf.limitDay) }, { location: row(counts.afterAsOf.line) }));
  }
  dated('DOSSIER_STATUS_PENDING_RETURNED', counts.pendingWithReturn, columns.returned);
  dated('DOSSIER_STATUS_RETURNED_NO_DATE', counts.doneWithoutReturn, columns.returned);
  const flagCount = total(counts.unknownFlag);
  if (flagCount > 0) {
    const byField = new Map<string, Record<string, number>>();
    for (const [k, n] of Object.entries(counts.unknownFlag)) {
      const [field, value] = k.split('\u0000') as [string, string | undefined];
      const m = byField.get(field) ?? {};
      m[value ?? k] = n;
      byField.set(field, m);
    }
    for (const [field, values] of byField) {
      const col = columns[field as DossierField];
      const nm = name(col, field);
      const n = total(values);
      out.push(warning('DOSSIER_FLAG_UNKNOWN', { count: n, column: nm, values: listed(values) }, { location: at(col) }));
    }
  }
  if (counts.countLine && counts.countLine.n !== counts.rows) {
    const { n, line } = counts.countLine;
    out.push(warning('DOSSIER_COUNT_MISMATCH', { stated: n, read: counts.rows }, { location: row(line) }));
  }
  const statusCount = total(counts.unknownStatus);
  if (statusCount > 0) {
    const col = name(columns.status, 'Trạng thái');
    out.push(warning('DOSSIER_STATUS_UNKNOWN', { count: statusCount, column: col, values: listed(counts.unknownStatus) }, { location: at(columns.status) }));
  }
  const channelCount = total(counts.unknownChannel);
  if (channelCount > 0) {
    const col = name(columns.channel, 'Hình thức nộp');
    out.push(warning('DOSSIER_CHANNEL_UNKNOWN', { count: channelCount, column: col, values: listed(counts.unknownChannel) }, { location: at(columns.channel) }));
  }
  if (tally.noDueDate > 0) {
    out.push(warning('DOSSIER_NO_DUE_DATE', { count: tally.noDueDate }, { location: at(columns.due) }));
  }
  if (tally.returnBeforeReceipt > 0) {
    out.push(warning('DOSSIER_RETURN_BEFORE_RECEIPT', { count: tally.returnBeforeReceipt }, { location: at(columns.returned) }));
  }
  if (tally.names.length > 0 && tally.firstMonth <= tally.lastMonth) {
    // Nothing in a list is received before its first month, so that month's carry-over is 0 here even
    // when the unit had dossiers pending from before (an export filtered by receipt date omits them).
    out.push(warning('DOSSIER_CARRY_OVER_FIRST_MONTH', { month: monthLabel(tally.firstMonth) }, { location: at(columns.received) }));
  }
  if (counts.blankUnit > 0) {
    out.push(warning('DOSSIER_UNIT_BLANK', { count: counts.blankUnit }, { location: at(columns.unit) }));
  }
  return out;
}

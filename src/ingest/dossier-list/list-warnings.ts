/** Warnings of a dossier list: counted, never one per row. */
import type { IngestWarning } from '../../core/types.js';
import { columnLetter } from '../../files/grid.js';
import type { ColumnIndex, DossierField } from './columns.js';
import type { RowCounts, Tallied } from './rows.js';
import { isoDay, monthLabel } from './list-dates.js';
import type { Tally } from './tally.js';
import type { ListAsOf } from './list-title.js';

function listed(values: Record<string, number>): string {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `"${v}" (${n})`)
    .join(', ');
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
  const rowWord = (line: number) => (sheet !== undefined ? { vi: `hàng ${line}`, en: `row ${line}` } : { vi: `dòng ${line}`, en: `line ${line}` });
  const dated = (code: string, t: Tallied, col: number | undefined, vi: string, en: string) => {
    if (t.n === 0) return;
    const first = rowWord(t.line);
    out.push({ code, message: { vi: `${t.n} hồ sơ ${vi} (đầu tiên ở ${first.vi})`, en: `${t.n} dossiers ${en} (first at ${first.en})` }, location: row(t.line, col) });
  };
  dated('DOSSIER_PLACEHOLDER_DATE', counts.placeholder, undefined, 'có ngày 01/01/1900 (ngày giữ chỗ, nghĩa là chưa có ngày); đọc như ô trống', 'have the date 01/01/1900 (a "no date" placeholder); read as blank');
  dated('DOSSIER_DATE_BEFORE_2000', counts.before2000, undefined, 'có ngày trước năm 2000; kiểm tra có gõ nhầm năm không', 'have a date before 2000; check for a mistyped year');
  if (asOf && asOf.limitDay < Number.MAX_SAFE_INTEGER) {
    dated('DOSSIER_DATE_AFTER_EXPORT', counts.afterAsOf, undefined, `có ngày tiếp nhận hoặc trả kết quả sau ngày kết xuất ${isoDay(asOf.limitDay)}`, `have a receipt or return date after the export day ${isoDay(asOf.limitDay)}`);
  }
  dated('DOSSIER_STATUS_PENDING_RETURNED', counts.pendingWithReturn, columns.returned, 'có trạng thái chờ bổ sung nhưng có ngày trả kết quả; tính là đang giải quyết', 'wait for supplements by their status yet have a return date; counted as pending');
  dated('DOSSIER_STATUS_RETURNED_NO_DATE', counts.doneWithoutReturn, columns.returned, 'có trạng thái đã trả kết quả nhưng không có ngày trả; tính là đang giải quyết', 'are returned by their status yet have no return date; counted as pending');
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
      out.push({
        code: 'DOSSIER_FLAG_UNKNOWN',
        message: { vi: `${n} hồ sơ có giá trị không nhận ra ở cột "${nm}": ${listed(values)}; tính là "không"`, en: `${n} dossiers have an unknown value in column "${nm}": ${listed(values)}; counted as "no"` },
        location: at(col),
      });
    }
  }
  if (counts.countLine && counts.countLine.n !== counts.rows) {
    const { n, line } = counts.countLine;
    out.push({
      code: 'DOSSIER_COUNT_MISMATCH',
      message: { vi: `Dòng tổng ghi ${n} hồ sơ nhưng đọc được ${counts.rows} hồ sơ`, en: `The count line says ${n} dossiers but ${counts.rows} were read` },
      location: row(line),
    });
  }
  const statusCount = total(counts.unknownStatus);
  if (statusCount > 0) {
    const col = name(columns.status, 'Trạng thái');
    out.push({
      code: 'DOSSIER_STATUS_UNKNOWN',
      message: {
        vi: `${statusCount} hồ sơ có trạng thái không nhận ra ở cột "${col}": ${listed(counts.unknownStatus)}; số liệu vẫn tính theo các cột ngày`,
        en: `${statusCount} dossiers have an unknown status in column "${col}": ${listed(counts.unknownStatus)}; figures still follow the date columns`,
      },
      location: at(columns.status),
    });
  }
  const channelCount = total(counts.unknownChannel);
  if (channelCount > 0) {
    const col = name(columns.channel, 'Hình thức nộp');
    out.push({
      code: 'DOSSIER_CHANNEL_UNKNOWN',
      message: {
        vi: `${channelCount} hồ sơ có hình thức nộp không nhận ra ở cột "${col}": ${listed(counts.unknownChannel)}; không tính vào trực tuyến hay trực tiếp`,
        en: `${channelCount} dossiers have an unknown submission channel in column "${col}": ${listed(counts.unknownChannel)}; counted as neither online nor offline`,
      },
      location: at(columns.channel),
    });
  }
  if (tally.noDueDate > 0) {
    out.push({
      code: 'DOSSIER_NO_DUE_DATE',
      message: {
        vi: `${tally.noDueDate} hồ sơ không có ngày hẹn trả; coi là đúng hạn / trong hạn`,
        en: `${tally.noDueDate} dossiers have no due date; counted as on time / in time`,
      },
      location: at(columns.due),
    });
  }
  if (tally.returnBeforeReceipt > 0) {
    out.push({
      code: 'DOSSIER_RETURN_BEFORE_RECEIPT',
      message: {
        vi: `${tally.returnBeforeReceipt} hồ sơ có ngày trả kết quả trước ngày tiếp nhận`,
        en: `${tally.returnBeforeReceipt} dossiers were returned before their receipt date`,
      },
      location: at(columns.returned),
    });
  }
  if (tally.names.length > 0 && tally.firstMonth <= tally.lastMonth) {
    // Nothing in a list is received before its first month, so that month's carry-over is 0 here even
    // when the unit had dossiers pending from before (an export filtered by receipt date omits them).
    const first = monthLabel(tally.firstMonth);
    out.push({
      code: 'DOSSIER_CARRY_OVER_FIRST_MONTH',
      message: {
        vi: `Danh sách bắt đầu từ tháng ${first}, không có hồ sơ tiếp nhận trước đó: số hồ sơ từ kỳ trước chuyển qua của tháng ${first} tính được là 0 và có thể thiếu (kéo theo tổng số hồ sơ nhận, đã và đang giải quyết); đưa cả các hồ sơ tồn từ kỳ trước vào danh sách nếu cần đối chiếu tháng này`,
        en: `The list starts in ${first} and holds no dossier received before it: carried-over dossiers of ${first} count as 0 and may be incomplete (and with them received, resolved and pending totals); include the dossiers pending from before in the list to reconcile that month`,
      },
      location: at(columns.received),
    });
  }
  if (counts.blankUnit > 0) {
    out.push({
      code: 'DOSSIER_UNIT_BLANK',
      message: {
        vi: `${counts.blankUnit} hồ sơ không ghi đơn vị tiếp nhận; đã bỏ qua`,
        en: `${counts.blankUnit} dossiers name no receiving unit; skipped`,
      },
      location: at(columns.unit),
    });
  }
  return out;
}

/** Warnings of a dossier list: counted, never one per row. */
import type { IngestWarning } from '../../core/types.js';
import type { ColumnIndex } from './columns.js';
import type { RowCounts } from './rows.js';
import { monthLabel } from './dates.js';
import type { Tally } from './tally.js';

function listed(values: Record<string, number>): string {
  return Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `"${v}" (${n})`)
    .join(', ');
}

function total(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

export function listWarnings(tally: Tally, counts: RowCounts, file: string, columns: ColumnIndex, header: string[]): IngestWarning[] {
  const out: IngestWarning[] = [];
  const at = (col: number | undefined) => ({ file, ...(col !== undefined ? { column: col + 1 } : {}) });
  const name = (col: number | undefined, fallback: string) => (col !== undefined ? header[col] : undefined) || fallback;
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

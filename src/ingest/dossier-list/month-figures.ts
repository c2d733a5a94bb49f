/**
 * A unit's tally cells turned into the measures of each month (the definitions at the top of tally.ts):
 * the running stocks walked month by month, and which measures count the month's own dossiers. Used
 * once per unit × month when a list is finalized (finalize.ts) or one dossier traced (trace.ts), never
 * per row: the per-row cell layout stays in tally.ts, on the hot path.
 */
import {
  RECEIVED,
  ONLINE,
  OFFLINE,
  RESOLVED,
  EARLY,
  ON_TIME,
  LATE,
  PENDING_DIFF,
  OVERDUE_DIFF,
  DIGITIZED,
  PAYABLE,
  PAID,
  E_CIRC,
  REJECTED,
  WITHDRAWN,
  FULL_ONLINE,
  DOSSIER_DIGITIZED,
  RIP_EARLY,
  RIP_ON_TIME,
  NC,
} from './tally.js';

/** The running stocks of one unit at the end of a month (prefix sums of the difference cells). */
export interface Stocks {
  /** pending_total at the end of the month before. */
  carried: number;
  pending: number;
  overdue: number;
}

/** The measures of one unit × month, in the form's column order; `o` is the month's offset in `cells`
 * (−1 for a month no dossier touched). Absent optional columns are dropped by the caller. */
export function monthFigures(cells: Float64Array, o: number, s: Stocks): [string, number][] {
  const c = (k: number) => (o >= 0 ? cells[o + k]! : 0);
  return [
    ['received_total', c(RECEIVED) + s.carried],
    ['received_online', c(ONLINE)],
    ['received_offline', c(OFFLINE)],
    ['received_carried_over', s.carried],
    ['resolved_total', c(RESOLVED)],
    ['resolved_early', c(EARLY)],
    ['resolved_on_time', c(ON_TIME)],
    ['resolved_late', c(LATE)],
    ['pending_total', s.pending],
    ['pending_in_time', s.pending - s.overdue],
    ['pending_overdue', s.overdue],
    ['digitized_results', c(DIGITIZED)],
    ['payable_dossiers', c(PAYABLE)],
    ['paid_online', c(PAID)],
    ['e_circulated', c(E_CIRC)],
    ['dossiers_rejected', c(REJECTED)],
    ['dossiers_withdrawn', c(WITHDRAWN)],
    ['received_full_online', c(FULL_ONLINE)],
    ['dossiers_digitized', c(DOSSIER_DIGITIZED)],
    ['received_in_period_resolved_early', c(RIP_EARLY)],
    ['received_in_period_resolved_on_time', c(RIP_ON_TIME)],
  ];
}

/**
 * Walks one unit's months from `from` to `to`, keeping the running stocks as the prefix sums of the
 * difference cells, and calls `visit` with each month, its offset in `cells` (−1 outside the grid) and
 * the stocks at its end. The one walk behind both the observations (finalize.ts) and the rows counted
 * for one dossier (trace.ts); months before the grid hold nothing, so `from` may precede `base`.
 */
export function forEachMonth(cells: Float64Array, base: number, span: number, from: number, to: number, visit: (month: number, o: number, stocks: Stocks) => void): void {
  const stocks: Stocks = { carried: 0, pending: 0, overdue: 0 };
  const end = base + span;
  for (let m = from; m <= to; m++) {
    const o = m >= base && m < end ? (m - base) * NC : -1;
    stocks.carried = stocks.pending;
    if (o >= 0) {
      stocks.pending += cells[o + PENDING_DIFF]!;
      stocks.overdue += cells[o + OVERDUE_DIFF]!;
    }
    visit(m, o, stocks);
  }
}

/** Measures counting the dossiers of the month only (their rows are the month's rows). */
export const FLOW_MEASURES = new Set([
  'received_online',
  'received_offline',
  'resolved_total',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'digitized_results',
  'payable_dossiers',
  'paid_online',
  'e_circulated',
  'dossiers_rejected',
  'dossiers_withdrawn',
  'received_full_online',
  'dossiers_digitized',
  'received_in_period_resolved_early',
  'received_in_period_resolved_on_time',
]);

/**
 * THE definition of the dossier-list measures (DESIGN "Periods"), used by every reading path (CSV byte
 * scanner, its worker threads, XLSX). They follow biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), so a
 * list and a monthly form mean the same thing by every measure name. Per unit × month M:
 * - received_online / received_offline: receipt date in M, by "Hình thức nộp" (Trực tuyến vs Trực tiếp /
 *   Bưu chính / dịch vụ bưu chính công ích; other values count in neither and are warned about).
 * - received_carried_over: received before M and not returned before M (= pending_total of M−1). In the
 *   list's first month it is 0 by construction (no earlier row exists); warnings.ts says it may be short.
 * - received_total: received in M (whatever the channel) + received_carried_over, as on the form.
 * - resolved_total: return date in M; resolved_early: returned on a day before the due date,
 *   resolved_on_time: on the due date, resolved_late: after it (days compared, times ignored; a dossier
 *   without a due date counts as on time and is reported in a warning).
 * - pending_total: received by the end of M and not returned by the end of M; pending_overdue when the
 *   due date is before the last day of M (a dossier due on that last day is still in time at its end);
 *   pending_in_time the rest.
 * - digitized_results: resolved in M with "Số hóa" = Có.
 * - payable_dossiers / paid_online / e_circulated: by receipt month (payment and circulation happen
 *   on submission): payable when "Phí, lệ phí" is not blank/0/Không thu (or, without that column, when
 *   "Thanh toán trực tuyến" is not blank/Không thu); paid_online when payable and paid online = Có;
 *   e_circulated when "Luân chuyển điện tử" = Có.
 * Hence the form's identities hold for every month of a list: received_total = online + offline +
 * carried_over (when every channel is known), received_total = resolved_total + pending_total (when no
 * dossier is returned before its receipt), resolved = early + on_time + late, pending = in_time + overdue,
 * carried_over(M) = pending_total(M−1).
 * The months covered run from the earliest receipt month to the latest receipt or return month (or to
 * the as-of month). Stock measures use difference arrays over months, so memory is units × months,
 * never rows; `monthFigures` turns one month's cells and the running stocks into the measures.
 */
import { MONTH_OF_DAY, monthEnd } from './dates.js';
import { CHANNEL_OFFLINE, CHANNEL_ONLINE } from './values.js';

/** Cell layout of one unit × month; RECEIVED counts receipts in the month only (no carry-over). */
export const RECEIVED = 0;
export const ONLINE = 1;
export const OFFLINE = 2;
export const RESOLVED = 3;
export const EARLY = 4;
export const ON_TIME = 5;
export const LATE = 6;
export const PENDING_DIFF = 7;
export const OVERDUE_DIFF = 8;
export const DIGITIZED = 9;
export const PAYABLE = 10;
export const PAID = 11;
export const E_CIRC = 12;
export const MIN_LINE = 13;
export const MAX_LINE = 14;
export const NC = 15;

/** Serializable state of a tally (crosses worker boundaries as structured clone). */
export interface TallyState {
  names: string[];
  levelLabels: string[];
  base: number;
  span: number;
  cells: Float64Array[];
  firstMonth: number;
  lastMonth: number;
  noDueDate: number;
  returnBeforeReceipt: number;
}

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
export const FLOW_MEASURES = new Set(['received_online', 'received_offline', 'resolved_total', 'resolved_early', 'resolved_on_time', 'resolved_late', 'digitized_results', 'payable_dossiers', 'paid_online', 'e_circulated']);

export class Tally {
  names: string[] = [];
  levelLabels: string[] = [];
  base = -1;
  span = 0;
  cells: Float64Array[] = [];
  firstMonth = Number.MAX_SAFE_INTEGER;
  lastMonth = -1;
  noDueDate = 0;
  returnBeforeReceipt = 0;
  /** True for a tally that keeps dossier ids (trace.ts): the row handler then sets `code` before `add`. */
  readonly keepsCodes: boolean = false;
  /** The id ("Mã hồ sơ") of the dossier being added, when `keepsCodes`. */
  code = '';
  private byName = new Map<string, number>();

  unitId(name: string, levelLabel = ''): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.byName.set(name, id);
      this.names.push(name);
      this.levelLabels.push(levelLabel);
      this.cells.push(new Float64Array(this.span * NC));
    } else if (levelLabel !== '' && this.levelLabels[id] === '') this.levelLabels[id] = levelLabel;
    return id;
  }

  /** Make months [lo, hi] addressable; the grid grows by doubling, copies are rare. */
  private ensure(lo: number, hi: number): void {
    if (this.base < 0) {
      this.base = lo - 1;
      this.span = Math.max(16, hi - lo + 3);
      this.cells = this.cells.map(() => new Float64Array(this.span * NC));
      return;
    }
    if (lo >= this.base && hi < this.base + this.span) return;
    const newBase = Math.min(this.base, lo - 1);
    const newEnd = Math.max(this.base + this.span, hi + 1);
    const newSpan = Math.max(newEnd - newBase, this.span * 2);
    const shift = (this.base - newBase) * NC;
    this.cells = this.cells.map((old) => {
      const grown = new Float64Array(newSpan * NC);
      grown.set(old, shift);
      return grown;
    });
    this.base = newBase;
    this.span = newSpan;
  }

  /** One dossier. Days are day numbers (dates.ts), `ret`/`due` −1 when blank; flags are 0/1. */
  add(unit: number, recv: number, due: number, ret: number, channel: number, digitized: number, payable: number, paid: number, eCirc: number, line: number): void {
    const rm = MONTH_OF_DAY[recv]!;
    const tm = ret >= 0 ? MONTH_OF_DAY[ret]! : -1;
    let om = -1;
    if (due >= 0) {
      const dm = MONTH_OF_DAY[due]!;
      om = due === monthEnd(dm) ? dm + 1 : dm;
      if (om < rm) om = rm;
    }
    const lo = tm >= 0 && tm < rm ? tm : rm;
    const hi = Math.max(rm, tm, om);
    if (lo <= this.base || hi >= this.base + this.span) this.ensure(lo, hi);
    const cells = this.cells[unit]!;
    const base = this.base;
    if (rm < this.firstMonth) this.firstMonth = rm;
    if (rm > this.lastMonth) this.lastMonth = rm;

    const o = (rm - base) * NC;
    cells[o + RECEIVED]!++;
    if (channel === CHANNEL_ONLINE) cells[o + ONLINE]!++;
    else if (channel === CHANNEL_OFFLINE) cells[o + OFFLINE]!++;
    if (payable) {
      cells[o + PAYABLE]!++;
      if (paid) cells[o + PAID]!++;
    }
    if (eCirc) cells[o + E_CIRC]!++;
    if (cells[o + MIN_LINE] === 0 || line < cells[o + MIN_LINE]!) cells[o + MIN_LINE] = line;
    if (line > cells[o + MAX_LINE]!) cells[o + MAX_LINE] = line;
    cells[o + PENDING_DIFF]!++;
    if (om >= 0) cells[(om - base) * NC + OVERDUE_DIFF]!++;

    if (tm >= 0) {
      if (tm > this.lastMonth) this.lastMonth = tm;
      if (ret < recv) this.returnBeforeReceipt++;
      const t = (tm - base) * NC;
      cells[t + RESOLVED]!++;
      if (due < 0) {
        cells[t + ON_TIME]!++;
        this.noDueDate++;
      } else if (ret < due) cells[t + EARLY]!++;
      else if (ret === due) cells[t + ON_TIME]!++;
      else cells[t + LATE]!++;
      if (digitized) cells[t + DIGITIZED]!++;
      if (cells[t + MIN_LINE] === 0 || line < cells[t + MIN_LINE]!) cells[t + MIN_LINE] = line;
      if (line > cells[t + MAX_LINE]!) cells[t + MAX_LINE] = line;
      // pending over [rm, tm−1], overdue over [om, tm−1]: close the open ranges at tm (no-ops when empty)
      const closesPending = tm > rm ? 1 : 0;
      cells[t + PENDING_DIFF]! -= closesPending;
      if (closesPending === 0) cells[o + PENDING_DIFF]!--;
      if (om >= 0) {
        if (tm > om) cells[t + OVERDUE_DIFF]!--;
        else cells[(om - base) * NC + OVERDUE_DIFF]!--;
      }
    } else if (due < 0) this.noDueDate++;
  }

  /** A reader that numbered rows from the start of its range says here which line precedes it (a no-op
   * here: the cells keep range-local lines until `merge`; a tally keeping lines itself, trace.ts, shifts them). */
  rangeFollowsLine(_line: number): void {}

  state(): TallyState {
    const { names, levelLabels, base, span, cells, firstMonth, lastMonth, noDueDate, returnBeforeReceipt } = this;
    return { names, levelLabels, base, span, cells, firstMonth, lastMonth, noDueDate, returnBeforeReceipt };
  }

  /** Add another tally's state; its lines are shifted by `lineOffset`. */
  merge(other: TallyState, lineOffset: number): void {
    if (other.base < 0) return;
    this.ensure(other.base, other.base + other.span - 1);
    other.names.forEach((name, u) => {
      const id = this.unitId(name, other.levelLabels[u]);
      const into = this.cells[id]!;
      const from = other.cells[u]!;
      const shift = (other.base - this.base) * NC;
      for (let i = 0; i < from.length; i += NC) {
        const j = i + shift;
        for (let c = 0; c < MIN_LINE; c++) into[j + c]! += from[i + c]!;
        const lo = from[i + MIN_LINE]!;
        if (lo > 0) {
          const shifted = lo + lineOffset;
          if (into[j + MIN_LINE] === 0 || shifted < into[j + MIN_LINE]!) into[j + MIN_LINE] = shifted;
          into[j + MAX_LINE] = Math.max(into[j + MAX_LINE]!, from[i + MAX_LINE]! + lineOffset);
        }
      }
    });
    this.firstMonth = Math.min(this.firstMonth, other.firstMonth);
    this.lastMonth = Math.max(this.lastMonth, other.lastMonth);
    this.noDueDate += other.noDueDate;
    this.returnBeforeReceipt += other.returnBeforeReceipt;
  }
}

/**
 * THE definition of the dossier-list measures (docs/DESIGN.md, Dossier lists), used by every reading path (CSV byte
 * scanner, its worker threads, XLSX). They follow biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), so a
 * list and a monthly form mean the same thing by every measure name. Per unit × month M:
 * - received_online / received_offline: receipt date in M, by "Hình thức nộp" (Trực tuyến vs Trực tiếp /
 *   Bưu chính / dịch vụ bưu chính công ích; other values count in neither and are warned about).
 * - received_carried_over: received before M and not returned before M (= pending_total of M−1). In the
 *   list's first month it is 0 by construction (no earlier row exists); list-warnings.ts says it may be short.
 * - received_total: received in M (whatever the channel) + received_carried_over, as on the form.
 * - resolved_total: return date in M; resolved_early: returned on a day before the due day,
 *   resolved_on_time: on the due day and at or before the due moment, resolved_late: after it. Moments
 *   are compared when both the due and the return date carry a time of day; otherwise days (a due date
 *   alone means the whole day). A dossier without a due date counts as on time and is warned about.
 * - dossiers_rejected / dossiers_withdrawn: status "Không được tiếp nhận" (3) / "Rút hồ sơ" (7), by
 *   receipt month: received (they count in received_total and its channel), never resolved nor pending.
 * - pending_total: received by the end of M and not returned by the end of M; pending_overdue when the
 *   due date is before the last day of M (a dossier due on that last day is still in time at its end);
 *   pending_in_time the rest. In the as-of month of a list whose title or export line gives an as-of
 *   moment inside that month, the stock is taken at that moment: overdue when due before it.
 * - digitized_results: resolved in M with "Số hóa" = Có.
 * - payable_dossiers / paid_online / e_circulated: by receipt month (payment and circulation happen
 *   on submission): payable when "Phí, lệ phí" is not blank/0/Không thu (or, without that column, when
 *   "Thanh toán trực tuyến" is not blank/Không thu); paid_online when payable and paid online = Có;
 *   e_circulated when "Luân chuyển điện tử" = Có.
 * Figures a target needs beyond the form (KH cải thiện PAR INDEX, Phụ lục III.4 and VII.3):
 * - received_full_online: received in M online (or by an unknown channel) for a service of level 4 /
 *   "toàn trình" ("Mức độ" column); dossiers_digitized: resolved in M with "Số hóa hồ sơ" = Có;
 * - received_in_period_resolved_early / _on_time: received in M and resolved early / on time, whenever
 *   the list shows the return (by receipt month, so a window's sum counts the dossiers it received).
 * Hence the form's identities hold for every month of a list: received_total = online + offline +
 * carried_over (when every channel is known), received_total = resolved_total + pending_total +
 * rejected + withdrawn (when no dossier is returned before its receipt), resolved = early + on_time + late, pending = in_time + overdue,
 * carried_over(M) = pending_total(M−1).
 * The months covered run from the earliest receipt month to the latest receipt or return month (or to
 * the as-of month). Stock measures use difference arrays over months, so memory is units × months,
 * never rows; `monthFigures` turns one month's cells and the running stocks into the measures.
 */
import { MONTH_OF_DAY, monthEnd } from './list-dates.js';
import { CHANNEL_OFFLINE, CHANNEL_ONLINE } from './list-values.js';

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
export const REJECTED = 13;
export const WITHDRAWN = 14;
export const FULL_ONLINE = 15;
export const DOSSIER_DIGITIZED = 16;
export const RIP_EARLY = 17;
export const RIP_ON_TIME = 18;
/** Cells before this one are counts (summed when tallies merge); the two after it are row lines. */
export const MIN_LINE = 19;
export const MAX_LINE = 20;
export const NC = 21;

/** What a status says about a dossier's outcome (list-values.ts classifies the words and codes). */
export const OUTCOME_BY_DATES = 0;
export const OUTCOME_REJECTED = 1;
export const OUTCOME_WITHDRAWN = 2;

/** A list's months may span at most this many: beyond it a date is refused as absurd (issue: one
 * 1900 date made every unit span 1,500 months). Also the furthest a due or return date may lie from
 * its receipt date, in days. */
export const MAX_SPAN_MONTHS = 120;
export const MAX_DAYS_FROM_RECEIPT = 3653;

/**
 * One dossier as the row handler hands it over (one object, reused for every row). Days are day
 * numbers (list-dates.ts), −1 when blank; seconds the time of day, −1 when the date had none; flags 0/1.
 */
export interface DossierRow {
  unit: number;
  recv: number;
  due: number;
  dueSeconds: number;
  ret: number;
  retSeconds: number;
  channel: number;
  digitized: number;
  payable: number;
  paid: number;
  eCirc: number;
  /** 1 when the service is of level 4 / toàn trình ("Mức độ"). */
  fullOnline: number;
  /** 1 when "Số hóa hồ sơ" says yes. */
  dossierDigitized: number;
  outcome: number;
  line: number;
}

export function emptyRow(): DossierRow {
  return {
    unit: 0,
    recv: -1,
    due: -1,
    dueSeconds: -1,
    ret: -1,
    retSeconds: -1,
    channel: 2,
    digitized: 0,
    payable: 0,
    paid: 0,
    eCirc: 0,
    fullOnline: 0,
    dossierDigitized: 0,
    outcome: OUTCOME_BY_DATES,
    line: 0,
  };
}

/** A list's months would span more than MAX_SPAN_MONTHS: thrown with the months and lines at both ends. */
export class SpanFailure {
  constructor(
    readonly line: number,
    readonly month: number,
    readonly otherLine: number,
    readonly otherMonth: number,
  ) {}
}

/** The as-of moment of a list (its export line or period end) when it falls inside a month. */
export interface AsOfMoment {
  month: number;
  /** Day number and seconds of the moment. */
  day: number;
  seconds: number;
}

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
  firstLine: number;
  lastLine: number;
}

export class Tally {
  names: string[] = [];
  levelLabels: string[] = [];
  /** The month before the grid's first; meaningful once `span` > 0 (span 0 = nothing added yet). */
  base = 0;
  span = 0;
  cells: Float64Array[] = [];
  firstMonth = Number.MAX_SAFE_INTEGER;
  lastMonth = -1;
  noDueDate = 0;
  returnBeforeReceipt = 0;
  /** Lines of the rows that set firstMonth / lastMonth (range-local), for the span error. */
  firstLine = 0;
  lastLine = 0;
  /** The as-of moment inside its month, when the list states one (ingest-list.ts sets it before reading). */
  asOf: AsOfMoment | undefined;
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
    if (this.span === 0) {
      this.base = lo - 1;
      this.span = Math.max(16, hi - lo + 3);
      this.cells = this.cells.map(() => new Float64Array(this.span * NC));
      return;
    }
    if (lo >= this.base && hi < this.base + this.span) return;
    const newBase = Math.min(this.base, lo - 1);
    const newEnd = Math.max(this.base + this.span, hi + 1);
    const newSpan = Math.max(newEnd - newBase, Math.min(this.span * 2, MAX_SPAN_MONTHS + 4));
    const shift = (this.base - newBase) * NC;
    this.cells = this.cells.map((old) => {
      const grown = new Float64Array(newSpan * NC);
      grown.set(old, shift);
      return grown;
    });
    this.base = newBase;
    this.span = newSpan;
  }

  /** A receipt or return month joining the list's months: refused when they would span past the bound. */
  private checkSpan(month: number, line: number): void {
    if (this.lastMonth < 0) return;
    if (month - this.firstMonth > MAX_SPAN_MONTHS) throw new SpanFailure(line, month, this.firstLine, this.firstMonth);
    if (this.lastMonth - month > MAX_SPAN_MONTHS) throw new SpanFailure(line, month, this.lastLine, this.lastMonth);
  }

  /** One dossier. */
  add(r: DossierRow): void {
    const recv = r.recv;
    const due = r.due;
    const ret = r.ret;
    const line = r.line;
    const rm = MONTH_OF_DAY[recv]!;
    const tm = ret >= 0 ? MONTH_OF_DAY[ret]! : -1;
    const counted = r.outcome === OUTCOME_BY_DATES;
    let om = -1;
    if (due >= 0 && counted) {
      const dm = MONTH_OF_DAY[due]!;
      const asOf = this.asOf;
      // at the as-of moment of a list (inside its month) a dossier is overdue when due before it (a due
      // date alone means the whole day); at other months' ends when due before their last day
      if (asOf !== undefined && dm === asOf.month) om = due < asOf.day || (due === asOf.day && r.dueSeconds >= 0 && r.dueSeconds < asOf.seconds) ? dm : dm + 1;
      else om = due === monthEnd(dm) ? dm + 1 : dm;
      if (om < rm) om = rm;
    }
    const lo = tm >= 0 && tm < rm ? tm : rm;
    const hi = Math.max(rm, tm, om);
    if (rm < this.firstMonth || rm > this.lastMonth || tm > this.lastMonth) {
      this.checkSpan(rm, line);
      if (tm >= 0) this.checkSpan(tm, line);
      if (rm < this.firstMonth) {
        this.firstMonth = rm;
        this.firstLine = line;
      }
      const top = Math.max(rm, tm);
      if (top > this.lastMonth) {
        this.lastMonth = top;
        this.lastLine = line;
      }
    }
    if (this.span === 0 || lo <= this.base || hi >= this.base + this.span) this.ensure(lo, hi);
    const cells = this.cells[r.unit]!;
    const base = this.base;

    const o = (rm - base) * NC;
    cells[o + RECEIVED]!++;
    const channel = r.channel;
    if (channel === CHANNEL_ONLINE) cells[o + ONLINE]!++;
    else if (channel === CHANNEL_OFFLINE) cells[o + OFFLINE]!++;
    if (r.payable) {
      cells[o + PAYABLE]!++;
      if (r.paid) cells[o + PAID]!++;
    }
    if (r.eCirc) cells[o + E_CIRC]!++;
    if (r.fullOnline && channel !== CHANNEL_OFFLINE) cells[o + FULL_ONLINE]!++;
    if (cells[o + MIN_LINE] === 0 || line < cells[o + MIN_LINE]!) cells[o + MIN_LINE] = line;
    if (line > cells[o + MAX_LINE]!) cells[o + MAX_LINE] = line;
    if (!counted) {
      // received, then out of the stock at once: neither resolved nor pending
      cells[o + (r.outcome === OUTCOME_REJECTED ? REJECTED : WITHDRAWN)]!++;
      return;
    }
    cells[o + PENDING_DIFF]!++;
    if (om >= 0) cells[(om - base) * NC + OVERDUE_DIFF]!++;

    if (tm >= 0) {
      if (ret < recv) this.returnBeforeReceipt++;
      const t = (tm - base) * NC;
      cells[t + RESOLVED]!++;
      let timing: number;
      if (due < 0) {
        timing = ON_TIME;
        this.noDueDate++;
      } else if (ret < due) timing = EARLY;
      else if (ret > due) timing = LATE;
      // the due day: late only when both carry a time and the return's is after the due one
      else timing = r.retSeconds > r.dueSeconds && r.dueSeconds >= 0 ? LATE : ON_TIME;
      cells[t + timing]!++;
      if (timing !== LATE) cells[o + (timing === EARLY ? RIP_EARLY : RIP_ON_TIME)]!++;
      if (r.digitized) cells[t + DIGITIZED]!++;
      if (r.dossierDigitized) cells[t + DOSSIER_DIGITIZED]!++;
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
    const { names, levelLabels, base, span, cells, firstMonth, lastMonth, noDueDate, returnBeforeReceipt, firstLine, lastLine } = this;
    return { names, levelLabels, base, span, cells, firstMonth, lastMonth, noDueDate, returnBeforeReceipt, firstLine, lastLine };
  }

  /** Add another tally's state; its lines are shifted by `lineOffset`. Throws SpanFailure (absolute
   * lines) when the two together span more than MAX_SPAN_MONTHS. */
  merge(other: TallyState, lineOffset: number): void {
    if (other.span === 0) return;
    if (this.lastMonth >= 0) {
      if (other.lastMonth - this.firstMonth > MAX_SPAN_MONTHS) throw new SpanFailure(other.lastLine + lineOffset, other.lastMonth, this.firstLine, this.firstMonth);
      if (this.lastMonth - other.firstMonth > MAX_SPAN_MONTHS) throw new SpanFailure(other.firstLine + lineOffset, other.firstMonth, this.lastLine, this.lastMonth);
    }
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
    if (other.firstMonth < this.firstMonth) {
      this.firstMonth = other.firstMonth;
      this.firstLine = other.firstLine + lineOffset;
    }
    if (other.lastMonth > this.lastMonth) {
      this.lastMonth = other.lastMonth;
      this.lastLine = other.lastLine + lineOffset;
    }
    this.noDueDate += other.noDueDate;
    this.returnBeforeReceipt += other.returnBeforeReceipt;
  }
}

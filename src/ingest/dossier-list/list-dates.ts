/**
 * Dates of a dossier list as day numbers (days since 1900-01-01), parsed straight from bytes on the hot
 * path. Accepted: dd/mm/yyyy, d/m/yyyy (also with `-` or `.`), ISO yyyy-mm-dd, each optionally followed
 * by a time (`dd/mm/yyyy hh:mm[:ss]`, `yyyy-mm-ddThh:mm`); Excel serials come from XLSX cells only.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Returned for an empty field. */
export const BLANK = -1;
/** Returned for a field that is not a date. */
export const INVALID = -2;
/** Day 0, 01/01/1900: the "no date" placeholder many systems write in an empty date column. */
export const PLACEHOLDER = 0;

export const DATE_FORMATS = 'dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd (có thể kèm giờ hh:mm)';

const MONTHS = (MAX_YEAR - MIN_YEAR + 1) * 12;
/** First day number of each month index ((year-1900)*12 + month-1), plus one past the end. */
const MONTH_START = new Int32Array(MONTHS + 1);
{
  let day = 0;
  for (let m = 0; m < MONTHS; m++) {
    MONTH_START[m] = day;
    day += daysInMonth(MIN_YEAR + Math.floor(m / 12), (m % 12) + 1);
  }
  MONTH_START[MONTHS] = day;
}
export const DAYS = MONTH_START[MONTHS]!;
/** Month index of each day number. */
export const MONTH_OF_DAY = new Uint16Array(DAYS);
for (let m = 0; m < MONTHS; m++) MONTH_OF_DAY.fill(m, MONTH_START[m]!, MONTH_START[m + 1]!);

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function dayNumber(y: number, m: number, d: number): number {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return INVALID;
  return MONTH_START[(y - MIN_YEAR) * 12 + m - 1]! + d - 1;
}

/** The last day number of a month index. */
export function monthEnd(month: number): number {
  return MONTH_START[month + 1]! - 1;
}

/** `2025-10` for a month index. */
export function monthLabel(month: number): string {
  const y = MIN_YEAR + Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

/** Month index of `2025-10`, `2025-Q4` (its last month) or `2025` (December); null otherwise. */
export function monthOfPeriod(period: string): number | null {
  let match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) return (Number(match[1]) - MIN_YEAR) * 12 + Number(match[2]) - 1;
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) return (Number(match[1]) - MIN_YEAR) * 12 + Number(match[2]) * 3 - 1;
  match = /^(\d{4})$/.exec(period);
  if (match) return (Number(match[1]) - MIN_YEAR) * 12 + 11;
  return null;
}

/** ISO `yyyy-mm-dd` of a day number (for messages and tests). */
export function isoDay(day: number): string {
  const month = MONTH_OF_DAY[day]!;
  const d = day - MONTH_START[month]! + 1;
  return `${monthLabel(month)}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The time of day of the last date parsed, in seconds (0–86399), or −1 when it had none. Kept beside the
 * day number rather than packed into it, so the hot path stays on small integers. A time of exactly
 * 00:00[:00] counts as none: systems that store a date in a datetime column write midnight, and reading it
 * as a moment would make every dossier done on its due day late.
 */
export let lastSeconds = -1;

/** Parse bytes [start, end) of a field (quotes and surrounding spaces allowed). */
export function parseDateBytes(buf: Uint8Array, start: number, end: number): number {
  lastSeconds = -1;
  while (start < end && (buf[start] === 32 || buf[start] === 34 || buf[start] === 9)) start++;
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 34 || buf[end - 1] === 13 || buf[end - 1] === 9)) end--;
  if (start === end) return BLANK;
  let i = start;
  let a = 0;
  let n = 0;
  let c = buf[i]!;
  while (c >= 48 && c <= 57 && i < end) {
    a = a * 10 + c - 48;
    n++;
    c = buf[++i]!;
  }
  if (n === 0 || i >= end || (c !== 47 && c !== 45 && c !== 46)) return INVALID;
  const sep = c;
  i++;
  let b = 0;
  let nb = 0;
  c = buf[i]!;
  while (c >= 48 && c <= 57 && i < end) {
    b = b * 10 + c - 48;
    nb++;
    c = buf[++i]!;
  }
  if (nb === 0 || nb > 2 || i >= end || c !== sep) return INVALID;
  i++;
  let e = 0;
  let ne = 0;
  c = buf[i]!;
  while (c >= 48 && c <= 57 && i < end) {
    e = e * 10 + c - 48;
    ne++;
    c = buf[++i]!;
  }
  if (i < end && c !== 32 && c !== 84) return INVALID;
  let day: number;
  if (n === 4 && ne >= 1 && ne <= 2) day = dayNumber(a, b, e);
  else if (n <= 2 && ne === 4) day = dayNumber(e, b, a);
  else return INVALID;
  if (i < end) {
    const seconds = parseTime(buf, i + 1, end);
    if (seconds === INVALID) return INVALID;
    if (seconds > 0) lastSeconds = seconds;
  }
  return day;
}

function digits2(buf: Uint8Array, i: number, end: number): number {
  if (i + 1 >= end) return -1;
  const x = buf[i]! - 48;
  const y = buf[i + 1]! - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/**
 * `hh:mm`, `hh:mm:ss`, fractional seconds (rounded to the second), then optionally AM/PM or a zone
 * (`Z`, `+07:00`), which is ignored: the wall time written is the local time meant. Seconds since
 * midnight, 0 for no time, INVALID for anything else.
 */
function parseTime(buf: Uint8Array, i: number, end: number): number {
  while (i < end && buf[i] === 32) i++;
  if (i >= end) return 0;
  let h = buf[i]! - 48;
  if (h < 0 || h > 9) return INVALID;
  i++;
  if (i < end && buf[i]! >= 48 && buf[i]! <= 57) h = h * 10 + buf[i++]! - 48;
  if (i >= end || buf[i] !== 58) return INVALID;
  const m = digits2(buf, i + 1, end);
  if (m < 0 || m > 59) return INVALID;
  i += 3;
  let s = 0;
  if (i < end && buf[i] === 58) {
    s = digits2(buf, i + 1, end);
    if (s < 0 || s > 59) return INVALID;
    i += 3;
    if (i < end && (buf[i] === 46 || buf[i] === 44)) {
      i++;
      if (i < end && buf[i]! >= 53 && buf[i]! <= 57) s++;
      while (i < end && buf[i]! >= 48 && buf[i]! <= 57) i++;
    }
  }
  while (i < end && buf[i] === 32) i++;
  if (i < end) {
    const u = buf[i]! | 32;
    if ((u === 97 || u === 112) && i + 1 < end && (buf[i + 1]! | 32) === 109) {
      if (h < 1 || h > 12) return INVALID;
      if (u === 97 && h === 12) h = 0;
      else if (u === 112 && h !== 12) h += 12;
      i += 2;
    } else if (u === 122) i++;
    else if (buf[i] === 43 || buf[i] === 45) {
      i++;
      while (i < end && ((buf[i]! >= 48 && buf[i]! <= 57) || buf[i] === 58)) i++;
    } else return INVALID;
    while (i < end && buf[i] === 32) i++;
    if (i < end) return INVALID;
  }
  if (h > 23) return INVALID;
  // 23:59:59.6 rounds to the next second, which stays on the same day: cap at the day's last second
  return Math.min(h * 3600 + m * 60 + s, 86399);
}

const encoder = new TextEncoder();

/** The same rules on a string (XLSX text cells, reference implementation). */
export function parseDateText(value: string): number {
  const bytes = encoder.encode(value);
  return parseDateBytes(bytes, 0, bytes.length);
}

/**
 * An Excel serial (1900 date system; serials ≥ 61 skip the phantom 29/02/1900). The fraction is the
 * time of day in local wall time (no zone), rounded to the second, left in `lastSeconds`. Serials 0
 * and 1 (00/01/1900, 01/01/1900) are the "no date" placeholders of many systems: PLACEHOLDER.
 */
export function dayFromSerial(serial: number): number {
  lastSeconds = -1;
  if (!Number.isFinite(serial)) return INVALID;
  if (serial >= 0 && serial < 2) return PLACEHOLDER;
  if (serial < 61) return INVALID;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86400);
  if (seconds >= 86400) {
    whole++;
    seconds = 0;
  }
  const day = whole - 2;
  if (day < 0 || day >= DAYS) return INVALID;
  if (seconds > 0) lastSeconds = seconds;
  return day;
}

/** A JS Date as exceljs gives it (the cell's wall time expressed in UTC). */
export function dayFromDate(date: Date): number {
  if (Number.isNaN(date.getTime())) return INVALID;
  return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Period algebra. A period is a window of whole months: `2025-10` (one month), `2025-Q4` (three),
 * `2025` (twelve), or a year-to-date window `2025-01..2025-10` that the check measures on.
 * Months are counted as `year × 12 + (month − 1)` so windows compare as integers.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Window {
  /** First month (inclusive), as year × 12 + month − 1. */
  from: number;
  /** Last month (inclusive). */
  to: number;
}

export interface ParsedPeriod extends Window {
  kind: PeriodKind;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})$/;

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
export const yearOf = (index: number): number => Math.floor(index / 12);
export const monthOf = (index: number): number => (index % 12) + 1;

export function formatMonth(index: number): string {
  return `${String(yearOf(index)).padStart(4, '0')}-${String(monthOf(index)).padStart(2, '0')}`;
}

function parseSimple(value: string): ParsedPeriod | null {
  const p = value.trim();
  let m = MONTH.exec(p);
  if (m) {
    const i = monthIndex(Number(m[1]), Number(m[2]));
    return { kind: 'month', from: i, to: i };
  }
  m = QUARTER.exec(p);
  if (m) {
    const from = monthIndex(Number(m[1]), (Number(m[2]) - 1) * 3 + 1);
    return { kind: 'quarter', from, to: from + 2 };
  }
  m = YEAR.exec(p);
  if (m) {
    const from = monthIndex(Number(m[1]), 1);
    return { kind: 'year', from, to: from + 11 };
  }
  return null;
}

/** Parses a period or a `A..B` range; null when it is not one. */
export function tryParsePeriod(value: string): ParsedPeriod | null {
  const parts = value.split('..');
  if (parts.length === 1) return parseSimple(value);
  if (parts.length !== 2) return null;
  const a = parseSimple(parts[0]!);
  const b = parseSimple(parts[1]!);
  if (!a || !b || b.to < a.from) return null;
  return { kind: 'range', from: a.from, to: b.to };
}

/** Years a period given on the command line may name: no export or plan lies outside them. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

export function parsePeriod(value: string, what = '--period'): ParsedPeriod {
  const parsed = tryParsePeriod(value);
  if (!parsed || yearOf(parsed.from) < FIRST_YEAR || yearOf(parsed.to) > LAST_YEAR) {
    throw new ParcheckError('USAGE', text(`Kỳ không hợp lệ cho ${what}: "${value}"`, `Invalid period for ${what}: "${value}"`), {
      expected: text(`tháng 2025-10, quý 2025-Q4 hoặc năm 2025 (năm từ ${FIRST_YEAR} đến ${LAST_YEAR})`, `a month 2025-10, a quarter 2025-Q4 or a year 2025 (years ${FIRST_YEAR} to ${LAST_YEAR})`),
      found: value,
    });
  }
  return parsed;
}

/** The shortest label of a window: `2025`, `2025-Q4`, `2025-10`, else `2025-01..2025-10`. */
export function windowLabel(w: Window): string {
  if (w.from === w.to) return formatMonth(w.from);
  const m = monthOf(w.from);
  const y = String(yearOf(w.from)).padStart(4, '0');
  if (m === 1 && w.to === w.from + 11) return y;
  if ((m - 1) % 3 === 0 && w.to === w.from + 2) return `${y}-Q${(m - 1) / 3 + 1}`;
  return `${formatMonth(w.from)}..${formatMonth(w.to)}`;
}

/** Year to date: January of the window's last year up to its last month. */
export function yearToDate(lastMonth: number): Window {
  return { from: monthIndex(yearOf(lastMonth), 1), to: lastMonth };
}

/** The same months, `years` earlier (for growth and reductions against a baseline year). */
export function shiftYears(w: Window, years: number): Window {
  return { from: w.from + years * 12, to: w.to + years * 12 };
}

export const inside = (inner: Window, outer: Window): boolean => inner.from >= outer.from && inner.to <= outer.to;

/** Last month of a deadline date `2025-06-30` (a date inside a month counts that whole month). */
export function deadlineMonth(deadlineDate: string, deadlineYear: number): number {
  const m = /^(\d{4})-(\d{2})/.exec(deadlineDate);
  return m ? monthIndex(Number(m[1]), Number(m[2])) : monthIndex(deadlineYear, 12);
}

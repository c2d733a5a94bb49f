/**
 * What the lines around a dossier list say about it: the title's period ("từ ngày … đến ngày …"), the
 * export line ("Ngày kết xuất: 02/01/2025 08:10"), which together give the as-of moment of "pending at
 * the period's end", and the trailing count line ("Tổng số: 12.345 hồ sơ"), checked against the rows.
 */
import { foldText } from '../text.js';
import { lastSeconds, MONTH_OF_DAY, parseDateText } from './list-dates.js';
import type { AsOfMoment } from './tally.js';

export interface ListAsOf extends AsOfMoment {
  /** The last day a receipt or return may plausibly fall on (the export day); MAX when unknown. */
  limitDay: number;
  /** The words it was read from, for messages and inspect. */
  text: string;
  /** How it was stated: the period's end, the export moment, or both. */
  from: 'period' | 'export' | 'both';
}

const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)`;
const PERIOD_END = new RegExp(String.raw`\bden (?:het )?ngay:?\s*${DATE}`);
const EXPORT = new RegExp(String.raw`\b(?:ngay|thoi gian|thoi diem|ngay gio) (?:ket xuat|xuat(?: bao cao| du lieu| file)?|trich xuat|in)\s*:?\s*${DATE}`);

function moment(text: string): { day: number; seconds: number } | null {
  const day = parseDateText(text);
  return day >= 0 ? { day, seconds: lastSeconds } : null;
}

/** The as-of of a list from the (cell) texts above its header; undefined when none says it. */
export function listAsOf(texts: string[]): ListAsOf | undefined {
  let end: { day: number; seconds: number; text: string } | undefined;
  let exp: { day: number; seconds: number; text: string } | undefined;
  for (const raw of texts) {
    const t = foldText(raw.normalize('NFC'));
    const e = EXPORT.exec(t);
    if (e && !exp) {
      const m = moment(e[1]!);
      if (m) exp = { ...m, text: raw.trim() };
    }
    const p = PERIOD_END.exec(t);
    if (p && !end) {
      const m = moment(p[1]!);
      if (m) end = { ...m, text: raw.trim() };
    }
  }
  if (!end && !exp) return undefined;
  const at = end ?? exp!;
  const day = at.day;
  // a period end without a time of day means the end of that day; an export moment is what it says
  const seconds = end ? (end.seconds >= 0 ? end.seconds : 86399) : exp!.seconds >= 0 ? exp!.seconds : 86399;
  const text = [end?.text, exp && exp.text !== end?.text ? exp.text : undefined].filter(Boolean).join(' / ');
  return { month: MONTH_OF_DAY[day]!, day, seconds, limitDay: exp ? exp.day : Number.MAX_SAFE_INTEGER, text, from: end && exp ? 'both' : end ? 'period' : 'export' };
}

const COUNT_LINE = /^(?:tong so|tong cong|tong|cong)(?: so)?(?: ho so)?\s*[:\-=]?\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:\s*ho so)?\s*\.?$/;

/** "Tổng số: 12.345 hồ sơ", "Tổng cộng: 120" → the number; null for any other text. */
export function countLineValue(text: string): number | null {
  const m = COUNT_LINE.exec(foldText(text));
  return m ? Number(m[1]!.replace(/[.,\s]/g, '')) : null;
}

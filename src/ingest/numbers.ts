/**
 * Vietnamese numbers as agencies type them: `.` groups thousands and `,` marks decimals (`1.234,5`),
 * but English-locale exports do the opposite, and rates come as `95,3%`, `95.3` or the fraction `0,953`.
 * Pure; the caller decides what an unparseable value (null) means.
 */
export interface NumberOptions {
  /**
   * A rate column: a lone separator is always decimal; a plain fraction 0 < x ≤ 1 is scaled ×100.
   * Anything else is a count (or a rank, a score), where a `%` sign is unreadable, not ignored: `50%`
   * in "Số hồ sơ" is a rate typed in the wrong column, and reading it as 50 dossiers is a wrong figure.
   */
  percent?: boolean;
  /** What blank and dash cells are: zero (the form's convention, default) or null (missing). */
  blank?: 'zero' | 'null';
  /** For percent columns: `auto` (fractions ≤ 1 scaled), `fraction` (always ×100), `percent` (never). */
  scale?: 'auto' | 'fraction' | 'percent';
}

const DASHES = /^[-–—_.]+$/;

/**
 * Beyond 2^53 a double no longer holds every whole number (x + 1 === x), so sums and `needed` go wrong
 * or never end; no count, rank, score or rate comes near it. Such a value is unreadable.
 */
export const LARGEST_NUMBER = Number.MAX_SAFE_INTEGER;

const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= LARGEST_NUMBER;

/** True when a raw cell is blank or a dash, which the form uses for zero. */
export function isBlankNumber(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  const s = raw.replace(/[\s\u00a0]+/g, '');
  return s === '' || DASHES.test(s);
}

export function parseVietnameseNumber(raw: string | number | null | undefined, options: NumberOptions = {}): number | null {
  if (isBlankNumber(raw)) return options.blank === 'null' ? null : 0;
  if (typeof raw === 'number') return inRange(raw) ? scale(raw, false, options) : null;
  let s = String(raw).replace(/[\s\u00a0\u202f']+/g, '');
  let hasPercent = false;
  if (s.endsWith('%')) {
    if (!options.percent) return null;
    hasPercent = true;
    s = s.slice(0, -1);
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const value = parseDigits(s, Boolean(options.percent || hasPercent));
  if (value === null || !inRange(value)) return null;
  return scale(negative ? -value : value, hasPercent, options);
}

function parseDigits(s: string, percent: boolean): number | null {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots === 0 && commas === 0) return Number(s);
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [int, frac, extra] = s.split(decimal);
    if (extra !== undefined || frac === undefined || frac.includes(group) || !validGroups(int!, group)) return null;
    return Number(`${int!.split(group).join('')}.${frac}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) return validGroups(s, sep) ? Number(parts.join('')) : null;
  const [int, frac] = parts as [string, string];
  if (int === '' || frac === '') return null;
  // One separator: in a rate it is decimal; in a count, three digits after it mean thousands (`1.234`).
  if (!percent && frac.length === 3 && int.length <= 3 && !/^0+$/.test(int)) return Number(int + frac);
  return Number(`${int}.${frac}`);
}

function validGroups(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts[0] === '' || parts[0]!.length > 3) return false;
  return parts.slice(1).every((p) => p.length === 3);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function scale(value: number, hadPercentSign: boolean, options: NumberOptions): number {
  if (!options.percent || hadPercentSign) return value;
  const mode = options.scale ?? 'auto';
  if (mode === 'fraction' || (mode === 'auto' && value > 0 && value <= 1)) return round(value * 100);
  return value;
}

/** Rounds away binary noise from ×100 (0.953 × 100 = 95.30000000000001). */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

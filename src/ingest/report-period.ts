/**
 * The period a report covers: from its title ("THÁNG 10/2025", "QUÝ IV/2025", "NĂM 2025"), from its
 * file name (`bao-cao-2025-10.xlsx`, `T10_2025.csv`), or forced with `--period`.
 */
import { ParcheckError } from '../core/errors.js';
import type { Period } from '../core/types.js';
import { foldText } from './text.js';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** `2025-10`, `2025-Q4` or `2025`, validated; anything else is a usage error naming the flag. */
export function normalizePeriod(raw: string, where = '--period'): Period {
  const s = raw.trim().toUpperCase();
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return `${m[1]}-Q${m[2]}`;
  if (/^\d{4}$/.test(s)) return s;
  throw new ParcheckError(
    'INPUT_PERIOD',
    { vi: `Kỳ báo cáo không hợp lệ: "${raw}"`, en: `Invalid period: "${raw}"` },
    {
      location: { path: where },
      expected: { vi: 'tháng 2025-10, quý 2025-Q4 hoặc năm 2025', en: 'a month 2025-10, a quarter 2025-Q4 or a year 2025' },
      found: raw,
    },
  );
}

/**
 * The period named in a report's title, or null.
 * A signing-date line ("Quảng Nam, ngày 05 tháng 12 năm 2025") names the day a report was signed, never its
 * period: it gives null. A range "(Từ ngày 01/7/2024 đến ngày 30/9/2024)" gives the month, quarter or
 * year it covers exactly.
 */
export function periodFromTitle(title: string): Period | null {
  const f = foldText(title);
  if (isSigningDate(f)) return null;
  const range = periodFromRange(f);
  if (range !== undefined) return range;
  let m = /\bthang\s+(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})\b/.exec(f);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && !/\b\d+\s+thang\s+(dau|cuoi)/.test(f)) {
    return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  }
  m = /\bquy\s+([ivx]+|[1-4])\s*(?:\/|-|nam)\s*(\d{4})\b/.exec(f);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    if (q >= 1 && q <= 4) return `${m[2]}-Q${q}`;
  }
  m = /^(?:.*\s)?nam\s+(\d{4})\b/.exec(f);
  if (m && !/\b\d+\s+thang\b/.test(f)) return m[1]!;
  return null;
}

/** "…, ngày 05 tháng 12 năm 2025" (folded): a place-and-date line. */
export function isSigningDate(folded: string): boolean {
  return /\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b/.test(folded) && !/\b(tu|den) ngay\b/.test(folded);
}

/** "từ ngày 01/7/2024 đến ngày 30/9/2024" → `2024-Q3`; undefined without a range, null for a range that is no period. */
function periodFromRange(f: string): Period | null | undefined {
  const m = /\btu ngay\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:-|den ngay|den)\s*(?:ngay\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(f);
  if (!m) return undefined;
  const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d1 !== 1 || y1 !== y2 || d2 !== lastDay || m1 < 1 || m2 > 12 || m1 > m2) return null;
  if (m1 === m2) return `${y1}-${String(m1).padStart(2, '0')}`;
  if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return `${y1}-Q${(m1 - 1) / 3 + 1}`;
  if (m1 === 1 && m2 === 12) return String(y1);
  return null;
}

/** The period in a file name: `2025-10`, `2025_10`, `T10-2025`, `thang-10-2025`, `2025-Q4`. */
export function periodFromFileName(path: string): Period | null {
  const base = foldText(path.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]+$/, '');
  let m = /(?:^|[^0-9])(20\d{2})[-_ .]?q([1-4])(?![0-9])/.exec(base);
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /(?:^|[^0-9])(20\d{2})[-_.](\d{1,2})(?![0-9])/.exec(base);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /(?:^|[^a-z0-9])(?:t|thang)[-_ ]?(\d{1,2})[-_ .](20\d{2})(?![0-9])/.exec(base);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return null;
}

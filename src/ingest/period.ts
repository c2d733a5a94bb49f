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
  throw new ParcheckError('INPUT_PERIOD', { vi: `Kỳ báo cáo không hợp lệ: "${raw}"`, en: `Invalid period: "${raw}"` }, {
    location: { path: where },
    expected: { vi: 'tháng 2025-10, quý 2025-Q4 hoặc năm 2025', en: 'a month 2025-10, a quarter 2025-Q4 or a year 2025' },
    found: raw,
  });
}

/** The period named in a report's title, or null. */
export function periodFromTitle(title: string): Period | null {
  const f = foldText(title);
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

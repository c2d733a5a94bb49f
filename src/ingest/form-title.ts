/** Province and period from the title rows above a report's header. */
import { cellText, type GridRow } from '../files/grid.js';
import type { Period } from '../core/types.js';
import { periodFromTitle } from './report-period.js';
import { foldText, slugify } from './text.js';

export interface TitleFacts {
  province?: string;
  /** The province as written, in title case: "Tỉnh Quảng Nam". */
  provinceName?: string;
  period?: Period;
  /** The row number where the period was read, for messages. */
  periodRow?: number;
}

// "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "UBND TỈNH QUẢNG BÌNH", or "TỈNH QUẢNG NAM" on a line of its own.
const PROVINCE = /^(?:uy ban nhan dan |ubnd )?(tinh|thanh pho) ([a-z][a-z ]{2,30}?)\s*$/;

export function readTitle(rows: GridRow[]): TitleFacts {
  const facts: TitleFacts = {};
  for (const row of rows) {
    for (const cell of row.cells) {
      const raw = cellText(cell);
      if (raw === '') continue;
      for (const line of raw.split(/\n/)) {
        const f = foldText(line);
        const m = PROVINCE.exec(f);
        if (!facts.province && m && !/\bcong hoa\b/.test(f)) {
          facts.province = slugify(m[2]!);
          const words = line.trim().split(/\s+/).slice(-m[2]!.split(' ').length);
          facts.provinceName = `${m[1] === 'tinh' ? 'Tỉnh' : 'Thành phố'} ${words.map(titleCase).join(' ')}`;
        }
        if (!facts.period) {
          const p = periodFromTitle(line);
          if (p) {
            facts.period = p;
            facts.periodRow = row.number;
          }
        }
      }
    }
  }
  return facts;
}

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

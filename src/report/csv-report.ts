/**
 * CSV: UTF-8 with a BOM (so Excel opens Vietnamese text correctly), `,` delimiter, CRLF line ends
 * (RFC 4180), one row per finding, the English keys of FLAT_COLUMNS as the header whatever `--lang`
 * (a machine-stable contract). Numbers are unformatted with `.` decimals; text cells are neutralised
 * against formula injection.
 */
import type { CheckResult } from '../core/types.js';
import { neutraliseFormula } from './escape.js';
import { FLAT_COLUMNS, flatRow } from './flat.js';
import type { ReportOptions } from './reporters.js';

const BOM = '\uFEFF';

export function renderCsv(result: CheckResult, _options?: ReportOptions): string {
  const lines = [FLAT_COLUMNS.join(',')];
  for (const finding of result.findings) {
    const row = flatRow(finding);
    lines.push(FLAT_COLUMNS.map((key) => csvCell(row[key])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

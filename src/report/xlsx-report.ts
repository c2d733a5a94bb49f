/**
 * The Excel report an officer can forward as is: a cover sheet (xlsx-cover.ts), one findings sheet per
 * level present, the no-data findings as a to-do sheet, a sources sheet (each input cell once) and a
 * clauses sheet, each set to print on A4 landscape one page wide. exceljs is imported here, lazily, so
 * other formats never load it. Charts are left to the HTML report: exceljs writes no chart parts, and
 * hand-written DrawingML for a few dozen line charts would be a second charting code to maintain.
 *
 * Byte-identical reruns (an auditor compares hashes): creator, lastModifiedBy, created and modified are fixed values
 * derived from the as-of period, and the zip entries' DOS times are rewritten to that same instant.
 */
import type { CheckResult } from '../core/types.js';
import type { ReportOptions } from './reporters.js';
import { addFindingsSheets, addNoDataSheet, addSummarySheet } from './xlsx-sheets.js';
import { addClausesSheet, addSourcesSheet } from './xlsx-sources.js';
import { stampZipTimes } from './zip-time.js';
import { addAuditSheet } from './audit-notes.js';

export async function renderXlsx(result: CheckResult, options: ReportOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const when = periodStart(result.as_of);
  workbook.creator = 'parcheck';
  workbook.lastModifiedBy = 'parcheck';
  workbook.created = when;
  workbook.modified = when;
  addSummarySheet(workbook, result, options.lang);
  addFindingsSheets(workbook, result, options.lang);
  addNoDataSheet(workbook, result, options.lang);
  addSourcesSheet(workbook, result, options.lang);
  addClausesSheet(workbook, result, options.lang);
  addAuditSheet(workbook, result.audit, options.lang);
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return stampZipTimes(bytes, when);
}

/** First instant of the as-of period in UTC: `2025-12` → 2025-12-01, `2025-Q4` → 2025-10-01, `2025` → 2025-01-01. */
export function periodStart(period: string): Date {
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?/.exec(period);
  if (!m) return new Date(Date.UTC(2000, 0, 1));
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : m[3] ? (Number(m[3]) - 1) * 3 : 0;
  return new Date(Date.UTC(Math.max(year, 1980), Math.min(Math.max(month, 0), 11), 1));
}

/**
 * The one workbook setup of every .xlsx parcheck writes (the check report, the figures template).
 * Byte-identical reruns (an auditor compares hashes): creator, lastModifiedBy, created and modified are
 * fixed values derived from the as-of period, and the zip entries' DOS times are rewritten to that same
 * instant. exceljs is imported here, lazily, so other formats never load it.
 */
import type ExcelJS from 'exceljs';
import { stampZipTimes } from './zip-time.js';

/** A workbook stamped with the as-of period, filled by `addSheets`, as the bytes of an .xlsx file. */
export async function writeWorkbook(asOf: string, addSheets: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const when = periodStart(asOf);
  workbook.creator = 'parcheck';
  workbook.lastModifiedBy = 'parcheck';
  workbook.created = when;
  workbook.modified = when;
  addSheets(workbook);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
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

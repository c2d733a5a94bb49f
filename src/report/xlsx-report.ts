/**
 * The Excel report an officer can forward as is: a cover sheet (xlsx-cover.ts), one findings sheet per
 * level present, the no-data findings as a to-do sheet, a sources sheet (each input cell once) and a
 * clauses sheet, each set to print on A4 landscape one page wide. exceljs is loaded only when a workbook
 * is written (xlsx-workbook.ts), so other formats never load it. Charts are left to the HTML report: exceljs writes no chart parts, and
 * hand-written DrawingML for a few dozen line charts would be a second charting code to maintain.
 *
 * Byte-identical reruns: the workbook is set up by xlsx-workbook.ts, as every workbook parcheck writes.
 */
import type { CheckResult } from '../core/types.js';
import type { ReportOptions } from './reporters.js';
import { addFindingsSheets, addNoDataSheet, addSummarySheet } from './xlsx-sheets.js';
import { addClausesSheet, addSourcesSheet } from './xlsx-sources.js';
import { writeWorkbook } from './xlsx-workbook.js';
import { addAuditSheet } from './audit-notes.js';

export async function renderXlsx(result: CheckResult, options: ReportOptions): Promise<Uint8Array> {
  return writeWorkbook(result.as_of, (workbook) => {
    addSummarySheet(workbook, result, options.lang);
    addFindingsSheets(workbook, result, options.lang);
    addNoDataSheet(workbook, result, options.lang);
    addSourcesSheet(workbook, result, options.lang);
    addClausesSheet(workbook, result, options.lang);
    addAuditSheet(workbook, result.audit, options.lang);
  });
}

/**
 * The cover sheet of the Excel report, what the director sees first: a title block (report title,
 * the province's name, the period and the as-of month, the documents checked), then the counts per
 * status × level and per document, then the input and target files with their SHA-256. Printed on
 * one A4 landscape page width.
 */
import type ExcelJS from 'exceljs';
import { pick, type Lang } from '../core/i18n.js';
import { STATUSES, type CheckResult } from '../core/types.js';
import { COVER, countTables, dateText, documentLabel, documentsById, numberIsBlank, periodText, provinceName, reportPeriod } from './documents.js';
import { progressRules } from './format.js';
import { statusCounts } from './order.js';
import { COLUMN, HEADER, LEVEL_LABEL, STATUS_LABEL } from './words.js';
import { COUNT_FORMAT, fill, printSetup, safeText, STATUS_FILL, XLSX_WORDS as W } from './xlsx-style.js';

/** Columns: a wide label column, then eight narrow ones for counts (levels or statuses + total). */
const WIDTHS = [46, 13, 13, 13, 13, 13, 13, 13, 13];
const LAST = WIDTHS.length;

export function addSummarySheet(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const sheet = workbook.addWorksheet(pick(W.summarySheet, lang));
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const wide = (values: (string | null)[], style: { font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment> } = {}) => {
    const row = sheet.addRow(values);
    sheet.mergeCells(row.number, 1, row.number, LAST);
    if (style.font) row.getCell(1).font = style.font;
    if (style.alignment) row.getCell(1).alignment = style.alignment;
    return row;
  };
  const centre: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

  // Title block
  const title = wide([safeText(pick(COVER.title, lang).toUpperCase())], { font: { bold: true, size: 15 }, alignment: centre });
  title.height = 24;
  wide([safeText(provinceName(result, lang))], { font: { bold: true, size: 13 }, alignment: centre });
  wide([safeText(`${pick(COVER.period, lang)}: ${reportPeriod(result.as_of, lang)}   ·   ${pick(COVER.asOf, lang)}: ${periodText(result.as_of, lang)}`)], { alignment: centre });
  sheet.addRow([]);

  // Documents checked
  const docs = [...documentsById(result).values()];
  section(sheet, pick(COVER.documents, lang));
  headRow(sheet, [pick(COVER.number, lang), pick(COVER.date, lang), null, pick(COVER.titleColumn, lang)]);
  sheet.mergeCells(sheet.rowCount, 2, sheet.rowCount, 3);
  sheet.mergeCells(sheet.rowCount, 4, sheet.rowCount, LAST);
  for (const d of docs) {
    const row = sheet.addRow([
      safeText(numberIsBlank(d.number) ? `${documentLabel(d)} ${pick(COVER.blankNumber, lang)}` : d.number),
      safeText(d.date ? dateText(d.date) : null),
      null,
      safeText(d.title),
    ]);
    sheet.mergeCells(row.number, 2, row.number, 3);
    sheet.mergeCells(row.number, 4, row.number, LAST);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.max(1, Math.ceil(d.title.length / 95), Math.ceil(documentLabel(d).length / 44));
  }
  sheet.addRow([]);

  // Counts per status × level
  const tables = countTables(result);
  const counts = statusCounts(result);
  section(sheet, pick(COVER.byLevel, lang));
  headRow(sheet, [pick(COVER.status, lang), ...tables.levels.map((l) => pick(LEVEL_LABEL[l], lang)), pick(COVER.total, lang)]);
  for (const s of STATUSES) {
    const row = sheet.addRow([pick(STATUS_LABEL[s], lang), ...tables.levels.map((l) => tables.byLevel[s][l]), counts[s]]);
    row.getCell(1).fill = fill(STATUS_FILL[s]);
    countRow(row, tables.levels.length + 2);
  }
  const total = sheet.addRow([pick(COVER.total, lang), ...tables.levels.map((l) => STATUSES.reduce((a, s) => a + tables.byLevel[s][l], 0)), result.findings.length]);
  total.font = { bold: true };
  countRow(total, tables.levels.length + 2);
  sheet.addRow([]);

  // Counts per document
  section(sheet, pick(COVER.byDocument, lang));
  headRow(sheet, [pick(COVER.document, lang), ...STATUSES.map((s) => pick(STATUS_LABEL[s], lang)), pick(COVER.total, lang)]);
  for (const d of tables.byDocument) {
    const row = sheet.addRow([safeText(documentLabel(d.document)), ...STATUSES.map((s) => d.counts[s]), d.total]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    countRow(row, STATUSES.length + 2);
  }
  sheet.addRow([]);

  // Inputs and target files, with their SHA-256
  section(sheet, pick(HEADER.inputs, lang));
  headRow(sheet, [pick(W.file, lang), pick(W.sha256, lang)]);
  sheet.mergeCells(sheet.rowCount, 2, sheet.rowCount, LAST);
  for (const i of result.inputs) {
    const row = sheet.addRow([safeText(i.path), safeText(i.sha256)]);
    sheet.mergeCells(row.number, 2, row.number, LAST);
  }
  sheet.addRow([]);
  section(sheet, pick(HEADER.targets, lang));
  headRow(sheet, [pick(W.file, lang), capital(pick(HEADER.version, lang)), pick(W.sha256, lang)]);
  sheet.mergeCells(sheet.rowCount, 3, sheet.rowCount, LAST);
  for (const t of result.targets) {
    const row = sheet.addRow([safeText(t.path), safeText(t.version), safeText(t.sha256)]);
    sheet.mergeCells(row.number, 3, row.number, LAST);
  }
  const rules = progressRules(result.findings);
  if (rules.length > 0) {
    sheet.addRow([]);
    wide([safeText(`${pick(COLUMN.rule, lang)}: ${rules.join(', ')}`)], { font: { italic: true } });
  }
  printSetup(sheet, undefined);
  sheet.pageSetup.fitToHeight = 1;
}

function section(sheet: ExcelJS.Worksheet, label: string): void {
  sheet.addRow([safeText(label)]).font = { bold: true, size: 12 };
}

function headRow(sheet: ExcelJS.Worksheet, labels: (string | null)[]): void {
  const row = sheet.addRow(labels.map((l) => (l === null ? null : safeText(l))));
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  for (let c = 1; c <= labels.length; c++) {
    row.getCell(c).fill = fill('FFF2F2F2');
    row.getCell(c).border = { bottom: { style: 'thin' } };
  }
}

function countRow(row: ExcelJS.Row, cells: number): void {
  for (let c = 2; c <= cells; c++) row.getCell(c).numFmt = COUNT_FORMAT;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The summary and findings sheets of the Excel report (sources and clauses: xlsx-sources.ts). */
import type ExcelJS from 'exceljs';
import { pick, type Lang } from '../core/i18n.js';
import { SCOPE_LEVELS, STATUSES, type CheckResult, type Finding } from '../core/types.js';
import { formatComparator, formatNeeded, formatSuperseded, indicatorLabel, provinceText, roundFigure, shownGap, shownValue } from './format.js';
import { compareFindings, documentNumbers, statusCounts } from './order.js';
import { fill, figureCell, GAP_FORMAT, safeText, STATUS_FILL, styleHeader, XLSX_WORDS as W } from './xlsx-style.js';
import { COLUMN, HEADER, LEVEL_LABEL, RANK_WORD, STATUS_LABEL } from './words.js';

export function addSummarySheet(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const sheet = workbook.addWorksheet(pick(W.summarySheet, lang));
  sheet.columns = [{ width: 28 }, { width: 60 }, { width: 68 }, { width: 12 }];
  sheet.addRow([pick(W.item, lang), pick(W.value, lang)]);
  sheet.addRow([pick(HEADER.title, lang)]).font = { bold: true, size: 13 };
  sheet.addRow([pick(HEADER.asOf, lang), safeText(result.as_of)]);
  sheet.addRow([pick(HEADER.province, lang), safeText(provinceText(result.province, lang))]);
  sheet.addRow([]);
  sheet.addRow([pick(HEADER.inputs, lang), pick(W.file, lang), pick(W.sha256, lang)]).font = { bold: true };
  for (const i of result.inputs) sheet.addRow([null, safeText(i.path), safeText(i.sha256)]);
  sheet.addRow([]);
  sheet.addRow([pick(HEADER.targets, lang), pick(W.file, lang), pick(W.sha256, lang), pick(HEADER.version, lang)]).font = { bold: true };
  for (const t of result.targets) sheet.addRow([null, safeText(t.path), safeText(t.sha256), safeText(t.version)]);
  sheet.addRow([]);
  sheet.addRow([pick(HEADER.summary, lang), pick(W.count_label, lang)]).font = { bold: true };
  const counts = statusCounts(result);
  for (const s of STATUSES) {
    const row = sheet.addRow([pick(STATUS_LABEL[s], lang), counts[s]]);
    row.getCell(1).fill = fill(STATUS_FILL[s]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

const FINDING_COLUMNS = [
  [COLUMN.document, 16], [COLUMN.indicator, 40], [COLUMN.target, 26], [COLUMN.scope, 30], [COLUMN.period, 10],
  [COLUMN.value, 12], [W.comparatorText, 14], [W.threshold, 11], [W.thresholdHigh, 11], [COLUMN.status, 18],
  [W.gapPoints, 14], [COLUMN.needed, 36], [COLUMN.numerator, 12], [COLUMN.denominator, 12], [COLUMN.formula, 40],
  [COLUMN.deadline, 8], [COLUMN.section, 12], [COLUMN.superseded, 40], [COLUMN.rule, 24],
] as const;

/** One sheet per level present, named by the level (Toàn tỉnh, Cấp tỉnh, Cấp huyện, Cấp xã). */
export function addFindingsSheets(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const docs = documentNumbers(result);
  const rankWord = pick(RANK_WORD, lang);
  for (const level of SCOPE_LEVELS) {
    const findings = result.findings.filter((f) => f.scope.level === level);
    if (findings.length === 0) continue;
    const sheet = workbook.addWorksheet(pick(LEVEL_LABEL[level], lang));
    sheet.columns = FINDING_COLUMNS.map(([, width]) => ({ width }));
    sheet.addRow(FINDING_COLUMNS.map(([label]) => pick(label, lang)));
    const order = [...docs.keys()];
    findings.sort((a, b) => order.indexOf(a.document.id) - order.indexOf(b.document.id) || compareFindings(a, b));
    for (const f of findings) addFindingRow(sheet, f, lang, rankWord, docs);
    styleHeader(sheet, FINDING_COLUMNS.length);
  }
}

function addFindingRow(sheet: ExcelJS.Worksheet, f: Finding, lang: Lang, rankWord: string, docs: Map<string, string>): void {
  const [low, high] = Array.isArray(f.threshold_value) ? f.threshold_value : [f.threshold_value, null];
  const value = figureCell(shownValue(f), f.unit, rankWord);
  const lowCell = figureCell(low, f.unit, rankWord);
  const highCell = figureCell(high, f.unit, rankWord);
  const row = sheet.addRow([
    safeText(f.document.number),
    safeText(indicatorLabel(f.indicator, lang)),
    safeText(f.threshold),
    safeText(f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang)),
    safeText(f.period),
    value.value,
    safeText(formatComparator(f, lang)),
    lowCell.value,
    highCell.value,
    pick(STATUS_LABEL[f.status], lang),
    shownGap(f),
    safeText(formatNeeded(f, lang)),
    f.numerator,
    f.denominator,
    safeText(f.formula),
    f.deadline,
    safeText(f.clause.section),
    f.superseded ? safeText(formatSuperseded(f.superseded, docs, lang)) : null,
    f.trajectory ? safeText(f.trajectory.rule) : null,
  ]);
  row.getCell(6).numFmt = value.numFmt;
  row.getCell(8).numFmt = lowCell.numFmt;
  row.getCell(9).numFmt = highCell.numFmt;
  row.getCell(10).fill = fill(STATUS_FILL[f.status]);
  row.getCell(11).numFmt = GAP_FORMAT;
  row.getCell(13).numFmt = '#,##0';
  row.getCell(14).numFmt = '#,##0';
}

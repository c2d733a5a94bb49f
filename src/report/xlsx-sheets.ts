/**
 * The findings sheets of the Excel report, one per level, and the no-data sheet (the cover sheet:
 * xlsx-cover.ts; sources and clauses: xlsx-sources.ts). What a reader reads — the value, the target,
 * the gap with its sign and unit ("-26,8 điểm %") — is text written by the same Vietnamese formatter
 * as the terminal table, so it reads the same on every computer; counts are numbers with a
 * locale-free format, "cần thêm" a number with its unit in the next column. The figures as plain
 * numbers (a rate as a fraction formatted `0.00%`, the gap in points) follow in grouped, hidden
 * columns for anyone who wants to compute with them.
 */
import type ExcelJS from 'exceljs';
import { pick, text, type Lang } from '../core/i18n.js';
import { SCOPE_LEVELS, type CheckResult, type Finding } from '../core/types.js';
import { findIndicator } from '../measures/indicators.js';
import { documentLabel, documentsById, periodText } from './documents.js';
import { formatComparator, formatGap, formatNumber, formatSuperseded, formatValue, indicatorLabel, lowHigh, shownGap, shownValue } from './format.js';
import { missingOf } from './no-data.js';
import { compareFindings, documentNumbers } from './order.js';
import { COUNT_FORMAT, fill, figureCell, fitColumns, GAP_FORMAT, safeText, STATUS_FILL, styleHeader, XLSX_WORDS as W } from './xlsx-style.js';
import { COLUMN, LEVEL_LABEL, RANK_WORD, STATUS_LABEL, rankChangeWords } from './words.js';

export { addSummarySheet } from './xlsx-cover.js';

const F = {
  neededUnit: text('Đơn vị tính (cần thêm)', 'Needed: unit'),
  valueNumber: text('Giá trị (số)', 'Value (number)'),
  gapNumber: text('Chênh lệch (số)', 'Gap (number)'),
  noDataSheet: text('Thiếu số liệu', 'No data'),
  missing: text('Số liệu cần bổ sung', 'Figures to collect'),
  units: text('Đơn vị', 'Units'),
};

/** Visible columns first, then the hidden numeric ones (grouped, so Excel shows a "+" to open them). */
const FINDING_COLUMNS = [
  COLUMN.document,
  COLUMN.indicator,
  COLUMN.target,
  COLUMN.scope,
  COLUMN.period,
  COLUMN.value,
  W.comparatorText,
  COLUMN.status,
  COLUMN.gap,
  COLUMN.needed,
  F.neededUnit,
  COLUMN.numerator,
  COLUMN.denominator,
  COLUMN.formula,
  COLUMN.deadline,
  COLUMN.section,
  COLUMN.superseded,
  COLUMN.rule,
  F.valueNumber,
  W.threshold,
  W.thresholdHigh,
  F.gapNumber,
] as const;
const VISIBLE = 18;

/** One sheet per level with findings other than no-data, named by the level (Toàn tỉnh, Cấp tỉnh, …). */
export function addFindingsSheets(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const docs = documentsById(result);
  const numbers = documentNumbers(result);
  const order = [...docs.keys()];
  for (const level of SCOPE_LEVELS) {
    const findings = result.findings.filter((f) => f.scope.level === level && f.status !== 'no-data');
    if (findings.length === 0) continue;
    const name = pick(LEVEL_LABEL[level], lang);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = FINDING_COLUMNS.map((_, i) => (i < VISIBLE ? {} : { hidden: true, outlineLevel: 1 }));
    sheet.addRow(FINDING_COLUMNS.map((label) => pick(label, lang)));
    findings.sort((a, b) => order.indexOf(a.document.id) - order.indexOf(b.document.id) || compareFindings(a, b));
    for (const f of findings) addFindingRow(sheet, f, lang, docs, numbers);
    fitColumns(sheet, { max: 48 });
    for (let i = VISIBLE + 1; i <= FINDING_COLUMNS.length; i++) sheet.getColumn(i).width = 12;
    styleHeader(sheet, VISIBLE, name);
  }
}

function addFindingRow(sheet: ExcelJS.Worksheet, f: Finding, lang: Lang, docs: ReturnType<typeof documentsById>, numbers: Map<string, string>): void {
  const rankWord = pick(RANK_WORD, lang);
  const [low, high] = lowHigh(f);
  const value = figureCell(shownValue(f), f.unit, rankWord);
  const lowCell = figureCell(low, f.unit, rankWord);
  const highCell = figureCell(high, f.unit, rankWord);
  const doc = docs.get(f.document.id);
  const needed = f.needed !== null && f.needed > 0 ? f.needed : null;
  const row = sheet.addRow([
    safeText(doc ? documentLabel(doc) : f.document.number),
    safeText(indicatorLabel(f.indicator, lang)),
    safeText(f.threshold),
    safeText(f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang)),
    safeText(periodText(f.period, lang)),
    safeText(f.value === null ? null : (rankChangeWords(f, lang)?.value ?? formatValue(shownValue(f), f, lang))),
    safeText(rankChangeWords(f, lang)?.comparator ?? formatComparator(f, lang)),
    safeText(pick(STATUS_LABEL[f.status], lang)),
    safeText(rankChangeWords(f, lang)?.gap ?? formatGap(shownGap(f), f.unit, lang), true),
    needed,
    needed === null ? null : safeText(neededItem(f, lang)),
    countCell(f.numerator, lang),
    countCell(f.denominator, lang),
    safeText(f.formula),
    f.deadline,
    safeText(f.clause.section),
    f.superseded ? safeText(formatSuperseded(f.superseded, numbers, lang)) : null,
    f.status === 'on-track' || f.status === 'off-track' ? safeText(f.trajectory.rule) : null,
    value.value,
    lowCell.value,
    highCell.value,
    shownGap(f),
  ]);
  for (const c of [6, 9]) row.getCell(c).alignment = { horizontal: 'right' };
  row.getCell(8).fill = fill(STATUS_FILL[f.status]);
  for (const c of [10, 12, 13]) row.getCell(c).numFmt = COUNT_FORMAT;
  row.getCell(19).numFmt = value.numFmt;
  row.getCell(20).numFmt = lowCell.numFmt;
  row.getCell(21).numFmt = highCell.numFmt;
  row.getCell(22).numFmt = GAP_FORMAT;
}

/** A whole count as a number (locale-free format); a figure with decimals as Vietnamese text. */
function countCell(value: number | null, lang: Lang): number | string | null {
  if (value === null) return null;
  return Number.isInteger(value) ? value : formatNumber(value, lang, 4);
}

/** The unit of "cần thêm": "hồ sơ giải quyết đúng hạn", as NEEDED_PHRASE words it after the number. */
function neededItem(f: Finding, lang: Lang): string {
  const def = findIndicator(f.indicator);
  return def && def.kind === 'ratio' ? pick(def.item, lang) : lang === 'vi' ? 'đơn vị' : 'units';
}

/** The no-data findings as a to-do sheet: one row per threshold and missing figures, naming the units. */
export function addNoDataSheet(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const noData = result.findings.filter((f) => f.status === 'no-data');
  if (noData.length === 0) return;
  const docs = documentsById(result);
  const name = pick(F.noDataSheet, lang);
  const sheet = workbook.addWorksheet(name);
  const head = [COLUMN.document, COLUMN.target, COLUMN.indicator, F.missing, COLUMN.scope, COLUMN.deadline, COLUMN.section];
  sheet.addRow(head.map((h) => pick(h, lang)));
  const items = new Map<string, { f: Finding; missing: string[]; scopes: string[] }>();
  for (const f of noData) {
    const missing = missingOf(f, lang);
    const key = `${f.document.id}\u0000${f.threshold}\u0000${missing.join('\u0000')}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = { f, missing, scopes: [] }));
    const scope = f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang);
    if (!item.scopes.includes(scope)) item.scopes.push(scope);
  }
  const order = [...docs.keys()];
  const list = [...items.values()].sort((a, b) => order.indexOf(a.f.document.id) - order.indexOf(b.f.document.id) || (a.f.threshold < b.f.threshold ? -1 : a.f.threshold > b.f.threshold ? 1 : 0));
  for (const { f, missing, scopes } of list) {
    const doc = docs.get(f.document.id);
    sheet.addRow([
      safeText(doc ? documentLabel(doc) : f.document.number),
      safeText(f.threshold),
      safeText(indicatorLabel(f.indicator, lang)),
      safeText(missing.join(', ')),
      safeText(scopes.join(', ')),
      f.deadline,
      safeText(f.clause.section),
    ]);
  }
  fitColumns(sheet, { max: 60 });
  styleHeader(sheet, head.length, name);
}

/**
 * The sources of the Excel report, built for an auditor who starts from a finding or from a cell:
 * - sources sheet: every input cell the findings use, ONCE (file, sheet, cell or line and column,
 *   unit, level, measure, period, value read), and which findings use it: threshold id with the
 *   scopes "unit", "level", "province" (the finding of that threshold for the cell's own unit, for
 *   its level, for the whole province). Listing each cell once per finding repeated every unit's
 *   cells in each level and province roll-up: 46,800 rows, 4.8 s and 527 MB for 300 units × 12 months.
 * - clauses sheet: each threshold's document, section and quote, once.
 */
import type ExcelJS from 'exceljs';
import { pick, text, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding, SourceCell, SourceRef } from '../core/types.js';
import { formatSuperseded, indicatorLabel } from './format.js';
import { documentNumbers } from './order.js';
import { documentLabel, documentsById } from './documents.js';
import { LEVEL_LABEL } from './words.js';
import { safeText, styleHeader, XLSX_WORDS as W } from './xlsx-style.js';

const S = {
  unit: text('Đơn vị', 'Unit'),
  level: text('Cấp', 'Level'),
  measure: text('Số liệu', 'Measure'),
  period: text('Kỳ', 'Period'),
  value: text('Giá trị đọc', 'Value read'),
  usedBy: text('Dùng cho (mã chỉ tiêu: phạm vi)', 'Used by (threshold id: scopes)'),
  line: text('dòng', 'line'),
  column: text('cột', 'column'),
  rows: text('dòng', 'rows'),
  scopeUnit: text('đơn vị', 'unit'),
  scopeLevel: text('cấp', 'level'),
  scopeAll: text('toàn tỉnh', 'province'),
  clausesSheet: text('Điều khoản', 'Clauses'),
  document: text('Văn bản', 'Document'),
  threshold: text('Mã chỉ tiêu', 'Threshold id'),
  indicator: text('Chỉ tiêu', 'Indicator'),
  section: text('Điều khoản', 'Section'),
  superseded: text('Thay thế', 'Supersedes'),
};

const SOURCE_COLUMNS = [
  [W.file, 36],
  [W.sheet, 16],
  [W.cell, 18],
  [W.count, 10],
  [S.unit, 30],
  [S.level, 12],
  [S.measure, 26],
  [S.period, 10],
  [S.value, 12],
  [S.usedBy, 60],
] as const;

/** A cell's place as an officer finds it: `F40`, `dòng 8, cột 4` / `line 8, column 4`, `dòng 2-1001`. */
export function placeText(s: SourceRef, lang: Lang): string {
  if (s.cell) return s.cell;
  if (s.line !== undefined) return `${pick(S.line, lang)} ${s.line}${s.column !== undefined ? `, ${pick(S.column, lang)} ${s.column}` : ''}`;
  return s.rows ? `${pick(S.rows, lang)} ${s.rows}` : '';
}

// `count` too: a dossier-list numerator and denominator are the same rows counted differently.
const keyOf = (s: SourceRef) => `${s.file}\u0000${s.sheet ?? ''}\u0000${s.cell ?? ''}\u0000${s.line ?? ''}\u0000${s.column ?? ''}\u0000${s.rows ?? ''}\u0000${s.count ?? ''}`;

type ScopeKind = 0 | 1 | 2;
const SCOPE_WORDS = [S.scopeUnit, S.scopeLevel, S.scopeAll];
const scopeKind = (f: Finding): ScopeKind => (f.scope.unit !== undefined ? 0 : f.scope.level === 'all' ? 2 : 1);

/** Cell key → threshold label → scope kinds (bit set), in the order findings list them. */
function usersOf(findings: readonly Finding[]): Map<string, Map<string, number>> {
  const perDoc = new Map<string, Set<string>>();
  for (const f of findings) perDoc.set(f.threshold, (perDoc.get(f.threshold) ?? new Set()).add(f.document.id));
  const users = new Map<string, Map<string, number>>();
  for (const f of findings) {
    // a threshold id used by two documents is named with its document's number
    const label = perDoc.get(f.threshold)!.size > 1 ? `${f.document.number} ${f.threshold}` : f.threshold;
    const bit = 1 << scopeKind(f);
    for (const list of [f.sources.numerator, f.sources.denominator]) {
      for (const s of list) {
        const key = keyOf(s);
        let byLabel = users.get(key);
        if (!byLabel) users.set(key, (byLabel = new Map()));
        byLabel.set(label, (byLabel.get(label) ?? 0) | bit);
      }
    }
  }
  return users;
}

/** Without `result.cells` (a result built by hand), the findings' own cells, without what they held. */
function cellsOf(result: CheckResult): SourceCell[] | SourceRef[] {
  if (result.cells) return result.cells;
  const seen = new Map<string, SourceRef>();
  for (const f of result.findings) for (const s of [...f.sources.numerator, ...f.sources.denominator]) if (!seen.has(keyOf(s))) seen.set(keyOf(s), s);
  return [...seen.values()];
}

export function addSourcesSheet(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const sheet = workbook.addWorksheet(pick(W.sourcesSheet, lang));
  sheet.columns = SOURCE_COLUMNS.map(([, width]) => ({ width }));
  sheet.addRow(SOURCE_COLUMNS.map(([label]) => pick(label, lang)));
  const users = usersOf(result.findings);
  const words = SCOPE_WORDS.map((w) => pick(w, lang));
  const usedText = new Map<Map<string, number>, string>();
  const describe = (byLabel: Map<string, number> | undefined) => {
    if (!byLabel) return null;
    let out = usedText.get(byLabel);
    if (out === undefined) {
      out = [...byLabel].map(([label, bits]) => `${label}: ${words.filter((_, i) => bits & (1 << i)).join(', ')}`).join('; ');
      usedText.set(byLabel, out);
    }
    return out;
  };
  const levelWords = new Map<string, string>();
  for (const item of cellsOf(result)) {
    const cell = 'source' in item ? item : null;
    const s = cell ? cell.source : (item as SourceRef);
    let level: string | null = null;
    if (cell?.level) {
      level = levelWords.get(cell.level) ?? pick(LEVEL_LABEL[cell.level], lang);
      levelWords.set(cell.level, level);
    }
    const row = sheet.addRow([
      safeText(s.file),
      safeText(s.sheet),
      safeText(placeText(s, lang)),
      s.count ?? null,
      safeText(cell?.unit),
      level,
      cell ? cell.measure : null,
      cell ? safeText(cell.period) : null,
      cell ? cell.value : null,
      safeText(describe(users.get(keyOf(s)))),
    ]);
    row.getCell(9).numFmt = '#,##0.##';
  }
  styleHeader(sheet, SOURCE_COLUMNS.length);
}

const CLAUSE_COLUMNS = [
  [S.document, 30],
  [S.threshold, 34],
  [S.indicator, 40],
  [S.section, 12],
  [W.quote, 90],
  [S.superseded, 40],
] as const;

/** Each threshold's clause, once: document, threshold id, indicator, section, verbatim quote. */
export function addClausesSheet(workbook: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const sheet = workbook.addWorksheet(pick(S.clausesSheet, lang));
  sheet.columns = CLAUSE_COLUMNS.map(([, width]) => ({ width }));
  sheet.addRow(CLAUSE_COLUMNS.map(([label]) => pick(label, lang)));
  const docs = documentNumbers(result);
  const docLabels = new Map([...documentsById(result)].map(([id, d]) => [id, documentLabel(d)]));
  const order = [...docs.keys()];
  const once = new Map<string, Finding>();
  for (const f of result.findings) {
    const key = `${f.document.id}\u0000${f.threshold}`;
    if (!once.has(key)) once.set(key, f);
  }
  const list = [...once.values()].sort((a, b) => order.indexOf(a.document.id) - order.indexOf(b.document.id) || (a.threshold < b.threshold ? -1 : a.threshold > b.threshold ? 1 : 0));
  for (const f of list) {
    const row = sheet.addRow([
      safeText(docLabels.get(f.document.id) ?? f.document.number),
      safeText(f.threshold),
      safeText(indicatorLabel(f.indicator, lang)),
      safeText(f.clause.section),
      safeText(f.clause.quote),
      f.superseded ? safeText(formatSuperseded(f.superseded, docs, lang)) : null,
    ]);
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
  }
  styleHeader(sheet, CLAUSE_COLUMNS.length);
}

/**
 * The audit list of a check (every figure traceable to its cells) in the JSON, Markdown and Excel reports: every arithmetic
 * disagreement found in the inputs (form identities, total and group rows, declared rates recomputed),
 * with every cell involved. Rendered only when the result carries an `audit` list.
 */
import type ExcelJS from 'exceljs';
import { pick, text, type Lang } from '../core/i18n.js';
import type { AuditNote } from '../core/types.js';
import { escapeMarkdown as md } from './escape.js';
import { sourceText } from './flat.js';
import { jsonSource } from './json.js';
import { safeText, styleHeader } from './xlsx-style.js';
import { warningMessage, warningText } from './warning-messages.js';

export const AUDIT_WORDS = {
  sheet: text('Kiểm tra số liệu', 'Audit'),
  title: text('Kiểm tra số liệu đầu vào', 'Audit of the inputs'),
  none: text('Không phát hiện chênh lệch nào (đẳng thức biểu mẫu, dòng tổng, dòng nhóm, tỷ lệ ghi sẵn).', 'No disagreement found (form identities, total and group rows, declared rates).'),
  code: text('Mã', 'Code'),
  message: text('Nội dung', 'Message'),
  unit: text('Đơn vị', 'Unit'),
  period: text('Kỳ', 'Period'),
  declared: text('Số ghi trong tệp', 'Declared'),
  recomputed: text('Số tính lại', 'Recomputed'),
  difference: text('Chênh lệch', 'Difference'),
  cells: text('Các ô', 'Cells'),
};

export function jsonAudit(a: AuditNote): Record<string, unknown> {
  const out: Record<string, unknown> = { code: a.code, message: warningText(a) };
  const location: Record<string, unknown> = {};
  for (const key of ['file', 'sheet', 'cell', 'line', 'column', 'path'] as const) if (a.location[key] !== undefined) location[key] = a.location[key];
  out.location = location;
  for (const key of ['unit', 'period', 'measure', 'declared', 'recomputed', 'difference'] as const) if (a[key] !== undefined) out[key] = a[key];
  out.cells = (a.cells ?? []).map(jsonSource);
  return out;
}

export function markdownAudit(audit: AuditNote[] | undefined, lang: Lang): string[] {
  if (!audit) return [];
  const out = ['', `## ${pick(AUDIT_WORDS.title, lang)}`, ''];
  if (audit.length === 0) return [...out, pick(AUDIT_WORDS.none, lang)];
  for (const a of audit) {
    out.push(`- \`${a.code.replace(/[^A-Z0-9_]/g, '')}\` ${md(warningMessage(a, lang))}`);
    if (a.cells && a.cells.length > 0) out.push(`  - ${pick(AUDIT_WORDS.cells, lang)}: ${a.cells.map((c) => md(sourceText(c))).join('; ')}`);
  }
  return out;
}

const COLUMNS = [[AUDIT_WORDS.code, 24], [AUDIT_WORDS.unit, 28], [AUDIT_WORDS.period, 10], [AUDIT_WORDS.declared, 12], [AUDIT_WORDS.recomputed, 12], [AUDIT_WORDS.difference, 12], [AUDIT_WORDS.message, 90], [AUDIT_WORDS.cells, 90]] as const;

export function addAuditSheet(workbook: ExcelJS.Workbook, audit: AuditNote[] | undefined, lang: Lang): void {
  if (!audit) return;
  const sheet = workbook.addWorksheet(pick(AUDIT_WORDS.sheet, lang));
  sheet.columns = COLUMNS.map(([, width]) => ({ width }));
  sheet.addRow(COLUMNS.map(([label]) => pick(label, lang)));
  if (audit.length === 0) sheet.addRow([null, null, null, null, null, null, pick(AUDIT_WORDS.none, lang)]);
  for (const a of audit) {
    const row = sheet.addRow([
      a.code,
      safeText(a.unit ?? null),
      safeText(a.period ?? null),
      a.declared ?? null,
      a.recomputed ?? null,
      a.difference ?? null,
      safeText(warningMessage(a, lang)),
      safeText((a.cells ?? []).map(sourceText).join('\n')),
    ]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = '0.00';
    row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
  }
  styleHeader(sheet, COLUMNS.length);
}

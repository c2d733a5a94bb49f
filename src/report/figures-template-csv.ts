/**
 * The CSV form of the figures workbook, for scripts: the first line is the header (FIGURE_COLUMNS),
 * one line per figure with `value` and `source` blank. UTF-8 with a BOM and CRLF, as Excel writes it.
 */
import { csvCell } from './csv-report.js';
import { FIGURE_COLUMNS } from '../ingest/figures-sheet-columns.js';
import type { TemplateDoc } from './figures-template-rows.js';

export function templateCsv(doc: TemplateDoc): string {
  const lines = [FIGURE_COLUMNS.map(csvCell).join(',')];
  for (const r of doc.rows) {
    lines.push([r.province, r.asOf, r.measure, r.label, r.unitWord, r.level, r.levelWord, r.unitName, r.period, '', '', r.targets, r.rule].map(csvCell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

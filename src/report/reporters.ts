/**
 * The reporters of `parcheck check`, looked up by name. Each reporter is a pure function of the
 * result (STYLE §4); the CLI prints what it returns or writes it with `writeOutputAtomic`.
 * exceljs is loaded lazily by the xlsx reporter only.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { CheckResult } from '../core/types.js';

export type ReportFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'md' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'json', 'csv', 'xlsx', 'md', 'html'];

export interface ReportOptions {
  lang: Lang;
  /** Colour the terminal table (TTY && !NO_COLOR); tests pass false. */
  color: boolean;
  /** The on-track/off-track rule to name in the header when the findings name none (table, md). */
  rule?: string;
  /** Columns to wrap the no-data list of the table to (the terminal's width); default 100. */
  width?: number;
  /** List every no-data finding under its group (table: `--show no-data`); by default the table
   * prints one short block grouping them by what is missing (no-data.ts). */
  showNoData?: boolean;
}

export interface Reporter {
  name: ReportFormat;
  /** File extension with the dot, e.g. `.xlsx`. */
  extension: string;
  /** True when render returns bytes (write them, never print them to a terminal). */
  binary: boolean;
  render(result: CheckResult, options: ReportOptions): Promise<string | Uint8Array>;
}

// Each reporter's module is loaded when it renders: a run loads the one it uses (and exceljs only for xlsx).
const REPORTERS: Record<ReportFormat, Reporter> = {
  table: { name: 'table', extension: '.txt', binary: false, render: async (r, o) => (await import('./terminal-table.js')).renderTable(r, o) },
  json: { name: 'json', extension: '.json', binary: false, render: async (r, o) => (await import('./json.js')).renderJson(r, o) },
  csv: { name: 'csv', extension: '.csv', binary: false, render: async (r, o) => (await import('./csv-report.js')).renderCsv(r, o) },
  xlsx: { name: 'xlsx', extension: '.xlsx', binary: true, render: async (r, o) => (await import('./xlsx-report.js')).renderXlsx(r, o) },
  md: { name: 'md', extension: '.md', binary: false, render: async (r, o) => (await import('./md.js')).renderMarkdown(r, o) },
  html: { name: 'html', extension: '.html', binary: false, render: async (r, o) => (await import('./html.js')).renderHtml(r, o) },
};

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.json': 'json',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'table',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * By `--format`, else by the `--output` extension, else the terminal table. An unknown format name or
 * an unknown output extension is a usage error (writing a table into `report.xls` would mislead).
 */
export function reporterFor(format?: string, outputPath?: string): Reporter {
  if (format !== undefined && format !== '') {
    const name = format.toLowerCase() as ReportFormat;
    if (REPORT_FORMATS.includes(name)) return REPORTERS[name];
    throw new ParcheckError(
      'USAGE',
      { vi: `Định dạng báo cáo không hỗ trợ: ${format}`, en: `Unsupported report format: ${format}` },
      { location: { path: '--format' }, expected: REPORT_FORMATS.join(', '), found: format },
    );
  }
  if (outputPath) {
    const ext = path.extname(outputPath).toLowerCase();
    const name = BY_EXTENSION[ext];
    if (name) return REPORTERS[name];
    if (ext === '') return REPORTERS.table;
    throw new ParcheckError(
      'USAGE',
      {
        vi: `Không suy ra được định dạng từ phần mở rộng "${ext}" của tệp ${outputPath}`,
        en: `Cannot tell the report format from the extension "${ext}" of ${outputPath}`,
      },
      {
        location: { file: outputPath },
        expected: Object.keys(BY_EXTENSION).join(', '),
        found: ext,
        hint: { vi: `Dùng --format ${REPORT_FORMATS.join('|')}`, en: `Use --format ${REPORT_FORMATS.join('|')}` },
      },
    );
  }
  return REPORTERS.table;
}

/**
 * CSV text → grid, for summary tables (forms, rate and index tables): decoded by text-encoding.ts, the
 * delimiter sniffed by csv-dialect.ts, parsed by csv-parse; quoted fields may hold delimiters and
 * newlines; each row keeps the physical line its record starts on.
 */
import { parse } from 'csv-parse/sync';
import { ParcheckError } from '../core/errors.js';
import { sniffDelimiter, type Delimiter } from './csv-dialect.js';
import { decodeText, emptyError, type TextEncoding } from './text-encoding.js';
import type { Grid, GridRow } from './grid.js';
import { limitError } from './limits.js';
import { toNfc } from './nfc.js';

export interface CsvGrid extends Grid {
  delimiter: Delimiter;
  encoding: TextEncoding;
}

export function parseCsvText(text: string, file: string, encoding: TextEncoding, maxCells = Number.POSITIVE_INFINITY): CsvGrid {
  if (text.trim() === '') throw emptyError(file);
  const delimiter = sniffDelimiter(text);
  if (Number.isFinite(maxCells)) guardTableCells(text, delimiter, file, maxCells);
  // NFC changes no delimiter, quote or line break, so lines and columns stay where they were.
  text = toNfc(text);
  let records: string[][];
  try {
    // Every line break ends a record: csv-parse otherwise takes the first break it meets as the only
    // one, and a CRLF template with rows added in an editor writing LF was read as one long record.
    records = parse(text, { delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw new ParcheckError(
      'INPUT_FORMAT',
      { vi: 'Tệp CSV bị lỗi cấu trúc', en: 'Malformed CSV' },
      {
        location: line === undefined ? { file } : { file, line },
        expected: { vi: 'tệp CSV với các trường được đóng ngoặc kép đúng', en: 'a CSV file with properly quoted fields' },
        found: (cause as Error).message,
        hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "CSV UTF-8".', en: 'Open the file in Excel and save it again as "CSV UTF-8".' },
        cause,
      },
    );
  }
  const rows: GridRow[] = [];
  // A record spans one physical line plus one per line break kept inside its quoted fields (blank lines
  // are records too, as skip_empty_lines is off), so the line a record starts on needs no byte offsets.
  let line = 1;
  for (const record of records) {
    const start = line;
    line += 1 + lineBreaksIn(record);
    if (record.every((f) => f.trim() === '')) continue;
    rows.push({ number: start, cells: record.map((f) => (f.trim() === '' ? null : f.trim())) });
  }
  if (rows.length === 0) throw emptyError(file);
  return { file, kind: 'csv', rows, delimiter, encoding };
}

function lineBreaksIn(record: string[]): number {
  let n = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  }
  return n;
}

export function readCsvBytes(bytes: Uint8Array, file: string, maxCells?: number): CsvGrid {
  const { text, encoding } = decodeText(bytes, file);
  return parseCsvText(text, file, encoding, maxCells);
}

/**
 * Delimiters + line feeds bound the cells from above (quoted ones only lower the real count), and are
 * counted before csv-parse allocates a string per field: 200 MB of `;;;;` would otherwise be 200 million.
 */
export function guardTableCells(text: string, delimiter: Delimiter, file: string, maxCells: number): void {
  const d = delimiter.charCodeAt(0);
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d || c === 10) cells++;
  }
  if (cells > maxCells) throw limitError(file, 'tableCells', maxCells, cells, { vi: 'bảng có quá nhiều ô cho một báo cáo tổng hợp', en: 'too many cells for a summary table' });
}

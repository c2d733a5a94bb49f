/**
 * XLSX dossier lists through parcheck's own streaming XLSX reader (files/xlsx-fast: a full exceljs
 * load costs ~3× the memory and its streaming reader ~4× the time). Each row's wanted cells
 * are written as UTF-8 into a small buffer and handed to the same row handler as CSV, so both formats
 * share one reading of values and one definition of the measures.
 */
import { ParcheckError } from '../../core/errors.js';
import type { IngestOptions } from '../../core/types.js';
import { columnLetter } from '../../files/grid.js';
import { resolveLimits } from '../../files/limits.js';
import { foldText } from '../text.js';
import type { HeaderMapping } from '../mapping.js';
import { applyMapping, isDossierListColumns, mapColumns, REQUIRED, requireColumns, type ColumnIndex } from './columns.js';
import { dayFromDate, dayFromSerial, isoDay, lastSeconds } from './list-dates.js';
import { rowFailureError, spanFailureError } from './list-errors.js';
import { emptyCounts, FIRST_SLOT, makeRowHandler, RowFailure, SLOT_FIELDS, SLOTS, slotRead, type RowCounts } from './rows.js';
import { SpanFailure, Tally } from './tally.js';
import { listAsOf, type ListAsOf } from './list-title.js';

const HEADER_SEARCH_ROWS = 40;
const DATE_FIELDS = new Set(['received', 'due', 'returned']);

export interface XlsxList {
  sheet: string;
  header: string[];
  headerRow: number;
  columns: ColumnIndex;
  tally: Tally;
  counts: RowCounts;
  asOf?: ListAsOf;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(dayFromDate(value));
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  if (v.error) return v.error;
  return '';
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A date cell as text the byte parser accepts: Dates and serials become ISO days, with their time of day. */
function dateText(value: unknown): string {
  const v = value !== null && typeof value === 'object' && !(value instanceof Date) && 'result' in value ? (value as { result: unknown }).result : value;
  if (v instanceof Date) {
    const day = dayFromDate(v);
    const seconds = v.getUTCHours() * 3600 + v.getUTCMinutes() * 60 + v.getUTCSeconds();
    return day >= 0 ? `${isoDay(day)}${seconds > 0 ? ` ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}` : ''}` : String(v);
  }
  if (typeof v === 'number') {
    const day = dayFromSerial(v);
    if (day < 0) return String(v);
    const seconds = lastSeconds;
    return `${isoDay(day)}${seconds > 0 ? ` ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}` : ''}`;
  }
  return cellText(v);
}

function sheetWanted(sheet: string | undefined, name: string, index: number): boolean {
  if (sheet === undefined) return true;
  return /^\d+$/.test(sheet) ? Number(sheet) === index : foldText(sheet) === foldText(name);
}

/** What the reader needs of a workbook: its sheets, streamed row by row (an XLSX book, or HTML tables). */
export interface RowBook {
  sheets: { name: string; index: number; hidden?: boolean }[];
  readSheet(sheet: { name: string; index: number }, sink: (row: number, values: unknown[]) => boolean | undefined, options?: { serialDates?: boolean }): Promise<unknown>;
}

/** `opened`: the workbook the dispatcher already opened to peek at it (its shared strings are loaded once). */
/** The header row: the mapping's header_row, else the first row whose columns (mapped) have a list's roles. */
function isHeader(cells: string[], number: number, mapping: HeaderMapping | undefined): ColumnIndex | null {
  if (mapping?.headerRow !== undefined && number !== mapping.headerRow) return null;
  const columns = applyMapping(mapColumns(cells), cells, mapping, false);
  if (mapping) return mapping.headerRow !== undefined || REQUIRED.every((f) => columns[f] !== undefined) ? columns : null;
  return isDossierListColumns(columns) ? columns : null;
}

export async function readXlsx(path: string, file: string, options: IngestOptions, opened?: RowBook, into?: Tally, mapping?: HeaderMapping): Promise<XlsxList> {
  const { XlsxBook } = await import('../../files/xlsx-fast/workbook.js');
  const book: RowBook = opened ?? ((await XlsxBook.open(path, file, resolveLimits(options.limits))) as unknown as RowBook);
  const tally = into ?? new Tally();
  const counts = emptyCounts();
  let found: XlsxList | null = null;
  let best = null as { header: string[]; row: number; sheet: string } | null;
  for (const sheet of book.sheets) {
    const name = sheet.name;
    if (!sheetWanted(options.sheet, name, sheet.index)) continue;
    let columns: ColumnIndex | null = null;
    let header: string[] = [];
    let handler: ReturnType<typeof makeRowHandler> | null = null;
    let fields: number[] = [];
    const above: string[] = [];
    const starts = new Int32Array(SLOTS);
    const ends = new Int32Array(SLOTS);
    // Dates stay 1900-system serials (as the CSV path parses them), converted from 1904 workbooks.
    await book.readSheet(
      sheet,
      (number, values) => {
        if (!columns) {
          if (number > HEADER_SEARCH_ROWS) return false;
          const cells = Array.from(values, (v) => cellText(v).replace(/\s+/g, ' ').trim());
          const mapped = mapColumns(cells);
          if (!best || Object.keys(mapped).length > Object.keys(mapColumns(best.header)).length) best = { header: cells, row: number, sheet: name };
          const headerColumns = isHeader(cells, number, mapping);
          if (!headerColumns) {
            above.push(...cells.filter((c) => c !== ''));
            return true;
          }
          const strictColumns = applyMapping(mapColumns(cells), cells, mapping, true);
          requireColumns(strictColumns, cells, { file, sheet: name, cell: `A${number}` });
          columns = strictColumns;
          header = cells;
          const asOf = listAsOf(above);
          if (asOf) tally.asOf = asOf;
          handler = makeRowHandler(columns, tally, counts, asOf?.limitDay);
          fields = SLOT_FIELDS.map((f) => (slotRead(f, tally) ? (columns![f] ?? -1) : -1));
          fields.push(fields.includes(0) ? -1 : 0);
          found = { sheet: name, header, headerRow: number, columns, tally, counts, ...(asOf ? { asOf } : {}) };
          return true;
        }
        const parts: string[] = [];
        let offset = 0;
        fields.forEach((col, slot) => {
          const value = col >= 0 ? values[col] : undefined;
          const text = slot < FIRST_SLOT && DATE_FIELDS.has(SLOT_FIELDS[slot]!) ? dateText(value) : cellText(value);
          const len = Buffer.byteLength(text);
          starts[slot] = offset;
          ends[slot] = offset + len;
          offset += len;
          parts.push(text);
        });
        try {
          handler!(Buffer.from(parts.join(''), 'utf8'), starts, ends, number);
        } catch (error) {
          if (error instanceof SpanFailure) throw spanFailureError(error, 0, file, (line) => ({ sheet: name, cell: `A${line}` }));
          if (!(error instanceof RowFailure)) throw error;
          const col = columns[error.field as keyof ColumnIndex];
          throw rowFailureError(error, 0, columns, header, file, { sheet: name, cell: `${col !== undefined ? columnLetter(col) : 'A'}${error.line}` });
        }
        return true;
      },
      { serialDates: true },
    );
    if (found) break;
  }
  if (!found) {
    const header = best?.header ?? [];
    requireColumns(mapColumns(header), header, { file, ...(best ? { sheet: best.sheet, cell: `A${best.row}` } : {}) });
    throw new ParcheckError(
      'INPUT_HEADER',
      { vi: 'Không tìm thấy dòng tiêu đề của danh sách hồ sơ', en: 'No dossier-list header row found' },
      {
        location: { file },
        expected: { vi: 'các cột Mã hồ sơ, Ngày tiếp nhận, Ngày hẹn trả, Ngày trả kết quả', en: 'columns Mã hồ sơ, Ngày tiếp nhận, Ngày hẹn trả, Ngày trả kết quả' },
        found: header.join(' | '),
        hint: { vi: 'Chọn đúng trang tính bằng --sheet.', en: 'Pick the sheet with --sheet.' },
      },
    );
  }
  return found;
}

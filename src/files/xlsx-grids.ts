/**
 * XLSX → grids, one per sheet in workbook order, through parcheck's own streaming reader
 * (`xlsx-fast/`: zip entries streamed through yauzl, a purpose-built scanner, for speed and memory). It gives the
 * values exceljs's streaming reader gave (formulas give their cached result, rich text its text, dates
 * as Date), with the zip and size limits (src/files/limits.ts) applied while reading. A merged group header
 * arrives as a value in its top-left cell only; ingest fills it across by position.
 */
import { ParcheckError } from '../core/errors.js';
import type { CellValue, Grid, GridRow } from './grid.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { badWorkbook } from './xlsx-fast/sheet-errors.js';
import { XlsxBook, type RawValue } from './xlsx-fast/workbook.js';

export interface XlsxGrids {
  grids: Grid[];
  /** Reading stopped after `maxCells` cells: the grids hold only the first rows (enough to tell a dossier list). */
  truncated: boolean;
}

/** Opens a workbook once (zip directory, limits, styles, shared strings) for `peekBookGrids` then `readBookGrids`. */
export async function openXlsx(path: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxBook> {
  return readingAs(file, () => XlsxBook.open(path, file, limits));
}

export async function readXlsxGrids(path: string, file: string, maxCells = Number.POSITIVE_INFINITY, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxGrids> {
  return readBookGrids(await openXlsx(path, file, limits), maxCells);
}

export async function readBookGrids(book: XlsxBook, maxCells = Number.POSITIVE_INFINITY): Promise<XlsxGrids> {
  const { file } = book;
  const grids: Grid[] = [];
  let cellCount = 0;
  let truncated = false;
  await readingAs(file, async () => {
    for (const sheet of book.sheets) {
      const rows: GridRow[] = [];
      const grid: Grid = { file, kind: 'xlsx', sheet: sheet.name, rows, ...(sheet.hidden ? { hidden: true } : {}) };
      grids.push(grid);
      const read = await book.readSheet(sheet, (number, values) => {
        const cells = gridCells(values);
        if (cells.length > 0) rows.push({ number, cells });
        cellCount += cells.length;
        if (cellCount <= maxCells) return true;
        truncated = true;
        return false;
      });
      if (read.hiddenColumns.length > 0) grid.hiddenColumns = read.hiddenColumns;
      if (read.hiddenRows.length > 0) grid.hiddenRows = read.hiddenRows;
      if (read.uncached.length > 0) grid.uncached = read.uncached;
      if (truncated) break;
    }
  });
  return { grids, truncated };
}

/** The first `rows` non-empty rows of every sheet (enough to tell what the file holds), nothing more. */
export async function peekBookGrids(book: XlsxBook, rows: number): Promise<Grid[]> {
  const { file } = book;
  const grids: Grid[] = [];
  await readingAs(file, async () => {
    for (const sheet of book.sheets) {
      const grid: Grid = { file, kind: 'xlsx', sheet: sheet.name, rows: [], ...(sheet.hidden ? { hidden: true } : {}) };
      grids.push(grid);
      await book.readSheet(sheet, (number, values) => {
        const cells = gridCells(values);
        if (cells.length > 0) grid.rows.push({ number, cells });
        return grid.rows.length < rows;
      });
    }
  });
  return grids;
}

/** Any failure that is not already a parcheck error (a limit, a corrupt zip) is an unreadable workbook. */
async function readingAs<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    if (cause instanceof ParcheckError) throw cause;
    throw badWorkbook(file, (cause as Error)?.message ?? String(cause), cause);
  }
}

/** Values by column → grid cells: blanks (and whitespace-only text) are null, trailing blanks dropped. */
function gridCells(values: (RawValue | undefined)[]): CellValue[] {
  const cells: CellValue[] = new Array<CellValue>(values.length);
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    cells[c] = v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;
  }
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/** exceljs cell values → plain values: formulas give their cached result, rich text its text. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
    if (Array.isArray(o.richText)) return toCellValue((o.richText as { text: string }[]).map((r) => r.text).join(''));
    if (typeof o.text === 'string') return toCellValue(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

/**
 * What the files stage hands to ingest: rows of raw cell values with their position, whichever the
 * format. XLSX rows carry their sheet row number (A1 addresses); CSV rows carry their physical line.
 */
export type CellValue = string | number | boolean | Date | null;

export interface GridRow {
  /** 1-based sheet row (XLSX) or the physical line where the CSV record starts. */
  number: number;
  cells: CellValue[];
}

export interface Grid {
  /** The path as the user gave it. */
  file: string;
  kind: 'xlsx' | 'csv';
  sheet?: string;
  rows: GridRow[];
  /** XLSX: the sheet is hidden (state hidden or veryHidden). */
  hidden?: boolean;
  /** XLSX: 0-based indices of hidden columns, and numbers of hidden rows. */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  /** XLSX: cells holding a formula without a cached value (A1), which no reader can know. */
  uncached?: string[];
}

/** 0-based column index → letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → 0-based column index: A → 0, AB → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Where a cell of a grid is, as SourceRef/Location fields: `{sheet, cell}` or `{line, column}`. */
export function cellPlace(grid: Grid, row: GridRow, col: number): { sheet?: string; cell?: string; line?: number; column?: number } {
  if (grid.kind === 'xlsx') return { sheet: grid.sheet, cell: `${columnLetter(col)}${row.number}` };
  return { line: row.number, column: col + 1 };
}

/** A cell's value as trimmed text (numbers as JS prints them, dates as ISO days). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

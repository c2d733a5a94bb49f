/**
 * Finding the header of a table under its title rows, and what each column holds. Group headers are
 * merged cells, which reach us as a value in the top-left cell only: a blank header cell takes its left
 * neighbour's label when both sit under the same labels above (so a column merged down from the top row
 * does not inherit a neighbour's sub-header).
 */
import { cellText, type Grid, type GridRow } from '../files/grid.js';
import { parseVietnameseNumber } from './numbers.js';
import { groupOf, isTotalLabel, roleOf } from './profiles.js';
import { foldText } from './text.js';

export interface HeaderColumn {
  index: number;
  /** Labels from the top header row down, after filling merged groups across (original text). */
  labels: string[];
  /** Folded labels above the last one, joined; and the last (lowest) label. */
  above: string;
  last: string;
  whole: string;
}

export interface HeaderBlock {
  /** Index in grid.rows of the first header row, and how many rows the header spans. */
  start: number;
  count: number;
  columns: HeaderColumn[];
}

const MAX_SCAN = 40;

/** Rows that end a header: group rows ("I. CẤP TỈNH"), totals, numbering rows "(1) (2) (3)". */
export function isSectionLabel(folded: string): boolean {
  return isGroupName(folded) || /^([ivx]+|[a-d])[.)]\s/.test(folded) || /^[ivx]+\s/.test(folded) || /^(ubnd |uy ban nhan dan )?cap (tinh|huyen|xa)\b/.test(folded) || isTotalLabel(folded);
}

export { isTotalLabel };

/** Group labels without numbering: "Sở, ban, ngành", "UBND cấp huyện", "Cấp xã". */
export function isGroupName(folded: string): boolean {
  return /^(cap (tinh|huyen|xa)|so, ban, nganh|so ban nganh|cac so, ban, nganh|ubnd cap (huyen|xa)|khoi (tinh|huyen|xa))$/.test(folded.replace(/[.:]+$/, ''));
}

export function isNumberingRow(row: GridRow): boolean {
  const texts = row.cells.map(cellText).filter((s) => s !== '');
  if (texts.length < 3) return false;
  return texts.every((s) => /^\(?(\d+|[a-z]|[A-Z])\)?$/.test(s) || /^\(?\d+\)?\s*=\s*[\d()+\s-]+$/.test(s));
}

function headerLike(row: GridRow): boolean {
  const texts = row.cells.map(cellText).filter((s) => s !== '');
  if (texts.length === 0 || isNumberingRow(row)) return false;
  // Group and total labels sit in the STT and name columns; "Tổng số" further right is a sub-header.
  if (row.cells.slice(0, 2).some((c) => isSectionLabel(foldText(cellText(c))))) return false;
  return texts.every((s) => parseVietnameseNumber(s, { blank: 'null', percent: true }) === null);
}

/** A row that starts a header: names a unit/STT column or one of the form's groups, in a few cells. */
function startsHeader(row: GridRow): boolean {
  const texts = row.cells.map((c) => cellText(c)).filter((s) => s !== '');
  if (texts.length < 2) return false;
  const roles = texts.filter((s) => roleOf([s]) === 'stt' || roleOf([s]) === 'unit').length;
  const groups = new Set(texts.map(groupOf).filter((g) => g !== null)).size;
  return roles >= 1 || groups >= 2;
}

export function findHeader(grid: Grid, predicate: (row: GridRow) => boolean = startsHeader): HeaderBlock | null {
  const limit = Math.min(grid.rows.length, MAX_SCAN);
  for (let i = 0; i < limit; i++) {
    if (!predicate(grid.rows[i]!)) continue;
    let count = 1;
    while (count < 4 && i + count < grid.rows.length && grid.rows[i + count]!.number === grid.rows[i + count - 1]!.number + 1 && headerLike(grid.rows[i + count]!)) {
      count++;
    }
    return { start: i, count, columns: buildColumns(grid.rows.slice(i, i + count)) };
  }
  return null;
}

export function buildColumns(rows: GridRow[]): HeaderColumn[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const grid: string[][] = rows.map((r) => Array.from({ length: width }, (_, c) => cellText(r.cells[c])));
  for (let k = 0; k < grid.length - 1; k++) {
    for (let c = 1; c < width; c++) {
      if (grid[k]![c] !== '') continue;
      const sameParent = grid.slice(0, k).every((above) => above[c] === above[c - 1]);
      // Blank with sub-headers below and the same labels above as its left neighbour: inside its merge.
      if (sameParent && grid[k]![c - 1] !== '' && grid.slice(k + 1).some((below) => below[c] !== '')) grid[k]![c] = grid[k]![c - 1]!;
    }
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const labels = grid.map((r) => r[c]!).filter((s, k, all) => s !== '' && all.indexOf(s) === k);
    if (labels.length === 0) continue;
    const folded = labels.map(foldText);
    const last = folded[folded.length - 1]!;
    const above = folded.slice(0, -1).join(' ');
    columns.push({ index: c, labels, above, last, whole: folded.join(' ') });
  }
  return columns;
}

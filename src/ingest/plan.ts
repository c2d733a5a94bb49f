/**
 * The plan for reading a table: which shape it is, where its header is, and what each column holds
 * (a role such as unit or level, or a canonical measure), from the header profiles and a --mapping.
 */
import { columnLetter, type Grid } from '../files/grid.js';
import type { ColumnMapping, InputShape } from '../core/types.js';
import { buildColumns, findHeader, type HeaderBlock } from './header.js';
import type { HeaderMapping } from './mapping.js';
import { groupOf, isDeclaredRate, monthlyMeasure, REQUIRED_GROUPS, roleOf, tableMeasure, type Group } from './profiles.js';
import { foldText } from './text.js';

export interface PlannedColumn extends ColumnMapping {
  index: number;
  /** The "STT" column: shown as ignored, but its roman numerals mark group rows. */
  stt?: boolean;
}

export type TablePlan =
  | { kind: 'table'; shape: InputShape; header: HeaderBlock; columns: PlannedColumn[]; groups: Group[] }
  | { kind: 'partial'; header: HeaderBlock; groups: Group[]; missing: Group[] };

export function planTable(grid: Grid, mapping?: HeaderMapping): TablePlan | null {
  const header = mapping?.headerRow !== undefined ? mappedHeader(grid, mapping) : findHeader(grid);
  if (!header) return null;
  const groups = new Set<Group>();
  const columns: PlannedColumn[] = header.columns.map((col) => {
    const letter = columnLetter(col.index);
    const base = { index: col.index, column: letter, header: col.labels.join(' / ') };
    const mapped = mapping?.lookup(letter, col.labels.map(foldText));
    if (mapped) return { ...base, ...mapped, ...(mapped.role === ('stt' as string) ? { role: 'ignored' as const, stt: true } : {}) };
    const role = roleOf(col.last, col.whole);
    if (role === 'stt') return { ...base, measure: null, role: 'ignored' as const, stt: true };
    if (role) return { ...base, measure: null, role };
    const above = groupOf(col.above);
    if (above) groups.add(above);
    const monthly = monthlyMeasure(col.above, col.last);
    const measure = monthly.measure ?? tableMeasure(col.whole);
    if (!measure) return { ...base, measure: null, role: 'ignored' as const };
    return { ...base, measure, role: isDeclaredRate(measure) ? ('declared_rate' as const) : ('measure' as const) };
  });
  const found = REQUIRED_GROUPS.filter((g) => groups.has(g));
  const measures = columns.filter((c) => c.measure !== null);
  let shape: InputShape | null = mapping?.shape ?? null;
  if (!shape) {
    if (found.length === REQUIRED_GROUPS.length) shape = 'monthly_report';
    else if (found.length > 0) return { kind: 'partial', header, groups: found, missing: REQUIRED_GROUPS.filter((g) => !groups.has(g)) };
    else if (measures.length > 0) shape = 'rate_table';
    else return null;
  }
  if (!columns.some((c) => c.role === 'unit')) {
    const candidate = columns.find((c) => !c.stt && c.measure === null && c.role === 'ignored');
    if (candidate) Object.assign(candidate, { role: 'unit', measure: null });
  }
  return { kind: 'table', shape, header, columns, groups: found };
}

function mappedHeader(grid: Grid, mapping: HeaderMapping): HeaderBlock | null {
  const start = grid.rows.findIndex((r) => r.number === mapping.headerRow);
  if (start < 0) return null;
  const count = Math.min(mapping.headerRows ?? 1, grid.rows.length - start);
  return { start, count, columns: buildColumns(grid.rows.slice(start, start + count)) };
}

/**
 * Index tables: a province's rank and score per index and year (PAR INDEX, SIPAS, PAPI, PCI, DTI),
 * one row per index × year, so rank targets ("PCI trong nhóm 10 tỉnh dẫn đầu") can be checked.
 * Measures: `<index>_rank`, `<index>_score`; the period is the row's year.
 */
import { ParcheckError } from '../core/errors.js';
import type { ColumnMapping, IngestWarning, Observation } from '../core/types.js';
import { cellPlace, cellText, columnLetter, type Grid, type GridRow } from '../files/grid.js';
import { buildColumns, type HeaderBlock } from './table-header.js';
import { parseVietnameseNumber } from './numbers.js';
import { indexOf } from './profiles.js';
import { foldText } from './text.js';

export interface IndexTable {
  header: HeaderBlock;
  columns: (ColumnMapping & { index: number })[];
}

const ROLE: [ColumnMapping['role'] | 'rank' | 'score' | 'year', RegExp][] = [
  ['index', /^(chi so|ten chi so|bo chi so|index)$/],
  ['year', /^(nam|nam danh gia|year)$/],
  ['rank', /\b(xep hang|thu hang|hang|rank)\b/],
  ['score', /\b(diem|diem so|gia tri|ket qua|score)\b/],
  ['unit', /^(tinh|don vi|tinh, thanh pho|dia phuong)$/],
];

export function planIndexTable(grid: Grid): IndexTable | null {
  for (let i = 0; i < Math.min(grid.rows.length, 40); i++) {
    const columns = buildColumns([grid.rows[i]!]).map((c) => {
      const role = ROLE.find(([, re]) => re.test(c.last))?.[0];
      const base = { index: c.index, column: columnLetter(c.index), header: c.labels.join(' / ') };
      if (role === 'rank') return { ...base, measure: 'index_rank', role: 'measure' as const };
      if (role === 'score') return { ...base, measure: 'index_score', role: 'measure' as const };
      if (role === 'year') return { ...base, measure: null, role: 'date' as const };
      return { ...base, measure: null, role: (role ?? 'ignored') as ColumnMapping['role'] };
    });
    const has = (r: string) => columns.some((c) => c.role === r);
    if (has('index') && has('date') && columns.some((c) => c.measure !== null)) {
      return { header: { start: i, count: 1, columns: [] }, columns };
    }
  }
  return null;
}

export function readIndexTable(grid: Grid, plan: IndexTable, province: string | undefined): { observations: Observation[]; warnings: IngestWarning[] } {
  const col = (r: string) => plan.columns.find((c) => c.role === r);
  const nameCol = col('index')!;
  const yearCol = col('date')!;
  const unitCol = col('unit');
  const observations: Observation[] = [];
  const errors: ParcheckError[] = [];
  for (const row of grid.rows.slice(plan.header.start + 1)) {
    const name = cellText(row.cells[nameCol.index]);
    const id = indexOf(foldText(name));
    const yearText = cellText(row.cells[yearCol.index]);
    if (!id || !/^\d{4}$/.test(yearText)) continue;
    const unit = (unitCol && cellText(row.cells[unitCol.index])) || province || '';
    for (const c of plan.columns.filter((x) => x.measure !== null)) {
      const raw = row.cells[c.index] ?? null;
      if (raw === null) continue;
      const kind = c.measure === 'index_rank' ? 'rank' : 'score';
      // A score's lone separator is decimal (85,620 is not eighty-five thousand).
      const value = typeof raw === 'number' ? raw : parseVietnameseNumber(cellText(raw), { blank: 'null', percent: kind === 'score', scale: 'percent' });
      if (value === null || value < 0 || (kind === 'rank' && !Number.isInteger(value))) {
        errors.push(badCell(grid, row, c.index, kind, raw));
        continue;
      }
      observations.push({ unit, level: null, period: yearText, measure: `${id}_${kind}`, value, source: { file: grid.file, ...cellPlace(grid, row, c.index) } });
    }
  }
  if (errors.length > 0) throw Object.assign(errors[0]!, { more: errors.slice(1, 20) });
  return { observations, warnings: [] };
}

function badCell(grid: Grid, row: GridRow, index: number, kind: 'rank' | 'score', raw: unknown): ParcheckError {
  return new ParcheckError(
    'INPUT_NUMBER',
    { vi: `Không đọc được ${kind === 'rank' ? 'thứ hạng' : 'điểm'}`, en: `Cannot read the ${kind}` },
    {
      location: { file: grid.file, ...cellPlace(grid, row, index) },
      expected: kind === 'rank' ? { vi: 'một số nguyên dương, ví dụ 12', en: 'a positive whole number, e.g. 12' } : { vi: 'một số, ví dụ 85,62', en: 'a number, e.g. 85,62' },
      found: JSON.stringify(cellText(raw as string)),
    },
  );
}

/**
 * The figures sheet: a workbook written by `parcheck template` (or its CSV form) and filled in by
 * hand. Recognised by its header row of machine column ids (figures-sheet-columns.ts), wherever it
 * sits on the sheet. Each filled `value` cell becomes one observation whose source is that cell and
 * whose `evidence` is the row's source column, so the trail names where a hand-typed figure came from.
 * - A blank value is no figure (the target stays no-data), never zero.
 * - A value that is not a number, or a negative one, is an error with its cell; so are an unknown level
 *   or period, and rows naming different provinces or as-of periods (a sheet is for one province and
 *   one as-of period). Whether a number fits its measure (a rank of 0, a fraction in a count) is the
 *   catalogue's business: check/figures-inputs.ts, run by inspect and check.
 * - A blank unit_name is the level as a whole (level-wide unit, see levelWideUnit) or, for level
 *   `all`, the province as a whole under its own name ("Tỉnh Quảng Nam"), as index tables give it.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { LEVELS, type Level, type Observation, type ScopeLevel } from '../core/types.js';
import { cellPlace, cellText, columnLetter, type CellValue, type Grid, type GridRow } from '../files/grid.js';
import type { GridResult } from './grid-ingest.js';
import { FIGURE_COLUMNS, levelWideUnit, REQUIRED_COLUMNS } from './figures-sheet-columns.js';
import { parseVietnameseNumber } from './numbers.js';
import { normalizePeriod } from './report-period.js';
import { foldText, slugify } from './text.js';

type Column = (typeof FIGURE_COLUMNS)[number];

export interface FiguresHeader {
  index: number;
  columns: Map<Column, number>;
}

/** The header row of a figures sheet among the first rows, or null when the grid is not one. */
export function findFiguresHeader(grid: Grid): FiguresHeader | null {
  const limit = Math.min(grid.rows.length, 20);
  for (let i = 0; i < limit; i++) {
    const cells = grid.rows[i]!.cells.map((c) => cellText(c));
    const columns = new Map<Column, number>();
    cells.forEach((c, j) => {
      const known = FIGURE_COLUMNS.find((k) => k === c);
      if (known && !columns.has(known)) columns.set(known, j);
    });
    if (REQUIRED_COLUMNS.every((c) => columns.has(c))) return { index: i, columns };
  }
  return null;
}

const SCOPE: readonly ScopeLevel[] = ['all', ...LEVELS];
const PROVINCE = /^(tinh|thanh pho) (.+)$/;

export function readFiguresSheet(grid: Grid, header: FiguresHeader): GridResult {
  const col = (name: Column) => header.columns.get(name);
  const observations: Observation[] = [];
  let province: { slug: string; name: string; at: string } | undefined;
  let asOf: { period: string; at: string } | undefined;
  for (const row of grid.rows.slice(header.index + 1)) {
    const get = (name: Column): CellValue => {
      const j = col(name);
      return j === undefined ? null : (row.cells[j] ?? null);
    };
    const measure = cellText(get('measure'));
    if (measure === '' && row.cells.every((c) => cellText(c) === '')) continue;
    const fail = (name: Column, message: { vi: string; en: string }, expected: string | { vi: string; en: string }, found: string, hint?: { vi: string; en: string }) =>
      new ParcheckError(name === 'value' ? valueCode(found) : 'INPUT_FIGURES', message, {
        location: { file: grid.file, ...cellPlace(grid, row, col(name)!) },
        expected,
        found,
        ...(hint ? { hint } : {}),
      });

    if (measure === '') throw fail('measure', text('Thiếu mã số liệu', 'No measure id'), text('mã số liệu của biểu nhập', 'a measure id of the template'), '—');
    const p = provinceOf(cellText(get('province')));
    if (!p) throw fail('province', text('Thiếu tên tỉnh', 'No province'), 'Tỉnh …', cellText(get('province')) || '—');
    const here = place(grid, row, col('province')!);
    if (!province) province = { ...p, at: here };
    else if (province.slug !== p.slug) {
      throw fail(
        'province',
        text(`Biểu ghi hai tỉnh: ${province.name} (${province.at}) và ${p.name}`, `The sheet names two provinces: ${province.name} (${province.at}) and ${p.name}`),
        province.name,
        p.name,
      );
    }
    const periodAt = (name: 'as_of' | 'period') => {
      try {
        return normalizePeriod(cellText(get(name)));
      } catch {
        throw fail(
          name,
          text(`Kỳ không hợp lệ: "${cellText(get(name))}"`, `Invalid period: "${cellText(get(name))}"`),
          text('tháng 2025-10, quý 2025-Q4 hoặc năm 2025', 'a month 2025-10, a quarter 2025-Q4 or a year 2025'),
          cellText(get(name)) || '—',
        );
      }
    };
    const a = periodAt('as_of');
    if (!asOf) asOf = { period: a, at: place(grid, row, col('as_of')!) };
    else if (asOf.period !== a) {
      throw fail('as_of', text(`Biểu ghi hai kỳ đánh giá: ${asOf.period} (${asOf.at}) và ${a}`, `The sheet names two as-of periods: ${asOf.period} (${asOf.at}) and ${a}`), asOf.period, a);
    }
    const levelText = cellText(get('level'));
    const level = SCOPE.find((l) => l === levelText);
    if (!level) throw fail('level', text(`Cấp không hợp lệ: "${levelText}"`, `Invalid level: "${levelText}"`), SCOPE.join(', '), levelText || '—');
    const period = periodAt('period');

    const raw = get('value');
    if (raw === null || cellText(raw) === '') continue;
    const value = typeof raw === 'number' ? raw : parseVietnameseNumber(cellText(raw), { blank: 'null' });
    if (value === null || !Number.isFinite(value) || value < 0) {
      throw fail(
        'value',
        text(`${measure}: giá trị "${cellText(raw)}" không phải là số không âm`, `${measure}: value "${cellText(raw)}" is not a non-negative number`),
        text('một số ≥ 0 (1.234 hoặc 95,5)', 'a number ≥ 0 (1.234 or 95,5)'),
        cellText(raw),
        text('Sửa ô này hoặc để trống nếu chưa có số liệu.', 'Fix the cell, or leave it blank when the figure is not known.'),
      );
    }
    const unitName = cellText(get('unit_name'));
    const unit = unitName !== '' ? unitName : level === 'all' ? p.name : levelWideUnit(level, p.name);
    const unitLevel: Level | null = level === 'all' ? null : level;
    const evidence = col('source') === undefined ? '' : cellText(get('source'));
    observations.push({
      unit,
      level: unitLevel,
      period,
      measure,
      value,
      source: { file: grid.file, ...cellPlace(grid, row, col('value')!), ...(evidence !== '' ? { evidence } : {}) },
    });
  }
  const periods = [...new Set(observations.map((o) => o.period))].sort();
  const units = [...new Map(observations.map((o) => [o.unit, { name: o.unit, level: o.level, levelFrom: 'column' as const }])).values()];
  return {
    shape: 'figures_sheet',
    ...(grid.sheet ? { sheet: grid.sheet } : {}),
    ...(province ? { province: province.slug } : {}),
    ...(asOf ? { asOf: asOf.period } : {}),
    headerRows: [grid.rows[header.index]!.number],
    columns: [...header.columns].map(([name, j]) => ({
      column: columnLetter(j),
      header: name,
      measure: null,
      role: name === 'value' ? ('measure' as const) : name === 'unit_name' ? ('unit' as const) : name === 'level' ? ('level' as const) : ('ignored' as const),
    })),
    periods,
    units,
    observations,
    warnings: [],
    rowsRead: grid.rows.length,
  };
}

function provinceOf(raw: string): { slug: string; name: string } | null {
  const m = PROVINCE.exec(foldText(raw));
  if (m) return { slug: slugify(m[2]!), name: raw.trim() };
  return raw.trim() === '' ? null : { slug: slugify(raw), name: raw.trim() };
}

function place(grid: Grid, row: GridRow, j: number): string {
  const p = cellPlace(grid, row, j);
  return p.cell ?? `${p.line}:${p.column}`;
}

function valueCode(found: string): 'INPUT_NUMBER' | 'INPUT_NEGATIVE' {
  const n = parseVietnameseNumber(found, { blank: 'null' });
  return n !== null && n < 0 ? 'INPUT_NEGATIVE' : 'INPUT_NUMBER';
}

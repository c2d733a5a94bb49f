/**
 * Reading the rows of a monthly report or a rate table, once its plan is known: group rows set the
 * level of the units below them, the total row is kept apart for reconciliation, footnotes and blank
 * rows are skipped, and every figure becomes an observation pointing at its cell.
 */
import { ParcheckError } from '../core/errors.js';
import type { IngestWarning, Level, Observation, Period, RegistryUnit, SourceRef } from '../core/types.js';
import { cellPlace, cellText, type CellValue, type Grid, type GridRow } from '../files/grid.js';
import { isNumberingRow, isSectionLabel, isTotalLabel } from './header.js';
import { inferLevelFromName, levelFromLabel } from './levels.js';
import { isBlankNumber, parseVietnameseNumber } from './numbers.js';
import type { PlannedColumn } from './plan.js';
import { resolveUnit } from './resolve-unit.js';
import { foldText } from './text.js';

export type LevelFrom = 'registry' | 'column' | 'group' | 'name' | 'unknown';
export interface Figure {
  value: number;
  source: SourceRef;
}
export interface UnitRow {
  unit: string;
  level: Level | null;
  levelFrom: LevelFrom;
  row: GridRow;
  figures: Map<string, Figure>;
}
export interface TableRows {
  units: UnitRow[];
  /** Group rows with figures (subtotals), with the units under them. */
  groups: { label: string; figures: Map<string, Figure>; units: UnitRow[] }[];
  total: Map<string, Figure> | null;
}

const MAX_ERRORS = 20;

export function readTableRows(grid: Grid, columns: PlannedColumn[], bodyStart: number, period: Period, registry?: RegistryUnit[]): TableRows {
  const unitCol = columns.find((c) => c.role === 'unit');
  const levelCol = columns.find((c) => c.role === 'level');
  const sttCol = columns.find((c) => c.stt);
  const measures = columns.filter((c) => c.measure !== null);
  const scales = new Map(measures.filter((c) => c.role === 'declared_rate').map((c) => [c.index, rateScale(grid, c, bodyStart)]));
  const errors: ParcheckError[] = [];
  const out: TableRows = { units: [], groups: [], total: null };
  let groupLevel: Level | null = null;
  let group: TableRows['groups'][number] | null = null;

  for (const row of grid.rows.slice(bodyStart)) {
    if (isNumberingRow(row)) continue;
    const stt = sttCol ? cellText(row.cells[sttCol.index]) : '';
    const name = unitCol ? cellText(row.cells[unitCol.index]) : '';
    const label = name || firstText(row);
    const folded = foldText(`${/^[ivx]+\.?$/i.test(stt) ? `${stt.replace(/\.$/, '')}. ` : ''}${label}`);
    const hasFigures = measures.some((c) => !isBlankNumber(row.cells[c.index]) && typeof row.cells[c.index] !== 'boolean');
    if (isTotalLabel(foldText(label)) || isTotalLabel(foldText(stt))) {
      if (hasFigures) out.total = figuresOf(grid, row, measures, scales, errors);
      continue;
    }
    if (/^[ivx]+$/i.test(stt.replace(/\.$/, '')) || isSectionLabel(folded)) {
      groupLevel = levelFromLabel(folded) ?? groupLevel;
      group = { label, figures: hasFigures ? figuresOf(grid, row, measures, scales, errors) : new Map(), units: [] };
      out.groups.push(group);
      continue;
    }
    if (!hasFigures || name === '' || isFootnote(foldText(name))) continue;
    const figures = figuresOf(grid, row, measures, scales, errors);
    const unit = nameOf(name);
    const known = resolveUnit(unit, registry, period);
    const fromColumn = levelCol ? levelFromLabel(cellText(row.cells[levelCol.index])) : null;
    const fromName = inferLevelFromName(unit);
    const [level, levelFrom]: [Level | null, LevelFrom] = known
      ? [known.level, 'registry']
      : fromColumn
        ? [fromColumn, 'column']
        : groupLevel
          ? [groupLevel, 'group']
          : fromName
            ? [fromName, 'name']
            : [null, 'unknown'];
    const entry: UnitRow = { unit: known?.name ?? unit, level, levelFrom, row, figures };
    out.units.push(entry);
    group?.units.push(entry);
    if (errors.length >= MAX_ERRORS) break;
  }
  if (errors.length > 0) throw Object.assign(errors[0]!, { more: errors.slice(1, MAX_ERRORS) });
  return out;
}

function firstText(row: GridRow): string {
  for (const c of row.cells) {
    const s = cellText(c);
    if (s !== '' && parseVietnameseNumber(s, { blank: 'null', percent: true }) === null) return s;
  }
  return '';
}

function isFootnote(folded: string): boolean {
  return /^(\*|\(\*|ghi chu|nguon|luu y|chu thich|nguoi lap|thu truong|ghi ro|trong do)/.test(folded);
}

/** "1. Sở Tư pháp" → "Sở Tư pháp": numbering typed into the name cell is not part of it. */
function nameOf(raw: string): string {
  return raw.replace(/^\d+[.)]\s+/, '').replace(/\s+/g, ' ').trim();
}

/** A rate column is in fractions (0,953) only when no value in it exceeds 1. */
function rateScale(grid: Grid, col: PlannedColumn, bodyStart: number): 'auto' | 'percent' {
  for (const row of grid.rows.slice(bodyStart)) {
    const v = row.cells[col.index];
    if (typeof v === 'string' && v.includes('%')) continue;
    const n = parseVietnameseNumber(v as string | number | null, { percent: true, scale: 'percent', blank: 'null' });
    if (n !== null && n > 1) return 'percent';
  }
  return 'auto';
}

const EXPECTED_RATE = { vi: 'một tỷ lệ phần trăm, ví dụ 95,3% hoặc 95.3 hoặc 0,953', en: 'a percentage, e.g. 95,3% or 95.3 or 0,953' };
const EXPECTED_COUNT = { vi: 'một số nguyên không âm, ví dụ 1.234', en: 'a whole non-negative number, e.g. 1.234' };

function figuresOf(grid: Grid, row: GridRow, measures: PlannedColumn[], scales: Map<number, 'auto' | 'percent'>, errors: ParcheckError[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const col of measures) {
    const raw = row.cells[col.index] ?? null;
    const place = cellPlace(grid, row, col.index);
    const source: SourceRef = { file: grid.file, ...place };
    const isRate = col.role === 'declared_rate';
    const value = readNumber(raw, isRate, scales.get(col.index));
    const expected = isRate ? EXPECTED_RATE : EXPECTED_COUNT;
    if (value === null || (!isRate && !Number.isInteger(value) && !col.measure!.endsWith('_score'))) {
      errors.push(new ParcheckError('INPUT_NUMBER', { vi: `Không đọc được số ở cột "${col.header}"`, en: `Cannot read a number in column "${col.header}"` }, {
        location: { ...source }, expected, found: JSON.stringify(cellText(raw as CellValue)),
        hint: { vi: 'Sửa ô này trong tệp nguồn (chỉ ghi số, dấu chấm ngăn cách hàng nghìn) rồi chạy lại.', en: 'Fix this cell in the source file (digits only, dots between thousands) and re-run.' },
      }));
      continue;
    }
    if (value < 0) {
      errors.push(new ParcheckError('INPUT_NEGATIVE', { vi: `Số âm ở cột "${col.header}"`, en: `Negative figure in column "${col.header}"` }, {
        location: { ...source }, expected, found: cellText(raw as CellValue),
        hint: { vi: 'Số hồ sơ không thể âm: kiểm tra lại ô này trong tệp nguồn.', en: 'A count cannot be negative: check this cell in the source file.' },
      }));
      continue;
    }
    out.set(col.measure!, { value, source });
  }
  return out;
}

function readNumber(raw: CellValue, percent: boolean, scale: 'auto' | 'percent' | undefined): number | null {
  if (raw instanceof Date || typeof raw === 'boolean') return null;
  return parseVietnameseNumber(raw, percent ? { percent: true, scale: scale ?? 'auto' } : {});
}

export function observationsOf(rows: TableRows, period: Period): Observation[] {
  const out: Observation[] = [];
  for (const u of rows.units) {
    for (const [measure, f] of u.figures) out.push({ unit: u.unit, level: u.level, period, measure, value: f.value, source: f.source });
  }
  return out;
}

export type { IngestWarning };

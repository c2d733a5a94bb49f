/**
 * Reading the rows of a monthly report or a rate table, once its plan is known: group rows set the
 * level of the units below them, the total row is kept apart for reconciliation, footnotes and blank
 * rows are skipped, and every figure becomes an observation pointing at its cell.
 */
import { ParcheckError } from '../core/errors.js';
import type { IngestWarning, Level, Observation, Period, RegistryUnit, SourceRef } from '../core/types.js';
import { cellPlace, cellText, type CellValue, type Grid, type GridRow } from '../files/grid.js';
import { measureKindOf } from '../core/measure-catalogue.js';
import { isGroupName, isNumberingRow, isSectionLabel } from './table-header.js';
import { inferLevelFromName, levelFromLabel } from './unit-levels.js';
import { isBlankNumber, parseVietnameseNumber } from './numbers.js';
import type { PlannedColumn } from './plan.js';
import { isFooterLabel, isTotalLabel } from './profiles.js';
import { resolveUnit } from './resolve-unit.js';
import { foldText } from './text.js';
import { warning, type WarningCode, type WarningData } from '../core/warnings.js';

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
  /** Every total row (on top and at the bottom), each checked against the units' sum. */
  totals: Map<string, Figure>[];
  notes: IngestWarning[];
}

/** Problems reported per file: enough to fix a file in one pass, few enough to read. */
export const MAX_PROBLEMS = 50;

type Kind = 'blank' | 'numbering' | 'total' | 'group' | 'unit' | 'footer' | 'orphan' | 'zero-unit';

/** How the body's cells of one row look: numbers, text that is not a number, blanks. */
function cellsOf(row: GridRow, measures: PlannedColumn[]): { numbers: number; texts: number } {
  let numbers = 0;
  let texts = 0;
  for (const c of measures) {
    const v = row.cells[c.index];
    if (isBlankNumber(v)) continue;
    if (typeof v === 'number' || parseVietnameseNumber(v as string, { percent: c.role === 'declared_rate' }) !== null) numbers++;
    else texts++;
  }
  return { numbers, texts };
}

export function readTableRows(grid: Grid, columns: PlannedColumn[], bodyStart: number, period: Period, registry?: RegistryUnit[]): TableRows {
  const unitCol = columns.find((c) => c.role === 'unit');
  const levelCol = columns.find((c) => c.role === 'level');
  const sttCol = columns.find((c) => c.stt);
  const measures = columns.filter((c) => c.measure !== null);
  const scales = new Map(measures.filter((c) => c.role === 'declared_rate').map((c) => [c.index, rateScale(grid, c, bodyStart)]));
  const errors: ParcheckError[] = [];
  const out: TableRows = { units: [], groups: [], total: null, totals: [], notes: [] };
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const uncached = new Set(grid.uncached ?? []);
  const ctx: FigureContext = { grid, measures, scales, errors, uncached };
  let groupLevel: Level | null = null;
  let group: TableRows['groups'][number] | null = null;
  let footer: GridRow | null = null;
  const rows = grid.rows.slice(bodyStart);
  let i = 0;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (hiddenRows.has(row.number)) {
      out.notes.push(note(grid, row, 'HIDDEN_ROW', { row: row.number }));
      continue;
    }
    const stt = sttCol ? cellText(row.cells[sttCol.index]) : '';
    const name = unitCol ? cellText(row.cells[unitCol.index]) : '';
    const label = name || firstText(row);
    const kind = classify(row, stt, name, label, measures);
    if (kind === 'blank' || kind === 'numbering') continue;
    if (kind === 'footer') {
      footer = row;
      break;
    }
    if (kind === 'total') {
      const figures = figuresOf(ctx, row);
      if (out.total) out.notes.push(note(grid, row, 'SECOND_TOTAL_ROW', { label, row: row.number }));
      out.totals.push(figures);
      out.total ??= figures;
      continue;
    }
    if (kind === 'group') {
      const folded = foldText(`${/^[ivx]+\.?$/i.test(stt) ? `${stt.replace(/\.$/, '')}. ` : ''}${label}`);
      groupLevel = levelFromLabel(folded) ?? groupLevel;
      const { numbers } = cellsOf(row, measures);
      group = { label, figures: numbers > 0 ? figuresOf(ctx, row) : new Map(), units: [] };
      out.groups.push(group);
      continue;
    }
    if (kind === 'orphan') {
      const at = measures.find((c) => !isBlankNumber(row.cells[c.index]))!;
      errors.push(
        new ParcheckError(
          'INPUT_INCONSISTENT',
          { vi: `Dòng ${row.number} có số liệu nhưng không có tên đơn vị`, en: `Row ${row.number} has figures but no unit name` },
          {
            location: { file: grid.file, ...cellPlace(grid, row, unitCol?.index ?? 0) },
            expected: { vi: 'tên đơn vị ở cột tên đơn vị', en: 'a unit name in the unit column' },
            found: cellText(row.cells[at.index]),
            hint: {
              vi: 'Ghi tên đơn vị vào ô này (nếu tên được gộp ô với dòng trên, hãy gộp cả các ô số liệu hoặc ghi số liệu ở dòng trên).',
              en: 'Write the unit name in this cell (if the name is merged with the row above, merge the figure cells too or put the figures on the row above).',
            },
          },
        ),
      );
      continue;
    }
    const figures = figuresOf(ctx, row);
    const unit = nameOf(name);
    if (
      unit !==
      name
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^\d+[.)]\s+/, '')
    ) {
      out.notes.push(note(grid, row, 'UNIT_FOOTNOTE', { name, unit }, unitCol?.index));
    }
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
    if (kind === 'zero-unit' && !known && !fromColumn && !groupLevel && !fromName && !laterBody(rows, i + 1, stt, sttCol, unitCol, measures)) {
      // A trailing named row with nothing in it and nothing to say it is a unit: the footer's first line.
      footer = row;
      break;
    }
    const entry: UnitRow = { unit: known?.name ?? unit, level, levelFrom, row, figures };
    out.units.push(entry);
    group?.units.push(entry);
  }
  if (footer) afterFooter(grid, rows.slice(i + 1), footer, unitCol, measures, errors);
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_PROBLEMS);
    if (errors.length > MAX_PROBLEMS) shown.push(moreProblems(grid, errors.length - MAX_PROBLEMS));
    throw Object.assign(shown[0]!, { more: shown.slice(1) });
  }
  return out;
}

export function moreProblems(grid: Grid, n: number): ParcheckError {
  return new ParcheckError(errorsCode(), { vi: `và ${n} lỗi khác`, en: `and ${n} more problems` }, { location: { file: grid.file, ...(grid.sheet ? { sheet: grid.sheet } : {}) } });
}
const errorsCode = () => 'INPUT_NUMBER' as const;

function classify(row: GridRow, stt: string, name: string, label: string, measures: PlannedColumn[]): Kind {
  if (row.cells.every((c) => c === null || cellText(c) === '')) return 'blank';
  if (isNumberingRow(row)) return 'numbering';
  if (isFooterLabel(label) || (name === '' && isFooterLabel(firstText(row)))) return 'footer';
  if (isTotalLabel(label) || (stt !== '' && isTotalLabel(stt))) return 'total';
  const folded = foldText(`${/^[ivx]+\.?$/i.test(stt) ? `${stt.replace(/\.$/, '')}. ` : ''}${label}`);
  if (/^[ivx]+$/i.test(stt.replace(/\.$/, '')) || /^[A-D]\.?$/.test(stt) || isSectionLabel(folded) || (name !== '' && isGroupName(foldText(name)))) return 'group';
  const { numbers, texts } = cellsOf(row, measures);
  if (name === '') return numbers > 0 && texts === 0 ? 'orphan' : texts > 0 ? 'footer' : 'blank';
  // Text under the figure columns and no number at all: a signature or a note, not a unit.
  if (texts > 0 && numbers === 0) return 'footer';
  return numbers === 0 && texts === 0 ? 'zero-unit' : 'unit';
}

/** Whether a unit, group or total row follows (so a blank named row above it is a unit with zeros). */
function laterBody(rows: GridRow[], from: number, _stt: string, sttCol: PlannedColumn | undefined, unitCol: PlannedColumn | undefined, measures: PlannedColumn[]): boolean {
  for (const row of rows.slice(from)) {
    const stt = sttCol ? cellText(row.cells[sttCol.index]) : '';
    const name = unitCol ? cellText(row.cells[unitCol.index]) : '';
    const kind = classify(row, stt, name, name || firstText(row), measures);
    if (kind === 'footer') return false;
    if (kind === 'unit' || kind === 'total' || kind === 'group' || kind === 'orphan') return true;
  }
  return false;
}

/** Nothing after the body's end is read; a row there that looks like a unit's is an error, never dropped silently. */
function afterFooter(grid: Grid, rows: GridRow[], footer: GridRow, unitCol: PlannedColumn | undefined, measures: PlannedColumn[], errors: ParcheckError[]): void {
  for (const row of rows) {
    const name = unitCol ? cellText(row.cells[unitCol.index]) : '';
    if (name === '' || isFooterLabel(name) || isTotalLabel(name)) continue;
    const { numbers, texts } = cellsOf(row, measures);
    if (texts > 0 || numbers < Math.max(2, Math.ceil(measures.length / 2))) continue;
    errors.push(
      new ParcheckError(
        'INPUT_INCONSISTENT',
        {
          vi: `Dòng ${row.number} ("${name}") trông như số liệu của một đơn vị nhưng nằm sau cuối bảng (bảng kết thúc ở dòng ${footer.number})`,
          en: `Row ${row.number} ("${name}") looks like a unit's figures but lies after the table's end (the table ends at row ${footer.number})`,
        },
        {
          location: { file: grid.file, ...cellPlace(grid, row, unitCol!.index) },
          expected: { vi: 'đơn vị nằm trong thân bảng, trước phần ghi chú và chữ ký', en: 'units inside the body, before the notes and signatures' },
          found: `${footer.number}: ${firstText(footer)}`,
          hint: {
            vi: `Dòng ${footer.number} ("${firstText(footer)}") được hiểu là phần cuối biểu (ghi chú, ngày ký, chữ ký). Nếu dòng ${row.number} là một đơn vị, chuyển nó lên trên dòng đó.`,
            en: `Row ${footer.number} ("${firstText(footer)}") is read as the form's footer (notes, signing date, signatures). If row ${row.number} is a unit, move it above that row.`,
          },
        },
      ),
    );
  }
}

/** A warning about a row, placed at its cell of column `col`. */
function note<C extends WarningCode>(grid: Grid, row: GridRow, code: C, data: WarningData[C], col = 0): IngestWarning {
  return warning(code, data, { location: { file: grid.file, ...cellPlace(grid, row, col) } });
}

function firstText(row: GridRow): string {
  for (const c of row.cells) {
    const s = cellText(c);
    if (s !== '' && parseVietnameseNumber(s, { blank: 'null', percent: true }) === null) return s;
  }
  return '';
}

/** "1. Sở Tư pháp" → "Sở Tư pháp", "UBND huyện Tiên Phước (*)" → "UBND huyện Tiên Phước": numbering and footnote markers are not part of a name. */
function nameOf(raw: string): string {
  return raw
    .replace(/^\d+[.)]\s+/, '')
    .replace(/\s*(\(\*+\)|\*+|\(\d\))\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
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

interface FigureContext {
  grid: Grid;
  measures: PlannedColumn[];
  scales: Map<number, 'auto' | 'percent'>;
  errors: ParcheckError[];
  uncached: Set<string>;
}

function figuresOf({ grid, measures, scales, errors, uncached }: FigureContext, row: GridRow): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const col of measures) {
    const raw = row.cells[col.index] ?? null;
    const place = cellPlace(grid, row, col.index);
    const source: SourceRef = { file: grid.file, ...place };
    if (raw === null && place.cell && uncached.has(place.cell)) {
      errors.push(
        new ParcheckError(
          'INPUT_NUMBER',
          { vi: `Ô ${place.cell} có công thức nhưng không có giá trị đã tính`, en: `Cell ${place.cell} holds a formula without a computed value` },
          {
            location: { ...source },
            expected: { vi: 'giá trị của công thức, lưu trong tệp', en: "the formula's value, stored in the file" },
            found: { vi: 'công thức chưa được tính', en: 'a formula never computed' }.vi,
            hint: {
              vi: 'Tệp được tạo bởi một chương trình không tính công thức (openpyxl, LibreOffice tắt tính lại…): mở tệp bằng Excel, lưu lại rồi chạy lại. parcheck không đọc ô này là 0.',
              en: 'The file was written by a program that does not compute formulas (openpyxl, LibreOffice with recalculation off…): open it in Excel, save it, and re-run. parcheck never reads this cell as 0.',
            },
          },
        ),
      );
      continue;
    }
    const isRate = col.role === 'declared_rate';
    const value = readNumber(raw, isRate, scales.get(col.index));
    const expected = isRate ? EXPECTED_RATE : EXPECTED_COUNT;
    if (value === null || (!isRate && !Number.isInteger(value) && measureKindOf(col.measure!) !== 'score')) {
      errors.push(
        new ParcheckError(
          'INPUT_NUMBER',
          { vi: `Không đọc được số ở cột "${col.header}"`, en: `Cannot read a number in column "${col.header}"` },
          {
            location: { ...source },
            expected,
            found: JSON.stringify(cellText(raw as CellValue)),
            hint:
              typeof raw === 'string' && /[a-zà-ỹđ]{2}/i.test(raw)
                ? {
                    vi: `Ô này nằm trong thân bảng, ở dòng của "${firstText(row)}": ghi số (0 nếu không có) thay cho chữ, hoặc chuyển ghi chú sang cột "Ghi chú".`,
                    en: `This cell is inside the table's body, on the row of "${firstText(row)}": write a number (0 if none) instead of text, or move the note to a "Ghi chú" column.`,
                  }
                : {
                    vi: 'Sửa ô này trong tệp nguồn (chỉ ghi số, dấu chấm ngăn cách hàng nghìn) rồi chạy lại.',
                    en: 'Fix this cell in the source file (digits only, dots between thousands) and re-run.',
                  },
          },
        ),
      );
      continue;
    }
    if (value < 0) {
      errors.push(
        new ParcheckError(
          'INPUT_NEGATIVE',
          { vi: `Số âm ở cột "${col.header}"`, en: `Negative figure in column "${col.header}"` },
          {
            location: { ...source },
            expected,
            found: cellText(raw as CellValue),
            hint: { vi: 'Số hồ sơ không thể âm: kiểm tra lại ô này trong tệp nguồn.', en: 'A count cannot be negative: check this cell in the source file.' },
          },
        ),
      );
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

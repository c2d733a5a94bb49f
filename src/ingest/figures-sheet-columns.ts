/**
 * The columns of a figures sheet (the workbook `parcheck template` writes and an officer fills in),
 * shared by the writer and the reader. Machine columns carry English ids so scripts can fill the CSV
 * form; the Vietnamese ones are there for the officer and are not read back.
 */
import type { ScopeLevel } from '../core/types.js';

export const FIGURE_COLUMNS = [
  'province',
  'as_of',
  'measure',
  'Tên số liệu',
  'Đơn vị tính',
  'level',
  'Cấp',
  'unit_name',
  'period',
  'value',
  'source',
  'Chỉ tiêu cần số liệu',
  'Giá trị hợp lệ',
] as const;

/** Columns the reader needs; a header row holding all of them marks a figures sheet. */
export const REQUIRED_COLUMNS = ['province', 'as_of', 'measure', 'level', 'unit_name', 'period', 'value'] as const;

export const LEVEL_WORDS: Record<ScopeLevel, string> = {
  all: 'Toàn tỉnh',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/**
 * The unit name a level-wide figure is stored under: one row standing for the whole level, so the
 * check sums it with no other unit of that level (figures-sheet-check.ts refuses a mix).
 */
export function levelWideUnit(level: Exclude<ScopeLevel, 'all'>, province: string): string {
  return `${LEVEL_WORDS[level]} (toàn cấp) - ${province}`;
}

export const LEVEL_WIDE = /\(toàn cấp\) - /;

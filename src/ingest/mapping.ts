/**
 * `--mapping FILE`: a small YAML file that tells parcheck what an unknown export's columns hold.
 *
 *   shape: monthly_report        # optional: monthly_report | rate_table
 *   header_row: 6                # optional: row (XLSX) or line (CSV) where the header starts
 *   header_rows: 2               # optional: how many rows the header spans
 *   columns:
 *     - { column: B, role: unit }
 *     - { header: "Tiếp nhận trong kỳ / Qua mạng", measure: received_online }
 *
 * A column is named by its letter or by its header text (any label of it, or all of them joined by
 * " / ", compared folded). Every problem is reported with its line.
 * For a dossier list (`shape: dossier_list`, or any of the roles below) the roles say what a column
 * holds: code, unit, level, channel, received_date, due_date, returned_date, status, digitized,
 * payable, paid_online, e_circulated, service_level, dossier_digitized (dossier-list/columns.ts applies them; the form path ignores them).
 */
import { isScalar, type YAMLMap } from 'yaml';
import { ParcheckError } from '../core/errors.js';
import type { Text } from '../core/i18n.js';
import type { ColumnMapping, InputShape } from '../core/types.js';
import { closeMeasures, unknownMeasureHint } from '../core/measure-catalogue.js';
import { isDeclaredRate, knownMeasures } from './profiles.js';
import { foldText } from './text.js';
import { isMap, isSeq, lineOf, loadYaml, type LoadedYaml } from './yaml-lines.js';

type Mapped = Pick<ColumnMapping, 'measure' | 'role'>;

export interface HeaderMapping {
  file: string;
  shape?: InputShape;
  headerRow?: number;
  headerRows?: number;
  /** The sheet to read (by name), as `inspect --suggest-mapping` writes it. */
  sheet?: string;
  lookup(letter: string, foldedLabels: string[]): Mapped | undefined;
  /** Every column entry as written (letter or folded header, role or measure) with its line. */
  entries?: MappingEntry[];
}

export interface MappingEntry {
  column?: string;
  /** Folded header text. */
  header?: string;
  role?: string;
  measure?: string;
  line: number;
}

/** Roles that only a dossier list has (unit and level are shared with the forms). */
export const DOSSIER_ROLES = new Set([
  'code',
  'channel',
  'received_date',
  'due_date',
  'returned_date',
  'status',
  'digitized',
  'payable',
  'paid_online',
  'e_circulated',
  'service_level',
  'dossier_digitized',
]);
const ROLES = new Set(['unit', 'level', 'stt', 'ignore', ...DOSSIER_ROLES]);
const SHAPES = new Set(['monthly_report', 'rate_table', 'dossier_list']);

/** A mapping meant for a dossier list: so declared, or naming a role only a dossier list has. */
export function isDossierMapping(mapping: HeaderMapping): boolean {
  return mapping.shape === 'dossier_list' || (mapping.entries ?? []).some((e) => e.role !== undefined && DOSSIER_ROLES.has(e.role));
}

export async function loadMapping(file: string): Promise<HeaderMapping> {
  return parseMapping(await loadYaml(file, 'MAPPING_SCHEMA'));
}

function parseMapping(y: LoadedYaml): HeaderMapping {
  const errors: ParcheckError[] = [];
  const fail: Fail = (node, vi, en, found, hint) => errors.push(new ParcheckError('MAPPING_SCHEMA', { vi, en }, { location: { file: y.file, line: lineOf(y, node) }, found, hint }));
  const root = y.doc.contents;
  const mapping: HeaderMapping = { file: y.file, lookup: () => undefined, entries: [] };
  const byLetter = new Map<string, Mapped>();
  const byHeader = new Map<string, Mapped>();
  if (!isMap(root)) {
    fail(root, 'Tệp ánh xạ phải là một đối tượng YAML có "columns:"', 'A mapping file must be a YAML mapping with "columns:"');
  } else {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (key === 'shape') {
        if (typeof value === 'string' && SHAPES.has(value)) mapping.shape = value as InputShape;
        else fail(pair.value, '"shape" phải là monthly_report, rate_table hoặc dossier_list', '"shape" must be monthly_report, rate_table or dossier_list', String(value));
      } else if (key === 'sheet') {
        if (typeof value === 'string' && value !== '') mapping.sheet = value;
        else fail(pair.value, '"sheet" phải là tên trang tính', '"sheet" must be a sheet name', String(value));
      } else if (key === 'header_row' || key === 'header_rows') {
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1) mapping[key === 'header_row' ? 'headerRow' : 'headerRows'] = value;
        else fail(pair.value, `"${key}" phải là số nguyên dương`, `"${key}" must be a positive integer`, String(value));
      } else if (key === 'columns') {
        if (!isSeq(pair.value)) fail(pair.value ?? pair.key, '"columns" phải là danh sách', '"columns" must be a list');
        else {
          for (const [i, item] of pair.value.items.entries()) readColumn(item, i, fail, byLetter, byHeader, (e) => mapping.entries!.push({ ...e, line: lineOf(y, item) }));
        }
      } else fail(pair.key, `Khóa lạ "${key}"`, `Unknown key "${key}"`, key);
    }
    if (!root.has('columns')) fail(root, 'Thiếu "columns:"', 'Missing "columns:"');
  }
  if (errors.length > 0) throw Object.assign(errors[0]!, { more: errors.slice(1) });
  mapping.lookup = (letter, labels) => {
    const hit = byLetter.get(letter);
    if (hit) return hit;
    for (const key of [labels.join(' / '), ...labels.slice().reverse()]) {
      const h = byHeader.get(key);
      if (h) return h;
    }
    return undefined;
  };
  return mapping;
}

type Fail = (node: unknown, vi: string, en: string, found?: string, hint?: Text) => void;

function readColumn(item: unknown, i: number, fail: Fail, byLetter: Map<string, Mapped>, byHeader: Map<string, Mapped>, record: (e: Omit<MappingEntry, 'line'>) => void): void {
  if (!isMap(item)) return void fail(item, `columns[${i}] phải là một đối tượng`, `columns[${i}] must be a mapping`);
  const map = item as YAMLMap;
  const get = (k: string) => {
    const n = map.get(k, true);
    return isScalar(n) ? String(n.value) : undefined;
  };
  for (const pair of map.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!['column', 'header', 'measure', 'role'].includes(k)) fail(pair.key, `columns[${i}]: khóa lạ "${k}"`, `columns[${i}]: unknown key "${k}"`, k);
  }
  const column = get('column');
  const header = get('header');
  const measure = get('measure');
  const role = get('role');
  if ((column === undefined) === (header === undefined)) fail(item, `columns[${i}] cần đúng một trong "column" hoặc "header"`, `columns[${i}] needs exactly one of "column" or "header"`);
  if (column !== undefined && !/^[A-Z]{1,3}$/.test(column))
    fail(map.get('column', true), `columns[${i}].column phải là chữ cái cột (A, B, …, AA)`, `columns[${i}].column must be a column letter (A, B, …, AA)`, column);
  if ((measure === undefined) === (role === undefined)) fail(item, `columns[${i}] cần đúng một trong "measure" hoặc "role"`, `columns[${i}] needs exactly one of "measure" or "role"`);
  if (measure !== undefined && !knownMeasures().has(measure)) {
    const hint = unknownMeasureHint(closeMeasures(measure, [...knownMeasures()]));
    fail(map.get('measure', true), `columns[${i}].measure "${measure}" không có trong danh mục`, `columns[${i}].measure "${measure}" is not a known measure`, measure, hint);
  }
  if (role !== undefined && !ROLES.has(role))
    fail(map.get('role', true), `columns[${i}].role phải là một trong: ${[...ROLES].join(', ')}`, `columns[${i}].role must be one of: ${[...ROLES].join(', ')}`, role);
  const mapped: Mapped =
    measure !== undefined
      ? { measure, role: isDeclaredRate(measure) ? 'declared_rate' : 'measure' }
      : { measure: null, role: (role === 'ignore' || DOSSIER_ROLES.has(role ?? '') ? 'ignored' : role) as Mapped['role'] };
  record({
    ...(column !== undefined ? { column } : {}),
    ...(header !== undefined ? { header: foldText(header) } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(measure !== undefined ? { measure } : {}),
  });
  if (column !== undefined) byLetter.set(column, mapped);
  if (header !== undefined) byHeader.set(foldText(header), mapped);
}

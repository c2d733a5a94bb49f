/**
 * Which column of a dossier list holds what. Headers are matched on their folded form (lower case, no
 * diacritics, đ→d) with punctuation dropped, against the variants seen in provincial exports
 * (Cổng dịch vụ công / hệ thống một cửa điện tử).
 */
import { ParcheckError } from '../../core/errors.js';
import type { HeaderMapping } from '../mapping.js';
import { foldText } from '../text.js';
import { dossierLexicon } from './list-lexicon.js';

export type DossierField =
  | 'code'
  | 'unit'
  | 'level'
  | 'channel'
  | 'received'
  | 'due'
  | 'returned'
  | 'status'
  | 'digitized'
  | 'paid_online'
  | 'fee'
  | 'e_circulated'
  | 'service_level'
  | 'dossier_digitized';

/** Folded, punctuation dropped: "Phí, lệ phí" → "phi le phi". */
export function headerKey(cell: string): string {
  return foldText(cell)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The field a header names, from the lexicon: an exact wording of any field first, then the first
 * field (in the lexicon's order) whose wording starts the header or, for `contains`, is among its words.
 * A header with a negation word ("Chưa số hóa") matches exactly or not at all.
 */
export function fieldOf(key: string): DossierField | null {
  if (key === '') return null;
  const lex = dossierLexicon();
  for (const [field, w] of lex.columns) if (w.exact.includes(key)) return field;
  const spaced = ` ${key} `;
  if (lex.negations.some((n) => spaced.includes(` ${n} `))) return null;
  for (const [field, w] of lex.columns) {
    if (w.starts.some((p) => key.startsWith(`${p} `))) return field;
    if (w.contains.some((p) => spaced.includes(` ${p} `))) return field;
  }
  return null;
}

export type ColumnIndex = Partial<Record<DossierField, number>>;

/** Map header cells to fields; the first column matching a field wins. */
export function mapColumns(cells: string[]): ColumnIndex {
  const out: ColumnIndex = {};
  cells.forEach((cell, i) => {
    const field = fieldOf(headerKey(cell));
    if (field && out[field] === undefined) out[field] = i;
  });
  return out;
}

const DATE_FIELDS: DossierField[] = ['received', 'due', 'returned'];

/**
 * The shape of a dossier list, told by the roles its columns play (no single word decides): an id, a
 * unit, two or more dates and a status or a channel. A form or a rate table has none of these together.
 */
export function isDossierListColumns(c: ColumnIndex): boolean {
  const dates = DATE_FIELDS.filter((f) => c[f] !== undefined).length;
  return c.code !== undefined && c.unit !== undefined && dates >= 2 && (c.status !== undefined || c.channel !== undefined);
}

/** True when (folded) header cells have a dossier list's roles. */
export function isDossierListHeader(foldedCells: string[]): boolean {
  return isDossierListColumns(mapColumns(foldedCells));
}

export const REQUIRED: DossierField[] = ['unit', 'received', 'due', 'returned'];

const LABELS: Record<DossierField, string> = {
  code: 'Mã hồ sơ',
  unit: 'Đơn vị tiếp nhận',
  level: 'Cấp',
  channel: 'Hình thức nộp',
  received: 'Ngày tiếp nhận',
  due: 'Ngày hẹn trả',
  returned: 'Ngày trả kết quả',
  status: 'Trạng thái',
  digitized: 'Số hóa',
  paid_online: 'Thanh toán trực tuyến',
  fee: 'Phí, lệ phí',
  e_circulated: 'Luân chuyển điện tử',
  service_level: 'Mức độ',
  dossier_digitized: 'Số hóa hồ sơ',
};

export function fieldLabel(field: DossierField): string {
  return LABELS[field];
}

/** Throws INPUT_HEADER naming the missing columns and what the header holds. */
export function requireColumns(columns: ColumnIndex, header: string[], location: { file: string; line?: number; sheet?: string; cell?: string }): void {
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (missing.length === 0) return;
  const names = missing.map(fieldLabel).join(', ');
  throw new ParcheckError(
    'INPUT_HEADER',
    { vi: `Danh sách hồ sơ thiếu cột: ${names}`, en: `Dossier list lacks column(s): ${names}` },
    {
      location,
      expected: { vi: `các cột ${REQUIRED.map(fieldLabel).join(', ')}`, en: `columns ${REQUIRED.map(fieldLabel).join(', ')}` },
      found: header.filter((h) => h.trim() !== '').join(' | '),
      hint: {
        vi: 'Xuất lại danh sách kèm các cột còn thiếu, hoặc đặt lại tên cột cho khớp (có thể dùng --mapping).',
        en: 'Export the list again with the missing columns, or rename the columns to match (or use --mapping).',
      },
    },
  );
}

const ROLE_FIELD: Record<string, DossierField> = {
  code: 'code',
  unit: 'unit',
  level: 'level',
  channel: 'channel',
  received_date: 'received',
  due_date: 'due',
  returned_date: 'returned',
  status: 'status',
  digitized: 'digitized',
  payable: 'fee',
  paid_online: 'paid_online',
  e_circulated: 'e_circulated',
  service_level: 'service_level',
  dossier_digitized: 'dossier_digitized',
};
/** Measures a mapping may name on a dossier-list column: the flag each is counted from. */
const MEASURE_FIELD: Record<string, DossierField> = {
  received_online: 'channel',
  received_offline: 'channel',
  digitized_results: 'digitized',
  payable_dossiers: 'fee',
  paid_online: 'paid_online',
  e_circulated: 'e_circulated',
  received_full_online: 'service_level',
  dossiers_digitized: 'dossier_digitized',
};

function letterIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * `--mapping` on a dossier list: the file's assignments win over the recognised headers (a column
 * given `ignore`/`stt` is read as nothing). With `strict`, an entry whose header is not in `cells` or
 * whose measure no list column gives is a MAPPING_SCHEMA error at its line.
 */
export function applyMapping(auto: ColumnIndex, cells: string[], mapping: HeaderMapping | undefined, strict: boolean): ColumnIndex {
  if (!mapping?.entries) return auto;
  const out: ColumnIndex = { ...auto };
  const folded = cells.map((c) => foldText(c));
  for (const e of mapping.entries) {
    const col = e.column !== undefined ? letterIndex(e.column) : folded.indexOf(e.header!);
    const fail = (vi: string, en: string, found?: string) =>
      new ParcheckError('MAPPING_SCHEMA', { vi, en }, { location: { file: mapping.file, line: e.line }, ...(found !== undefined ? { found } : {}) });
    if (col < 0 || col >= cells.length) {
      if (!strict) continue;
      throw fail(`Danh sách hồ sơ không có cột "${e.header ?? e.column}"`, `The dossier list has no column "${e.header ?? e.column}"`, cells.filter(Boolean).join(' | '));
    }
    const field = e.role !== undefined ? ROLE_FIELD[e.role] : MEASURE_FIELD[e.measure ?? ''];
    if (field === undefined && (e.role === undefined || (e.role !== 'ignore' && e.role !== 'stt'))) {
      if (!strict) continue;
      throw fail(
        `"${e.measure ?? e.role}" không đọc được từ một cột của danh sách hồ sơ (các số đếm tính từ ngày); hãy ghi vai trò của cột`,
        `"${e.measure ?? e.role}" cannot be read from a dossier-list column (counts come from the dates); give the column's role`,
        e.measure ?? e.role,
      );
    }
    for (const [f, i] of Object.entries(out) as [DossierField, number][]) if (i === col) delete out[f];
    if (field !== undefined) out[field] = col;
  }
  return out;
}

/**
 * `inspect --suggest-mapping` on a dossier list: a mapping YAML naming the role the reader gives each
 * column (by letter, with the header as a comment), the columns it could not place commented out, and
 * the required roles it found no column for. `--mapping` accepts the draft unchanged.
 */
import { extname } from 'node:path';
import type { IngestOptions } from '../../core/types.js';
import { columnLetter } from '../../files/grid.js';
import { resolveLimits } from '../../files/limits.js';
import { fieldLabel, mapColumns, REQUIRED, type ColumnIndex, type DossierField } from './columns.js';
import { readCsvHead } from './list-csv-head.js';

/** The mapping role of each field (mapping.ts DOSSIER_ROLES). */
const ROLE: Record<DossierField, string> = {
  code: 'code',
  unit: 'unit',
  level: 'level',
  channel: 'channel',
  received: 'received_date',
  due: 'due_date',
  returned: 'returned_date',
  status: 'status',
  digitized: 'digitized',
  paid_online: 'paid_online',
  fee: 'payable',
  e_circulated: 'e_circulated',
  service_level: 'service_level',
  dossier_digitized: 'dossier_digitized',
};

const q = (s: string) => JSON.stringify(s);

/** The draft for a header row (`sheet` for a workbook). */
export function listMappingDraft(file: string, header: string[], headerRow: number, sheet?: string): string {
  const columns: ColumnIndex = mapColumns(header);
  const byColumn = new Map<number, DossierField>();
  for (const [f, c] of Object.entries(columns) as [DossierField, number][]) byColumn.set(c, f);
  const out = [
    `# parcheck mapping drafted by \`parcheck inspect --suggest-mapping\` from ${file}`,
    '# A per-dossier list: each column with the role the reader gives it. Check each line, give a role to',
    '# the columns left out (code, unit, level, channel, received_date, due_date, returned_date, status,',
    '# digitized, payable, paid_online, e_circulated, service_level, dossier_digitized, or ignore), then run with --mapping THIS-FILE.',
    'shape: dossier_list',
    ...(sheet !== undefined ? [`sheet: ${q(sheet)}`] : []),
    `header_row: ${headerRow}`,
    'columns:',
  ];
  header.forEach((h, i) => {
    if (h.trim() === '') return;
    const field = byColumn.get(i);
    if (field) out.push(`  - { column: ${columnLetter(i)}, role: ${ROLE[field]} }  # ${q(h)}`);
    else out.push(`  # - { column: ${columnLetter(i)}, role: ignore }  # ${q(h)}: not read`);
  });
  for (const f of REQUIRED) if (columns[f] === undefined) out.push(`# MISSING: no column found for ${ROLE[f]} (${fieldLabel(f)}): add a line naming its column`);
  return `${out.join('\n')}\n`;
}

/** Reads the header of a list (CSV or XLSX) and drafts its mapping. */
export async function suggestListMapping(path: string, options: IngestOptions): Promise<string> {
  if (!/^\.xls[xm]$|^\.xltx$/i.test(extname(path))) {
    const head = readCsvHead(path, path);
    return listMappingDraft(path, head.header, head.headerLine);
  }
  const { XlsxBook } = await import('../../files/xlsx-fast/workbook.js');
  const book = await XlsxBook.open(path, path, resolveLimits(options.limits));
  let best: { header: string[]; row: number; sheet: string; score: number } | undefined;
  for (const sheet of book.sheets) {
    if (sheet.hidden) continue;
    await book.readSheet(sheet, (number, values) => {
      const cells = Array.from(values, (v) => (v === undefined || v === null ? '' : String(v).trim()));
      const score = Object.keys(mapColumns(cells)).length;
      if (!best || score > best.score) best = { header: cells, row: number, sheet: sheet.name, score };
      return number < 40;
    });
  }
  const b = best as { header: string[]; row: number; sheet: string } | undefined;
  return listMappingDraft(path, b?.header ?? [], b?.row ?? 1, b?.sheet);
}

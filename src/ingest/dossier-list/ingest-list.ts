/**
 * Dossier lists (the per-dossier input shape): one row per dossier, aggregated while streaming to unit × month
 * measures (definitions in tally.ts). CSV goes through a byte-level scanner on every core; XLSX through
 * parcheck's own streaming reader (files/xlsx-fast). Memory grows with units × months, never with rows.
 */
import type { ColumnMapping, IngestedFile, IngestOptions, IngestWarning } from '../../core/types.js';
import { ParcheckError } from '../../core/errors.js';
import { columnLetter } from '../../files/grid.js';
import { sha256File } from '../../files/hash.js';
import { readHead, sniffFormat } from '../../files/sniff.js';
import type { RowBook } from './list-xlsx.js';
import { loadMapping } from '../mapping.js';
import type { ColumnIndex, DossierField } from './columns.js';
import { scanCsv, type DossierListTuning } from './list-csv.js';
import { monthLabel, monthOfPeriod } from './list-dates.js';
import { observations, renameUnits, unitLevels, type Present } from './finalize.js';
import type { RowCounts } from './rows.js';
import type { Tally } from './tally.js';
import type { ListAsOf } from './list-title.js';
import { listWarnings } from './list-warnings.js';

export { isDossierListHeader } from './columns.js';
export type { DossierListTuning } from './list-csv.js';

const ROLES: Record<DossierField, ColumnMapping['role']> = {
  code: 'code',
  unit: 'unit',
  level: 'level',
  channel: 'flag',
  received: 'date',
  due: 'date',
  returned: 'date',
  status: 'status',
  digitized: 'flag',
  paid_online: 'flag',
  fee: 'flag',
  e_circulated: 'flag',
  service_level: 'flag',
  dossier_digitized: 'flag',
};
// status also gives dossiers_rejected / dossiers_withdrawn (below)

const MEASURES: Partial<Record<DossierField, string>> = {
  channel: 'received_online, received_offline',
  received: 'received_total, received_carried_over, pending_total',
  returned: 'resolved_total, pending_total',
  due: 'resolved_early, resolved_on_time, resolved_late, pending_overdue, received_in_period_resolved_early, received_in_period_resolved_on_time',
  digitized: 'digitized_results',
  paid_online: 'paid_online',
  fee: 'payable_dossiers',
  e_circulated: 'e_circulated',
  service_level: 'received_full_online',
  dossier_digitized: 'dossiers_digitized',
  status: 'dossiers_rejected, dossiers_withdrawn, pending_total',
};

function columnMappings(header: string[], columns: ColumnIndex): ColumnMapping[] {
  const byIndex = new Map<number, DossierField>();
  for (const [field, col] of Object.entries(columns) as [DossierField, number][]) byIndex.set(col, field);
  return header.map((h, i) => {
    const field = byIndex.get(i);
    return { column: columnLetter(i), header: h, measure: field ? (MEASURES[field] ?? null) : null, role: field ? ROLES[field] : 'ignored' };
  });
}

function present(columns: ColumnIndex): Present {
  return {
    channel: columns.channel !== undefined,
    digitized: columns.digitized !== undefined,
    paidOnline: columns.paid_online !== undefined,
    fee: columns.fee !== undefined,
    eCirculated: columns.e_circulated !== undefined,
    status: columns.status !== undefined,
    serviceLevel: columns.service_level !== undefined,
    dossierDigitized: columns.dossier_digitized !== undefined,
  };
}

/** What the dispatcher already holds of an XLSX list, so it is not opened or hashed twice. */
export interface OpenedList {
  book?: RowBook;
  hashing?: Promise<string>;
  /** What the file is by its content (the dispatcher sniffed it); sniffed here when absent. */
  format?: 'xlsx' | 'csv' | 'html';
  /** Said of the file by the dispatcher (its content contradicts its name). */
  warning?: IngestWarning;
  encoding?: string;
}

async function sniffList(path: string): Promise<'xlsx' | 'csv' | 'html'> {
  const { head } = await readHead(path, 4096);
  return sniffFormat(head, path);
}

/** Read a dossier list (CSV/TSV/TXT or XLSX) and aggregate it to unit × month observations. */
export async function ingestDossierList(path: string, options: IngestOptions & DossierListTuning = {}, opened: OpenedList = {}): Promise<IngestedFile> {
  const file = path;
  let asOfMonth: number | undefined;
  if (options.asOf !== undefined) {
    const m = monthOfPeriod(options.asOf);
    if (m === null)
      throw new ParcheckError('INPUT_PERIOD', { vi: `Kỳ không hợp lệ: ${options.asOf}`, en: `Invalid period: ${options.asOf}` }, { expected: '2025-10, 2025-Q4, 2025', found: options.asOf });
    asOfMonth = m;
  }
  let tally: Tally;
  let counts: RowCounts;
  let columns: ColumnIndex;
  let header: string[];
  let headerRow: number;
  let sheet: string | undefined;
  let sha256: string;
  let listAsOf: ListAsOf | undefined;
  let encoding: string | undefined = opened.encoding;
  const format = opened.format ?? (opened.book ? 'xlsx' : await sniffList(path));
  if (format !== 'csv') {
    const { readXlsx } = await import('./list-xlsx.js');
    const hashing = opened.hashing ?? sha256File(path);
    hashing.catch(() => undefined);
    const mapping = options.mapping ? await loadMapping(options.mapping) : undefined;
    let book = opened.book;
    if (!book && format === 'html') {
      const { gridBook, readHtmlFile } = await import('../../files/html-table.js');
      const { decodeWindows1258 } = await import('../../files/text-encoding.js');
      book = gridBook((await readHtmlFile(path, file, decodeWindows1258)).grids);
      encoding ??= 'html';
    }
    const read = await readXlsx(path, file, options, book, options.tally, mapping);
    ({ tally, counts, columns, header, headerRow, sheet } = read);
    listAsOf = read.asOf;
    sha256 = await hashing;
  } else {
    const mapping = options.mapping ? await loadMapping(options.mapping) : undefined;
    const read = await scanCsv(path, file, options, mapping);
    ({ tally, counts, columns, sha256 } = read);
    listAsOf = read.asOf;
    if (read.head.encoding !== 'utf-8') encoding = read.head.encoding;
    header = read.head.header;
    headerRow = read.head.headerLine;
  }
  // The list's own as-of (its title's period end or export moment) bounds its months unless --as-of says otherwise.
  asOfMonth ??= listAsOf?.month;
  const lastMonth = asOfMonth ?? tally.lastMonth;
  tally = renameUnits(tally, options.registry, tally.names.length > 0 ? monthLabel(lastMonth) : undefined);
  const units = unitLevels(tally, options.registry);
  const warnings: IngestWarning[] = listWarnings(tally, counts, file, columns, header, listAsOf, sheet);
  const result = tally.names.length > 0 ? observations(tally, units, file, present(columns), asOfMonth) : { observations: [], periods: [] };
  const ingested: IngestedFile = {
    path,
    sha256,
    shape: 'dossier_list',
    headerRows: [headerRow],
    columns: columnMappings(header, columns),
    periods: result.periods,
    units,
    observations: result.observations,
    warnings,
    rowsRead: counts.rows,
  };
  if (sheet !== undefined) ingested.sheet = sheet;
  if (encoding !== undefined) ingested.encoding = encoding;
  if (listAsOf !== undefined) ingested.listAsOf = listAsOf.text;
  if (opened.warning) ingested.warnings.unshift(opened.warning);
  return ingested;
}

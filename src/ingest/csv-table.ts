/**
 * A CSV summary table (monthly form, rate or index table), read once: its bytes are held (they are under
 * the table-mb limit), guarded for long lines, parsed and hashed in memory. A file that fits in the head
 * already read is parsed once, whichever shape it turns out to hold. A dossier list is told from its first
 * records and left to the streaming reader.
 */
import { guardTableCells, parseCsvText, readCsvBytes, type CsvGrid } from '../files/csv-grid.js';
import { decodeText, detectEncoding } from '../files/text-encoding.js';
import { cellText } from '../files/grid.js';
import { sha256Bytes } from '../files/hash.js';
import { guardLineBytes, guardLineLength } from '../files/line-guard.js';
import { limitError, type ReadLimits } from '../files/limits.js';
import { readBounded } from '../files/read-bounded.js';

export interface CsvTable {
  grid: CsvGrid;
  sha256: string;
}

/** Whether the first records (cell texts) are a dossier list's; null when a mapping already said no. */
export type DossierTest = ((rows: string[][]) => Promise<boolean>) | null;

const FIRST_RECORDS = 10;

export async function readCsvTable(path: string, head: Uint8Array, size: number, limits: ReadLimits, isDossierList: DossierTest): Promise<CsvTable | 'dossier_list'> {
  const whole = head.length >= size;
  let parsed: { grid: CsvGrid; text: string } | undefined;
  if (isDossierList) {
    let rows: string[][];
    if (whole) {
      const { text, encoding } = decodeText(head, path);
      parsed = { grid: parseCsvText(text, path, encoding), text };
      rows = firstRecords(parsed.grid);
    } else rows = headRecords(head, path);
    if (await isDossierList(rows)) return 'dossier_list';
  }
  // Bounded whatever stat() said: the file may have grown, or be a device that never ends.
  const read = whole || size > limits.tableBytes ? undefined : await readBounded(path, limits.tableBytes);
  const bytes = whole ? head : read && !read.tooLarge ? read.bytes : undefined;
  if (bytes) guardLineBytes(bytes, path, limits.lineBytes);
  else if (!read?.tooLarge) await guardLineLength(path, path, limits.lineBytes);
  if (!bytes || size > limits.tableBytes) {
    throw limitError(path, 'tableBytes', limits.tableBytes, read?.tooLarge ? read.read : size, {
      vi: 'tệp quá lớn cho một báo cáo tổng hợp (danh sách hồ sơ thì được đọc dần, không giới hạn)',
      en: 'file too large for a summary report (a dossier list is streamed, without this limit)',
    });
  }
  if (parsed) guardTableCells(parsed.text, parsed.grid.delimiter, path, limits.tableCells);
  const grid = parsed?.grid ?? readCsvBytes(bytes, path, limits.tableCells);
  return { grid, sha256: sha256Bytes(bytes) };
}

function firstRecords(grid: CsvGrid): string[][] {
  return grid.rows.slice(0, FIRST_RECORDS).map((r) => r.cells.map(cellText));
}

/** The first records of a CSV larger than its head, decoded from the head cut at a line end (never inside a character). */
function headRecords(head: Uint8Array, file: string): string[][] {
  const stored = detectEncoding(head, true).encoding;
  let cut = head.lastIndexOf(0x0a);
  if (cut < 0) return [];
  cut += stored === 'utf-16le' ? 2 : 1;
  const utf16 = stored === 'utf-16le' || stored === 'utf-16be';
  const bytes = head.subarray(0, cut - (cut % 2 === 1 && utf16 ? 1 : 0));
  const { text, encoding } = decodeText(bytes, file);
  return firstRecords(parseCsvText(text, file, encoding));
}

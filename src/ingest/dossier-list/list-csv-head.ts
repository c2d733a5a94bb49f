/**
 * The head of a CSV dossier list: encoding (BOM), delimiter, the header record (title rows may come
 * first) and where the data starts. Only the first bytes are decoded; the rest is left to the scanner.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { ParcheckError } from '../../core/errors.js';
import { decodeWindows1258, isWindows1258 } from '../../files/encoding.js';
import { foldText } from '../text.js';
import type { HeaderMapping } from '../mapping.js';
import { applyMapping, isDossierListHeader, mapColumns, REQUIRED } from './columns.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface CsvHead {
  encoding: Encoding;
  /** Bytes of the BOM in the file. */
  bom: number;
  delimiter: string;
  header: string[];
  /** Physical line of the header record (1-based). */
  headerLine: number;
  /** Offset of the first data record: file bytes for UTF-8, UTF-8 bytes of the decoded text otherwise. */
  dataStart: number;
  dataLine: number;
  /** The cells of the records above the header (title, export line), for the list's as-of. */
  above: string[];
  /** Some line ends with a lone CR (old Mac files, or a mix): the scanner reads them through crReader. */
  loneCr: boolean;
}

const HEAD_BYTES = 256 * 1024;
const DELIMITERS = [';', ',', '\t', '|'];

interface HeadRecord {
  cells: string[];
  end: number;
  line: number;
  lines: number;
}

/** Records of a text prefix; the last (possibly cut) record is dropped unless the text is complete. */
export function parseHeadRecords(text: string, delimiter: string, max: number, complete: boolean): HeadRecord[] {
  const out: HeadRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length && out.length < max) {
    const cells: string[] = [];
    let cell = '';
    let nl = 0;
    let quoted = false;
    let j = i;
    let done = false;
    while (j < text.length) {
      const c = text[j]!;
      if (quoted) {
        if (c === '"') {
          if (text[j + 1] === '"') {
            cell += '"';
            j++;
          } else quoted = false;
        } else {
          if (c === '\n') nl++;
          cell += c;
        }
      } else if (c === '"' && cell === '') quoted = true;
      else if (c === delimiter) {
        cells.push(cell);
        cell = '';
      } else if (c === '\n') {
        done = true;
        break;
      } else cell += c;
      j++;
    }
    if (!done && !complete) break;
    cells.push(cell.replace(/\r$/, ''));
    out.push({ cells, end: j + 1, line, lines: 1 + nl });
    line += 1 + nl;
    i = j + 1;
  }
  return out;
}

export function detectEncoding(bytes: Buffer): { encoding: Encoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // not UTF-8 (a character cut at the end of the head aside) but Windows-1258's byte pattern
  if (!validUtf8(bytes.subarray(0, Math.max(0, bytes.length - 3))) && isWindows1258(bytes)) return { encoding: 'windows-1258', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHead(bytes: Buffer, encoding: Encoding): string {
  if (encoding === 'windows-1258') return decodeWindows1258(bytes);
  if (encoding === 'utf-16be') {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
    swapped.swap16();
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder(encoding).decode(bytes);
}

/** `mapping` (--mapping): its header_row, else the first record that names the required columns once mapped. */
export function readCsvHead(path: string, file: string, mapping?: HeaderMapping): CsvHead {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  try {
    const buf = Buffer.allocUnsafe(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    bytes = buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
  if (bytes.length === 0) {
    throw new ParcheckError('INPUT_EMPTY', { vi: 'Tệp rỗng', en: 'The file is empty' }, { location: { file }, hint: { vi: 'Kiểm tra lại tệp xuất.', en: 'Check the export.' } });
  }
  const { encoding, bom } = detectEncoding(bytes);
  const complete = bytes.length < HEAD_BYTES;
  // A lone CR ends a line too (old Mac CSV, or a mix of endings): read as LF, one byte for one, so the
  // offsets into the file stay right.
  const decoded = decodeHead(bytes.subarray(bom), encoding).replace(/\uFFFD+$/, '');
  const loneCr = /\r(?!\n)/.test(complete ? decoded : decoded.slice(0, -1));
  const text = loneCr ? decoded.replace(/\r(?!\n)/g, '\n') : decoded;
  let best: { delimiter: string; records: HeadRecord[]; index: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const records = parseHeadRecords(text, delimiter, 40, complete);
    const index = records.findIndex((r) => (mapping ? mappedHeader(r, mapping) : isDossierListHeader(r.cells.map(foldText))));
    if (index >= 0 && (!best || index < best.index)) best = { delimiter, records, index };
  }
  if (!best) {
    // no full dossier header: take the delimiter and row naming the most known columns, for the error
    let top = { delimiter: ';', cells: [] as string[], line: 1, score: -1, records: [] as HeadRecord[], index: 0 };
    for (const delimiter of DELIMITERS) {
      const records = parseHeadRecords(text, delimiter, 40, complete);
      records.forEach((r, index) => {
        const score = Object.keys(mapColumns(r.cells)).length;
        if (score > top.score) top = { delimiter, cells: r.cells, line: r.line, score, records, index };
      });
    }
    best = { delimiter: top.delimiter, records: top.records, index: top.index };
  }
  const record = best.records[best.index];
  const end = record ? record.end : 0;
  return {
    encoding,
    bom,
    delimiter: best.delimiter,
    header: record?.cells.map((c) => c.trim()) ?? [],
    headerLine: record?.line ?? 1,
    dataStart: Buffer.byteLength(text.slice(0, end), 'utf8') + (encoding === 'utf-8' ? bom : 0),
    dataLine: record ? record.line + record.lines : 1,
    above: best.records.slice(0, Math.max(0, best.index)).flatMap((r) => r.cells.filter((c) => c.trim() !== '')),
    loneCr,
  };
}

function mappedHeader(record: HeadRecord, mapping: HeaderMapping): boolean {
  // A header split by the wrong delimiter is one cell: the row named by header_row must split.
  if (mapping.headerRow !== undefined) return record.line === mapping.headerRow && record.cells.length > 1;
  const columns = applyMapping(mapColumns(record.cells), record.cells, mapping, false);
  return REQUIRED.every((f) => columns[f] !== undefined);
}

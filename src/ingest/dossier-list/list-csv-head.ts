/**
 * The head of a CSV dossier list: encoding (BOM), delimiter, the header record (title rows may come
 * first) and where the data starts. Only the first bytes are decoded, by the CSV front end
 * (files/text-encoding.ts, files/csv-dialect.ts); the rest is left to the byte scanner.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { ParcheckError } from '../../core/errors.js';
import { sniffHeader, type HeadRecord } from '../../files/csv-dialect.js';
import { decodeAs, detectEncoding, type StoredEncoding } from '../../files/text-encoding.js';
import { foldText } from '../text.js';
import type { HeaderMapping } from '../mapping.js';
import { applyMapping, isDossierListHeader, mapColumns, REQUIRED } from './columns.js';

export interface CsvHead {
  encoding: StoredEncoding;
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
  // not UTF-8 (a character cut at the end of the head aside) but Windows-1258's byte pattern
  const { encoding, bom } = detectEncoding(bytes, true);
  const complete = bytes.length < HEAD_BYTES;
  // A lone CR ends a line too (old Mac CSV, or a mix of endings): read as LF, one byte for one, so the
  // offsets into the file stay right.
  const decoded = decodeAs(bytes.subarray(bom), encoding).replace(/\uFFFD+$/, '');
  const loneCr = /\r(?!\n)/.test(complete ? decoded : decoded.slice(0, -1));
  const text = loneCr ? decoded.replace(/\r(?!\n)/g, '\n') : decoded;
  const isHeader = (r: HeadRecord) => (mapping ? mappedHeader(r, mapping) : isDossierListHeader(r.cells.map(foldText)));
  // no full dossier header: the delimiter and row naming the most known columns, for the error
  const best = sniffHeader(text, complete, isHeader, (r) => Object.keys(mapColumns(r.cells)).length);
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

/**
 * The CSV dossier list: head (list-csv-head.ts), then the byte scanner, on every core for large UTF-8 files,
 * on this thread for small ones and for UTF-16. Returns one merged tally with absolute line numbers.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { hashPrefix, sha256Chunked } from '../../files/byte-hash.js';
import { loneCrAsLf } from '../../files/byte-csv.js';
import { transcodedReader } from '../../files/text-stream.js';
import { lineTooLongError } from '../../files/byte-line-limit.js';
import { resolveLimits } from '../../files/limits.js';
import { ParcheckError } from '../../core/errors.js';
import type { IngestOptions } from '../../core/types.js';
import type { HeaderMapping } from '../mapping.js';
import { applyMapping, mapColumns, requireColumns, type ColumnIndex } from './columns.js';
import { readCsvHead, type CsvHead } from './list-csv-head.js';
import { rowFailureError, spanFailureError } from './list-errors.js';
import { scanParallel, workersAvailable } from './parallel.js';
import { emptyCounts, mergeCounts, type RowCounts } from './rows.js';
import { fileReader, scanWith, type RangeResult } from './scan-range.js';
import { SpanFailure, Tally } from './tally.js';
import { listAsOf, type ListAsOf } from './list-title.js';

/** Knobs for tests and the benchmark; defaults suit users. */
export interface DossierListTuning {
  /** Worker threads for a large UTF-8 CSV (default: the cores, at most 8; 1 = this thread only). */
  threads?: number;
  /** Files smaller than this are scanned on this thread (default 16 MB). */
  parallelMinBytes?: number;
  /** Bytes between progress callbacks (default 64 MB). */
  progressEvery?: number;
  /** Tests only: cut offsets to use instead of the guessed ones (may fall inside quoted fields). */
  cuts?: number[];
  /** The tally the rows go into (explain's tracing tally, trace.ts); read on this thread then. */
  tally?: Tally;
}

export interface ScannedList {
  head: CsvHead;
  columns: ColumnIndex;
  tally: Tally;
  counts: RowCounts;
  sha256: string;
  asOf?: ListAsOf;
}

export async function scanCsv(path: string, file: string, options: IngestOptions & DossierListTuning, mapping?: HeaderMapping): Promise<ScannedList> {
  const head = readCsvHead(path, file, mapping);
  const columns = applyMapping(mapColumns(head.header), head.header, mapping, true);
  requireColumns(columns, head.header, { file, line: head.headerLine });
  const size = statSync(path).size;
  const bytesTotal = size;
  const every = options.progressEvery ?? 64 * 1024 * 1024;
  let bytesRead = head.dataStart;
  let rows = 0;
  const report = (bytes: number, newRows: number) => {
    bytesRead += bytes;
    rows += newRows;
    options.onProgress?.({ bytesRead: Math.min(bytesRead, bytesTotal), bytesTotal, rows });
  };
  const delimiter = head.delimiter.charCodeAt(0);
  const width = head.header.length;
  const threads = options.threads ?? undefined;
  const maxLine = resolveLimits(options.limits).lineBytes;
  const asOf = listAsOf(head.above);
  const parallel = !options.tally && head.encoding === 'utf-8' && !head.loneCr && (threads ?? 2) > 1 && size - head.dataStart >= (options.parallelMinBytes ?? 16 * 1024 * 1024) && workersAvailable();

  let results: RangeResult[];
  let sha256: string;
  if (parallel) {
    // the main thread hashes while the workers scan
    const hashing = sha256Chunked(path);
    hashing.catch(() => undefined);
    results = await scanParallel({ path, size, dataStart: head.dataStart, columns, width, delimiter, threads, progressEvery: every, onBytes: report, cuts: options.cuts, maxLine, asOf });
    sha256 = await hashing;
  } else {
    // one sequential pass: the scanner's reads feed the hash too
    const hash = createHash('sha256');
    const utf8 = head.encoding === 'utf-8';
    if (utf8) hashPrefix(hash, path, head.dataStart);
    const reader = head.encoding === 'utf-8' ? fileReader(path, head.dataStart, hash) : transcodedReader(path, head.encoding, head.bom, head.dataStart);
    const read = head.loneCr ? loneCrAsLf(reader.read) : reader.read;
    let last = head.dataStart;
    let lastRows = 0;
    try {
      const job = { start: head.dataStart, end: Number.MAX_SAFE_INTEGER, columns, width, delimiter, maxLine, asOf };
      results = [
        scanWith(
          read,
          job,
          (offset, r) => {
            if (offset - last >= every) {
              report(offset - last, r - lastRows);
              last = offset;
              lastRows = r;
            }
          },
          options.tally,
        ),
      ];
      options.tally?.rangeFollowsLine(head.dataLine - 1);
    } finally {
      reader.close();
    }
    sha256 = utf8 ? hash.digest('hex') : await sha256Chunked(path);
  }

  const tally = new Tally();
  const counts = emptyCounts();
  let lineOffset = head.dataLine - 1;
  for (const result of results) {
    if (result.failure) throw rowFailureError(result.failure, lineOffset, columns, head.header, file);
    if (result.span) throw spanFailureError(new SpanFailure(result.span.line, result.span.month, result.span.otherLine, result.span.otherMonth), lineOffset, file);
    if (result.tooLong !== undefined) throw lineTooLongError(file, maxLine, result.tooLong + lineOffset);
    if (result.unterminatedAt !== undefined) {
      throw new ParcheckError(
        'INPUT_FORMAT',
        { vi: 'Trường trong ngoặc kép không được đóng', en: 'A quoted field is never closed' },
        {
          location: { file, line: result.unterminatedAt + lineOffset },
          expected: { vi: 'dấu " đóng trường', en: 'a closing "' },
          found: 'EOF',
          hint: { vi: 'Kiểm tra dấu ngoặc kép ở dòng này trong tệp xuất.', en: 'Check the quotes on this line of the export.' },
        },
      );
    }
    try {
      tally.merge(result.tally, lineOffset);
    } catch (error) {
      if (error instanceof SpanFailure) throw spanFailureError(error, 0, file);
      throw error;
    }
    mergeCounts(counts, result.counts, lineOffset);
    lineOffset += result.lines;
  }
  if (asOf) tally.asOf = asOf;
  return { head, columns, tally, counts, sha256, ...(asOf ? { asOf } : {}) };
}

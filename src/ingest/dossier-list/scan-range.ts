/**
 * Scan one byte range of a UTF-8 CSV dossier list into a fresh tally: the unit of work of both the
 * single-threaded path and each worker thread.
 */
import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { scanRecords, type ByteReader } from '../../files/byte-csv.js';
import type { ColumnIndex } from './columns.js';
import type { ListAsOf } from './list-title.js';
import { emptyCounts, makeRowHandler, RowFailure, wantedColumns, type RowCounts } from './rows.js';
import { SpanFailure, Tally, type TallyState } from './tally.js';

export interface RangeJob {
  path: string;
  start: number;
  end: number;
  columns: ColumnIndex;
  width: number;
  delimiter: number;
  /** Report progress every this many bytes. */
  progressEvery?: number;
  /** The line-mb limit in bytes (the scanner's default when absent). */
  maxLine?: number;
  /** The as-of moment the list states (its month's stock is taken there; later dates are warned about). */
  asOf?: ListAsOf;
}

export interface RangeResult {
  start: number;
  stop: number;
  /** Physical lines consumed from `start` to `stop`. */
  lines: number;
  counts: RowCounts;
  tally: TallyState;
  failure?: { line: number; field: string; raw: string; absurd?: boolean };
  /** The range's dates span too far (range-local lines). */
  span?: { line: number; month: number; otherLine: number; otherMonth: number };
  unterminatedAt?: number;
  /** A line over the line-mb limit (range-local line). */
  tooLong?: number;
}

/** Sequential reads from `start`; every byte read also goes into `hash` when given. */
export function fileReader(path: string, start: number, hash?: Hash): { read: ByteReader; close: () => void } {
  const fd = openSync(path, 'r');
  let position = start;
  return {
    read: (buf, offset, length) => {
      const n = readSync(fd, buf, offset, length, position);
      position += n;
      if (hash && n > 0) hash.update(buf.subarray(offset, offset + n));
      return n;
    },
    close: () => closeSync(fd),
  };
}

export function scanWith(read: ByteReader, job: Omit<RangeJob, 'path'>, onBytes?: (offset: number, rows: number) => void, tally = new Tally()): RangeResult {
  const counts = emptyCounts();
  if (job.asOf) tally.asOf = job.asOf;
  const onRow = makeRowHandler(job.columns, tally, counts, job.asOf?.limitDay);
  try {
    const result = scanRecords({
      read,
      origin: job.start,
      end: job.end,
      delimiter: job.delimiter,
      wanted: wantedColumns(job.columns, job.width, tally),
      onRow,
      maxLine: job.maxLine,
      onBytes: onBytes && ((offset) => onBytes(offset, counts.rows)),
    });
    return { start: job.start, stop: result.stop, lines: result.lines, counts, tally: tally.state(), unterminatedAt: result.unterminatedAt, tooLong: result.tooLong };
  } catch (error) {
    if (error instanceof SpanFailure) {
      const span = { line: error.line, month: error.month, otherLine: error.otherLine, otherMonth: error.otherMonth };
      return { start: job.start, stop: -1, lines: 0, counts, tally: tally.state(), span };
    }
    if (!(error instanceof RowFailure)) throw error;
    const failure = { line: error.line, field: error.field, raw: error.raw, absurd: error.absurd };
    return { start: job.start, stop: -1, lines: 0, counts, tally: tally.state(), failure };
  }
}

export function scanRange(job: RangeJob, onBytes?: (offset: number, rows: number) => void): RangeResult {
  const reader = fileReader(job.path, job.start);
  try {
    return scanWith(reader.read, job, onBytes);
  } finally {
    reader.close();
  }
}

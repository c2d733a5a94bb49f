/**
 * A byte-level CSV record scanner (RFC 4180 quoting: fields in double quotes may hold the delimiter,
 * `""` and newlines). It never decodes text: for each record it hands the caller the byte ranges of the
 * wanted columns (quotes included) and the physical line where the record starts. Decoding UTF-8 whole
 * lines into JS strings is what keeps string-based parsers under ~300k rows/s (throughput on multi-million-row lists).
 * The hot loop works on locals only (no closure-captured state), which V8 keeps in registers.
 */
import { longestLine } from './byte-line-limit.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Pulls bytes into `buf[offset..offset+length)`; returns how many, 0 at the end. */
export type ByteReader = (buf: Buffer, offset: number, length: number) => number;

export interface ScanSpec {
  read: ByteReader;
  /** Absolute offset of the first byte `read` returns (for `stop`). */
  origin: number;
  /** Stop before the first record that starts at or after this absolute offset. */
  end: number;
  delimiter: number;
  /** Column index → slot in `starts`/`ends`, or −1 for columns not wanted. */
  wanted: Int32Array;
  onRow: (buf: Buffer, starts: Int32Array, ends: Int32Array, line: number) => void;
  /** Called after each refill with the absolute offset reached. */
  onBytes?: (offset: number) => void;
  chunkSize?: number;
  /**
   * The longest physical line allowed (the line-mb limit, default 8 MB): a longer one ends the scan with
   * `tooLong`. A record over it made only of shorter lines is an unterminated quote.
   */
  maxLine?: number;
}

export interface ScanResult {
  /** Absolute offset of the first record not scanned (a record boundary), or the end of input. */
  stop: number;
  /** Physical lines consumed (newlines seen, plus one for a last line without newline). */
  lines: number;
  records: number;
  /** Set when a quote never closes: the line (scan-local) where its record starts. */
  unterminatedAt?: number;
  /** Set when a physical line is longer than `maxLine`: that line (scan-local). */
  tooLong?: number;
}

/** What parsing one record found besides its end; one per scan, so no scan sees another's state. */
interface RecordState {
  /** Line feeds inside the record's quoted fields. */
  embeddedNewlines: number;
  /** The input ended inside a quoted field. */
  openQuote: boolean;
}

/**
 * The end of the field starting at `p`: the index of its delimiter or LF, `len` at the end of input, or −1
 * when the buffer ends first and more input may come. A quote opens a quoted field only at the field's
 * start (RFC 4180); one inside an unquoted field (`màn hình 24" hỏng`) is a plain character.
 */
function fieldEnd(b: Uint8Array, p: number, len: number, eof: boolean, delimiter: number, state: RecordState): number {
  if (p < len && b[p] === QUOTE) {
    p++;
    for (;;) {
      while (p < len) {
        const c = b[p]!;
        if (c === QUOTE) break;
        if (c === LF) state.embeddedNewlines++;
        p++;
      }
      if (p + 1 >= len) {
        if (!eof) return -1;
        if (p >= len) state.openQuote = true;
        break;
      }
      if (b[p + 1] === QUOTE) p += 2;
      else break;
    }
    if (p < len) p++;
  }
  while (p < len) {
    const c = b[p]!;
    if (c === delimiter || c === LF) break;
    p++;
  }
  if (p >= len && !eof) return -1;
  return p;
}

/**
 * Parse one record from `p`: fills starts/ends of wanted slots, returns the index of its terminating
 * LF (or `len` at the end of input), or −1 when the buffer ends first and more input may come.
 */
function parseRecord(b: Uint8Array, p: number, len: number, eof: boolean, delimiter: number, wanted: Int32Array, lastWanted: number, starts: Int32Array, ends: Int32Array, state: RecordState): number {
  state.embeddedNewlines = 0;
  state.openQuote = false;
  let col = 0;
  for (;;) {
    const fieldStart = p;
    p = fieldEnd(b, p, len, eof, delimiter, state);
    if (p < 0) return -1;
    if (col <= lastWanted) {
      const slot = wanted[col]!;
      if (slot >= 0) {
        starts[slot] = fieldStart;
        ends[slot] = p > fieldStart && b[p - 1] === CR ? p - 1 : p;
      }
    }
    col++;
    if (p >= len || b[p] === LF) break;
    p++;
  }
  for (let c = col; c <= lastWanted; c++) {
    const slot = wanted[c]!;
    if (slot >= 0) starts[slot] = ends[slot] = p;
  }
  return p;
}

export function scanRecords(spec: ScanSpec): ScanResult {
  const { read, delimiter, wanted, onRow, onBytes } = spec;
  const maxLine = spec.maxLine ?? 8 * 1024 * 1024;
  let buf = Buffer.allocUnsafe(spec.chunkSize ?? 4 * 1024 * 1024);
  let slots = 0;
  let lastWanted = -1;
  for (let i = 0; i < wanted.length; i++) {
    slots = Math.max(slots, wanted[i]! + 1);
    if (wanted[i]! >= 0) lastWanted = i;
  }
  const starts = new Int32Array(slots);
  const ends = new Int32Array(slots);
  let bufStartAbs = spec.origin;
  let len = 0;
  let eof = false;
  let pos = 0;
  let line = 1;
  let records = 0;
  let unterminatedAt: number | undefined;
  let needMore = true;
  const record: RecordState = { embeddedNewlines: 0, openQuote: false };
  for (;;) {
    if (needMore) {
      if (pos > 0) {
        buf.copyWithin(0, pos, len);
        len -= pos;
        bufStartAbs += pos;
        pos = 0;
      }
      // buf[0..len) is one unfinished record: past the limit it is refused, before the buffer grows further
      if (len > maxLine) {
        const long = longestLine(buf, 0, len);
        const at = long.length > maxLine ? { tooLong: line + long.index } : { unterminatedAt: line };
        return { stop: bufStartAbs, lines: line - 1, records, ...at };
      }
      if (len === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = read(buf, len, buf.length - len);
      if (n === 0) eof = true;
      len += n;
      onBytes?.(bufStartAbs + len);
      needMore = false;
    }
    if (bufStartAbs + pos >= spec.end) break;
    if (pos >= len) {
      if (eof) break;
      needMore = true;
      continue;
    }
    const p = parseRecord(buf, pos, len, eof, delimiter, wanted, lastWanted, starts, ends, record);
    if (p < 0) {
      needMore = true;
      continue;
    }
    if (p - pos > maxLine) {
      const long = longestLine(buf, pos, p);
      if (long.length > maxLine) return { stop: bufStartAbs + pos, lines: line - 1, records, tooLong: line + long.index };
    }
    if (record.openQuote) unterminatedAt ??= line;
    if (!(p - pos <= 1 && (p === pos || buf[pos] === CR))) {
      onRow(buf, starts, ends, line);
      records++;
    }
    line += 1 + record.embeddedNewlines;
    pos = p + 1;
  }
  return { stop: Math.min(bufStartAbs + pos, bufStartAbs + len), lines: line - 1, records, unterminatedAt };
}

/**
 * A reader that turns every lone CR (a line end of old Mac files, or of a file mixing endings) into LF,
 * byte for byte, so the scanner and its line numbers see one kind of line end. CRLF is left alone.
 */
export function loneCrAsLf(read: ByteReader): ByteReader {
  let carry = -1;
  const one = Buffer.alloc(1);
  return (buf, offset, length) => {
    let n = 0;
    if (carry >= 0) {
      buf[offset] = carry;
      carry = -1;
      n = 1;
    }
    if (length > n) n += read(buf, offset + n, length - n);
    const end = offset + n;
    for (let i = buf.indexOf(CR, offset); i >= 0 && i < end; i = buf.indexOf(CR, i + 1)) {
      if (i + 1 < end) {
        if (buf[i + 1] !== LF) buf[i] = LF;
        continue;
      }
      const m = read(one, 0, 1);
      if (m === 0 || one[0] !== LF) buf[i] = LF;
      if (m > 0) carry = one[0]!;
    }
    return n;
  };
}

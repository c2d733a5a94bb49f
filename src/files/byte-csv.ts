/**
 * A byte-level CSV record scanner (RFC 4180 quoting: fields in double quotes may hold the delimiter,
 * `""` and newlines). It never decodes text: for each record it hands the caller the byte ranges of the
 * wanted columns (quotes included) and the physical line where the record starts. Decoding UTF-8 whole
 * lines into JS strings is what keeps string-based parsers under ~300k rows/s (issue 7).
 */
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
  /** A record longer than this is an unterminated quote, not data. */
  maxRecord?: number;
}

export interface ScanResult {
  /** Absolute offset of the first record not scanned (a record boundary), or the end of input. */
  stop: number;
  /** Physical lines consumed (newlines seen, plus one for a last line without newline). */
  lines: number;
  records: number;
  /** Set when a quote never closes: the line where its record starts. */
  unterminatedAt?: number;
}

export function scanRecords(spec: ScanSpec): ScanResult {
  const { read, delimiter, wanted, onRow } = spec;
  const maxRecord = spec.maxRecord ?? 64 * 1024 * 1024;
  let buf = Buffer.allocUnsafe(spec.chunkSize ?? 4 * 1024 * 1024);
  const nCols = wanted.length;
  let slots = 0;
  for (let i = 0; i < nCols; i++) slots = Math.max(slots, wanted[i]! + 1);
  const starts = new Int32Array(slots);
  const ends = new Int32Array(slots);
  let lastWanted = -1;
  for (let i = 0; i < nCols; i++) if (wanted[i]! >= 0) lastWanted = i;
  let unterminatedAt: number | undefined;

  let bufStartAbs = spec.origin; // absolute offset of buf[0]
  let len = 0;
  let eof = false;
  let pos = 0;
  let line = 1;
  let records = 0;

  const refill = (): void => {
    if (pos > 0) {
      buf.copyWithin(0, pos, len);
      len -= pos;
      bufStartAbs += pos;
      pos = 0;
    }
    if (len === buf.length) {
      if (buf.length >= maxRecord) return;
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = read(buf, len, buf.length - len);
    if (n === 0) eof = true;
    len += n;
    spec.onBytes?.(bufStartAbs + len);
  };

  refill();
  for (;;) {
    if (bufStartAbs + pos >= spec.end) break;
    if (pos >= len) {
      if (eof) break;
      refill();
      continue;
    }
    // one record from pos; on running out of bytes, refill and parse it again
    let p = pos;
    let col = 0;
    let nl = 0;
    let complete = false;
    for (; col <= lastWanted; ) {
      const fieldStart = p;
      if (p < len && buf[p] === QUOTE) {
        p++;
        for (;;) {
          while (p < len && buf[p] !== QUOTE) {
            if (buf[p] === LF) nl++;
            p++;
          }
          if (p >= len && eof) unterminatedAt ??= line;
          if (p + 1 >= len) break; // need the byte after the quote
          if (buf[p + 1] === QUOTE) p += 2;
          else {
            p++;
            break;
          }
        }
        if (p >= len && !eof) break;
        if (p + 1 > len && !eof) break;
        while (p < len && buf[p] !== delimiter && buf[p] !== LF) p++; // tolerate junk after a closing quote
      } else {
        while (p < len) {
          const c = buf[p]!;
          if (c === delimiter || c === LF) break;
          p++;
        }
      }
      if (p >= len && !eof) break;
      const slot = wanted[col]!;
      if (slot >= 0) {
        starts[slot] = fieldStart;
        ends[slot] = p > fieldStart && buf[p - 1] === CR && (p >= len || buf[p] === LF) ? p - 1 : p;
      }
      col++;
      if (p >= len || buf[p] === LF) {
        complete = true;
        break;
      }
      p++;
      if (col > lastWanted) break;
    }
    if (!complete && col > lastWanted) {
      // the fields after the last wanted one: skip to the end of the record, honouring quotes
      let inQuote = false;
      while (p < len) {
        const c = buf[p]!;
        if (c === QUOTE) inQuote = !inQuote;
        else if (c === LF) {
          if (!inQuote) break;
          nl++;
        }
        p++;
      }
      if (p < len || eof) complete = true;
    }
    if (!complete) {
      if (eof) complete = true;
      else {
        if (len - pos >= maxRecord) return { stop: bufStartAbs + pos, lines: line, records, unterminatedAt: line };
        refill();
        continue;
      }
    }
    for (let c = col; c <= lastWanted; c++) {
      const slot = wanted[c]!;
      if (slot >= 0) starts[slot] = ends[slot] = p;
    }
    if (!(p - pos <= 1 && (p === pos || buf[pos] === CR))) {
      onRow(buf, starts, ends, line);
      records++;
    }
    line += 1 + nl;
    pos = p + 1;
  }
  const stop = Math.min(bufStartAbs + pos, bufStartAbs + len);
  return { stop, lines: line - 1, records, unterminatedAt };
}

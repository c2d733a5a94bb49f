/**
 * Excel's "Unicode text" is UTF-16 with a BOM, and its plain "CSV" on Vietnamese Windows is
 * Windows-1258. Both go through a slower path: decoded and re-encoded to UTF-8 chunk by chunk (NFC for
 * Windows-1258), then fed to the same byte scanner on one thread.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ByteReader } from '../../files/byte-csv.js';
import { decodeWindows1258 } from '../../files/encoding.js';
import type { Encoding } from './csv-head.js';

const RAW = 4 * 1024 * 1024;

/** UTF-8 bytes of the text after the BOM, skipping the first `skip` of them. */
export function utf16Reader(path: string, encoding: Encoding, bom: number, skip: number): { read: ByteReader; close: () => void } {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-16le');
  const raw = Buffer.allocUnsafe(RAW);
  let position = bom;
  let carry = -1;
  let pending: Buffer = Buffer.alloc(0);
  let toSkip = skip;
  let done = false;

  const more = (): void => {
    let off = 0;
    if (carry >= 0) {
      raw[0] = carry;
      off = 1;
      carry = -1;
    }
    const n = readSync(fd, raw, off, RAW - off, position);
    position += n;
    let total = off + n;
    if (n === 0) {
      done = true;
      pending = Buffer.from(decoder.decode(), 'utf8');
      return;
    }
    if (total % 2 === 1) {
      carry = raw[total - 1]!;
      total--;
    }
    const chunk = raw.subarray(0, total);
    if (encoding === 'utf-16be') chunk.swap16();
    pending = Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  };

  const read: ByteReader = (buf, offset, length) => {
    for (;;) {
      if (pending.length === 0) {
        if (done) return 0;
        more();
        continue;
      }
      if (toSkip > 0) {
        const s = Math.min(toSkip, pending.length);
        pending = pending.subarray(s);
        toSkip -= s;
        continue;
      }
      const n = Math.min(length, pending.length);
      pending.copy(buf, offset, 0, n);
      pending = pending.subarray(n);
      return n;
    }
  };
  return { read, close: () => closeSync(fd) };
}

/**
 * UTF-8 (NFC) bytes of a Windows-1258 file, skipping the first `skip` of them. Each chunk is cut after
 * its last line feed, so a vowel and its tone mark are always normalised together.
 */
export function cp1258Reader(path: string, skip: number): { read: ByteReader; close: () => void } {
  const fd = openSync(path, 'r');
  const raw = Buffer.allocUnsafe(RAW);
  let position = 0;
  let carry: Buffer = Buffer.alloc(0);
  let pending: Buffer = Buffer.alloc(0);
  let toSkip = skip;
  let done = false;
  const more = (): void => {
    const n = readSync(fd, raw, 0, RAW, position);
    position += n;
    if (n === 0) {
      done = true;
      pending = Buffer.from(decodeWindows1258(carry), 'utf8');
      carry = Buffer.alloc(0);
      return;
    }
    const chunk = Buffer.concat([carry, raw.subarray(0, n)]);
    const cut = chunk.lastIndexOf(10) + 1;
    carry = Buffer.from(chunk.subarray(cut));
    pending = Buffer.from(decodeWindows1258(chunk.subarray(0, cut)), 'utf8');
  };
  const read: ByteReader = (buf, offset, length) => {
    for (;;) {
      if (pending.length === 0) {
        if (done) return 0;
        more();
        continue;
      }
      if (toSkip > 0) {
        const s = Math.min(toSkip, pending.length);
        pending = pending.subarray(s);
        toSkip -= s;
        continue;
      }
      const n = Math.min(length, pending.length);
      pending.copy(buf, offset, 0, n);
      pending = pending.subarray(n);
      return n;
    }
  };
  return { read, close: () => closeSync(fd) };
}

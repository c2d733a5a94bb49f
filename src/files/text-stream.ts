/**
 * Excel's "Unicode text" is UTF-16 with a BOM, and its plain "CSV" on Vietnamese Windows is
 * Windows-1258. The byte scanner reads UTF-8 only, so these files are streamed through a transcoder:
 * read chunk by chunk, turned into UTF-8 (NFC for Windows-1258), and handed out as a ByteReader.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ByteReader } from './byte-csv.js';
import { decodeWindows1258, type StoredEncoding } from './text-encoding.js';

const RAW = 4 * 1024 * 1024;

/** Raw chunks in, UTF-8 bytes out; a character cut at a chunk's end is held for the next one. */
interface Transcoder {
  /** `raw` is reused by the caller after the call: keep a copy of what is held back. */
  push(raw: Buffer): Buffer;
  end(): Buffer;
}

function utf16Transcoder(encoding: 'utf-16le' | 'utf-16be'): Transcoder {
  const decoder = new TextDecoder('utf-16le');
  let carry = -1;
  return {
    push(raw) {
      let chunk = raw;
      if (carry >= 0) {
        chunk = Buffer.concat([Buffer.of(carry), raw]);
        carry = -1;
      }
      if (chunk.length % 2 === 1) {
        carry = chunk[chunk.length - 1]!;
        chunk = chunk.subarray(0, chunk.length - 1);
      }
      if (encoding === 'utf-16be') chunk.swap16();
      return Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    },
    end: () => Buffer.from(decoder.decode(), 'utf8'),
  };
}

/** Each chunk is cut after its last line feed, so a vowel and its tone mark are always normalised together. */
function cp1258Transcoder(): Transcoder {
  let carry: Buffer = Buffer.alloc(0);
  return {
    push(raw) {
      const chunk = Buffer.concat([carry, raw]);
      const cut = chunk.lastIndexOf(10) + 1;
      carry = Buffer.from(chunk.subarray(cut));
      return Buffer.from(decodeWindows1258(chunk.subarray(0, cut)), 'utf8');
    },
    end() {
      const rest = Buffer.from(decodeWindows1258(carry), 'utf8');
      carry = Buffer.alloc(0);
      return rest;
    },
  };
}

/** UTF-8 bytes of the text after the BOM (`bom` bytes), skipping the first `skip` of them. */
export function transcodedReader(path: string, encoding: Exclude<StoredEncoding, 'utf-8'>, bom: number, skip: number): { read: ByteReader; close: () => void } {
  const transcoder = encoding === 'windows-1258' ? cp1258Transcoder() : utf16Transcoder(encoding);
  const fd = openSync(path, 'r');
  const raw = Buffer.allocUnsafe(RAW);
  let position = bom;
  let pending: Buffer = Buffer.alloc(0);
  let toSkip = skip;
  let done = false;
  const more = (): void => {
    const n = readSync(fd, raw, 0, RAW, position);
    position += n;
    if (n === 0) {
      done = true;
      pending = transcoder.end();
    } else pending = transcoder.push(raw.subarray(0, n));
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

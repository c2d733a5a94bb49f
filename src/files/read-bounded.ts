/**
 * Reading a whole file with a ceiling. A size from stat() says nothing about what a read returns:
 * `/dev/zero`, `/dev/urandom`, a FIFO or /proc files report size 0 (or anything) and then never end.
 * So every file read whole is read by these functions, which stop one byte past `maxBytes` and say so,
 * whatever stat() claimed.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type Bounded = { bytes: Buffer; tooLarge: false } | { bytes: null; tooLarge: true; read: number };

const CHUNK = 64 * 1024;

/** The same read for async callers: files read whole are small (a ceiling of tens of MB), so one
 * synchronous loop serves both rather than two copies of it. */
export async function readBounded(path: string, maxBytes: number): Promise<Bounded> {
  return readBoundedSync(path, maxBytes);
}

export function readBoundedSync(path: string, maxBytes: number): Bounded {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { bytes: null, tooLarge: true, read: total };
    }
    return { bytes: Buffer.concat(chunks, total), tooLarge: false };
  } finally {
    closeSync(fd);
  }
}

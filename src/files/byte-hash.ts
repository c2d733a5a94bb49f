/**
 * SHA-256 of a file in large chunks, yielding to the event loop between them, so it can run on the main
 * thread while worker threads scan the same file (and their messages still get through).
 */
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { openSync, readSync, closeSync } from 'node:fs';

const CHUNK = 8 * 1024 * 1024;

export async function sha256Chunked(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Feed bytes [0, end) of a file into a hash (the part a sequential reader skipped). */
export function hashPrefix(hash: Hash, path: string, end: number): void {
  if (end <= 0) return;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(end);
    const n = readSync(fd, buf, 0, end, 0);
    hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

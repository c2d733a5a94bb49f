/**
 * Where to cut a UTF-8 CSV into ranges for worker threads. A newline inside a quoted field is not a
 * record boundary, so a cut is a guess: the first newline after the target offset whose following lines
 * parse as `width`-field records with well-formed quoting. The guess is verified afterwards (the range
 * before it must stop exactly there) and a wrong one is rescanned, so a bad guess costs time, never
 * correctness.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const LF = 10;
const QUOTE = 34;
const WINDOW = 1 << 20;
const CHECK_RECORDS = 4;

/** End of the record starting at `p` if it looks well-formed with `width` fields, else −1. */
function plausibleRecord(buf: Buffer, p: number, len: number, delimiter: number, width: number): number {
  let fields = 1;
  while (p < len) {
    if (buf[p] === QUOTE) {
      p++;
      for (;;) {
        while (p < len && buf[p] !== QUOTE) p++;
        if (p + 1 >= len) return -1;
        if (buf[p + 1] === QUOTE) p += 2;
        else break;
      }
      p++;
      const c = buf[p];
      if (c !== delimiter && c !== LF && c !== 13) return -1;
    }
    while (p < len && buf[p] !== delimiter && buf[p] !== LF) {
      if (buf[p] === QUOTE) return -1;
      p++;
    }
    if (p >= len) return -1;
    if (buf[p] === LF) return fields === width ? p + 1 : -1;
    fields++;
    p++;
  }
  return -1;
}

export function guessCuts(path: string, size: number, from: number, parts: number, delimiter: number, width: number): number[] {
  const cuts: number[] = [];
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(WINDOW);
    for (let i = 1; i < parts; i++) {
      const target = from + Math.floor(((size - from) * i) / parts);
      const len = readSync(fd, buf, 0, WINDOW, target);
      let cut = -1;
      let p = buf.indexOf(LF, 0);
      while (p >= 0 && p < len) {
        let q = p + 1;
        let ok = true;
        for (let r = 0; r < CHECK_RECORDS && ok; r++) {
          q = plausibleRecord(buf, q, len, delimiter, width);
          ok = q >= 0;
        }
        if (ok) {
          cut = target + p + 1;
          break;
        }
        p = buf.indexOf(LF, p + 1);
      }
      if (cut > (cuts.at(-1) ?? from)) cuts.push(cut);
    }
  } finally {
    closeSync(fd);
  }
  return cuts;
}

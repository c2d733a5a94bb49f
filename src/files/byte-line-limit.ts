/**
 * The line-mb guard of the byte scanner (a hostile line never reaches memory whole): the same rule and the same message as the guard of
 * summary tables (line-guard.ts), so a dossier list with a line of hundreds of MB is refused as too
 * large, naming the limit, rather than misread as an unclosed quote.
 */
import { limitError } from './limits.js';
import type { ParcheckError } from '../core/errors.js';

const LF = 10;

/**
 * The longest physical line (bytes between line feeds) of `b[from..to)`, and its index among the lines
 * of that range (0 = the line starting at `from`). Called only for a record already over the limit.
 */
export function longestLine(b: Uint8Array, from: number, to: number): { length: number; index: number } {
  let best = { length: 0, index: 0 };
  let start = from;
  let index = 0;
  for (;;) {
    const nl = b.indexOf(LF, start);
    const end = nl < 0 || nl >= to ? to : nl;
    if (end - start > best.length) best = { length: end - start, index };
    if (end === to) return best;
    start = end + 1;
    index++;
  }
}

/** INPUT_TOO_LARGE for a line over `maxLineBytes`: the one message of both line guards. */
export function lineTooLongError(file: string, maxLineBytes: number, line: number): ParcheckError {
  return limitError(file, 'lineBytes', maxLineBytes, `> ${Math.round(maxLineBytes / 1048576)} MB`, { vi: `dòng ${line} dài bất thường`, en: `line ${line} is abnormally long` }, { line });
}

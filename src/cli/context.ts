/**
 * What every command gets from the edge: the language, whether to colour, and where to write.
 * Commands never touch `process` themselves, so tests can run them in-process.
 */
import type { Lang } from '../core/i18n.js';

export interface CliContext {
  lang: Lang;
  /** Colour only on a TTY and when NO_COLOR is not set (https://no-color.org). */
  color: boolean;
  /** Progress bars and chatter on stderr: only on a TTY and without --quiet. */
  progress: boolean;
  quiet: boolean;
  cwd: string;
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (chunk: string) => void;
  /** Columns of the terminal stdout goes to (tables fit it); undefined: no limit. */
  width?: number;
  /** Columns prose on stdout wraps to (explain): a terminal's or $COLUMNS; none for a pipe or a file. */
  proseWidth?: number;
  /** Columns of the terminal stderr goes to (warnings and errors wrap to it). */
  errWidth?: number;
  /** The command line as typed, for evidence manifests. */
  argv: string[];
}

/** Exit codes (docs/DESIGN.md, Findings): 0 nothing fails, 1 some finding fails under --fail-on, 2 usage/target/input error. */
export const EXIT = { ok: 0, failing: 1, error: 2 } as const;

export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean | undefined, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTTY);
}

/**
 * The width to fit: the terminal's own when the stream is one, else $COLUMNS, else 100 (a pipe or a
 * file, read later in an editor or a mail). Never below 40: narrower than that, nothing is readable.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const width = stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100;
  return Math.max(40, width);
}

/**
 * The width messages on stderr wrap to: the terminal's, or $COLUMNS when set; none when stderr is a
 * file or a pipe (a log is grepped for "file:line:column", so its lines stay whole).
 */
export function messageWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (stream.isTTY && stream.columns && stream.columns > 0) return Math.max(40, stream.columns);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? Math.max(40, fromEnv) : undefined;
}

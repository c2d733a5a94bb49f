/**
 * A progress bar on stderr for long reads: rows, MB/s, ETA. Drawn only when `ctx.progress` (stderr is a
 * TTY and no --quiet); silent otherwise, so pipes and cron logs stay clean.
 */
import type { ReadProgress } from '../core/types.js';
import { progressLine } from '../report/progress-line.js';
import type { CliContext } from './context.js';

export interface ProgressBar {
  onProgress: ((progress: ReadProgress) => void) | undefined;
  /** Erase the bar (call before writing anything else to stderr, and at the end). */
  done: () => void;
}

const REDRAW_MS = 100;

export function createProgressBar(ctx: CliContext, label = '', now: () => number = Date.now): ProgressBar {
  if (!ctx.progress || ctx.quiet) return { onProgress: undefined, done: () => undefined };
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    onProgress: (p) => {
      const t = now();
      if (t - last < REDRAW_MS && p.bytesRead < p.bytesTotal) return;
      last = t;
      drawn = true;
      ctx.stderr(`\r${progressLine(p, t - start, label, ctx.lang)}\x1b[K`);
    },
    done: () => {
      if (drawn) ctx.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

/** One bar per file, labelled with it, for a pipeline request's `onProgress` (undefined when no bar is wanted). */
export function barPerFile(ctx: CliContext): { onProgress: ((file: string, progress: ReadProgress) => void) | undefined; done: () => void } {
  if (!ctx.progress || ctx.quiet) return { onProgress: undefined, done: () => undefined };
  let bar: ProgressBar | undefined;
  let barFile: string | undefined;
  const onProgress = (file: string, progress: ReadProgress) => {
    if (file !== barFile) {
      bar?.done();
      bar = createProgressBar(ctx, file);
      barFile = file;
    }
    bar?.onProgress?.(progress);
  };
  return { onProgress, done: () => bar?.done() };
}

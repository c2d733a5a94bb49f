/**
 * A progress bar on stderr for long reads: rows, MB/s, ETA. Drawn only when `ctx.progress` (stderr is a
 * TTY and no --quiet); silent otherwise, so pipes and cron logs stay clean.
 */
import type { ReadProgress } from '../core/types.js';
import type { CliContext } from './context.js';

export interface ProgressBar {
  onProgress: ((progress: ReadProgress) => void) | undefined;
  /** Erase the bar (call before writing anything else to stderr, and at the end). */
  done: () => void;
}

const WIDTH = 24;
const REDRAW_MS = 100;

function fmtRows(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)} k`;
  return String(n);
}

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return `${m}:${r < 10 ? '0' : ''}${r}`;
}

/** The bar's text for one state; pure, so tests can check it. */
export function progressLine(p: ReadProgress, elapsedMs: number, label: string, lang: CliContext['lang']): string {
  const frac = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
  const filled = Math.round(frac * WIDTH);
  const secs = elapsedMs / 1000;
  const mbps = secs > 0 ? p.bytesRead / 1e6 / secs : 0;
  const eta = frac > 0 ? (secs / frac) * (1 - frac) : Number.NaN;
  const rowsWord = lang === 'vi' ? 'dòng' : 'rows';
  const etaWord = lang === 'vi' ? 'còn' : 'ETA';
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(frac * 100)}% ${fmtRows(p.rows)} ${rowsWord} ${mbps.toFixed(0)} MB/s ${etaWord} ${fmtSeconds(eta)}`;
}

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

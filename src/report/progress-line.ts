/** The text of the progress bar drawn on stderr during long reads: rows, MB/s, ETA. Pure, so tests can check it. */
import type { Lang } from '../core/i18n.js';
import type { ReadProgress } from '../core/types.js';

const WIDTH = 24;

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

/** The bar's text for one state. */
export function progressLine(p: ReadProgress, elapsedMs: number, label: string, lang: Lang): string {
  const frac = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
  const filled = Math.round(frac * WIDTH);
  const secs = elapsedMs / 1000;
  const mbps = secs > 0 ? p.bytesRead / 1e6 / secs : 0;
  const eta = frac > 0 ? (secs / frac) * (1 - frac) : Number.NaN;
  const rowsWord = lang === 'vi' ? 'dòng' : 'rows';
  const etaWord = lang === 'vi' ? 'còn' : 'ETA';
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(frac * 100)}% ${fmtRows(p.rows)} ${rowsWord} ${mbps.toFixed(0)} MB/s ${etaWord} ${fmtSeconds(eta)}`;
}

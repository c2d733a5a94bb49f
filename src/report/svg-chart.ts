/**
 * One small inline SVG chart per finding with a series: the values over time, the threshold line,
 * the deadline, and the path still required from the last value to the threshold at the deadline.
 * Our own code (a line chart is ~150 lines; a charting library would ship a browser runtime the
 * report must not load). Coordinates are printed with one decimal so reruns give the same bytes.
 * Ranks run downwards (rank 1 at the top), as a league table reads.
 */
import { pick, text, type Lang } from '../core/i18n.js';
import type { Finding, FindingBound, FindingSeries } from '../core/types.js';
import { escapeHtml } from './html-escape.js';
import { formatComparator, formatNumber, formatValue, isPercentUnit, shownValue } from './format.js';
import { periodText } from './documents.js';
import { STATUS_COLOUR } from './svg-status.js';
import { STATUS_LABEL } from './words.js';

const W = 640;
const H = 240;
const M = { left: 56, right: 16, top: 30, bottom: 34 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const WORDS = {
  deadline: text('Hạn', 'Deadline'),
  target: text('Chỉ tiêu', 'Target'),
  required: text('Cần đạt', 'Required'),
  chartOf: text('Diễn biến', 'Trend of'),
};

const monthNo = (p: string): number => {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
};
const monthLabel = (n: number) => `${String((n % 12) + 1).padStart(2, '0')}/${Math.floor(n / 12)}`;
const c = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** "Nice" tick values covering [lo, hi]: steps of 1, 2 or 5 × 10^k. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi <= lo) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** The value the finding has to reach: the threshold, or the nearer bound of a band. */
export function aimOf(f: FindingBound & Pick<Finding, 'value'>): number {
  if (f.comparator !== 'between') return f.threshold_value;
  const t = f.threshold_value;
  const v = f.value ?? t[0];
  return v < t[0] ? t[0] : Math.min(v, t[1]);
}

export function renderChart(f: Finding & { series: FindingSeries }, lang: Lang, id: string): string {
  // each point rounded as the reports show a value: towards its side of the threshold
  const pts = f.series.points.map((p) => ({ ...p, x: monthNo(p.period), value: shownValue({ ...f, value: p.value }) ?? p.value }));
  const last = pts[pts.length - 1]!;
  const deadline = monthNo(f.series.deadline);
  const x0 = pts[0]!.x;
  let x1 = Math.max(deadline, last.x);
  if (x1 === x0) x1 = x0 + 1;
  const bounds = f.comparator === 'between' ? f.threshold_value : [f.threshold_value];
  const ys = [...pts.map((p) => p.value), ...bounds];
  let lo = Math.min(...ys);
  let hi = Math.max(...ys);
  const pad = (hi - lo) * 0.1 || Math.max(1, Math.abs(hi) * 0.1);
  lo -= pad;
  hi += pad;
  if (isPercentUnit(f.unit) && !f.baseline) [lo, hi] = [Math.max(0, lo), Math.min(100, hi)];
  if (f.unit === 'rank') lo = Math.max(0, lo);
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0]!);
  hi = Math.max(hi, ticks[ticks.length - 1]!);
  const down = f.unit === 'rank';
  const X = (m: number) => M.left + ((m - x0) / (x1 - x0)) * PW;
  const Y = (v: number) => (down ? M.top + ((v - lo) / (hi - lo)) * PH : M.top + PH - ((v - lo) / (hi - lo)) * PH);
  const ink = STATUS_COLOUR[f.status].ink;
  const fmt = (v: number) => formatValue(v, f, lang);
  const tick = (v: number) => `${formatNumber(v, lang, 2)}${isPercentUnit(f.unit) ? '%' : ''}`;
  const label = pick(STATUS_LABEL[f.status], lang);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="${id}-t ${id}-d" data-status="${f.status}" data-points="${pts.length}">`,
    `<title id="${id}-t">${escapeHtml(`${pick(WORDS.chartOf, lang)}: ${f.threshold} — ${label}`)}</title>`,
    `<desc id="${id}-d">${escapeHtml(pts.map((p) => `${periodText(p.covers, lang)}: ${fmt(p.value)}`).join('; '))}</desc>`,
    `<rect class="frame" x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="#fff" stroke="#d0d7de"/>`,
  );
  for (const v of ticks) {
    if (v < lo || v > hi) continue;
    out.push(`<line class="grid" x1="${M.left}" x2="${M.left + PW}" y1="${c(Y(v))}" y2="${c(Y(v))}" stroke="#eaeef2"/>`);
    out.push(`<text class="tick" x="${M.left - 6}" y="${c(Y(v) + 4)}" text-anchor="end">${escapeHtml(tick(v))}</text>`);
  }
  const yearly = pts.every((p) => /^\d{4}$/.test(p.covers));
  for (const m of xLabels(
    pts.map((p) => p.x),
    deadline,
    X,
    yearly,
  )) {
    const x = X(m);
    const anchor = x > W - M.right - 24 ? 'end' : x < M.left + 24 ? 'start' : 'middle';
    const words = yearly && m % 12 === 11 && m !== deadline ? String(Math.floor(m / 12)) : m % 12 === 0 && !pts.some((p) => p.x === m) ? String(Math.floor(m / 12)) : monthLabel(m);
    out.push(`<text class="tick" x="${c(x)}" y="${H - M.bottom + 16}" text-anchor="${anchor}">${words}</text>`);
  }
  for (const [i, b] of bounds.entries()) {
    const y = c(Y(b));
    out.push(`<line class="threshold" x1="${M.left}" x2="${M.left + PW}" y1="${y}" y2="${y}" stroke="#24292f" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    if (i === 0) out.push(`<text class="label" x="${M.left + 4}" y="${c(Y(b) - 5)}">${escapeHtml(`${pick(WORDS.target, lang)} ${formatComparator(f, lang)}`)}</text>`);
  }
  const dx = c(X(deadline));
  out.push(`<line class="deadline" x1="${dx}" x2="${dx}" y1="${M.top}" y2="${M.top + PH}" stroke="#24292f" stroke-dasharray="2 3"/>`);
  out.push(`<text class="label" x="${c(X(deadline) - 4)}" y="${M.top + 12}" text-anchor="end">${escapeHtml(`${pick(WORDS.deadline, lang)} ${monthLabel(deadline)}`)}</text>`);
  const aim = aimOf(f);
  if (deadline > last.x && (f.gap ?? 0) < 0) {
    out.push(
      `<line class="required" x1="${c(X(last.x))}" y1="${c(Y(last.value))}" x2="${dx}" y2="${c(Y(aim))}" stroke="${ink}" stroke-width="2" stroke-dasharray="3 3"/>`,
      `<text class="label" x="${c((X(last.x) + X(deadline)) / 2)}" y="${c((Y(last.value) + Y(aim)) / 2 - 6)}" text-anchor="middle">${escapeHtml(pick(WORDS.required, lang))}</text>`,
    );
  }
  out.push(`<polyline class="series" fill="none" stroke="${ink}" stroke-width="2.5" points="${pts.map((p) => `${c(X(p.x))},${c(Y(p.value))}`).join(' ')}"/>`);
  for (const p of pts) {
    out.push(
      `<circle class="point" cx="${c(X(p.x))}" cy="${c(Y(p.value))}" r="3.5" fill="${ink}" data-period="${escapeHtml(p.covers)}" data-value="${p.value}"><title>${escapeHtml(`${periodText(p.covers, lang)}: ${fmt(p.value)}`)}</title></circle>`,
    );
  }
  const badge = label.length * 7 + 16;
  out.push(
    `<g class="status-badge"><rect x="${W - M.right - badge}" y="4" width="${badge}" height="20" rx="3" fill="${STATUS_COLOUR[f.status].fill}" stroke="${ink}"/>`,
    `<text x="${W - M.right - badge / 2}" y="18" text-anchor="middle" fill="${ink}" font-weight="bold">${escapeHtml(label)}</text></g>`,
    `<text class="label" x="${M.left}" y="18">${escapeHtml(`${fmt(last.value)} (${periodText(last.covers, lang)})`)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}

/**
 * The deadline first, then the first and last point, then every point of a yearly series (or January
 * of each year of a monthly one), leaving out any closer than 48 px to one already kept.
 */
function xLabels(points: number[], deadline: number, X: (m: number) => number, yearly: boolean): number[] {
  const want = [deadline, points[0]!, points[points.length - 1]!];
  if (yearly) want.push(...points);
  else for (let m = points[0]! + 1; m < Math.max(deadline, points[points.length - 1]!); m++) if (m % 12 === 0) want.push(m);
  const out: number[] = [];
  for (const m of want) if (!out.some((o) => Math.abs(X(o) - X(m)) < 48)) out.push(m);
  return out.sort((a, b) => a - b);
}

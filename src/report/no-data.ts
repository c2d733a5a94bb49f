/**
 * The table and Markdown reports list `no-data` findings in one compact paragraph after a group's
 * table instead of one row each: a catalogue of 80 thresholds checked against a monthly form leaves
 * most of them without figures, and 70 rows of "—" hid the dozen that matter. JSON, CSV and XLSX keep
 * every finding as a row; the summary line still counts them.
 */
import { pick, text, type Lang } from '../core/i18n.js';
import type { Finding } from '../core/types.js';
import { findIndicator } from '../measures/indicators.js';
import { displayWidth } from './box.js';
import { formatNumber } from './format.js';

/** Wrap width when the caller does not say (Markdown, files, a terminal of unknown width). */
export const DEFAULT_WIDTH = 100;

const LABEL = text('Thiếu số liệu ({n} chỉ tiêu)', 'No data ({n} {thresholds})');
const LABEL_MANY = text('Thiếu số liệu ({n} chỉ tiêu, {m} kết quả)', 'No data ({n} {thresholds}, {m} findings)');

export function splitNoData(findings: readonly Finding[]): { rows: Finding[]; noData: Finding[] } {
  const rows: Finding[] = [];
  const noData: Finding[] = [];
  for (const f of findings) (f.status === 'no-data' ? noData : rows).push(f);
  return { rows, noData };
}

/** What a no-data finding lacks: the measures its problems name, else their messages, else the indicator's measures. */
export function missingOf(f: Finding, lang: Lang): string[] {
  const problems = f.problems ?? [];
  const named = [...new Set(problems.flatMap((p) => p.measures ?? []))];
  if (named.length > 0) return named;
  const said = problems.filter((p) => !p.measures).map((p) => pick(p.message, lang));
  if (said.length > 0) return said;
  const def = findIndicator(f.indicator);
  if (!def) return [];
  return def.kind === 'ratio' ? [...new Set([...def.numerator, ...def.denominator])] : [def.measure];
}

export interface NoDataStyle {
  /** Escapes a threshold id or a measure (code span in Markdown, control escapes in a terminal). */
  code: (value: string) => string;
  /** Escapes text from inputs: unit names. */
  plain: (value: string) => string;
  label: (value: string) => string;
}

export interface NoDataLayout {
  width?: number;
  /** Before the first line, and before each following one. */
  lead?: string;
  indent?: string;
}

/**
 * "Thiếu số liệu (3 chỉ tiêu): a (m1, m2), b (m3: UBND xã A, UBND xã B), …", wrapped between entries
 * to `width` columns, continuation lines indented by `indent`. Findings of one threshold lacking the
 * same measures are one entry naming their units.
 */
export function noDataLines(findings: readonly Finding[], lang: Lang, style: NoDataStyle, layout: NoDataLayout = {}): string[] {
  if (findings.length === 0) return [];
  const entries = new Map<string, { id: string; missing: string[]; units: string[] }>();
  for (const f of findings) {
    const missing = missingOf(f, lang);
    const key = `${f.threshold}\u0000${missing.join('\u0000')}`;
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { id: f.threshold, missing, units: [] }));
    if (f.scope.unit !== undefined) entry.units.push(f.scope.unit);
  }
  const list = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts = list.map((e) => {
    const inner = [e.missing.map(style.code).join(', '), e.units.length > 0 ? e.units.map(style.plain).join(', ') : ''].filter(Boolean).join(': ');
    return inner ? `${style.code(e.id)} (${inner})` : style.code(e.id);
  });
  const thresholds = new Set(list.map((e) => e.id)).size;
  const head = pick(thresholds === findings.length ? LABEL : LABEL_MANY, lang)
    .replace('{n}', formatNumber(thresholds, lang, 0))
    .replace('{m}', formatNumber(findings.length, lang, 0))
    .replace('{thresholds}', thresholds === 1 ? 'threshold' : 'thresholds');
  return wrap(`${layout.lead ?? ''}${style.label(`${head}:`)}`, parts, layout.width ?? DEFAULT_WIDTH, layout.indent ?? '');
}

function wrap(head: string, parts: string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = head;
  let used = displayWidth(head);
  parts.forEach((part, i) => {
    const piece = i < parts.length - 1 ? `${part},` : part;
    const w = displayWidth(piece);
    if (used + 1 + w > width && used > displayWidth(indent)) {
      lines.push(line);
      line = `${indent}${piece}`;
      used = displayWidth(indent) + w;
    } else {
      line += ` ${piece}`;
      used += 1 + w;
    }
  });
  lines.push(line);
  return lines;
}

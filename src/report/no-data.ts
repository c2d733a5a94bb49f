/**
 * The table and Markdown reports list `no-data` findings in one compact paragraph after a group's
 * table instead of one row each: a catalogue of 80 thresholds checked against a monthly form leaves
 * most of them without figures, and 70 rows of "—" hid the dozen that matter. JSON, CSV and XLSX keep
 * every finding as a row; the summary line still counts them.
 */
import { pick, text, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding } from '../core/types.js';
import { findIndicator } from '../measures/indicators.js';
import { measureInfo } from '../measures/measure-info.js';
import { displayWidth } from './box.js';
import { formatNumber } from './format.js';
import { warningMessage } from './warning-messages.js';

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
  const said = problems.filter((p) => !p.measures).map((p) => warningMessage(p, lang));
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

// ---------------------------------------------------------------------------------------------
// No-data as work to do: findings grouped by what they lack, so an officer sees which figures to
// supply (`parcheck template` writes them as a workbook). The table prints the short block below
// after its findings; the Excel and HTML reports give the groups a sheet or section of their own.

export interface NoDataGroup {
  /** The figure lacking: a measure, or what the problem says when it names none. */
  measure: string;
  /** Thresholds lacking it, in first-seen order. */
  thresholds: { document: { id: string; number: string }; threshold: string; indicator: string }[];
  /** Findings lacking it (a threshold may lack data for several scopes). */
  findings: number;
  /** Units named by those findings (unit scopes), in first-seen order. */
  units: string[];
}

export interface NoDataSummary {
  /** Distinct thresholds with at least one no-data finding. */
  thresholds: number;
  /** Distinct figures (measures) missing. */
  figures: number;
  /** One group per missing figure, the most needed first (most thresholds, then findings, then name). */
  groups: NoDataGroup[];
}

/**
 * Groups the no-data findings by the figure they lack: one group per measure, so the largest groups
 * are the figures that would make the most thresholds checkable. A finding lacking two measures is in
 * both groups. Pure; findings of other statuses are ignored.
 */
export function groupNoData(findings: readonly Finding[], lang: Lang = 'vi'): NoDataSummary {
  const groups = new Map<string, NoDataGroup>();
  const thresholds = new Set<string>();
  for (const f of findings) {
    if (f.status !== 'no-data') continue;
    const id = `${f.document.id}#${f.threshold}`;
    thresholds.add(id);
    for (const measure of missingOf(f, lang)) {
      let g = groups.get(measure);
      if (!g) groups.set(measure, (g = { measure, thresholds: [], findings: 0, units: [] }));
      g.findings++;
      if (!g.thresholds.some((t) => `${t.document.id}#${t.threshold}` === id)) g.thresholds.push({ document: f.document, threshold: f.threshold, indicator: f.indicator });
      if (f.scope.unit !== undefined && !g.units.includes(f.scope.unit)) g.units.push(f.scope.unit);
    }
  }
  const list = [...groups.values()].sort((a, b) => b.thresholds.length - a.thresholds.length || b.findings - a.findings || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
  return { thresholds: thresholds.size, figures: groups.size, groups: list };
}

const BLOCK = {
  head: text('Thiếu số liệu: {n} chỉ tiêu cần {m} số liệu', 'No data: {n} {thresholds}, {m} {figures} missing'),
  group: text('{measure} ({label}): {n} chỉ tiêu ({ids})', '{measure} ({label}): {n} {thresholds} ({ids})'),
  more: text('… và {n} số liệu khác (--show no-data liệt kê đủ)', '… and {n} more figures (--show no-data lists them all)'),
  hint: text(
    '`parcheck template {files} --period {year} --output so-lieu-bo-sung.xlsx` để tạo biểu nhập',
    '`parcheck template {files} --period {year} --output so-lieu-bo-sung.xlsx` writes a workbook to fill in',
  ),
  files: text('<các tệp đầu vào>', '<the input files>'),
};

const SHOWN_GROUPS = 3;
const SHOWN_IDS = 4;

/**
 * "Thiếu số liệu: 45 chỉ tiêu cần 38 số liệu", the three largest groups, and the `parcheck template`
 * command that writes the missing figures as a workbook. Nothing when no finding lacks data.
 */
export function noDataBlock(result: Pick<CheckResult, 'findings' | 'as_of' | 'inputs'>, lang: Lang, style: NoDataStyle): string[] {
  const summary = groupNoData(result.findings, lang);
  if (summary.thresholds === 0) return [];
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const lines = [
    style.label(
      pick(BLOCK.head, lang)
        .replace('{n}', formatNumber(summary.thresholds, lang, 0))
        .replace('{m}', formatNumber(summary.figures, lang, 0))
        .replace('{thresholds}', plural(summary.thresholds, 'threshold', 'thresholds'))
        .replace('{figures}', plural(summary.figures, 'figure', 'figures')),
    ),
  ];
  for (const g of summary.groups.slice(0, SHOWN_GROUPS)) {
    const ids = g.thresholds.slice(0, SHOWN_IDS).map((t) => style.code(t.threshold));
    const more = g.thresholds.length > SHOWN_IDS ? `, … +${g.thresholds.length - SHOWN_IDS}` : '';
    lines.push(
      `  ${pick(BLOCK.group, lang)
        .replace('{measure}', style.code(g.measure))
        .replace('{label}', measureInfo(g.measure) ? pick(measureInfo(g.measure)!.label, lang) : '…')
        .replace('{n}', formatNumber(g.thresholds.length, lang, 0))
        .replace('{thresholds}', plural(g.thresholds.length, 'threshold', 'thresholds'))
        .replace('{ids}', `${ids.join(', ')}${more}`)}`,
    );
  }
  if (summary.groups.length > SHOWN_GROUPS) lines.push(`  ${pick(BLOCK.more, lang).replace('{n}', formatNumber(summary.groups.length - SHOWN_GROUPS, lang, 0))}`);
  const files = result.inputs.length > 0 && result.inputs.length <= 3 ? result.inputs.map((i) => style.plain(i.path)).join(' ') : pick(BLOCK.files, lang);
  const year = /^(\d{4})/.exec(result.as_of)?.[1] ?? result.as_of;
  lines.push(pick(BLOCK.hint, lang).replace('{files}', files).replace('{year}', year));
  return lines;
}

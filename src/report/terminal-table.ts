/**
 * The terminal table: grouped by document then level, worst gaps first, coloured by status only when
 * asked (a chalk instance of level 0 otherwise: chalk's own TTY detection is never relied on).
 * Rows are drawn by box.ts, the drawer of every terminal table (linear time).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { pick, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding, Status } from '../core/types.js';
import { fitBox, wrapLine, type Align } from './box.js';
import { escapeControl } from './escape.js';
import { documentsById, provinceName } from './documents.js';
import {
  formatComparator,
  formatGap,
  formatNeeded,
  formatSuperseded,
  formatValue,
  documentHeading,
  indicatorLabel,
  progressRules,
  shortHash,
  shownGap,
  shownValue,
  summaryLine,
  verdictNotes,
} from './format.js';
import type { ReportOptions } from './reporters.js';
import { noDataBlock, noDataLines, splitNoData, type NoDataStyle } from './no-data.js';
import { documentNumbers, groupFindings, statusCounts } from './order.js';
import { COLUMN, HEADER, LEVEL_LABEL, rankChangeWords, STATUS_LABEL, TABLE_WORDS } from './words.js';

const PAINT: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  missed: (c) => c.red,
  incomplete: (c) => c.blue,
  'on-track': (c) => c.cyan,
  'off-track': (c) => c.yellow,
  'no-data': (c) => c.gray,
  invalid: (c) => c.magenta,
};

export function renderTable(result: CheckResult, options: ReportOptions): string {
  const { lang, width } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // Every line fits the terminal (options.width; none for --wide and files): prose wraps under itself.
  const out: string[] = [];
  const say = (line: string, paint: (s: string) => string = (s) => s) => out.push(...wrapLine(line, width).map(paint));
  for (const l of headerLines(result, lang)) say(l);
  const rules = progressRules(result.findings, options.rule);
  if (rules.length > 0) say(`${pick(COLUMN.rule, lang)}: ${escapeControl(rules.join(', '))}`);
  const docs = documentNumbers(result);
  const style: NoDataStyle = { code: escapeControl, plain: escapeControl, label: (s) => PAINT['no-data'](chalk)(s) };
  for (const group of groupFindings(result.findings)) {
    // a group of no-data findings only is summed up in the block after the tables
    if (!options.showNoData && group.findings.every((f) => f.status === 'no-data')) continue;
    out.push('');
    say(`${escapeControl(documentHeading(documentsById(result).get(group.document.id) ?? group.document))} · ${pick(LEVEL_LABEL[group.level], lang)}`, (s) => chalk.bold(s));
    const { rows, noData } = splitNoData(group.findings);
    if (rows.length > 0) {
      const box = findingsTable(rows, lang, chalk, width);
      out.push(box.text);
      if (box.hidden.length > 0) say(`  ${hiddenNote(box.hidden, lang)}`);
    }
    const notes = [...new Set(group.findings.filter((f) => f.superseded).map((f) => noteFor(f, docs, lang)))];
    for (const note of notes) say(`  ${pick(HEADER.notes, lang)}: ${note}`);
    for (const note of verdictNotes(group.findings, lang)) say(`  ${pick(HEADER.notes, lang)}: ${escapeControl(note)}`);
    if (options.showNoData) for (const line of noDataLines(noData, lang, style, { width, lead: '  ', indent: '    ' })) say(line);
  }
  const todo = options.showNoData ? [] : noDataBlock(result, lang, style);
  if (todo.length > 0) {
    out.push('');
    for (const l of todo) say(l);
  }
  out.push('');
  say(summaryLine(statusCounts(result), lang));
  return `${out.join('\n')}\n`;
}

function headerLines(result: CheckResult, lang: Lang): string[] {
  const lines = [pick(HEADER.title, lang), `${pick(HEADER.asOf, lang)}: ${escapeControl(result.as_of)}`, `${pick(HEADER.province, lang)}: ${escapeControl(provinceName(result, lang))}`];
  for (const input of result.inputs) {
    lines.push(`${pick(HEADER.inputs, lang)}: ${escapeControl(input.path)} (sha256 ${shortHash(input.sha256)})`);
  }
  for (const t of result.targets) {
    lines.push(`${pick(HEADER.targets, lang)}: ${escapeControl(t.path)} (${pick(HEADER.version, lang)} ${escapeControl(t.version)})`);
  }
  return lines;
}

function noteFor(f: Finding, docs: Map<string, string>, lang: Lang): string {
  return `${escapeControl(f.target)} ${escapeControl(formatSuperseded(f.superseded!, docs, lang))}`;
}

const HEAD = [COLUMN.indicator, COLUMN.scope, COLUMN.period, COLUMN.value, COLUMN.comparator, COLUMN.status, COLUMN.gap, COLUMN.needed];
const ALIGN: readonly Align[] = ['left', 'left', 'left', 'right', 'left', 'left', 'right', 'left'];
/** Narrowest wrapping of each column before one is dropped: labels stay readable in two or three lines, a status on one. */
const MIN_WIDTH = [20, 14, 9, 8, 8, 12, 7, 12];
/**
 * On a narrow terminal, after empty columns go and labels wrap: "Cần thêm" first (it restates the
 * gap in items), then "Kỳ" (the heading's as-of says it for most rows), then "Chênh lệch" (value and
 * threshold remain side by side). Indicator, scope, value, threshold and status always stay.
 */
const DROP_ORDER = [7, 2, 6];

function findingsTable(findings: Finding[], lang: Lang, chalk: ChalkInstance, width: number | undefined) {
  const rank = (f: Finding) => rankChangeWords(f, lang); // "tăng 7 bậc so với 2023", not a percent of a rank
  const rows = findings.map((f) => [
    indicatorLabel(f.indicator, lang),
    escapeControl(f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang)),
    escapeControl(f.period),
    rank(f)?.value ?? formatValue(shownValue(f), f, lang),
    rank(f)?.comparator ?? formatComparator(f, lang),
    pick(STATUS_LABEL[f.status], lang),
    rank(f)?.gap ?? formatGap(shownGap(f), f.unit, lang),
    formatNeeded(f, lang),
  ]);
  const paint = (row: number, column: number, piece: string) => (column === 5 ? PAINT[findings[row]!.status](chalk)(piece) : piece);
  return fitBox(
    HEAD.map((h) => pick(h, lang)),
    rows,
    ALIGN,
    { width, minWidth: MIN_WIDTH, dropOrder: DROP_ORDER, paint },
  );
}

/** "(Ẩn cột Cần thêm, Kỳ cho vừa màn hình; --wide để xem đủ)". */
function hiddenNote(hidden: number[], lang: Lang): string {
  const names = hidden.map((i) => pick(HEAD[i]!, lang)).join(', ');
  return pick(TABLE_WORDS.hidden, lang).replace('{columns}', names);
}

/**
 * The terminal table: grouped by document then level, worst gaps first, coloured by status only when
 * asked (a chalk instance of level 0 otherwise: chalk's own TTY detection is never relied on).
 * Rows are drawn by box.ts (cli-table3's look, linear time).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { pick, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding, Status } from '../core/types.js';
import { renderBox, type Align } from './box.js';
import { escapeControl } from './escape.js';
import {
  formatComparator,
  formatGap,
  formatNeeded,
  formatSuperseded,
  formatValue,
  documentHeading,
  indicatorLabel,
  progressRules,
  provinceText,
  shortHash,
  summaryLine,
} from './format.js';
import type { ReportOptions } from './index.js';
import { noDataBlock, noDataLines, splitNoData, type NoDataStyle } from './no-data.js';
import { documentNumbers, groupFindings, statusCounts } from './order.js';
import { COLUMN, HEADER, LEVEL_LABEL, STATUS_LABEL } from './words.js';

const PAINT: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  missed: (c) => c.red,
  'on-track': (c) => c.cyan,
  'off-track': (c) => c.yellow,
  'no-data': (c) => c.gray,
  invalid: (c) => c.magenta,
};

export function renderTable(result: CheckResult, options: ReportOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [...headerLines(result, lang)];
  const rules = progressRules(result.findings, options.rule);
  if (rules.length > 0) out.push(`${pick(COLUMN.rule, lang)}: ${escapeControl(rules.join(', '))}`);
  const docs = documentNumbers(result);
  const style: NoDataStyle = { code: escapeControl, plain: escapeControl, label: (s) => PAINT['no-data'](chalk)(s) };
  for (const group of groupFindings(result.findings)) {
    // a group of no-data findings only is summed up in the block after the tables
    if (!options.showNoData && group.findings.every((f) => f.status === 'no-data')) continue;
    out.push('');
    out.push(chalk.bold(`${escapeControl(documentHeading(group.document))} · ${pick(LEVEL_LABEL[group.level], lang)}`));
    const { rows, noData } = splitNoData(group.findings);
    if (rows.length > 0) out.push(findingsTable(rows, lang, chalk));
    const notes = [...new Set(group.findings.filter((f) => f.superseded).map((f) => noteFor(f, docs, lang)))];
    for (const note of notes) out.push(`  ${pick(HEADER.notes, lang)}: ${note}`);
    if (options.showNoData) out.push(...noDataLines(noData, lang, style, { width: options.width, lead: '  ', indent: '    ' }));
  }
  const todo = options.showNoData ? [] : noDataBlock(result, lang, style);
  if (todo.length > 0) out.push('', ...todo);
  out.push('');
  out.push(summaryLine(statusCounts(result), lang));
  return `${out.join('\n')}\n`;
}

function headerLines(result: CheckResult, lang: Lang): string[] {
  const lines = [
    pick(HEADER.title, lang),
    `${pick(HEADER.asOf, lang)}: ${escapeControl(result.as_of)}`,
    `${pick(HEADER.province, lang)}: ${escapeControl(provinceText(result.province, lang))}`,
  ];
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

function findingsTable(findings: Finding[], lang: Lang, chalk: ChalkInstance): string {
  const rows = findings.map((f) => [
    indicatorLabel(f.indicator, lang),
    escapeControl(f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang)),
    escapeControl(f.period),
    formatValue(f.value, f.unit, lang),
    formatComparator(f, lang),
    PAINT[f.status](chalk)(pick(STATUS_LABEL[f.status], lang)),
    formatGap(f.gap, f.unit, lang),
    formatNeeded(f, lang),
  ]);
  return renderBox(HEAD.map((h) => pick(h, lang)), rows, ALIGN);
}

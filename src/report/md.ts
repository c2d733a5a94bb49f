/**
 * Markdown for an email or a wiki: title, as-of, summary, one table per document × level.
 * Every text taken from inputs goes through escapeMarkdown (pipes, backticks, HTML, controls).
 */
import { pick, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding } from '../core/types.js';
import { markdownAudit } from './audit-notes.js';
import { escapeControl, escapeMarkdown as md } from './escape.js';
import { documentsById, provinceName } from './documents.js';
import { formatComparator, formatGap, formatNeeded, formatSuperseded, formatValue, documentHeading, indicatorLabel, progressRules, shownGap, shownValue, summaryLine, verdictNotes } from './format.js';
import type { ReportOptions } from './reporters.js';
import { noDataLines, splitNoData, type NoDataStyle } from './no-data.js';
import { documentNumbers, groupFindings, statusCounts } from './order.js';
import { COLUMN, HEADER, LEVEL_LABEL, rankChangeWords, STATUS_LABEL } from './words.js';

export function renderMarkdown(result: CheckResult, options: ReportOptions): string {
  const { lang } = options;
  const out: string[] = [`# ${pick(HEADER.title, lang)}`, ''];
  out.push(`- ${pick(HEADER.asOf, lang)}: ${md(result.as_of)}`);
  out.push(`- ${pick(HEADER.province, lang)}: ${md(provinceName(result, lang))}`);
  for (const i of result.inputs) out.push(`- ${pick(HEADER.inputs, lang)}: ${md(i.path)} (sha256 \`${hex(i.sha256)}\`)`);
  for (const t of result.targets) {
    out.push(`- ${pick(HEADER.targets, lang)}: ${md(t.path)} (${pick(HEADER.version, lang)} ${md(t.version)}, sha256 \`${hex(t.sha256)}\`)`);
  }
  const rules = progressRules(result.findings, options.rule);
  if (rules.length > 0) out.push(`- ${pick(COLUMN.rule, lang)}: ${md(rules.join(', '))}`);
  out.push('', `**${pick(HEADER.summary, lang)}:** ${summaryLine(statusCounts(result), lang)}`);
  const docs = documentNumbers(result);
  for (const group of groupFindings(result.findings)) {
    out.push('', `## ${md(documentHeading(documentsById(result).get(group.document.id) ?? group.document))} · ${pick(LEVEL_LABEL[group.level], lang)}`);
    const { rows, noData } = splitNoData(group.findings);
    if (rows.length > 0) out.push('', ...table(rows, lang));
    const notes = [...new Set(group.findings.filter((f) => f.superseded).map((f) => `${md(f.target)} ${md(formatSuperseded(f.superseded!, docs, lang))}`))];
    if (notes.length > 0) out.push('', ...notes.map((n) => `> ${pick(HEADER.notes, lang)}: ${n}`));
    const verdicts = verdictNotes(group.findings, lang);
    if (verdicts.length > 0) out.push('', ...verdicts.map((n) => `> ${pick(HEADER.notes, lang)}: ${md(n)}`));
    if (noData.length > 0) out.push('', ...noDataLines(noData, lang, MD_STYLE));
  }
  out.push(...markdownAudit(result.audit, lang));
  return `${out.join('\n')}\n`;
}

/** Ids and measures as code spans (a code span cannot hold a backtick; controls made visible). */
const MD_STYLE: NoDataStyle = { code: (s) => `\`${escapeControl(s).replace(/`/g, "'")}\``, plain: md, label: (s) => `**${s}**` };

/** A hash is hex or it is not shown: it sits inside a code span, where escapes do not work. */
const hex = (sha: string) => sha.replace(/[^0-9a-fA-F]/g, '');

function table(findings: Finding[], lang: Lang): string[] {
  const rank = (f: Finding) => rankChangeWords(f, lang); // "tăng 7 bậc so với 2023", not a percent of a rank
  const head = [COLUMN.indicator, COLUMN.scope, COLUMN.period, COLUMN.value, COLUMN.comparator, COLUMN.status, COLUMN.gap, COLUMN.needed];
  const rows = [`| ${head.map((h) => pick(h, lang)).join(' | ')} |`, '|---|---|---|--:|---|---|--:|---|'];
  for (const f of findings) {
    const cells = [
      indicatorLabel(f.indicator, lang),
      f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang),
      f.period,
      rank(f)?.value ?? formatValue(shownValue(f), f, lang),
      rank(f)?.comparator ?? formatComparator(f, lang),
      pick(STATUS_LABEL[f.status], lang),
      rank(f)?.gap ?? formatGap(shownGap(f), f.unit, lang),
      formatNeeded(f, lang),
    ];
    rows.push(`| ${cells.map(md).join(' | ')} |`);
  }
  return rows;
}

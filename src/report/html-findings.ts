/**
 * The findings of the HTML report: one sortable table per level (no-data findings go to the to-do
 * list instead), each row's indicator opening its trail with <details>: threshold id, formula with
 * numerator and denominator, the source cells of each, the progress rule, and the clause quoted.
 */
import { pick, text, type Lang } from '../core/i18n.js';
import { SCOPE_LEVELS, STATUSES, type CheckResult, type Finding, type SourceRef, type Status } from '../core/types.js';
import { documentLabel, documentsById, periodText } from './documents.js';
import { sourceText } from './flat.js';
import { formatComparator, formatGap, formatNeeded, formatNumber, formatSuperseded, formatValue, indicatorLabel, shownGap, shownValue } from './format.js';
import { html, join, type Raw } from './html-escape.js';
import { compareFindings, documentNumbers } from './order.js';
import { statusClass } from './svg-status.js';
import { COLUMN, LEVEL_LABEL, STATUS_LABEL, rankChangeWords } from './words.js';
import { warningMessage } from './warning-messages.js';

const T = {
  findings: text('Kết quả theo cấp', 'Findings by level'),
  sortHint: text('Bấm tiêu đề cột để sắp xếp; bấm tên chỉ tiêu để xem nguồn gốc số liệu.', 'Click a column heading to sort; click an indicator to see where its figures come from.'),
  threshold: text('Mã chỉ tiêu', 'Threshold id'),
  sourcesOf: text('Ô nguồn của', 'Source cells of the'),
  more: text('và {n} ô khác', 'and {n} more cells'),
  chart: text('biểu đồ', 'chart'),
  ratio: text('tỷ số tiến độ', 'progress ratio'),
  baseline: text('mốc so sánh', 'baseline'),
  perMonth: text('điểm/tháng cần thêm', 'points a month needed'),
  problems: text('Vấn đề', 'Problems'),
  none: text('Không có kết quả nào ở cấp này ngoài các chỉ tiêu thiếu số liệu.', 'No findings at this level besides targets without data.'),
};

/** Cells listed per side of a trail; the rest are counted (the Excel sources sheet lists them all). */
const MAX_CELLS = 40;

export const statusBadge = (s: Status, lang: Lang): Raw => html`<span class="badge ${statusClass(s)}">${pick(STATUS_LABEL[s], lang)}</span>`;

export const scopeText = (f: Finding, lang: Lang): string => f.scope.unit ?? pick(LEVEL_LABEL[f.scope.level], lang);

export function findingsSections(result: CheckResult, lang: Lang, charts: Map<Finding, string>): Raw {
  const docs = documentsById(result);
  const order = [...docs.keys()];
  const numbers = documentNumbers(result);
  const sections = SCOPE_LEVELS.flatMap((level) => {
    const all = result.findings.filter((f) => f.scope.level === level);
    if (all.length === 0) return [];
    const rows = all.filter((f) => f.status !== 'no-data').sort((a, b) => order.indexOf(a.document.id) - order.indexOf(b.document.id) || compareFindings(a, b));
    const body = rows.map((f) => {
      const doc = docs.get(f.document.id);
      const chart = charts.get(f);
      return html`<tr data-status="${f.status}" data-threshold="${f.threshold}">
<td>${doc ? documentLabel(doc) : f.document.number}</td>
<td data-sort="${indicatorLabel(f.indicator, lang)}"><details><summary>${indicatorLabel(f.indicator, lang)}</summary>${trail(f, lang, numbers)}</details>${chart ? html` <a href="#${chart}">[${pick(T.chart, lang)}]</a>` : ''}</td>
<td>${scopeText(f, lang)}</td>
<td data-sort="${f.period}">${periodText(f.period, lang)}</td>
<td class="num" data-sort="${shownValue(f) ?? ''}">${rankChangeWords(f, lang)?.value ?? formatValue(shownValue(f), f, lang)}</td>
<td>${rankChangeWords(f, lang)?.comparator ?? formatComparator(f, lang)}</td>
<td data-sort="${STATUSES.indexOf(f.status)}">${statusBadge(f.status, lang)}</td>
<td class="num" data-sort="${shownGap(f) ?? ''}">${rankChangeWords(f, lang)?.gap ?? formatGap(shownGap(f), f.unit, lang)}</td>
<td class="num" data-sort="${f.needed === null || f.needed <= 0 ? '' : f.needed}">${formatNeeded(f, lang)}</td>
</tr>`;
    });
    const head = [
      [COLUMN.document, ''],
      [COLUMN.indicator, ''],
      [COLUMN.scope, ''],
      [COLUMN.period, ''],
      [COLUMN.value, 'num'],
      [COLUMN.comparator, ''],
      [COLUMN.status, 'num'],
      [COLUMN.gap, 'num'],
      [COLUMN.needed, 'num'],
    ] as const;
    const thead = join(
      head.map(([label, type]) => html`<th${type ? html` data-type="num" class="num"` : ''} scope="col"><button type="button">${pick(label, lang)}</button></th>`),
      '',
    );
    return [
      html`<h3 id="level-${level}">${pick(LEVEL_LABEL[level], lang)} (${rows.length})</h3>
${
  rows.length === 0
    ? html`<p class="muted">${pick(T.none, lang)}</p>`
    : html`<table class="findings sortable" data-level="${level}"><thead><tr>${thead}</tr></thead>
<tbody>
${join(body)}
</tbody></table>`
}`,
    ];
  });
  return html`<section id="findings">
<h2>${pick(T.findings, lang)}</h2>
<p class="muted">${pick(T.sortHint, lang)}</p>
${join(sections)}
</section>`;
}

function trail(f: Finding, lang: Lang, numbers: Map<string, string>): Raw {
  const items: Raw[] = [html`<dt>${pick(T.threshold, lang)}</dt><dd><code>${f.threshold}</code> · ${pick(COLUMN.deadline, lang)} ${f.deadline}</dd>`];
  items.push(html`<dt>${pick(COLUMN.formula, lang)}</dt><dd><code>${f.formula}</code>${figures(f, lang)}</dd>`);
  for (const side of ['numerator', 'denominator'] as const) {
    const cells = f.sources[side];
    if (cells.length === 0) continue;
    items.push(html`<dt>${pick(T.sourcesOf, lang)} ${pick(COLUMN[side], lang).toLowerCase()} (${cells.length})</dt><dd>${cellList(cells, lang)}</dd>`);
  }
  if (f.status === 'on-track' || f.status === 'off-track') {
    const t = f.trajectory;
    const parts: string[] = [];
    if (t.ratio !== null) parts.push(`${pick(T.ratio, lang)} ${formatNumber(t.ratio, lang)}`);
    if (t.baselinePeriod !== null && t.baselineValue !== null) parts.push(`${pick(T.baseline, lang)} ${formatValue(t.baselineValue, f, lang)} (${t.baselinePeriod})`);
    if (t.pointsPerMonthNeeded !== null && t.pointsPerMonthNeeded > 0) parts.push(`${formatNumber(t.pointsPerMonthNeeded, lang)} ${pick(T.perMonth, lang)}`);
    items.push(html`<dt>${pick(COLUMN.rule, lang)}</dt><dd><code>${t.rule}</code>${parts.length > 0 ? ` · ${parts.join(' · ')}` : ''}</dd>`);
  }
  if (f.problems && f.problems.length > 0) {
    items.push(
      html`<dt>${pick(T.problems, lang)}</dt><dd><ul>${join(
        f.problems.map((p) => html`<li><code>${p.code}</code> ${warningMessage(p, lang)}</li>`),
        '',
      )}</ul></dd>`,
    );
  }
  items.push(html`<dt>${pick(COLUMN.section, lang)} ${f.clause.section}</dt><dd><blockquote>${f.clause.quote}</blockquote></dd>`);
  if (f.superseded) items.push(html`<dt>${pick(COLUMN.superseded, lang)}</dt><dd>${formatSuperseded(f.superseded, numbers, lang)}</dd>`);
  return html`<dl class="trail">${join(items, '')}</dl>`;
}

function figures(f: Finding, lang: Lang): Raw {
  const parts: string[] = [];
  if (f.numerator !== null) parts.push(`${pick(COLUMN.numerator, lang)} = ${formatNumber(f.numerator, lang, 4)}`);
  if (f.denominator !== null) parts.push(`${pick(COLUMN.denominator, lang)} = ${formatNumber(f.denominator, lang, 4)}`);
  return parts.length > 0 ? html`<br>${parts.join(' · ')}` : html``;
}

function cellList(cells: readonly SourceRef[], lang: Lang): Raw {
  const shown = cells.slice(0, MAX_CELLS).map((c) => html`<li><code>${sourceText(c)}</code></li>`);
  const rest = cells.length - MAX_CELLS;
  if (rest > 0) shown.push(html`<li class="muted">${pick(T.more, lang).replace('{n}', formatNumber(rest, lang, 0))}</li>`);
  return html`<ul>${join(shown, '')}</ul>`;
}

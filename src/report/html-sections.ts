/** The header, summary, charts and no-data sections of the HTML report (findings: html-findings.ts). */
import { pick, text, type Lang } from '../core/i18n.js';
import { STATUSES, type CheckResult, type Finding } from '../core/types.js';
import { COVER, countTables, dateText, documentLabel, documentsById, numberIsBlank, periodText, provinceName, reportPeriod } from './documents.js';
import { formatComparator, formatGap, formatValue, indicatorLabel, progressRules, shownGap, shownValue } from './format.js';
import { html, join, type Raw } from './html-escape.js';
import { scopeText, statusBadge } from './html-findings.js';
import { missingOf } from './no-data.js';
import { compareFindings, statusCounts } from './order.js';
import { COLUMN, HEADER, LEVEL_LABEL, STATUS_LABEL, rankChangeWords } from './words.js';

const H = {
  inputs: text('Dữ liệu đầu vào', 'Input files'),
  targets: text('Tệp chỉ tiêu', 'Target files'),
  file: text('Tệp', 'File'),
  version: text('Phiên bản', 'Version'),
  worst: text('Chênh lệch lớn nhất', 'Largest gaps'),
  todo: text('Việc cần làm: bổ sung số liệu', 'To do: figures to collect'),
  todoNote: text(
    'Các chỉ tiêu dưới đây chưa đánh giá được vì đầu vào thiếu số liệu; mỗi dòng nêu số liệu cần thu thập.',
    'These targets could not be assessed because the inputs lack figures; each line names the figures to collect.',
  ),
  needs: text('cần', 'needs'),
  none: text('Không có.', 'None.'),
  noWorst: text('Không có chỉ tiêu nào còn thiếu so với mức đặt ra.', 'No target falls short.'),
};

export function headerSection(result: CheckResult, lang: Lang, rule?: string): Raw {
  const docs = [...documentsById(result).values()];
  const rules = progressRules(result.findings, rule);
  return html`<header>
<h1>${pick(COVER.title, lang)}</h1>
<p class="province">${provinceName(result, lang)}</p>
<p class="period">${pick(COVER.period, lang)}: <strong>${reportPeriod(result.as_of, lang)}</strong> · ${pick(COVER.asOf, lang)}: <strong>${periodText(result.as_of, lang)}</strong>${rules.length > 0 ? html` · ${pick(COLUMN.rule, lang)}: <code>${rules.join(', ')}</code>` : ''}</p>
<h2>${pick(COVER.documents, lang)}</h2>
<table class="documents"><thead><tr><th>${pick(COVER.number, lang)}</th><th>${pick(COVER.date, lang)}</th><th>${pick(COVER.issuer, lang)}</th><th>${pick(COVER.titleColumn, lang)}</th></tr></thead>
<tbody>
${join(docs.map((d) => html`<tr><td>${numberIsBlank(d.number) ? html`${d.number.split('(')[0]!.trim()} <span class="muted">${pick(COVER.blankNumber, lang)}</span>` : d.number}</td><td>${d.date ? dateText(d.date) : ''}</td><td>${d.issuer}</td><td>${d.title}</td></tr>`))}
</tbody></table>
<h2>${pick(H.inputs, lang)}</h2>
<table class="inputs"><thead><tr><th>${pick(H.file, lang)}</th><th>SHA-256</th></tr></thead>
<tbody>
${join(result.inputs.map((i) => html`<tr><td>${i.path}</td><td class="hash">${i.sha256}</td></tr>`))}
</tbody></table>
<h3>${pick(H.targets, lang)}</h3>
<table class="targets"><thead><tr><th>${pick(H.file, lang)}</th><th>${pick(H.version, lang)}</th><th>SHA-256</th></tr></thead>
<tbody>
${join(result.targets.map((t) => html`<tr><td>${t.path}</td><td>${t.version}</td><td class="hash">${t.sha256}</td></tr>`))}
</tbody></table>
</header>`;
}

export function summarySection(result: CheckResult, lang: Lang): Raw {
  const counts = statusCounts(result);
  const tables = countTables(result);
  const worst = result.findings
    .filter((f) => f.gap !== null && f.gap < 0)
    .sort(compareFindings)
    .slice(0, 10);
  const levelHead = join(
    tables.levels.map((l) => html`<th class="num">${pick(LEVEL_LABEL[l], lang)}</th>`),
    '',
  );
  return html`<section id="summary">
<h2>${pick(HEADER.summary, lang)}</h2>
<ul class="counts">
${join(STATUSES.filter((s) => counts[s] > 0).map((s) => html`<li data-status="${s}">${statusBadge(s, lang)} <strong>${counts[s]}</strong></li>`))}
</ul>
<h3>${pick(COVER.byLevel, lang)}</h3>
<table class="by-level"><thead><tr><th>${pick(COVER.status, lang)}</th>${levelHead}<th class="num">${pick(COVER.total, lang)}</th></tr></thead>
<tbody>
${join(
  STATUSES.map(
    (s) =>
      html`<tr><td>${statusBadge(s, lang)}</td>${join(
        tables.levels.map((l) => html`<td class="num">${tables.byLevel[s][l]}</td>`),
        '',
      )}<td class="num"><strong>${counts[s]}</strong></td></tr>`,
  ),
)}
</tbody></table>
<h3>${pick(COVER.byDocument, lang)}</h3>
<table class="by-document"><thead><tr><th>${pick(COVER.document, lang)}</th>${join(
    STATUSES.map((s) => html`<th class="num">${pick(STATUS_LABEL[s], lang)}</th>`),
    '',
  )}<th class="num">${pick(COVER.total, lang)}</th></tr></thead>
<tbody>
${join(
  tables.byDocument.map(
    (d) =>
      html`<tr><td>${documentLabel(d.document)}</td>${join(
        STATUSES.map((s) => html`<td class="num">${d.counts[s]}</td>`),
        '',
      )}<td class="num"><strong>${d.total}</strong></td></tr>`,
  ),
)}
</tbody></table>
<h3>${pick(H.worst, lang)}</h3>
${worst.length === 0 ? html`<p>${pick(H.noWorst, lang)}</p>` : worstTable(worst, lang)}
</section>`;
}

function worstTable(list: Finding[], lang: Lang): Raw {
  return html`<table class="worst"><thead><tr><th>${pick(COLUMN.indicator, lang)}</th><th>${pick(COLUMN.scope, lang)}</th><th class="num">${pick(COLUMN.value, lang)}</th><th>${pick(COLUMN.comparator, lang)}</th><th>${pick(COLUMN.status, lang)}</th><th class="num">${pick(COLUMN.gap, lang)}</th></tr></thead>
<tbody>
${join(
  list.map(
    (f) =>
      html`<tr><td>${indicatorLabel(f.indicator, lang)} <code>${f.threshold}</code></td><td>${scopeText(f, lang)}</td><td class="num">${rankChangeWords(f, lang)?.value ?? formatValue(shownValue(f), f, lang)}</td><td>${rankChangeWords(f, lang)?.comparator ?? formatComparator(f, lang)}</td><td>${statusBadge(f.status, lang)}</td><td class="num">${rankChangeWords(f, lang)?.gap ?? formatGap(shownGap(f), f.unit, lang)}</td></tr>`,
  ),
)}
</tbody></table>`;
}

/**
 * No-data findings as a to-do list per document: one line per threshold (and the same missing
 * figures), naming what to collect and the units concerned. What is missing comes from no-data.ts.
 */
export function noDataSection(result: CheckResult, lang: Lang): Raw {
  const noData = result.findings.filter((f) => f.status === 'no-data');
  const docs = documentsById(result);
  const byDoc = new Map<string, Map<string, { f: Finding; missing: string[]; units: string[] }>>();
  for (const f of noData) {
    const missing = missingOf(f, lang);
    const key = `${f.threshold}\u0000${missing.join('\u0000')}`;
    let items = byDoc.get(f.document.id);
    if (!items) byDoc.set(f.document.id, (items = new Map()));
    let item = items.get(key);
    if (!item) items.set(key, (item = { f, missing, units: [] }));
    if (f.scope.unit !== undefined && !item.units.includes(f.scope.unit)) item.units.push(f.scope.unit);
  }
  const lists = [...byDoc].map(([docId, items]) => {
    const doc = docs.get(docId);
    const sorted = [...items.values()].sort((a, b) => (a.f.threshold < b.f.threshold ? -1 : a.f.threshold > b.f.threshold ? 1 : 0));
    return html`<h3>${doc ? documentLabel(doc) : docId}</h3>
<ul class="todo">
${join(
  sorted.map(
    (i) =>
      html`<li data-threshold="${i.f.threshold}"><code>${i.f.threshold}</code> ${indicatorLabel(i.f.indicator, lang)} — ${pick(H.needs, lang)}: ${join(
        i.missing.map((m) => html`<code>${m}</code>`),
        ', ',
      )}${i.units.length > 0 ? html` (${i.units.join(', ')})` : ''}</li>`,
  ),
)}
</ul>`;
  });
  return html`<section id="no-data">
<h2>${pick(H.todo, lang)} (${noData.length})</h2>
${
  noData.length === 0
    ? html`<p>${pick(H.none, lang)}</p>`
    : html`<p class="muted">${pick(H.todoNote, lang)}</p>
${join(lists)}`
}
</section>`;
}

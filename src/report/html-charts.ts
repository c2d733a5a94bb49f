/** A chart per finding with a series (svg-chart.ts draws it), grouped like the findings. */
import { pick, text, type Lang } from '../core/i18n.js';
import type { CheckResult, Finding, FindingSeries } from '../core/types.js';
import { documentLabel, documentsById } from './documents.js';
import { indicatorLabel } from './format.js';
import { html, join, raw, type Raw } from './html-escape.js';
import { scopeText, statusBadge } from './html-findings.js';
import { groupFindings } from './order.js';
import { renderChart } from './svg-chart.js';

const C = {
  charts: text('Diễn biến theo thời gian', 'Over time'),
  chartsNote: text(
    'Mỗi điểm là giá trị lũy kế từ đầu năm đến tháng đó (chỉ số xếp hạng: theo năm). Đường nét đứt ngang: chỉ tiêu; đường dọc: hạn; đoạn chấm: mức cần đạt từ giá trị mới nhất đến hạn.',
    'Each point is the year-to-date value up to that month (ranks: per year). Dashed horizontal line: the target; vertical line: the deadline; dotted segment: the path required from the latest value to the deadline.',
  ),
};

/** The anchor of a finding's chart, stable across runs (position in the sorted groups). */
export function chartIds(result: CheckResult): Map<Finding, string> {
  const ids = new Map<Finding, string>();
  let n = 0;
  for (const g of groupFindings(result.findings)) for (const f of g.findings) if (f.series) ids.set(f, `chart-${++n}`);
  return ids;
}

export function chartsSection(result: CheckResult, lang: Lang, ids: Map<Finding, string>): Raw {
  if (ids.size === 0) return html``;
  const docs = documentsById(result);
  const figures = [...ids].map(([f, id]) => {
    const doc = docs.get(f.document.id);
    return html`<figure id="${id}" data-threshold="${f.threshold}" data-scope="${f.scope.unit ?? f.scope.level}"><figcaption>${indicatorLabel(f.indicator, lang)} — ${scopeText(f, lang)} ${statusBadge(f.status, lang)}<br><small>${doc ? documentLabel(doc) : f.document.number} · <code>${f.threshold}</code></small></figcaption>
${htmlChart(f as Finding & { series: FindingSeries }, lang, id)}
</figure>`;
  });
  return html`<section id="charts">
<h2>${pick(C.charts, lang)}</h2>
<p class="muted">${pick(C.chartsNote, lang)}</p>
<div class="charts">
${join(figures)}
</div>
</section>`;
}

const htmlChart = (f: Finding & { series: FindingSeries }, lang: Lang, id: string): Raw => raw(renderChart(f, lang, id));

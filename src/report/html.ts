/**
 * The HTML report (`--format html`, `--output bao-cao.html`): one self-contained file an officer can
 * mail to the director or print to PDF. Header (province, period, documents, inputs with SHA-256),
 * summary (counts per status, level and document; the worst gaps), a chart per target with a series,
 * a sortable findings table per level whose rows open their trail (cells, formula, quoted clause),
 * and the no-data findings as a to-do list. No network: inline CSS and script, system fonts, inline
 * SVG, and a Content-Security-Policy that forbids every fetch. Same result, same bytes.
 */
import { pick, text, type Lang } from '../core/i18n.js';
import type { CheckResult } from '../core/types.js';
import { COVER, provinceName, reportPeriod, periodText } from './documents.js';
import { CSS, SCRIPT } from './html-assets.js';
import { html, join, raw, type Raw } from './html-escape.js';
import { chartIds, chartsSection } from './html-charts.js';
import { findingsSections } from './html-findings.js';
import { headerSection, noDataSection, summarySection } from './html-sections.js';
import type { ReportOptions } from './reporters.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const FOOTER = text(
  'Tạo bởi parcheck. Mỗi con số truy được về ô nguồn và điều khoản của văn bản; cùng dữ liệu cho cùng báo cáo.',
  'Made by parcheck. Every figure traces back to its source cells and to the clause of its plan; the same inputs give the same report.',
);

export function renderHtml(result: CheckResult, options: Pick<ReportOptions, 'lang' | 'rule'>): string {
  const lang: Lang = options.lang;
  const title = `${pick(COVER.title, lang)} — ${provinceName(result, lang)} — ${reportPeriod(result.as_of, lang)}`;
  const charts = chartIds(result);
  const body: Raw[] = [
    headerSection(result, lang, options.rule),
    summarySection(result, lang),
    chartsSection(result, lang, charts),
    findingsSections(result, lang, charts),
    noDataSection(result, lang),
    html`<footer>${pick(FOOTER, lang)} ${periodText(result.as_of, lang)}</footer>`,
  ];
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="parcheck">
<title>${title}</title>
<style>
${raw(CSS)}
</style>
</head>
<body>
${join(body)}
<script>
${raw(SCRIPT)}
</script>
</body>
</html>
`;
  return page.value;
}

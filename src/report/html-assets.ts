/**
 * The HTML report's only style sheet and script, inlined: the file opens from a USB stick or a mail
 * attachment with no network (a Content-Security-Policy in the page forbids any fetch anyway).
 * System fonts only. The print sheet gives A4 landscape with the table headers repeated on each page
 * (`thead` as a header group, rows never split).
 */
import { STATUSES } from '../core/types.js';
import { STATUS_COLOUR, statusClass } from './svg-status.js';

const STATUS_CSS = STATUSES.map((s) => `.${statusClass(s)}{color:${STATUS_COLOUR[s].ink};background:${STATUS_COLOUR[s].fill};border-color:${STATUS_COLOUR[s].ink}}`).join('\n');

export const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:14px;line-height:1.4;color:#1f2328}
body{margin:0 auto;max-width:1280px;padding:16px 24px 48px}
h1{font-size:1.5rem;margin:.2em 0;text-transform:uppercase;text-align:center}
h2{font-size:1.2rem;margin:1.6em 0 .4em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .3em}
.province{text-align:center;font-size:1.15rem;font-weight:600;margin:0}
.period{text-align:center;margin:.2em 0 1em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:#f6f8fa}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code,.hash{font-family:ui-monospace,"SFMono-Regular",Consolas,"Liberation Mono",monospace;font-size:.85em;word-break:break-all}
.badge{display:inline-block;border:1px solid;border-radius:3px;padding:0 6px;font-weight:600;white-space:nowrap}
${STATUS_CSS}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px}
th button{all:unset;cursor:pointer;font-weight:600}
th button::after{content:" \\2195";color:#8c959f}
th[aria-sort=ascending] button::after{content:" \\2191";color:#1f2328}
th[aria-sort=descending] button::after{content:" \\2193";color:#1f2328}
details summary{cursor:pointer}
.trail{margin:.4em 0 .2em;font-size:.92em}
.trail dt{font-weight:600;margin-top:.3em}
.trail dd{margin:0 0 0 1em}
.trail ul{margin:0;padding-left:1.2em}
blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #8c959f;background:#f6f8fa;font-style:italic}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:12px}
figure{margin:0;border:1px solid #d0d7de;padding:8px;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:4px}
figcaption small{font-weight:400;color:#57606a}
svg.chart{width:100%;height:auto;font-size:11px;font-family:inherit}
svg.chart .tick{fill:#57606a}
svg.chart .label{fill:#1f2328}
.todo{list-style:none;padding-left:0}
.todo li{margin:.25em 0;padding-left:1.6em;text-indent:-1.6em}
.todo li::before{content:"\\2610  ";font-size:1.1em}
.muted{color:#57606a}
footer{margin-top:2em;color:#57606a;font-size:.85em;border-top:1px solid #d0d7de;padding-top:.5em}
@page{size:A4 landscape;margin:12mm}
@media print{
 :root{font-size:10.5px}
 body{max-width:none;padding:0}
 thead{display:table-header-group}
 tr,figure,blockquote{break-inside:avoid;page-break-inside:avoid}
 h2,h3{break-after:avoid;page-break-after:avoid}
 .charts{display:block}
 figure{margin:0 0 8px}
 th button::after{content:""}
 a{color:inherit;text-decoration:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();

/**
 * Sortable tables without a framework: a click on a header's button sorts the body rows by each
 * cell's `data-sort` (numbers when the header says `data-type="num"`, empty ones last; text in
 * Vietnamese collation), ascending then descending. The page works without it.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  function key(cell) { return cell ? (cell.getAttribute('data-sort') || cell.textContent || '') : ''; }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      var numeric = th.getAttribute('data-type') === 'num';
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row, i) { return { row: row, i: i, k: key(row.cells[col]) }; });
        rows.sort(function (a, b) {
          var r;
          if (numeric) {
            if (a.k === '' || b.k === '') r = a.k === b.k ? 0 : a.k === '' ? 1 : -1;
            else r = dir * (Number(a.k) - Number(b.k));
          } else r = dir * collator.compare(a.k, b.k);
          return r || a.i - b.i;
        });
        rows.forEach(function (x) { body.appendChild(x.row); });
      });
    });
  });
})();
`.trim();

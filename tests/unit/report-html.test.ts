/**
 * The HTML reporter as a pure function: same result, same bytes; nothing fetched; text from inputs
 * escaped; the province and documents named as the plans write them; one chart per series with one
 * point per value; no-data findings as a to-do list. (The page in a real browser: e2e/report-html-browser.)
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding } from '../../src/core/types.js';
import { documentLabel, provinceName, periodText, reportPeriod, shortTitle } from '../../src/report/documents.js';
import { renderHtml } from '../../src/report/html.js';
import { niceTicks, renderChart } from '../../src/report/svg-chart.js';
import { loadResult } from '../fixtures/results/load.js';

const DOCS: NonNullable<CheckResult['documents']> = [
  {
    id: 'qn-16nqtu-2021',
    number: '…/QĐ-UBND (số để trống trong văn bản)',
    date: '2021-11',
    issuer: 'UBND tỉnh Quảng Nam',
    title:
      'Quyết định ban hành Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU ngày 14/10/2021 của Tỉnh ủy về đẩy mạnh cải cách hành chính trên địa bàn tỉnh giai đoạn 2021-2025, định hướng đến năm 2030',
    province: 'quang-nam',
  },
];

function withSeries(): CheckResult {
  const result = loadResult();
  const f = result.findings.find((x) => x.threshold === 'full-online-2030')!;
  f.series = {
    points: [
      { period: '2024-12', covers: '2024', value: 41.5 },
      { period: '2025-06', covers: '2025-01..2025-06', value: 52 },
      { period: '2025-12', covers: '2025', value: 60 },
    ],
    deadline: '2030-12',
  };
  return { ...result, documents: DOCS };
}

describe('html reporter', () => {
  const result = withSeries();
  const vi = renderHtml(result, { lang: 'vi' });
  const en = renderHtml(result, { lang: 'en' });

  it('gives the same bytes on every run, in the language asked', () => {
    expect(renderHtml(withSeries(), { lang: 'vi' })).toBe(vi);
    expect(vi).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(en).toMatch(/<html lang="en">/);
    expect(vi).toContain('<h1>Báo cáo kết quả thực hiện chỉ tiêu cải cách hành chính</h1>'); // upper case by CSS
    expect(en).toContain('Report on administrative reform targets');
    expect(en).not.toMatch(/Chậm tiến độ|Thiếu số liệu/);
  });

  it('fetches nothing: no external script, style, font or image, and a CSP that forbids it', () => {
    expect(vi).toContain(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
    expect(vi.match(/<script\b/g)).toHaveLength(1);
    expect(vi).not.toMatch(/<(?:link|img|iframe|object|embed)\b/);
    expect(vi).not.toMatch(/\bsrc\s*=/);
    expect(vi).not.toMatch(/@import|url\(/);
    // the only "http" left is the SVG namespace and text from the inputs (escaped, never a link)
    const links = [...vi.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.every((h) => h!.startsWith('#'))).toBe(true);
  });

  it('escapes text from the inputs: a formula-like unit stays text, an ANSI escape is shown, not sent', () => {
    expect(vi).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    expect(vi).toContain('UBND xã Tam \\x1b[31mKỳ\\x07');
    expect(vi).not.toContain('\u001b');
  });

  it('names the province and the documents as the plans write them', () => {
    expect(vi).toContain('<p class="province">Tỉnh Quảng Nam</p>');
    expect(vi).toContain('01–12/2025');
    expect(vi).toContain('Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU (11/2021)');
    expect(provinceName({ province: 'quang-nam', documents: [] }, 'vi')).toBe('quang-nam');
    expect(provinceName({ province: 'quang-nam', documents: DOCS }, 'en')).toBe('Province of Quảng Nam');
    expect(shortTitle({ title: 'Kế hoạch cải thiện Chỉ số cải cách hành chính tỉnh Quảng Nam năm 2024' })).toBe('Kế hoạch cải thiện Chỉ số CCHC tỉnh Quảng Nam năm 2024');
    expect(documentLabel({ id: 'x', number: '2370/QĐ-UBND', title: 'T', date: '2021-08-19' })).toBe('2370/QĐ-UBND (19/8/2021)');
    expect([periodText('2025-01..2025-06', 'vi'), periodText('2024-11..2025-02', 'vi'), periodText('2025-Q2', 'vi'), periodText('2025', 'en')]).toEqual([
      '01–06/2025',
      '11/2024–02/2025',
      'Quý 2/2025',
      '2025',
    ]);
    expect(reportPeriod('2025-06', 'vi')).toBe('01–06/2025');
  });

  it('has a sortable findings table per level without the no-data findings, and a to-do list of those', () => {
    const tables = [...vi.matchAll(/<table class="findings sortable" data-level="(\w+)">/g)].map((m) => m[1]);
    expect(tables).toEqual(['all', 'province', 'district', 'commune']);
    const rows = vi.match(/<tr data-status="/g) ?? [];
    expect(rows).toHaveLength(result.findings.filter((f) => f.status !== 'no-data').length);
    expect(vi).toMatch(/<li data-threshold="work-records-2025"><code>work-records-2025<\/code>/);
    expect(vi.match(/<details>/g)).toHaveLength(rows.length);
    expect(vi).toContain('<blockquote>');
  });

  it('draws one chart per series, a point per value, the threshold, the deadline and the path still required', () => {
    const svg = vi.slice(vi.indexOf('<svg'), vi.indexOf('</svg>'));
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3);
    expect(svg).toContain('data-value="41.5"');
    expect(svg).toContain('class="threshold"');
    expect(svg).toContain('class="deadline"');
    expect(svg).toContain('class="required"'); // 60% in 2025, 80% due by 2030
    expect(svg).toContain('Chậm tiến độ'); // the status said in words, not only in colour
    expect(vi.match(/<svg /g)).toHaveLength(1);
  });

  it('a rank chart runs downwards and needs no path once the target is met', () => {
    const f: Finding & { series: NonNullable<Finding['series']> } = {
      ...(loadResult().findings.find((x) => x.threshold === 'pci-top6')! as Finding),
      status: 'met',
      gap: 2,
      value: 4,
      series: {
        points: [
          { period: '2023-12', covers: '2023', value: 9 },
          { period: '2024-12', covers: '2024', value: 4 },
        ],
        deadline: '2025-12',
      },
    };
    const svg = renderChart(f, 'vi', 'c1');
    const ys = [...svg.matchAll(/<circle class="point" cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]!).toBeLessThan(ys[0]!); // rank 4 above rank 9
    expect(svg).not.toContain('class="required"');
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

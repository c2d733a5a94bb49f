import { describe, expect, it } from 'vitest';
import { escapeControl, escapeMarkdown, neutraliseFormula } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/md.js';
import { loadResult } from '../fixtures/results/load.js';

const result = loadResult();

describe('markdown reporter', () => {
  const md = renderMarkdown(result, { lang: 'vi', color: false });

  it('has a title, the as-of, the summary and one table per document × level', () => {
    expect(md.startsWith('# Báo cáo kiểm tra chỉ tiêu cải cách hành chính\n')).toBe(true);
    expect(md).toContain('- Kỳ báo cáo: 2025-12');
    expect(md).toContain('**Tổng hợp:** 3 đạt · 5 không đạt · 1 đúng tiến độ · 1 chậm tiến độ · 1 thiếu số liệu · 1 số liệu mâu thuẫn');
    expect(md.match(/^## /gm)).toHaveLength(5);
    expect(md).toContain('## 2370/QĐ-UBND · qn-2370-2021 · Cấp huyện');
    expect(md).toContain('| Tỷ lệ hồ sơ giải quyết đúng hạn | Toàn tỉnh | 2025-12 | 93,4% | ≥ 95% | Không đạt | -1,6 điểm % | 17 hồ sơ giải quyết đúng hạn nữa |');
    expect(renderMarkdown(result, { lang: 'en', color: false })).toContain('**Summary:** 3 met · 5 missed');
  });

  it('lists no-data findings in a line after the group table, not as rows', () => {
    expect(md).not.toMatch(/^\|.*Thiếu số liệu/m);
    expect(md).toMatch(/^\|.*Số liệu mâu thuẫn/m);
    expect(md).toContain('## 2370/QĐ-UBND · qn-2370-2021 · Cấp tỉnh\n\n| Chỉ tiêu |');
    expect(md).toContain('\n\n**Thiếu số liệu (1 chỉ tiêu):** `work-records-2025` (`work_records_online`, `work_records_total`)\n\n## 2370/QĐ-UBND · qn-2370-2021 · Cấp huyện');
    const hostile = { ...result.findings.find((f) => f.status === 'no-data')!, threshold: 'a`b', scope: { unit: 'X | <b>', level: 'commune' as const } };
    const out = renderMarkdown({ ...result, findings: [hostile] }, { lang: 'en', color: false });
    expect(out).toContain("**No data (1 threshold):** `a'b` (`work_records_online`, `work_records_total`: X \\| &lt;b&gt;)");
    expect(out).not.toContain('| Indicator |');
  });

  it('escapes control characters, pipes, backticks and HTML from input text', () => {
    expect(md).toContain('UBND xã Tam \\\\x1b\\[31mKỳ\\\\x07');
    expect(md).not.toContain('\u001b');
    const hostile = { ...result.findings[0]!, scope: { unit: 'A | B `c` <script>x</script>\nD', level: 'district' as const } };
    const out = renderMarkdown({ ...result, findings: [hostile] }, { lang: 'en', color: false });
    const row = out.split('\n').find((l) => l.includes('A \\|'))!;
    expect(row).toContain('A \\| B \\`c\\` &lt;script&gt;x&lt;/script&gt;\\\\x0aD');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(10);
  });
});

describe('escaping helpers', () => {
  it('escapeControl makes C0, C1 and bidi controls visible', () => {
    expect(escapeControl('a\u001b[2Jb\u009bc\u202ed\te')).toBe('a\\x1b[2Jb\\x9bc\\u202ed\\x09e');
    expect(escapeControl('Đà Nẵng')).toBe('Đà Nẵng');
  });
  it('neutraliseFormula prefixes = + - @ tab CR (OWASP)', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula('UBND xã A')).toBe('UBND xã A');
  });
  it('escapeMarkdown escapes emphasis and links', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) #e')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\#e');
  });
});

/**
 * `targets draft PLAN.docx`: paragraphs and an annex table ("STT | Chỉ tiêu | Năm 2026 | Đơn vị chủ trì")
 * read from word/document.xml; the text is written beside the draft so quotes validate against it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../hostile/zip-craft.js';
import { runCli } from '../helpers/cli.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (s: string) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;
const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr/>${p(c)}</w:tc>`).join('')}</w:tr>`;

function docx(): Buffer {
  const body = [
    p('ỦY BAN NHÂN DÂN'),
    p('TỈNH QUẢNG TRỊ'),
    p('Số: 45/KH-UBND'),
    p('Quảng Trị, ngày 10 tháng 1 năm 2026'),
    p('KẾ HOẠCH'),
    p('Cải cách hành chính năm 2026'),
    p('I. MỤC TIÊU'),
    p('- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%; cấp tỉnh đạt 100%, cấp xã đạt 90% hồ sơ công việc được xử lý trên môi trường mạng.'),
    p('- Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%.'),
    p('II. PHỤ LỤC'),
    `<w:tbl>${row(['STT', 'Chỉ tiêu', 'Thời hạn', 'Đơn vị chủ trì'])}${row(['1', 'Tối thiểu 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', 'Năm 2026', 'Sở Tài chính'])}${row(['2', 'Chỉ số PCI thuộc nhóm 15 tỉnh, thành phố dẫn đầu', 'Năm 2026', 'Sở Tài chính'])}</w:tbl>`,
  ].join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.from(xml) },
  ]);
}

describe('targets draft on a .docx', () => {
  it('reads paragraphs and table rows, drafts them, and the quotes validate against the written text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-docx-'));
    writeFileSync(path.join(dir, 'ke-hoach.docx'), docx());
    const json = runCli(['targets', 'draft', 'ke-hoach.docx', '--format', 'json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as { indicator: string | null; comparator: string; value: number; level: string; deadline: number }[];
    const got = rows.map((r) => [r.indicator, r.comparator, r.value, r.level, r.deadline]);
    expect(got).toContainEqual(['online_dossier_rate', '>=', 60, 'all', 2026]);
    expect(got).toContainEqual(['work_records_online_rate', '>=', 100, 'province', 2026]);
    expect(got).toContainEqual(['work_records_online_rate', '>=', 90, 'commune', 2026]);
    expect(got).toContainEqual(['online_payment_service_rate', '>=', 80, 'all', 2026]);
    expect(got).toContainEqual(['pci_rank', '<=', 15, 'all', 2026]);
    // "Năm 2025 … đạt 97,5%" is a past result, listed as not drafted.
    expect(rows.some((r) => r.value === 97.5)).toBe(false);

    const out = runCli(['targets', 'draft', 'ke-hoach.docx', '--output', 'draft.yaml'], { cwd: dir });
    expect(out.code, out.stderr).toBe(0);
    const yaml = readFileSync(path.join(dir, 'draft.yaml'), 'utf8');
    expect(yaml).toContain('province: quang-tri');
    expect(yaml).toContain('number: 45/KH-UBND');
    expect(yaml).toContain('source_file: ke-hoach.txt');
    expect(yaml).toMatch(/# {3}line \d+ \(kết quả đã đạt \/ past result\): .*97,5%/);
    expect(readFileSync(path.join(dir, 'ke-hoach.txt'), 'utf8')).toContain('1\tTối thiểu 80% thủ tục hành chính');
    writeFileSync(path.join(dir, 'draft.yaml'), yaml.replace(/\n {4}draft:\n(?: {6}.*\n)+/g, '\n'));
    const ok = runCli(['targets', 'validate', 'draft.yaml', '--sources', '.', '--lang', 'en'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });
});

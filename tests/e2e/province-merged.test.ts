/**
 * Provinces after the 2025 reorganisation: a report titled "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" or
 * "UBND TỈNH QUẢNG TRỊ" is recognised; with no bundled plan the check says so and names the next step
 * (targets draft, or --targets) instead of asking for --province among the old names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = path.join(ROOT, 'samples/qn-bao-cao-tthc-2025-03.csv');

function retitled(dir: string, title: string): string {
  const csv = readFileSync(SAMPLE, 'utf8').replace('ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', title);
  const file = path.join(dir, `${title.length}.csv`);
  writeFileSync(file, csv);
  return file;
}

describe('provinces formed on 2025-07-01', () => {
  for (const [title, slug] of [
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', 'da-nang'],
    ['UBND TỈNH QUẢNG TRỊ', 'quang-tri'],
  ] as const) {
    it(`recognises "${title}" and says no plan is bundled, with the next step`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-prov-'));
      const run = runCli(['check', retitled(dir, title), '--lang', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('TARGET_PROVINCE_UNKNOWN');
      expect(run.stderr).toContain(`No bundled plan for ${slug}`);
      expect(run.stderr).toContain('targets draft');
      expect(run.stderr).toContain('--targets');
      expect(run.stderr).not.toContain('quang-binh');
    });
  }

  it('checks a merged province against a target file of its own (document.province, valid_from)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-prov-'));
    const targets = path.join(dir, 'da-nang.yaml');
    writeFileSync(
      targets,
      [
        'schema: parcheck/targets@1',
        'document: { id: dn-kh-2026, number: "1/KH-UBND", date: 2026-01-05, issuer: UBND thành phố Đà Nẵng, title: Kế hoạch CCHC năm 2026, province: da-nang, valid_from: 2025-07-01 }',
        'version: 1.0.0',
        'targets:',
        '  - { id: online-2025, indicator: online_dossier_rate, comparator: ">=", value: 50, unit: percent, deadline: 2025, source: { section: "I", quote: "tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên" } }',
        '',
      ].join('\n'),
    );
    const run = runCli(['check', retitled(dir, 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG'), '--targets', targets, '--format', 'json', '--fail-on', 'never']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { target?: string; indicator?: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

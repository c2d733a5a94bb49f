/**
 * `targets draft` → accept → `targets validate --sources` → `check`, on every seed plan, as an officer
 * would run it; `targets review` without a TTY prints only; a draft is refused by validate.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument, isMap, isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, runCli } from '../helpers/cli.js';

const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort();

/** What an officer does in review: accept each target with an indicator, drop those without one. */
function acceptAll(file: string): number {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const targets = doc.get('targets');
  if (!isSeq(targets)) throw new Error('no targets');
  targets.items = targets.items.filter((n) => isMap(n) && (n.toJSON() as { indicator?: unknown }).indicator != null);
  for (const n of targets.items) if (isMap(n)) n.delete('draft');
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return targets.items.length;
}

describe('targets draft → review → validate → check', () => {
  for (const seed of seeds) {
    it(`drafts ${seed}, and the accepted draft validates against its text and checks`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-draft-'));
      copyFileSync(path.join(SEEDS, seed), path.join(dir, seed));
      const draft = runCli(['targets', 'draft', seed, '--output', 'draft.yaml', '--lang', 'en'], { cwd: dir });
      expect(draft.code, draft.stderr).toBe(0);
      expect(draft.stderr).toMatch(/drafted targets/);
      const yaml = readFileSync(path.join(dir, 'draft.yaml'), 'utf8');
      expect(yaml).toMatch(/\n# not drafted: \d+ numbers/);

      const refused = runCli(['targets', 'validate', 'draft.yaml'], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('TARGET_RULE');
      expect(refused.stderr).toMatch(/targets\[0\]\.draft/);

      const review = runCli(['targets', 'review', 'draft.yaml', '--interactive', '--lang', 'en'], { cwd: dir });
      expect(review.code).toBe(0);
      expect(review.stderr).toMatch(/Not a terminal/);
      const confidences = [...review.stdout.matchAll(/^(\d\.\d\d) {2}/gm)].map((m) => Number(m[1]));
      expect(confidences.length).toBeGreaterThan(0);
      expect([...confidences].sort((a, b) => a - b)).toEqual(confidences);
      expect(readFileSync(path.join(dir, 'draft.yaml'), 'utf8')).toBe(yaml);

      expect(acceptAll(path.join(dir, 'draft.yaml'))).toBeGreaterThan(0);
      const ok = runCli(['targets', 'validate', 'draft.yaml', '--sources', '.', '--lang', 'en'], { cwd: dir });
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/thresholds: OK, quotes found in the sources/);

      // A report of the plan's own province (a plan never judges another province's figures).
      const sample = /province: quang-binh/.test(yaml) ? 'samples/qb-bao-cao-tthc-2025-05.xlsx' : 'samples/qn-bao-cao-tthc-2025-01.xlsx';
      const check = runCli(['check', path.join(ROOT, sample), '--targets', 'draft.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
      expect(check.code, check.stderr).toBe(0);
      const report = JSON.parse(check.stdout) as { findings?: unknown[] };
      expect(Array.isArray(report.findings)).toBe(true);
    });
  }

  it('prints the drafted thresholds per level and year with --format json', () => {
    const out = runCli(['targets', 'draft', path.join(SEEDS, '000_d05bc755de8390d3.txt'), '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    const rows = JSON.parse(out.stdout) as { id: string; indicator: string | null; comparator: string; value: number; level: string; deadline: number; confidence: number; quote: string }[];
    // "Năm 2021 … cấp tỉnh, cấp huyện, cấp xã … 30%, 20%, 15%; … mỗi năm tăng tối thiểu 20% … đến khi đạt 100%"
    const digitized = rows.filter((r) => r.indicator === 'digitized_result_rate');
    expect(digitized.map((r) => [r.deadline, r.level, r.value])).toEqual([
      [2021, 'province', 30],
      [2021, 'district', 20],
      [2021, 'commune', 15],
      [2022, 'province', 50],
      [2022, 'district', 40],
      [2022, 'commune', 35],
      [2023, 'province', 70],
      [2023, 'district', 60],
      [2023, 'commune', 55],
      [2024, 'province', 90],
      [2024, 'district', 80],
      [2024, 'commune', 75],
      [2025, 'province', 100],
      [2025, 'district', 100],
      [2025, 'commune', 95],
    ]);
    const pci = rows.find((r) => r.indicator === 'pci_rank')!;
    expect([pci.comparator, pci.value, pci.deadline]).toEqual(['<=', 10, 2025]);
    for (const r of rows) expect(r.confidence).toBeGreaterThan(0);
  });

  it('refuses a .docx that is not a zip, and a binary .txt, with exit 2 and no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-draft-'));
    writeFileSync(path.join(dir, 'bad.docx'), 'not a zip at all');
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    for (const f of ['bad.docx', 'bad.txt']) {
      const out = runCli(['targets', 'draft', f], { cwd: dir });
      expect(out.code, f).toBe(2);
      expect(out.stderr).toMatch(/\[INPUT_/);
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a text with no commitment (exit 2, DRAFT_EMPTY) and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-draft-'));
    writeFileSync(path.join(dir, 'memo.txt'), 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n');
    const out = runCli(['targets', 'draft', 'memo.txt', '--output', 'd.yaml'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('DRAFT_EMPTY');
    expect(readdirSync(dir)).toEqual(['memo.txt']);
  });
});

/**
 * `targets review --interactive`, run in-process with scripted answers: accept deletes the draft:
 * block, edit sets the indicator, drop removes the target; the file is rewritten once, comments kept;
 * without answers (no TTY) it only prints, least confident first, and the file is untouched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { runTargetsReview } from '../../src/cli/targets-review.js';
import { draftPlan } from '../../src/targets/draft/draft-plan.js';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG TRỊ',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2026',
  'I. MỤC TIÊU',
  '- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.',
  '- Phấn đấu 95% hộ gia đình có hòm thư điện tử.',
  '- Chỉ số PCI thuộc nhóm 15 tỉnh, thành phố dẫn đầu.',
  '',
].join('\n');

function ctxFor(dir: string): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { lang: 'en', color: false, progress: false, quiet: true, cwd: dir, stdout: (c) => out.push(String(c)), stderr: (c) => err.push(c), argv: [] };
  return { ctx, out, err };
}

function draftFile(): { dir: string; file: string; yaml: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-review-'));
  const { yaml } = draftPlan(PLAN, { sourceFile: 'plan.txt' });
  const file = path.join(dir, 'draft.yaml');
  writeFileSync(file, yaml);
  return { dir, file, yaml };
}

describe('targets review', () => {
  it('prints each drafted target with its quote, least confident first, and changes nothing without a TTY', async () => {
    const { dir, file, yaml } = draftFile();
    const { ctx, out } = ctxFor(dir);
    expect(await runTargetsReview(ctx, { file: 'draft.yaml', interactive: true })).toBe(0);
    const text = out.join('');
    const conf = [...text.matchAll(/^(\d\.\d\d) {2}(\S+)/gm)].map((m) => [Number(m[1]), m[2]] as const);
    expect(conf.map(([, id]) => id)[0]).toMatch(/^95-ho-gia-dinh|^phan-dau/); // no indicator: least sure
    expect(conf.map(([c]) => c)).toEqual([...conf.map(([c]) => c)].sort((a, b) => a - b));
    expect(text).toContain('“Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.”');
    expect(readFileSync(file, 'utf8')).toBe(yaml);
  });

  it('accepts, edits the indicator, and drops, then writes the file once', async () => {
    const { dir, file } = draftFile();
    const { ctx } = ctxFor(dir);
    // Order shown: the null-indicator target first (drop it), then the two others (edit + accept, accept).
    const answers = ['d', 'e', 'online_dossier_rate', 'a', 'a'];
    const ask = async () => answers.shift() ?? 'q';
    expect(await runTargetsReview(ctx, { file: 'draft.yaml', interactive: true, ask })).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('# not drafted:');
    const data = parse(written) as { targets: { indicator: string; draft?: unknown; value: number }[] };
    expect(data.targets.map((t) => [t.indicator, t.value, t.draft === undefined])).toEqual([
      ['online_dossier_rate', 60, true],
      ['pci_rank', 15, true],
    ]);
  });
});

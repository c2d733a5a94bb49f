/**
 * `inspect --suggest-mapping` round-trips: the draft it prints, given back unchanged with --mapping, reads
 * the same figures as the lexicon did, on every sample and fixture form, on zoo variants, and on a
 * file the lexicon alone cannot read (a group it does not know), which the draft makes readable.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeVariant, writeXlsx } from '../zoo/forms-zoo.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-suggest-'));
const FILES = [
  'samples/qn-bao-cao-tthc-2025-01.xlsx',
  'samples/qn-bao-cao-tthc-2025-03.csv',
  'samples/qn-bao-cao-tthc-2025-04-unicode.txt',
  'samples/qn-bao-cao-tthc-2025-06.xlsx',
  'samples/qb-bao-cao-tthc-2025-05.xlsx',
  'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx',
  'samples/qn-chi-so-2021-2024.xlsx',
  'samples/qn-danh-sach-ho-so-2025-h1.csv',
  'tests/fixtures/check/form-2025-03.csv',
];
const observations = (stdout: string) => (JSON.parse(stdout) as { observations: unknown[] }).observations;

function roundTrip(file: string, extra: string[] = []): void {
  const draft = runCli(['inspect', file, '--suggest-mapping', ...extra]);
  expect(draft.code, draft.stderr).toBe(0);
  const mapping = path.join(dir, `${path.basename(file)}.yaml`);
  writeFileSync(mapping, draft.stdout);
  const plain = runCli(['inspect', file, '--format', 'json', ...extra]);
  const mapped = runCli(['inspect', file, '--format', 'json', '--mapping', mapping, ...extra]);
  expect(mapped.code, mapped.stderr).toBe(0);
  expect(observations(mapped.stdout)).toEqual(observations(plain.stdout));
}

describe('inspect --suggest-mapping', () => {
  for (const file of FILES) it(`round-trips on ${file}`, () => roundTrip(file));

  it('round-trips on zoo variants', () => {
    for (const seed of [3, 17, 42]) {
      const v = makeVariant(seed, dir);
      writeFileSync(v.file, v.bytes);
      roundTrip(v.file);
    }
  });

  it('drafts a readable mapping for a form whose group the lexicon does not know', () => {
    const file = path.join(dir, 'unknown-group.xlsx');
    const rows = [
      ['BÁO CÁO THÁNG 10/2025'],
      ['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết', null, 'Số hồ sơ lưu giữ', null],
      [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Đúng hạn', 'Tổng số', 'Quá hạn'],
      [1, 'Sở Tư pháp', 10, 4, 8, 7, 2, 1],
    ];
    writeFileSync(file, writeXlsx([{ name: 'Biểu', rows, merges: [] }]));
    const refused = runCli(['inspect', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('G3:H3');
    expect(refused.stderr).toContain('--mapping');
    const draft = runCli(['inspect', file, '--suggest-mapping']);
    expect(draft.stdout).toContain('# - { column: G');
    const mapping = path.join(dir, 'unknown-group.yaml');
    writeFileSync(mapping, draft.stdout.replace(/# - \{ column: G, measure: \S+ \}/, '- { column: G, measure: pending_total }'));
    const read = runCli(['inspect', file, '--format', 'json', '--mapping', mapping]);
    expect(read.code, read.stderr).toBe(0);
    expect((JSON.parse(read.stdout) as { observations: { measure: string; value: number }[] }).observations.find((o) => o.measure === 'pending_total')?.value).toBe(2);
  });
});

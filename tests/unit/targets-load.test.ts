import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { loadTargetFiles } from '../../src/targets/load-target-files.js';
import { ROOT } from '../helpers/cli.js';

const FX = path.join(ROOT, 'tests/fixtures/targets');
const GOOD_A = path.join(FX, 'good/plan-a.yaml');
const GOOD_B = path.join(FX, 'good/plan-b.yaml');
const SOURCES = path.join(FX, 'sources');
const original = readFileSync(GOOD_A, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** plan-a.yaml with one edit, written to a temporary folder. */
function variant(edit: (s: string) => string, name = 'plan-a.yaml'): { file: string; text: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-targets-'));
  const file = path.join(dir, name);
  const text = edit(original);
  expect(text).not.toBe(original);
  writeFileSync(file, text);
  return { file, text };
}

async function problems(paths: string[], sources?: string): Promise<ParcheckError[]> {
  try {
    await loadTargetFiles(paths, { sources });
  } catch (error) {
    expect(error).toBeInstanceOf(ParcheckError);
    const e = error as ParcheckError;
    return [e, ...e.more];
  }
  throw new Error('expected the load to fail');
}

describe('loading target files', () => {
  it('loads a folder and reports files, versions, checksums and thresholds', async () => {
    const loaded = await loadTargetFiles([path.join(FX, 'good')], { sources: SOURCES });
    expect(loaded.files.map((f) => [path.basename(f.path), f.version, f.document.id])).toEqual([
      ['plan-a.yaml', '1.0.0', 'tn-1234-2021'],
      ['plan-b.yaml', '1.1.0', 'tn-16nq-2021'],
    ]);
    expect(loaded.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.thresholds).toHaveLength(24);
  });

  it('a changed quote → TARGET_QUOTE_NOT_FOUND at the quote line, with the matching prefix', async () => {
    const { file, text } = variant((s) => s.replace('thuộc nhóm 10 tỉnh', 'thuộc nhóm 15 tỉnh'));
    const [e, ...rest] = await problems([file, GOOD_B], SOURCES);
    expect(rest).toHaveLength(0);
    expect(e!.code).toBe('TARGET_QUOTE_NOT_FOUND');
    expect(e!.location).toMatchObject({ file, line: lineOf(text, 'nhóm 15 tỉnh'), path: 'targets[3].source.quote' });
    expect(e!.found).toContain('(PCI) thuộc nhóm 1⟦0 tỉnh');
  });

  it('a broken YAML line → TARGET_YAML_SYNTAX at that line', async () => {
    const { file, text } = variant((s) => s.replace('    value: 50\n', '    value: [50\n'));
    const [e] = await problems([file]);
    expect(e!.code).toBe('TARGET_YAML_SYNTAX');
    expect(e!.location.line).toBeGreaterThanOrEqual(lineOf(text, 'value: [50'));
    expect(e!.location.line).toBeLessThanOrEqual(lineOf(text, 'value: [50') + 1);
  });

  it('an unknown indicator → TARGET_RULE at its line, naming close indicators', async () => {
    const { file, text } = variant((s) => s.replace('indicator: pci_rank', 'indicator: pci_rnk'));
    const [e] = await problems([file]);
    expect(e!.code).toBe('TARGET_RULE');
    expect(e!.location).toMatchObject({ line: lineOf(text, 'pci_rnk'), column: 16, path: 'targets[3].indicator' });
    expect(e!.expected).toContain('pci_rank');
  });

  it('schema errors point at the offending node with expected and found', async () => {
    const { file, text } = variant((s) => s.replace('    unit: rank\n', '    unit: ranking\n').replace('  issuer:', '  isuer:'));
    const errs = await problems([file]);
    expect(errs.map((e) => [e.code, e.location.line])).toEqual([
      // a missing key points at the start of its mapping; an unknown key at the key itself
      ['TARGET_SCHEMA', lineOf(text, 'id: tn-1234-2021')],
      ['TARGET_SCHEMA', lineOf(text, 'isuer:')],
      ['TARGET_SCHEMA', lineOf(text, 'unit: ranking')],
    ]);
    expect(errs.find((e) => e.found === '"ranking"')!.expected).toContain('"rank"');
  });

  it('collects every rule problem at once', async () => {
    const { file, text } = variant((s) =>
      s
        .replace('value: [25, 35]', 'value: [35, 25]')
        .replace('    value: 50\n    unit: percent\n    deadline: 2025\n', '    value: 50\n    unit: percent\n')
        .replace('id: pci-rank-2025', 'id: online-dossier-rate-2025')
        .replace('    baseline: { year: 2021 }\n', '')
        .replace('      cap: 100\n', '      cap: 25\n')
        .replace('comparator: between', 'comparator: ">="'),
    );
    const errs = await problems([file]);
    const got = errs.map((e) => [e.code, e.location.path, e.location.line]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['TARGET_RULE', 'targets[0]', lineOf(text, 'id: online-dossier-rate-2025')],
        ['TARGET_RULE', 'targets[1].schedule.cap', lineOf(text, 'cap: 25')],
        ['TARGET_RULE', 'targets[3].id', text.split('\n').lastIndexOf('  - id: online-dossier-rate-2025') + 1],
        ['TARGET_RULE', 'targets[4]', lineOf(text, 'id: copy-requirements-cut-2025')],
        ['TARGET_RULE', 'targets[5].value', lineOf(text, 'value: [35, 25]')],
      ]),
    );
    expect(errs).toHaveLength(5);
  });

  it('supersedes must name a loaded target of an earlier document', async () => {
    const errs = await problems([GOOD_B]);
    expect(errs.map((e) => [e.code, e.location.path])).toEqual([['TARGET_RULE', 'targets[0].supersedes']]);
    const early = variant((s) => s.replace('date: 2021-08-19', 'date: 2021-12-01'));
    const errs2 = await problems([early.file, GOOD_B]);
    expect(errs2.map((e) => [e.code, e.found])).toEqual([['TARGET_RULE', '2021-11']]);
    const loaded = await loadTargetFiles([GOOD_B], { strictSupersedes: false });
    expect(loaded.thresholds[0]!.superseded_by).toBeNull();
  });

  it('document ids are unique across files; missing paths are reported too', async () => {
    const copy = variant((s) => `${s}\n`);
    const errs = await problems([GOOD_A, copy.file, path.join(FX, 'nope.yaml')]);
    expect(errs.map((e) => e.code).sort()).toEqual(['TARGET_FILE_NOT_FOUND', 'TARGET_RULE']);
  });
});

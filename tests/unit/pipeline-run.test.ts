/** The library's functions called directly, as a Node script would: no CLI, no process, no terminal. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParcheckError } from '../../src/core/errors.js';
import { runCheck } from '../../src/pipeline/check.js';
import { runExplain } from '../../src/pipeline/explain.js';
import { runInspect } from '../../src/pipeline/inspect.js';
import { runReconcile } from '../../src/pipeline/reconcile.js';
import { ROOT } from '../helpers/cli.js';

const DEMO = ['samples/qn-bao-cao-tthc-2025-0[1-6].xlsx', 'samples/qn-chi-so-2021-2024.xlsx', 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx'];
const F = 'tests/fixtures/audit';

describe('runCheck', () => {
  it('on the samples gives the demo summary: 2 met · 1 incomplete · 2 on track · 9 off track · 68 no data', async () => {
    const { result, warnings } = await runCheck({ files: DEMO, cwd: ROOT, level: 'all' });
    expect(result.as_of).toBe('2025-06');
    expect(result.summary).toEqual({ met: 2, missed: 0, incomplete: 1, 'on-track': 2, 'off-track': 9, 'no-data': 68, invalid: 0 });
    // the pattern expanded in name order, every path as typed; the bundled plans of the inputs' province
    expect(result.inputs.map((i) => i.path)).toEqual([1, 2, 3, 4, 5, 6].map((m) => `samples/qn-bao-cao-tthc-2025-0${m}.xlsx`).concat(DEMO.slice(1)));
    expect(result.targets.every((t) => t.path.startsWith('parcheck:targets/quang-nam/'))).toBe(true);
    expect(warnings.map((w) => w.code)).toContain('DUPLICATE_OBSERVATION');
  });

  it("reads relative paths from the request's cwd and shows them as typed, whatever the process runs in", async () => {
    const { result, inputs } = await runCheck({ files: ['form-2025-03.csv'], targets: ['targets.yaml'], cwd: path.join(ROOT, F) });
    expect(result.inputs.map((i) => i.path)).toEqual(['form-2025-03.csv']);
    expect(result.targets.map((t) => t.path)).toEqual(['targets.yaml']);
    expect(result.findings.flatMap((f) => [...f.sources.numerator, ...f.sources.denominator]).every((s) => s.file === 'form-2025-03.csv')).toBe(true);
    expect(inputs.protect).toContain(path.join(ROOT, F, 'targets.yaml'));
    // the audit of the inputs is in the result and first among the warnings
    expect(result.audit?.map((a) => a.code)).toContain('DECLARED_RATE_MISMATCH');
  });

  it('an unreadable input is a ParcheckError naming the file as typed', async () => {
    const error = await runCheck({ files: ['no-such-file.csv'], cwd: ROOT }).catch((e: unknown) => e);
    expect(isParcheckError(error)).toBe(true);
    expect((error as { location: { file?: string } }).location.file).toBe('no-such-file.csv');
  });
});

describe('runInspect, runExplain, runReconcile', () => {
  it('runInspect: each file as read, with the declared rates recomputed; progress reported under the name given', async () => {
    const seen = new Set<string>();
    const { files } = await runInspect({ files: [`${F}/form-2025-03.csv`, 'samples/qn-danh-sach-ho-so-2025-h1.csv'], cwd: ROOT, onProgress: (file) => seen.add(file) });
    expect(files.map((f) => [f.path, f.shape])).toEqual([
      [`${F}/form-2025-03.csv`, 'monthly_report'],
      ['samples/qn-danh-sach-ho-so-2025-h1.csv', 'dossier_list'],
    ]);
    expect(files[0]!.warnings.map((w) => w.code)).toContain('DECLARED_RATE_MISMATCH');
    for (const file of seen) expect([`${F}/form-2025-03.csv`, 'samples/qn-danh-sach-ho-so-2025-h1.csv']).toContain(file);
  });

  it('runExplain: the chain behind one finding, cells as typed', async () => {
    const e = await runExplain({ target: 'digitized-2025', files: [`${F}/form-2025-03.csv`], targets: [`${F}/targets.yaml`], asOf: '2025-12', cwd: ROOT });
    expect(e.finding.status).toBe('incomplete');
    expect(e.sums.map((s) => [s.measure, s.value])).toEqual([
      ['digitized_results', 700],
      ['resolved_total', 1000],
    ]);
    expect(e.inputs.every((i) => i.sources.every((s) => s.file === `${F}/form-2025-03.csv`))).toBe(true);
  });

  it('runReconcile: the monthly form against the dossier list finds the planted differences of Thăng Bình', async () => {
    const r = await runReconcile({ a: 'samples/qn-bao-cao-tthc-2025-05.xlsx', b: 'samples/qn-danh-sach-ho-so-2025-h1.csv', cwd: ROOT });
    expect(r.agree).toBe(false);
    expect(new Set(r.differences.map((d) => d.unit))).toEqual(new Set(['UBND huyện Thăng Bình']));
    expect(r.a).toBe('samples/qn-bao-cao-tthc-2025-05.xlsx');
  });
});

describe('a request from a script is checked like the flags', () => {
  it.each([-0.5, Number.NaN, Number.POSITIVE_INFINITY])('tolerance %s is a USAGE error at "tolerance", before any file is read', async (tolerance) => {
    for (const run of [() => runCheck({ files: ['no-such-file.csv'], cwd: ROOT, tolerance }), () => runReconcile({ a: 'no-such-a.csv', b: 'no-such-b.csv', cwd: ROOT, tolerance })]) {
      const error = await run().catch((e: unknown) => e);
      expect(isParcheckError(error) && error.code).toBe('USAGE');
      expect((error as { location: { path?: string } }).location.path).toBe('tolerance');
    }
  });
});

/** Evidence bundles: `check --evidence DIR` then `verify DIR`, in place, moved, and tampered with. */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/audit');
const work = mkdtempSync(path.join(os.tmpdir(), 'parcheck-audit-ev-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workspace as an auditor would have it: data/ with the inputs, evidence/ beside it. */
function workspace(name: string): string {
  const dir = path.join(work, name);
  cpSync(FIXTURES, path.join(dir, 'data'), { recursive: true });
  const run = runCli(['check', 'data/form-2025-03.csv', '--targets', 'data/targets.yaml', '--evidence', 'evidence', '--format', 'json', '-q'], { cwd: dir });
  // nothing is missed: the first-quarter target has March alone (incomplete), the others are before their deadline
  expect(run.code, run.stderr).toBe(0);
  return dir;
}

describe('evidence bundle', () => {
  it('writes the report and a manifest with hashes, sizes, argv, as-of, time zone; sorted keys', () => {
    const dir = workspace('manifest');
    const raw = readFileSync(path.join(dir, 'evidence/manifest.json'), 'utf8');
    const m = JSON.parse(raw);
    expect(Object.keys(m)).toEqual([...Object.keys(m)].sort());
    expect(m.argv).toEqual(['check', 'data/form-2025-03.csv', '--targets', 'data/targets.yaml', '--evidence', 'evidence', '--format', 'json', '-q']);
    expect(m.cwd).toBe('..');
    expect(m.as_of).toBe('2025-03');
    expect(typeof m.time_zone).toBe('string');
    expect(m.inputs).toEqual([expect.objectContaining({ path: 'data/form-2025-03.csv', file: '../data/form-2025-03.csv', role: 'data', size: 1085 })]);
    expect(m.targets[0]).toMatchObject({ path: 'data/targets.yaml', version: '1.0.0' });
    expect(m.outputs.map((o: { path: string }) => o.path)).toEqual(['report.json']);
    expect(raw).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamps
  });

  it('verify: identical in place (exit 0), and after moving the folder together with its inputs', () => {
    const dir = workspace('moved');
    expect(runCli(['verify', path.join(dir, 'evidence'), '--lang', 'en']).code).toBe(0);
    const moved = path.join(work, 'moved-elsewhere');
    renameSync(dir, moved);
    const run = runCli(['verify', 'evidence', '--lang', 'en'], { cwd: moved });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('report.json: identical');
  });

  it('verify: a tampered input is named, exit 1', () => {
    const dir = workspace('tampered');
    const input = path.join(dir, 'data/form-2025-03.csv');
    writeFileSync(input, readFileSync(input, 'utf8').replace('1;Sở Tư pháp;250;80;140', '1;Sở Tư pháp;250;90;130'));
    const run = runCli(['verify', 'evidence', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.identical).toBe(false);
    expect(report.items).toContainEqual(expect.objectContaining({ kind: 'input', path: 'data/form-2025-03.csv', state: 'changed' }));
    // the re-run on the changed input gives another report, named too
    expect(report.items).toContainEqual(expect.objectContaining({ kind: 'output', path: 'report.json', state: 'changed' }));
    const text = runCli(['verify', 'evidence', '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toMatch(/✗ input\s+data\/form-2025-03\.csv: CHANGED/);
  });

  it('verify: a changed target file, an edited or deleted output are named, exit 1', () => {
    const dir = workspace('outputs');
    appendFileSync(path.join(dir, 'data/targets.yaml'), '\n# edited\n');
    appendFileSync(path.join(dir, 'evidence/report.json'), ' ');
    const run = runCli(['verify', 'evidence', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const states = JSON.parse(run.stdout).items.map((i: { kind: string; path: string; state: string }) => `${i.kind}:${i.path}:${i.state}`);
    expect(states).toContain('target:data/targets.yaml:changed');
    expect(states).toContain('output:report.json:changed');
    rmSync(path.join(dir, 'evidence/report.json'));
    const gone = runCli(['verify', 'evidence', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(gone.stdout).items).toContainEqual(expect.objectContaining({ kind: 'output', path: 'report.json', state: 'missing' }));
  });

  it('verify: no manifest or an invalid one is an EVIDENCE error, exit 2', () => {
    const empty = path.join(work, 'empty');
    cpSync(FIXTURES, empty, { recursive: true });
    const run = runCli(['verify', empty, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[EVIDENCE]');
    writeFileSync(path.join(empty, 'manifest.json'), '{"schema":"something-else"}');
    const bad = runCli(['verify', empty, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('manifest.json');
  });

  it('default formats are JSON and XLSX, and the bundled catalogue verifies too', () => {
    const dir = path.join(work, 'bundled');
    cpSync(FIXTURES, path.join(dir, 'data'), { recursive: true });
    const run = runCli(['check', 'data/form-2025-03.csv', '--evidence', 'ev', '-q'], { cwd: dir });
    expect([0, 1]).toContain(run.code);
    const m = JSON.parse(readFileSync(path.join(dir, 'ev/manifest.json'), 'utf8'));
    expect(m.outputs.map((o: { path: string }) => o.path)).toEqual(['report.json', 'report.xlsx']);
    expect(m.targets.every((t: { path: string }) => t.path.startsWith('parcheck:targets/quang-nam/'))).toBe(true);
    expect(runCli(['verify', 'ev'], { cwd: dir }).code).toBe(0);
  });
});

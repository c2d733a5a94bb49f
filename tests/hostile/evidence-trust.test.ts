/**
 * `verify` against a bundle an attacker edited: the manifest must be complete and agree with the
 * bundle and with what the recorded command reads and writes, and its own hash (printed by
 * `check --evidence`) pins it. Each tampering below used to verify, exit 0.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/audit');
const work = mkdtempSync(path.join(os.tmpdir(), 'parcheck-ev-trust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Bundle {
  dir: string;
  manifestSha: string;
}

/** data/ with two inputs, evidence/ with report.json + report.csv and the manifest. */
function bundle(name: string): Bundle {
  const dir = path.join(work, name);
  cpSync(FIXTURES, path.join(dir, 'data'), { recursive: true });
  const run = runCli(
    [
      '--lang',
      'en',
      'check',
      'data/form-2025-03.csv',
      'data/form-tu-phap-2025-03.csv',
      '--targets',
      'data/targets.yaml',
      '--evidence',
      'evidence',
      '--format',
      'json',
      '--fail-on',
      'never',
      '--combine',
      '-q',
    ],
    { cwd: dir },
  );
  expect(run.code, run.stderr).toBe(0);
  const m = /manifest\.json sha256 ([0-9a-f]{64})/.exec(run.stderr);
  expect(m, run.stderr).not.toBeNull();
  return { dir, manifestSha: m![1]! };
}

const manifestOf = (b: Bundle) => path.join(b.dir, 'evidence/manifest.json');
const editManifest = (b: Bundle, edit: (m: Record<string, unknown> & { inputs: { path: string; size: number }[]; outputs: { path: string }[] }) => void) => {
  const m = JSON.parse(readFileSync(manifestOf(b), 'utf8'));
  edit(m);
  writeFileSync(manifestOf(b), `${JSON.stringify(m, null, 2)}\n`);
};
const verify = (b: Bundle, ...more: string[]) => runCli(['--lang', 'en', 'verify', 'evidence', '--format', 'json', ...more], { cwd: b.dir });
const states = (run: { stdout: string }) => (JSON.parse(run.stdout).items as { kind: string; path: string; state: string }[]).map((i) => `${i.kind}:${i.path}:${i.state}`);
const tamperReport = (b: Bundle) => {
  const file = path.join(b.dir, 'evidence/report.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"missed"', '"met"'));
};

describe('a manifest that does not hold together never verifies', () => {
  it('the untouched bundle verifies, and its hash is the one check printed', () => {
    const b = bundle('clean');
    const run = verify(b, '--manifest-sha256', b.manifestSha);
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.stdout).manifest_sha256).toBe(b.manifestSha);
    expect(states(run)).toContain('manifest:manifest.json:identical');
  });

  it('outputs emptied and report.json edited: EVIDENCE (an incomplete manifest), exit 2', () => {
    const b = bundle('emptied');
    tamperReport(b);
    editManifest(b, (m) => {
      m.outputs = [];
    });
    const run = runCli(['--lang', 'en', 'verify', 'evidence'], { cwd: b.dir });
    expectRefused(run, 'EVIDENCE');
    expect(run.stderr).toContain('outputs');
  });

  it('an output dropped from the manifest and edited: named as not in the manifest, exit 1', () => {
    const b = bundle('dropped');
    // Still one output recorded (a report.csv that was never written) and one input of two, so the
    // manifest looks complete; the bundle and the re-run disagree with it.
    editManifest(b, (m) => {
      m.inputs = m.inputs.slice(0, 1);
      m.outputs = [{ path: 'report.csv', sha256: '0'.repeat(64), size: 0 } as never];
    });
    tamperReport(b);
    const run = verify(b);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).identical).toBe(false);
    const s = states(run);
    expect(s).toContain('output:report.json:unlisted');
    expect(s).toContain('input:data/form-tu-phap-2025-03.csv:unlisted');
    expect(s).toContain('output:report.csv:not-read');
  });

  it('an input left out of the manifest is named: the re-run reads it, exit 1', () => {
    const b = bundle('input-dropped');
    editManifest(b, (m) => {
      m.inputs = m.inputs.filter((f) => f.path !== 'data/form-tu-phap-2025-03.csv');
    });
    const run = verify(b);
    expect(run.code).toBe(1);
    expect(states(run)).toContain('input:data/form-tu-phap-2025-03.csv:unlisted');
  });

  it('a file slipped into the bundle is named, exit 1', () => {
    const b = bundle('extra');
    writeFileSync(path.join(b.dir, 'evidence/report-final.json'), '{}');
    const run = verify(b);
    expect(run.code).toBe(1);
    expect(states(run)).toContain('output:report-final.json:unlisted');
  });

  it('a manifest rewritten consistently (time zone) still verifies alone, but not against the printed hash', () => {
    const b = bundle('rewritten');
    editManifest(b, (m) => {
      m.time_zone = 'Asia/Ho_Chi_Minh-edited';
    });
    expect(verify(b).code).toBe(0);
    const pinned = verify(b, '--manifest-sha256', b.manifestSha);
    expect(pinned.code).toBe(1);
    expect(states(pinned)).toContain('manifest:manifest.json:changed');
    const text = runCli(['--lang', 'en', 'verify', 'evidence', '--manifest-sha256', b.manifestSha], { cwd: b.dir });
    expect(text.stdout).toMatch(/✗ manifest\s+manifest\.json: CHANGED/);
  });

  it('a malformed --manifest-sha256 is a usage error', () => {
    const b = bundle('bad-pin');
    expectRefused(runCli(['--lang', 'en', 'verify', 'evidence', '--manifest-sha256', 'abc'], { cwd: b.dir }), 'USAGE');
  });

  it('a recorded size smaller than the file: the input is changed, read no further than that size', () => {
    const b = bundle('size');
    editManifest(b, (m) => {
      m.inputs[0]!.size = 10;
    });
    const run = verify(b);
    expect(run.code).toBe(1);
    expect(states(run)).toContain('input:data/form-2025-03.csv:changed');
  });
});

/** The evidence bundle written, read back through its schema, and verified, by direct calls. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isParcheckError } from '../../src/core/errors.js';
import { manifestSchema } from '../../src/evidence/manifest-schema.js';
import { MANIFEST_SCHEMA, stableJson, type Manifest } from '../../src/evidence/manifest.js';
import { parseManifest, readManifest } from '../../src/evidence/read.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import { writeEvidence } from '../../src/evidence/write.js';
import { runCheck } from '../../src/pipeline/check.js';
import type { CheckRequest } from '../../src/pipeline/request.js';
import { ROOT } from '../helpers/cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'parcheck-evidence-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workspace with data/ (the audit fixture) and a bundle written in evidence/ from it. */
async function bundle(name: string): Promise<{ dir: string; manifest: Manifest; sha: string }> {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'tests/fixtures/audit'), path.join(dir, 'data'), { recursive: true });
  const request: CheckRequest = { files: ['data/form-2025-03.csv'], targets: ['data/targets.yaml'], cwd: dir, tolerance: 0.1, cells: false, series: false };
  const run = await runCheck(request);
  const written = await writeEvidence({ dir: 'evidence', request, run, format: 'json', lang: 'en', version: '0.0.0-test', argv: ['check', '…'] });
  return { dir, manifest: written.manifest, sha: written.manifestSha256 };
}

const states = (items: { kind: string; path: string; state: string }[]) => items.map((i) => `${i.kind}:${i.path}:${i.state}`);

describe('evidence manifest', () => {
  it('round-trips through its schema: what writeEvidence records is what readManifest returns', async () => {
    const { dir, manifest, sha } = await bundle('round-trip');
    const raw = readFileSync(path.join(dir, 'evidence/manifest.json'), 'utf8');
    expect(raw).toBe(stableJson(manifest));
    const read = await readManifest(path.join(dir, 'evidence/manifest.json'), 'evidence/manifest.json');
    expect(read.manifest).toEqual(manifest);
    expect(read.sha256).toBe(sha);
    expect(manifestSchema.parse(JSON.parse(raw))).toEqual(manifest);
    // the request as plain data: no working directory (cwd is recorded relative to the bundle)
    expect(manifest.schema).toBe(MANIFEST_SCHEMA);
    expect(manifest.request).toEqual({ files: ['data/form-2025-03.csv'], targets: ['data/targets.yaml'], tolerance: 0.1, cells: false, series: false });
    expect(manifest.cwd).toBe('..');
    expect(manifest.inputs).toEqual([expect.objectContaining({ path: 'data/form-2025-03.csv', file: '../data/form-2025-03.csv', role: 'data' })]);
    expect(manifest.outputs.map((o) => o.path)).toEqual(['report.json']);
  });

  it('an incomplete or inconsistent manifest is refused, naming the field; the first format with a hint', async () => {
    const { manifest } = await bundle('refused');
    const refusal = (data: unknown) => {
      try {
        parseManifest(data, 'm.json');
      } catch (error) {
        expect(isParcheckError(error)).toBe(true);
        return error as { code: string; location: { path?: string }; hint?: unknown };
      }
      throw new Error('accepted');
    };
    expect(refusal({ ...manifest, outputs: [] })).toMatchObject({ code: 'EVIDENCE', location: { path: 'outputs' } });
    expect(refusal({ ...manifest, inputs: [...manifest.inputs, manifest.inputs[0]] }).location.path).toBe('inputs[1].path');
    expect(refusal({ ...manifest, outputs: [{ ...manifest.outputs[0]!, path: '../x.json' }] }).location.path).toBe('outputs[0].path');
    expect(refusal({ ...manifest, inputs: [{ ...manifest.inputs[0]!, size: -1 }] }).location.path).toBe('inputs[0].size');
    expect(refusal({ ...manifest, request: { ...manifest.request, files: [] } }).location.path).toBe('request.files');
    const old = refusal({ schema: 'parcheck/evidence@1', argv: ['check', 'a.csv'] });
    expect(old.location.path).toBe('schema');
    expect(old.hint).toBeDefined();
  });
});

describe('verifyBundle', () => {
  it('an untouched bundle verifies: the recorded request runs again and gives the same bytes', async () => {
    const { dir, sha } = await bundle('clean');
    const report = await verifyBundle('evidence', { cwd: dir, manifestSha256: sha });
    expect(report.rerun_error).toBeNull();
    expect(report.identical).toBe(true);
    expect(states(report.items)).toEqual(['manifest:manifest.json:identical', 'input:data/form-2025-03.csv:identical', 'target:data/targets.yaml:identical', 'output:report.json:identical']);
  });

  it('one changed byte of an input, or of a report, is named', async () => {
    const { dir } = await bundle('tampered');
    const input = path.join(dir, 'data/form-2025-03.csv');
    const bytes = readFileSync(input);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    writeFileSync(input, bytes);
    const report = path.join(dir, 'evidence/report.json');
    writeFileSync(report, readFileSync(report, 'utf8').replace('"as_of"', '"as_oF"'));
    const result = await verifyBundle(path.join(dir, 'evidence'));
    expect(result.identical).toBe(false);
    expect(states(result.items)).toContain('input:data/form-2025-03.csv:changed');
    expect(states(result.items)).toContain('output:report.json:changed');
  });
});

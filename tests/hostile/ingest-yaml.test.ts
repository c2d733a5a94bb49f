/**
 * The YAML files ingest reads (`--mapping`, `--registry`) get the same hardening as target files:
 * alias bombs, custom tags and parser stack overflows are refused with the file's own error code,
 * its line, exit 2, and no stack trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-ingest-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = 'samples/qn-bao-cao-tthc-2025-03.csv';
const laughs = readFileSync(path.join(ROOT, 'tests/fixtures/targets/hostile/billion-laughs.yaml'), 'utf8').replace('schema: parcheck/targets@1\n', '');

function yaml(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe.each([
  ['--mapping', 'MAPPING_SCHEMA', 'columns'],
  ['--registry', 'REGISTRY_SCHEMA', 'units'],
])('%s', (flag, code, list) => {
  it('refuses a "billion laughs" alias bomb used where a list is expected, at the line of the 51st alias', () => {
    const run = runCli(['--lang', 'en', 'inspect', SAMPLE, flag, yaml(`bomb-${list}.yaml`, `${laughs}${list}: *a9\n`)]);
    expectRefused(run, code);
    expect(run.stderr).toMatch(/bomb-\w+\.yaml:\d+:\d+/);
    expect(run.stderr).toMatch(/aliases/);
  });

  it('refuses a custom tag', () => {
    const run = runCli(['--lang', 'en', 'inspect', SAMPLE, flag, yaml(`tag-${list}.yaml`, `${list}:\n  - !!js/function "function () { process.exit(1) }"\n`)]);
    expectRefused(run, code);
    expect(run.stderr).toMatch(/tag-\w+\.yaml:2:/);
  });

  it('refuses 100,000 nested brackets as invalid YAML, not a crash', () => {
    const run = runCli(['--lang', 'en', 'inspect', SAMPLE, flag, yaml(`deep-${list}.yaml`, `${list}: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)]);
    expectRefused(run, code);
  });
});

/**
 * `targets list` skips the YAML parse of the bundled target files (issue 7): their values are written at
 * build time, keyed by the SHA-256 of their bytes. A known value must give exactly what a full parse
 * gives (data, problems, and the line of every problem), and the CLI prints the same thing with or
 * without the values file. Hostile YAML never meets this path: its bytes hash to no bundled file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTargetPaths } from '../../src/targets/catalogue.js';
import { checkTargetFile } from '../../src/targets/load.js';
import { DEFAULT_YAML_LIMITS, parseTargetYaml } from '../../src/targets/yaml-safe.js';
import { ROOT, runCli } from '../helpers/cli.js';

const valueOf = (bytes: Buffer, file: string) => parseTargetYaml(bytes.toString('utf8'), file, DEFAULT_YAML_LIMITS).value;
const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('a known YAML value gives what a full parse gives', () => {
  it.each(bundledTargetPaths().map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file);
    const full = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS);
    const known = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS, roundTrip(valueOf(bytes, file)));
    expect(known.problems).toEqual(full.problems);
    expect(known.checked!.data).toEqual(full.checked!.data);
    // Positions come from the YAML, parsed only when asked for.
    for (const p of [['document', 'id'], ['targets', 0, 'id'], ['targets', full.checked!.data.targets.length - 1, 'source', 'quote']] as const) {
      expect(known.checked!.locateAt([...p])).toEqual(full.checked!.locateAt([...p]));
    }
  });

  it('a rule problem found on a known value points at the same line', () => {
    const file = path.join(ROOT, 'tests/fixtures/targets/good/plan-a.yaml');
    const bytes = Buffer.from(readFileSync(file, 'utf8').replace(/indicator: \w+/, 'indicator: no_such_indicator'));
    const full = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS);
    const known = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS, roundTrip(valueOf(bytes, file)));
    expect(full.problems.length).toBeGreaterThan(0);
    expect(known.problems.map((p) => [p.code, p.location])).toEqual(full.problems.map((p) => [p.code, p.location]));
  });
});

it('the CLI prints the same list with the bundled values as without them', () => {
  rmSync(path.join(ROOT, 'dist/targets/bundled-values.json'), { force: true });
  const before = runCli(['targets', 'list', '--format', 'json']);
  const write = spawnSync(process.execPath, ['scripts/bundle-target-values.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(write.status, write.stderr).toBe(0);
  expect(write.stderr).toBe(''); // it speaks only when some bundled file could not be cached
  expect(existsSync(path.join(ROOT, 'dist/targets/bundled-values.json'))).toBe(true);
  const after = runCli(['targets', 'list', '--format', 'json']);
  expect(after.code).toBe(0);
  expect(after.stdout).toBe(before.stdout);
});

/**
 * `targets list` skips the YAML parse of the bundled target files (start-up budget): their values are written at
 * build time, keyed by the SHA-256 of their bytes. A known value must give exactly what a full parse
 * gives (data, problems, and the line of every problem), and the CLI prints the same thing with or
 * without the values file. Hostile YAML never meets this path: its bytes hash to no bundled file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTargetPaths } from '../../src/targets/catalogue.js';
import { checkTargetFile } from '../../src/targets/validate-target-file.js';
import { DEFAULT_YAML_LIMITS, parseTargetYaml } from '../../src/targets/yaml-safe.js';
import { ROOT } from '../helpers/cli.js';

const parsedValue = (bytes: Buffer, file: string) => parseTargetYaml(bytes.toString('utf8'), file, DEFAULT_YAML_LIMITS).value;
const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('a known YAML value gives what a full parse gives', () => {
  it.each(bundledTargetPaths().map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file);
    const full = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS);
    const known = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS, roundTrip(parsedValue(bytes, file)));
    expect(known.problems).toEqual(full.problems);
    expect(known.checked!.data).toEqual(full.checked!.data);
    // Positions come from the YAML, parsed only when asked for.
    for (const p of [
      ['document', 'id'],
      ['targets', 0, 'id'],
      ['targets', full.checked!.data.targets.length - 1, 'source', 'quote'],
    ] as const) {
      expect(known.checked!.locateAt([...p])).toEqual(full.checked!.locateAt([...p]));
    }
  });

  it('a rule problem found on a known value points at the same line', () => {
    const file = path.join(ROOT, 'tests/fixtures/targets/good/plan-a.yaml');
    const bytes = Buffer.from(readFileSync(file, 'utf8').replace(/indicator: \w+/, 'indicator: no_such_indicator'));
    const full = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS);
    const known = checkTargetFile(file, bytes, DEFAULT_YAML_LIMITS, roundTrip(parsedValue(bytes, file)));
    expect(full.problems.length).toBeGreaterThan(0);
    expect(known.problems.map((p) => [p.code, p.location])).toEqual(full.problems.map((p) => [p.code, p.location]));
  });
});

it('the CLI prints the same list with the build cache as without it, and the build writes it', () => {
  // A copy of the package (dist, bin, targets; node_modules linked) so the real build cache, which
  // other test files rely on, is never missing while they run.
  const copy = mkdtempSync(path.join(tmpdir(), 'parcheck-package-'));
  try {
    for (const part of ['dist', 'bin', 'targets', 'scripts', 'package.json']) cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const cache = path.join(copy, 'dist/targets/bundled-values.json');
    const list = () =>
      spawnSync(process.execPath, [path.join(copy, 'bin/parcheck.js'), 'targets', 'list', '--format', 'json'], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    rmSync(cache);
    const without = list();
    expect(without.status, without.stderr).toBe(0);
    const write = spawnSync(process.execPath, ['scripts/bundle-target-values.mjs'], { cwd: copy, encoding: 'utf8' });
    expect(write.status, write.stderr).toBe(0);
    expect(write.stderr).toBe(''); // it speaks only when some bundled file could not be cached
    expect(existsSync(cache)).toBe(true);
    const withCache = list();
    expect(withCache.status).toBe(0);
    // bundled paths are shown relative to the working directory, the same in both runs
    expect(withCache.stdout).toBe(without.stdout);
    expect(JSON.parse(withCache.stdout)).toHaveLength(231);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

// The build cache sits next to the built modules (npm test builds first), so these use dist/.
const built = async () => (await import(path.join(ROOT, 'dist/targets/load-target-files.js'))) as typeof import('../../src/targets/load-target-files.js');

describe('bundled files the build validated are taken from the build cache, never anything else', () => {
  it('gives exactly what the full loader gives, for every province', async () => {
    const { fromBuildCache, loadTargetFiles } = await built();
    for (const province of ['quang-nam', 'quang-binh']) {
      const paths = bundledTargetPaths(province);
      const fast = fromBuildCache(paths, true);
      expect(fast, `${province}: the build cache should hold every bundled file`).not.toBeNull();
      const full = await loadTargetFiles(paths);
      expect(fast!.thresholds).toEqual(full.thresholds);
      expect(fast!.files).toEqual(full.files);
    }
  });

  it('an edited copy of a bundled file is read in full, and its error points at the line', async () => {
    const { fromBuildCache, loadTargets } = await built();
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-cache-'));
    try {
      const original = bundledTargetPaths('quang-nam').find((p) => p.endsWith('qn-2370-2021.yaml'))!;
      const source = readFileSync(original, 'utf8');
      const copy = path.join(dir, 'qn-2370-2021.yaml');
      writeFileSync(copy, source);
      expect(fromBuildCache([copy], true)).not.toBeNull(); // same bytes, another place: still known
      const edited = source.replace('comparator: ">="', 'comparator: "=>"');
      expect(edited).not.toBe(source);
      writeFileSync(copy, edited);
      expect(fromBuildCache([copy], true)).toBeNull();
      const line = edited.split('\n').findIndex((l) => l.includes('comparator: "=>"')) + 1;
      await expect(loadTargets([copy])).rejects.toMatchObject({ code: 'TARGET_SCHEMA', location: { file: copy, line } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a known file whose set fails a cross-file rule goes to the full loader, which names the line', async () => {
    const { fromBuildCache, loadTargets } = await built();
    const programme = bundledTargetPaths('quang-nam').filter((p) => p.endsWith('qn-16nqtu-2021.yaml'));
    expect(fromBuildCache(programme, true)).toBeNull(); // it supersedes targets of a file not loaded
    const line =
      readFileSync(programme[0]!, 'utf8')
        .split('\n')
        .findIndex((l) => /^\s*supersedes:/.test(l)) + 1;
    await expect(loadTargets(programme)).rejects.toMatchObject({ code: 'TARGET_RULE', location: { file: programme[0], line } });
  });
});

import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParcheckError } from '../../src/core/errors.js';
import { loadTargetFiles } from '../../src/targets/load-target-files.js';
import { parseTargetYaml } from '../../src/targets/yaml-safe.js';
import { ROOT, runCli } from '../helpers/cli.js';

const HOSTILE = path.join(ROOT, 'tests/fixtures/targets/hostile');

async function failure(paths: string[], options = {}): Promise<ParcheckError[]> {
  try {
    await loadTargetFiles(paths, options);
  } catch (error) {
    const e = error as ParcheckError;
    return [e, ...e.more];
  }
  throw new Error('expected a failure');
}

describe('hostile target YAML', () => {
  it('refuses a "billion laughs" alias bomb without expanding it', async () => {
    const before = process.memoryUsage().heapUsed;
    const [e, ...rest] = await failure([path.join(HOSTILE, 'billion-laughs.yaml')]);
    expect(e!.code).toBe('TARGET_YAML_UNSAFE');
    expect(e!.location.line).toBeGreaterThan(1);
    expect(rest).toHaveLength(0);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a small alias bomb that stays under the alias count but expands too much', () => {
    // 5 aliases, each fanning out: the expansion bound (maxAliasCount) catches it in toJS.
    const src = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a]\n';
    const parsed = parseTargetYaml(src, 'bomb.yaml', { maxBytes: 1e6, maxAliases: 4 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['TARGET_YAML_UNSAFE']);
  });

  it('refuses custom tags, each at its line', async () => {
    const errs = await failure([path.join(HOSTILE, 'custom-tag.yaml')]);
    expect(errs.map((e) => [e.code, e.location.line, e.found])).toEqual([
      ['TARGET_YAML_UNSAFE', 6, '!!js/function'],
      ['TARGET_YAML_UNSAFE', 7, '!include'],
    ]);
  });

  it('reports a duplicate key at the line of the duplicate', async () => {
    const [e] = await failure([path.join(HOSTILE, 'duplicate-key.yaml')]);
    expect(e).toMatchObject({ code: 'TARGET_YAML_SYNTAX', location: { line: 16, column: 5 } });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-big-'));
    const file = path.join(dir, 'big.yaml');
    writeFileSync(file, `# ${'x'.repeat(2000)}\nschema: parcheck/targets@1\n`);
    const [e] = await failure([file], { limits: { maxBytes: 1000 } });
    expect(e).toMatchObject({ code: 'TARGET_YAML_UNSAFE', found: '2030' });
  });

  it('refuses 100,000 nested brackets (a parser stack overflow) as a syntax error at its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-deep-'));
    const file = path.join(dir, 'deep.yaml');
    writeFileSync(file, `schema: parcheck/targets@1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const run = runCli(['--lang', 'en', 'targets', 'validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/TARGET_YAML_SYNTAX\] .*deep\.yaml:2:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('the CLI exits 2 with the code and location, no stack trace', () => {
    const run = runCli(['--lang', 'en', 'targets', 'validate', path.join(HOSTILE, 'billion-laughs.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/TARGET_YAML_UNSAFE\] .*billion-laughs\.yaml:\d+:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * The shared-string table is bounded (limit `shared-strings`): `<si/>` packs to almost nothing, so a
 * small file could hold a hundred million of them (3.6 GB held, 65 s). Refused from the declared
 * `uniqueCount` before reading, or when the real count passes the limit; a limit named wrongly
 * (`constructor`, `__proto__`) is a usage error, never a key of some prototype.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';
import { replacePart, reportParts, writeZip, type Part } from './zip-craft.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-sst-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SST = 'xl/sharedStrings.xml';
let base: Part[];
beforeAll(async () => {
  base = await reportParts();
});

/** The report's own 17 strings, then `extra` empty ones, with `uniqueCount` as given. */
function workbook(name: string, extra: number, uniqueCount?: number): string {
  const xml = base.find((p) => p.name === SST)!.data.toString('utf8');
  const count = uniqueCount ?? 17 + extra;
  const data = xml.replace(/uniqueCount="\d+"/, `uniqueCount="${count}"`).replace('</sst>', `${'<si><t></t></si>'.repeat(extra)}</sst>`);
  const file = path.join(dir, name);
  writeFileSync(file, writeZip(replacePart(base, SST, { data: Buffer.from(data) })));
  return file;
}

const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=160' };
const inspect = (file: string, ...more: string[]) => runCli(['--lang', 'en', 'inspect', file, '--format', 'json', ...more], { env: SMALL_HEAP });

describe('shared-string limit', () => {
  it('a table within the limit reads as before (17 strings, limit 17)', () => {
    const run = runJson<{ observations: { unit: string }[] }>(['inspect', workbook('exact.xlsx', 0), '--format', 'json', '--limit', 'shared-strings=17']);
    expect(run.code).toBe(0);
    expect(new Set(run.json.observations.map((o) => o.unit))).toEqual(new Set(['Sở Tư pháp', 'Sở Tài chính']));
  });

  it('a declared uniqueCount of a billion is refused before the table is read, naming the limit', () => {
    const run = inspect(workbook('declared.xlsx', 0, 1_000_000_000));
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('shared-strings');
  });

  it('a table that lies about its size (declares 17, holds 20,017) is refused at the limit', () => {
    const file = workbook('lying.xlsx', 20_000, 17);
    const run = inspect(file, '--limit', 'shared-strings=10000');
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('--limit shared-strings=');
    // raised by the environment, it reads
    expect(runCli(['inspect', file, '--format', 'json'], { env: { PARCHECK_LIMITS: 'shared-strings=30000' } }).code).toBe(0);
  });

  it('one million empty strings (16 MB unpacked) read within the default limit and a 160 MB heap', () => {
    // They pack ~1000×: the ratio limit (a zip-bomb guard) would refuse them first.
    const run = inspect(workbook('million.xlsx', 1_000_000), '--limit', 'ratio=100000');
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('limit names', () => {
  const form = path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv');
  it.each(['constructor=1', '__proto__=1', 'toString=5', 'hasOwnProperty=2'])('PARCHECK_LIMITS=%s is a usage error', (spec) => {
    expectRefused(runCli(['--lang', 'en', 'inspect', form], { env: { PARCHECK_LIMITS: spec } }), 'USAGE');
    expectRefused(runCli(['--lang', 'en', 'inspect', form, '--limit', spec]), 'USAGE');
  });
});

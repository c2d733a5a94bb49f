/**
 * `--output` under hostile conditions, through the built CLI: it never overwrites an input or a target
 * file (by name, symlink or hard link); a missing directory is a clear error; a full disk, a read-only
 * directory, SIGTERM/SIGINT during the write leave no partial file and the previous report intact;
 * concurrent cron runs writing one report leave one complete report and no temp file.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-out-'));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const temps = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

/** A commune-level form of `n` units and targets naming each: `n` = 600 gives a 0.2 MB XLSX report. */
function fixture(n: number): { input: string; targets: string } {
  const units = Array.from({ length: n }, (_, i) => `UBND xã Số ${i + 1}`);
  const input = path.join(dir, `xa-${n}-2025-03.csv`);
  const targets = path.join(dir, `targets-${n}.yaml`);
  const form = readFileSync(path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv'), 'utf8').split('\n').slice(0, 6);
  const rows = units.map((u, i) => `${i + 1};${u};250;80;140;30;200;60;${100 + (i % 40)};${40 - (i % 40)};50;45;5;150;75,0`);
  writeFileSync(input, [...form, 'III;CẤP XÃ;;;;;;;;;;;;;', ...rows, ''].join('\n'));
  writeFileSync(targets, readFileSync(path.join(ROOT, 'tests/fixtures/audit/targets.yaml'), 'utf8').replace(/scope: \{ level: all \}/g, `scope: { level: commune, units: ${JSON.stringify(units)} }`));
  return { input, targets };
}

let small: { input: string; targets: string };
let large: { input: string; targets: string };
beforeAll(() => {
  small = fixture(20);
  large = fixture(600);
});
afterAll(() => {
  for (const kind of ['full', 'ro']) spawnSync('umount', [path.join(dir, kind)]);
  rmSync(dir, { recursive: true, force: true });
});

const ARGS = (f = small) => ['--lang', 'en', 'check', f.input, '--targets', f.targets, '--as-of', '2025-03', '--fail-on', 'never', '--quiet'];
const check = (...more: string[]) => runCli([...ARGS(), ...more]);

describe('--output never overwrites what it reads', () => {
  it('refuses the input file, a symlink to it, a hard link to it, and the target file; all unchanged', () => {
    const { input, targets } = small;
    const before = [sha(input), sha(targets)];
    const link = path.join(dir, 'link.json');
    symlinkSync(input, link);
    const hard = path.join(dir, 'hard.csv');
    linkSync(input, hard);
    const toTargets = path.join(dir, 'to-targets.md');
    symlinkSync(targets, toTargets);
    for (const out of [input, link, hard, toTargets, targets]) {
      const run = check('--output', out, '--format', 'json');
      expectRefused(run, 'OUTPUT_PATH');
    }
    expect([sha(input), sha(targets)]).toEqual(before);
    expect(temps(dir)).toEqual([]);
  });

  it('a missing output directory is OUTPUT_PATH naming the directory, with nothing created', () => {
    const out = path.join(dir, 'no', 'such', 'report.json');
    const run = check('--output', out);
    expectRefused(run, 'OUTPUT_PATH');
    expect(run.stderr).toContain(path.join(dir, 'no', 'such'));
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });

  it('a destination that is a directory is OUTPUT_WRITE, the directory untouched, no temp file', () => {
    const out = path.join(dir, 'is-a-dir.json');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep'), 'x');
    expectRefused(check('--output', out), 'OUTPUT_WRITE');
    expect(readdirSync(out)).toEqual(['keep']);
    expect(temps(dir)).toEqual([]);
  });
});

/** A directory where writing fails: a 64 KB tmpfs (full disk) or a read-only tmpfs when root may mount; chmod otherwise. */
function hostileDir(kind: 'full' | 'ro'): string | null {
  const d = path.join(dir, kind);
  mkdirSync(d, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', kind === 'full' ? 'size=64k' : 'size=1m', 'tmpfs', d]).status === 0;
  if (mounted) {
    writeFileSync(path.join(d, 'report.xlsx'), 'PREVIOUS REPORT');
    if (kind === 'ro' && spawnSync('mount', ['-o', 'remount,ro', d]).status !== 0) return null;
    return d;
  }
  if (kind === 'full' || process.getuid?.() === 0) return null; // root ignores chmod; no tmpfs to fill
  writeFileSync(path.join(d, 'report.xlsx'), 'PREVIOUS REPORT');
  chmodSync(d, 0o555);
  return d;
}

describe('a failed write leaves the previous report intact and no temp file', () => {
  for (const kind of ['full', 'ro'] as const) {
    // Skipped only where neither a tmpfs can be mounted nor permissions stop the user (root without mount).
    it(`${kind === 'full' ? 'a full disk (64 KB tmpfs)' : 'a read-only directory'}: OUTPUT_WRITE, exit 2`, (ctx) => {
      const d = hostileDir(kind);
      if (d === null) {
        const why = `${kind === 'full' ? 'no tmpfs can be mounted to fill' : 'root without mount: a read-only mode does not stop root'}, so this write cannot be made to fail here`;
        console.warn(`output-paths: SKIPPED "${ctx.task.name}": ${why}`);
        return ctx.skip(why);
      }
      try {
        // The 600-unit report (0.2 MB) cannot fit in 64 KB.
        const run = runCli([...ARGS(kind === 'full' ? large : small), '--output', path.join(d, 'report.xlsx')]);
        expectRefused(run, 'OUTPUT_WRITE');
        expect(readFileSync(path.join(d, 'report.xlsx'), 'utf8')).toBe('PREVIOUS REPORT');
        expect(temps(d)).toEqual([]);
      } finally {
        spawnSync('umount', [d]);
        chmodSync(d, 0o755);
      }
    });
  }
});

function runAsync(args: string[], onSpawn?: (child: ChildProcess) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    onSpawn?.(child);
  });
}

describe('interrupted and concurrent runs', () => {
  it('SIGTERM or SIGINT at any moment of a run writing a large XLSX: the previous report or the new one, whole; no temp file', async () => {
    const out = path.join(dir, 'signal', 'report.xlsx');
    mkdirSync(path.dirname(out));
    const reference = path.join(dir, 'reference.xlsx');
    expect(runCli([...ARGS(large), '--output', reference]).code).toBe(0);
    const previous = Buffer.from('PREVIOUS REPORT');
    let interrupted = 0;
    for (const [i, delay] of [300, 700, 1100, 1600].entries()) {
      writeFileSync(out, previous);
      const result = await runAsync([...ARGS(large), '--output', out], (child) => setTimeout(() => child.kill(i % 2 ? 'SIGINT' : 'SIGTERM'), delay));
      if (result.signal) interrupted++;
      const now = readFileSync(out);
      expect(now.equals(previous) || now.equals(readFileSync(reference))).toBe(true);
      expect(temps(path.dirname(out))).toEqual([]);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    expect(interrupted).toBeGreaterThan(0);
  });

  it('four runs writing the same report at once leave one complete report (one of theirs) and no temp file', async () => {
    const out = path.join(dir, 'cron', 'same.json');
    mkdirSync(path.dirname(out));
    const asOf = ['2025-03', '2025-12'];
    const expected = asOf.map((a) => runCli([...ARGS().map((x) => (x === '2025-03' ? a : x)), '--format', 'json']).stdout);
    const runs = await Promise.all(Array.from({ length: 4 }, (_, i) => runAsync([...ARGS().map((x) => (x === '2025-03' ? asOf[i % 2]! : x)), '--output', out])));
    for (const r of runs) expect(r.code).toBe(0);
    const final = readFileSync(out, 'utf8');
    expect(expected).toContain(final);
    expect(() => JSON.parse(final)).not.toThrow();
    expect(temps(path.dirname(out))).toEqual([]);
  });
});

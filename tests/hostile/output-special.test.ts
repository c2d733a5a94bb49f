/**
 * `--output` and the files a run reads, through the built CLI: a character device, a FIFO and a
 * symlink to /proc/self/fd/1 are written in place, never replaced by a plain file; the mapping and the
 * registry are protected like inputs and targets; `--output ""` is a usage error; files read whole
 * (targets, mapping, registry) are read with a bound, so `/dev/zero` is refused, not read forever.
 * Nothing here touches /dev itself: the device node is made in a temp folder (when run as root).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORM = path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv');
const TARGETS = path.join(ROOT, 'tests/fixtures/audit/targets.yaml');
const ARGS = ['--lang', 'en', 'check', FORM, '--targets', TARGETS, '--as-of', '2025-03', '--fail-on', 'never', '--quiet', '--format', 'json'];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--output to special files', () => {
  it('a FIFO stays a FIFO and its reader gets the whole report', async () => {
    const fifo = path.join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (c: Buffer) => chunks.push(c));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const run = runCli([...ARGS, '--output', fifo]);
    await closed;
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).as_of).toBe('2025-03');
    expect(temps()).toEqual([]);
  });

  it('a symlink to /proc/self/fd/1 writes the report to stdout and stays a symlink', () => {
    const link = path.join(dir, 'stdout.json');
    symlinkSync('/proc/self/fd/1', link);
    const run = runCli([...ARGS, '--output', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).as_of).toBe('2025-03');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(temps()).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('a character device (a copy of /dev/null made in a temp folder) stays a device', () => {
    const node = path.join(dir, 'null');
    expect(spawnSync('mknod', [node, 'c', '1', '3']).status).toBe(0);
    const before = statSync(node);
    const run = runCli([...ARGS, '--output', node]);
    expect(run.code, run.stderr).toBe(0);
    const after = statSync(node);
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
  });

  it('a symlink to a regular report replaces the file it leads to; the link stays', () => {
    const real = path.join(dir, 'real-report.json');
    writeFileSync(real, 'old');
    const link = path.join(dir, 'latest.json');
    symlinkSync(real, link);
    const run = runCli([...ARGS, '--output', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).as_of).toBe('2025-03');
  });

  it('--output "" and --evidence "" are usage errors, nothing printed', () => {
    expectRefused(runCli([...ARGS, '--output', '']), 'USAGE');
    expectRefused(runCli([...ARGS, '--evidence', '']), 'USAGE');
  });
});

describe('every file the run reads is protected from --output', () => {
  it('--output naming the --registry or the --mapping file is refused; both unchanged', () => {
    const registry = path.join(dir, 'reg.yaml');
    writeFileSync(registry, 'units:\n  - name: Sở Tư pháp\n    aliases: [STP]\n    level: province\n');
    const before = sha(registry);
    expectRefused(runCli([...ARGS, '--registry', registry, '--output', registry]), 'OUTPUT_PATH');
    const alias = path.join(dir, 'reg-link.json');
    symlinkSync(registry, alias);
    expectRefused(runCli([...ARGS, '--registry', registry, '--output', alias]), 'OUTPUT_PATH');
    expect(sha(registry)).toBe(before);

    const mapping = path.join(dir, 'map.yaml');
    const dossiers = path.join(ROOT, 'tests/fixtures/audit/dossiers-2025-03.csv');
    writeFileSync(mapping, 'shape: dossier_list\ncolumns:\n  - { header: "Đơn vị tiếp nhận", role: unit }\n');
    const mapBefore = sha(mapping);
    const run = runCli(['--lang', 'en', 'check', dossiers, '--mapping', mapping, '--targets', TARGETS, '--as-of', '2025-03', '--quiet', '--format', 'json', '--output', mapping]);
    expectRefused(run, 'OUTPUT_PATH');
    expect(sha(mapping)).toBe(mapBefore);
  });
});

describe('files read whole are read with a bound', () => {
  /** With a deadline: the bug was a read that never ends. */
  const bounded = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--lang', 'en', ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=200' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
  };

  it.runIf(existsSync('/dev/zero'))('--targets /dev/zero is refused as too large, quickly and in bounded memory', () => {
    const run = bounded(['check', FORM, '--targets', '/dev/zero']);
    expect(run.signal).toBeNull();
    expectRefused(run, 'TARGET_YAML_UNSAFE');
    expect(run.stderr).not.toContain('--max-bytes');
  });

  it.runIf(existsSync('/dev/zero'))('--registry /dev/zero and --mapping /dev/zero are refused too', () => {
    const reg = bounded(['inspect', FORM, '--registry', '/dev/zero']);
    expect(reg.signal).toBeNull();
    expectRefused(reg, 'REGISTRY_SCHEMA');
    const map = bounded(['inspect', FORM, '--mapping', '/dev/zero']);
    expect(map.signal).toBeNull();
    expectRefused(map, 'MAPPING_SCHEMA');
  });

  it('targets validate --max-bytes is the one flag that moves the target-file bound', () => {
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(2000)}\n${readFileSync(TARGETS, 'utf8')}`);
    expectRefused(runCli(['--lang', 'en', 'targets', 'validate', big, '--max-bytes', '1000']), 'TARGET_YAML_UNSAFE');
    expect(runCli(['--lang', 'en', 'targets', 'validate', big, '--max-bytes', '100000']).code).toBe(0);
  });
});

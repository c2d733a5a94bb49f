import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputAtomic } from '../../src/files/write-output.js';
import { ParcheckError } from '../../src/core/errors.js';
import { ROOT } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parcheck-output-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<ParcheckError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ParcheckError);
    return error as ParcheckError;
  }
  throw new Error('expected a ParcheckError');
}

/** nobody's id. A directory's mode does not stop root (CI runs as root): there the write runs as nobody. */
const NOBODY = 65534;

/**
 * Runs `write` with nobody's effective ids when the test runs as root, `dir` given to nobody so that its
 * mode alone stops the write; as any other user, runs it as is. The effective ids only: root is back after.
 */
async function asUnprivileged<T>(dir: string, write: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0) return write();
  chownSync(dir, NOBODY, NOBODY);
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await write();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

const tempFiles = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writeOutputAtomic', () => {
  it('writes text and bytes, replacing the previous report, leaving no temp file', async () => {
    const out = path.join(dir, 'report.json');
    await writeOutputAtomic(out, 'first\n', { protect: [] });
    await writeOutputAtomic(out, new Uint8Array([1, 2, 3]), { protect: [] });
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(tempFiles()).toEqual([]);
  });

  it('refuses an input path, a symlink to it, a hard link to it and a relative spelling of it', async () => {
    const input = path.join(dir, 'bao-cao.xlsx');
    writeFileSync(input, 'INPUT');
    symlinkSync(input, path.join(dir, 'link.xlsx'));
    linkSync(input, path.join(dir, 'hard.xlsx'));
    for (const target of [input, path.join(dir, 'link.xlsx'), path.join(dir, 'hard.xlsx'), path.relative(process.cwd(), input)]) {
      const error = await codeOf(writeOutputAtomic(target, 'x', { protect: [input] }));
      expect(error.code).toBe('OUTPUT_PATH');
      expect(error.location.file).toBe(target);
    }
    // protected given through a symlink too
    const error = await codeOf(writeOutputAtomic(input, 'x', { protect: [path.join(dir, 'link.xlsx')] }));
    expect(error.code).toBe('OUTPUT_PATH');
    expect(readFileSync(input, 'utf8')).toBe('INPUT');
    expect(tempFiles()).toEqual([]);
  });

  it('compares case-exact: a different name is a different file on Linux', async () => {
    writeFileSync(path.join(dir, 'in.csv'), 'INPUT');
    await writeOutputAtomic(path.join(dir, 'IN.csv'), 'report', { protect: [path.join(dir, 'in.csv')] });
    expect(readFileSync(path.join(dir, 'in.csv'), 'utf8')).toBe('INPUT');
  });

  it('says OUTPUT_PATH with a hint when the directory is missing', async () => {
    const target = path.join(dir, 'missing', 'report.xlsx');
    const error = await codeOf(writeOutputAtomic(target, 'x', { protect: [] }));
    expect(error.code).toBe('OUTPUT_PATH');
    expect(error.hint).toBeDefined();
    expect(error.location.file).toBe(target);
  });

  it('keeps the previous report when the rename fails (destination is a directory)', async () => {
    const target = path.join(dir, 'report.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'kept');
    const error = await codeOf(writeOutputAtomic(target, 'new', { protect: [] }));
    expect(error.code).toBe('OUTPUT_WRITE');
    expect(error.found).toMatch(/^E[A-Z]+$/);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(tempFiles()).toEqual([]);
  });

  it('keeps the previous report when the directory is read-only (as root too, writing as nobody)', async () => {
    const target = path.join(dir, 'report.csv');
    writeFileSync(target, 'previous');
    chmodSync(dir, 0o555);
    const error = await codeOf(asUnprivileged(dir, () => writeOutputAtomic(target, 'new', { protect: [] })));
    expect(error.code).toBe('OUTPUT_WRITE');
    expect(error.found).toBe('EACCES');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(tempFiles()).toEqual([]);
  });

  it('keeps the previous report when the disk fills up mid-write (ENOSPC), also when run as root', async () => {
    const target = path.join(dir, 'report.xlsx');
    writeFileSync(target, 'previous');
    // A read-only directory does not stop root (CI runs as root); a write that fails with ENOSPC does.
    const probe = await fsp.open(target, 'r');
    const proto = Object.getPrototypeOf(probe) as { writeFile: (...args: unknown[]) => Promise<void> };
    await probe.close();
    const original = proto.writeFile;
    proto.writeFile = async function (this: unknown) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    try {
      const error = await codeOf(writeOutputAtomic(target, 'new report', { protect: [] }));
      expect(error.code).toBe('OUTPUT_WRITE');
      expect(error.found).toBe('ENOSPC');
      expect(error.message).toContain(target);
    } finally {
      proto.writeFile = original;
    }
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(tempFiles()).toEqual([]);
  });

  it('never interleaves concurrent writers of the same report', async () => {
    const target = path.join(dir, 'report.txt');
    const bodies = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => c.repeat(1 << 20));
    await Promise.all(bodies.map((b) => writeOutputAtomic(target, b, { protect: [] })));
    expect(bodies).toContain(readFileSync(target, 'utf8'));
    expect(tempFiles()).toEqual([]);
  });

  it('removes the temp file and ends by the signal when interrupted while writing', async () => {
    const target = path.join(dir, 'report.xlsx');
    writeFileSync(target, 'previous');
    // A child (running the built writer; `npm test` builds first) stalls inside the write; we SIGTERM it.
    const child = spawn(process.execPath, ['--input-type=module', '-e', childProgram(target)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal).toBe('SIGTERM');
    expect(code).toBeNull();
    expect(stdout).toContain('writing');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(tempFiles()).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});

/** FileHandle.writeFile is patched to announce itself and never finish, so the signal lands mid-write. */
function childProgram(target: string): string {
  return `
    import { promises as fs } from 'node:fs';
    const probe = await fs.open(${JSON.stringify(target)}, 'r'); const proto = Object.getPrototypeOf(probe); await probe.close();
    proto.writeFile = function () { process.stdout.write('writing\\n'); return new Promise(() => { setInterval(() => {}, 1000); }); };
    const { writeOutputAtomic } = await import(${JSON.stringify(path.join(ROOT, 'dist/files/write-output.js'))});
    await writeOutputAtomic(${JSON.stringify(target)}, 'new report', { protect: [] });
  `;
}

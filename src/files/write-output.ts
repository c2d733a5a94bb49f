/**
 * Writes a report atomically: a unique temp file in the destination's directory, fsync, rename.
 * A failed or interrupted run never leaves a half-written report, and the previous one stays intact;
 * two cron runs writing the same report never interleave (rename(2) replaces the name atomically).
 * `--output` never overwrites a file the run reads (inputs, targets, mapping, registry). Through a
 * symlink the file it leads to is replaced; a character device or FIFO is written in place, never
 * replaced; any other special file is refused.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, unlinkSync } from 'node:fs';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';

export interface WriteOutputOptions {
  /** Paths that must never be overwritten: the inputs and the target files. */
  protect: string[];
}

export async function writeOutputAtomic(target: string, data: string | Uint8Array, options: WriteOutputOptions): Promise<void> {
  if (target.trim() === '') throw emptyPath();
  await refuseProtected(path.resolve(target), target, options.protect);
  // Through a symlink, the file it leads to is replaced (the link stays a link); a device or a FIFO
  // (`/dev/null`, `/dev/stdout`, a pipe) is written as it is: renaming a file over it would replace
  // the system's node with a plain file.
  // The kernel follows the path (stat, open), so /proc/self/fd/1 leads to the pipe or terminal itself.
  const given = path.resolve(target);
  const fd = await descriptorOf(given);
  if (fd !== null) return writeDescriptor(fd, target, data);
  const kind = await kindOf(given);
  if (kind === 'stream') return writeStream(given, target, data);
  if (kind === 'other') throw notAFile(target, given);
  const destination = await realTarget(given);
  const dir = path.dirname(destination);
  await checkDirectory(dir, target);

  const temp = path.join(dir, `.${path.basename(destination)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const cleanup = () => {
    try {
      unlinkSync(temp);
    } catch {
      // already gone (renamed or never created)
    }
  };
  const release = onTerminationSignal(cleanup);
  try {
    const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepMode(destination, temp);
    await fs.rename(temp, destination);
    await syncDirectory(dir);
  } catch (error) {
    cleanup();
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new ParcheckError(
      'OUTPUT_WRITE',
      { vi: `Không ghi được báo cáo ${target} (${code})`, en: `Could not write the report ${target} (${code})` },
      {
        location: { file: target },
        found: code,
        cause: error,
        hint: {
          vi: 'Kiểm tra quyền ghi và dung lượng đĩa; báo cáo cũ (nếu có) vẫn còn nguyên.',
          en: 'Check write permission and free disk space; the previous report (if any) is intact.',
        },
      },
    );
  } finally {
    release();
  }
}

/** What sits at a path: nothing yet, a regular file, a character device or FIFO, or anything else. */
async function kindOf(p: string): Promise<'none' | 'file' | 'stream' | 'other'> {
  const stat = await fs.stat(p).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : error));
  if (stat === null) return 'none';
  if (stat instanceof Error) return 'other';
  if (stat.isFile()) return 'file';
  if (stat.isCharacterDevice() || stat.isFIFO()) return 'stream';
  return stat.isDirectory() ? 'file' : 'other'; // a directory fails at rename with EISDIR, as before
}

/**
 * `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`, or a symlink leading to one: the process's own open
 * descriptor, written directly (it may be a socket, which no open() can reach by path). Null otherwise.
 */
async function descriptorOf(p: string): Promise<number | null> {
  let at = p;
  for (let hop = 0; hop < 40; hop++) {
    const m = /^\/(?:dev\/fd|proc\/self\/fd|proc\/(\d+)\/fd)\/(\d+)$/.exec(at) ?? (at === '/dev/stdout' ? [at, undefined, '1'] : at === '/dev/stderr' ? [at, undefined, '2'] : null);
    if (m && (m[1] === undefined || Number(m[1]) === process.pid)) return Number(m[2]);
    const link = await fs.readlink(at).catch(() => null);
    if (link === null) return null;
    at = path.resolve(path.dirname(at), link);
  }
  return null;
}

async function writeDescriptor(fd: number, target: string, data: string | Uint8Array): Promise<void> {
  const { writeSync } = await import('node:fs');
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    for (let off = 0; off < bytes.byteLength; ) off += writeSync(fd, bytes, off, bytes.byteLength - off);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'EAGAIN') return writeDescriptorLater(fd, target, bytes);
    throw new ParcheckError(
      'OUTPUT_WRITE',
      { vi: `Không ghi được báo cáo ${target} (${code})`, en: `Could not write the report ${target} (${code})` },
      { location: { file: target }, found: code, cause: error },
    );
  }
}

/** A non-blocking pipe that is full: wait for it to drain, a little at a time. */
async function writeDescriptorLater(fd: number, target: string, bytes: Uint8Array): Promise<void> {
  const { writeSync } = await import('node:fs');
  let off = 0;
  for (let tries = 0; off < bytes.byteLength && tries < 100_000; tries++) {
    try {
      off += writeSync(fd, bytes, off, bytes.byteLength - off);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN')
        throw new ParcheckError('OUTPUT_WRITE', { vi: `Không ghi được báo cáo ${target}`, en: `Could not write the report ${target}` }, { location: { file: target }, cause: error });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** A device or a pipe is written in place: opened without creating or truncating, written, closed. */
async function writeStream(destination: string, target: string, data: string | Uint8Array): Promise<void> {
  try {
    const handle = await fs.open(destination, constants.O_WRONLY | constants.O_APPEND);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new ParcheckError(
      'OUTPUT_WRITE',
      { vi: `Không ghi được báo cáo ${target} (${code})`, en: `Could not write the report ${target} (${code})` },
      { location: { file: target }, found: code, cause: error },
    );
  }
}

function emptyPath(): ParcheckError {
  return new ParcheckError(
    'USAGE',
    { vi: '--output cần một đường dẫn tệp', en: '--output needs a file path' },
    {
      location: { path: '--output' },
      expected: { vi: 'một tên tệp, ví dụ bao-cao.xlsx', en: 'a file name, e.g. report.xlsx' },
      found: '""',
      hint: { vi: 'Bỏ --output để in báo cáo ra màn hình, hoặc ghi tên tệp.', en: 'Leave --output out to print the report, or give a file name.' },
    },
  );
}

function notAFile(target: string, real: string): ParcheckError {
  return new ParcheckError(
    'OUTPUT_PATH',
    { vi: `--output không phải tệp thường: ${target}`, en: `--output is not a regular file: ${target}` },
    {
      location: { file: target },
      expected: { vi: 'một tệp thường, /dev/null, /dev/stdout hoặc một ống (FIFO)', en: 'a regular file, /dev/null, /dev/stdout or a pipe (FIFO)' },
      found: real,
      hint: { vi: 'Chọn một tệp báo cáo khác.', en: 'Choose another report file.' },
    },
  );
}

async function checkDirectory(dir: string, target: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat?.isDirectory()) return;
  throw new ParcheckError(
    'OUTPUT_PATH',
    { vi: `Thư mục của tệp báo cáo không tồn tại: ${dir}`, en: `The report's directory does not exist: ${dir}` },
    {
      location: { file: target },
      expected: { vi: 'một thư mục có sẵn', en: 'an existing directory' },
      found: dir,
      hint: { vi: `Tạo thư mục trước (mkdir -p "${dir}") hoặc chọn đường dẫn khác cho --output.`, en: `Create it first (mkdir -p "${dir}") or choose another --output path.` },
    },
  );
}

/** Where a path really leads: symlinks followed (even a dangling one), compared case-exact. */
async function realTarget(p: string): Promise<string> {
  const absolute = path.resolve(p);
  try {
    return await fs.realpath(absolute);
  } catch {
    const link = await fs.readlink(absolute).catch(() => null);
    if (link !== null) return realTarget(path.resolve(path.dirname(absolute), link));
    const dir = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    return path.join(dir, path.basename(absolute));
  }
}

async function refuseProtected(destination: string, target: string, protect: string[]): Promise<void> {
  const real = await realTarget(destination);
  const stat = await fs.stat(real).catch(() => null);
  for (const p of protect) {
    const other = await realTarget(p);
    const otherStat = stat ? await fs.stat(other).catch(() => null) : null;
    // Same inode too: a hard link to an input is the input.
    const sameFile = stat && otherStat && stat.ino === otherStat.ino && stat.dev === otherStat.dev && stat.isFile();
    if (other === real || sameFile) {
      throw new ParcheckError(
        'OUTPUT_PATH',
        { vi: `--output trỏ tới một tệp đầu vào hoặc tệp chỉ tiêu: ${p}`, en: `--output points at an input or target file: ${p}` },
        {
          location: { file: target },
          expected: { vi: 'một tệp báo cáo khác các tệp đầu vào', en: 'a report file distinct from the inputs' },
          found: real,
          hint: { vi: 'Chọn tên tệp khác cho --output; parcheck không bao giờ ghi đè dữ liệu đầu vào.', en: 'Choose another --output file; parcheck never overwrites its inputs.' },
        },
      );
    }
  }
}

/** A report replaced in place keeps the permissions its owner gave it. */
async function keepMode(destination: string, temp: string): Promise<void> {
  const stat = await fs.stat(destination).catch(() => null);
  if (stat?.isFile()) await fs.chmod(temp, stat.mode & 0o7777).catch(() => undefined);
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename durable; not supported everywhere (Windows), so best effort.
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * While writing, SIGINT/SIGTERM first remove the temp file, then the signal is raised again with our
 * handler gone, so the process ends the way it would have (exit 130/143), not half-way through.
 */
function onTerminationSignal(cleanup: () => void): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      cleanup();
      release();
      process.kill(process.pid, signal);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const release = () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
  return release;
}

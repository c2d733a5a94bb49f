/**
 * Writes a report atomically: a unique temp file in the destination's directory, fsync, rename.
 * A failed or interrupted run never leaves a half-written report, and the previous one stays intact;
 * two cron runs writing the same report never interleave (rename(2) replaces the name atomically).
 * `--output` never overwrites an input file or a target file (issue 8).
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
  const destination = path.resolve(target);
  const dir = path.dirname(destination);
  await checkDirectory(dir, target);
  await refuseProtected(destination, target, options.protect);

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

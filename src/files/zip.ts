/**
 * Zip reading for XLSX: the central directory, and one entry's bytes as a stream. The declared sizes are
 * checked against the limits before anything is inflated, and each entry's stream fails as soon as it
 * produces more than it declared (a crafted zip can lie), so a zip bomb is stopped while it is read,
 * without a separate pass. Format: PKWARE APPNOTE.TXT §4.3 (local headers, central directory, end record,
 * ZIP64 extras).
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ParcheckError } from '../core/errors.js';
import { DEFAULT_LIMITS, limitError, type ReadLimits } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const ONE_MB = 1024 * 1024;

export function zipCorrupt(file: string, found: string): ParcheckError {
  return new ParcheckError('INPUT_FORMAT', { vi: 'Tệp .xlsx bị hỏng (cấu trúc zip không hợp lệ)', en: 'The .xlsx file is corrupt (invalid zip structure)' }, {
    location: { file },
    expected: { vi: 'một sổ tính .xlsx hợp lệ', en: 'a valid .xlsx workbook' },
    found,
    hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)", hoặc xuất lại từ hệ thống.', en: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)", or export it again.' },
  });
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The entries of a zip, after checking their count, declared total size and compression ratios. */
export async function listEntries(path: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ZipEntry[]> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = await centralDirectory(handle, size, file, limits);
    checkDeclared(entries, file, limits);
    return entries;
  } finally {
    await handle.close();
  }
}

async function centralDirectory(handle: FileHandle, size: number, file: string, limits: ReadLimits): Promise<ZipEntry[]> {
  // The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
  const tailStart = Math.max(0, size - 22 - 65535);
  const tail = await readAt(handle, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) throw zipCorrupt(file, 'no end-of-central-directory record');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = at >= 20 ? tail.subarray(at - 20, at) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw zipCorrupt(file, 'ZIP64 end record missing');
    const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw zipCorrupt(file, 'ZIP64 end record missing');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > limits.entries) throw limitError(file, 'entries', limits.entries, count, { vi: 'quá nhiều mục trong tệp zip', en: 'too many entries in the zip' });
  if (cdOffset + cdSize > size || cdSize > count * (46 + 3 * 65535)) throw zipCorrupt(file, 'central directory out of bounds');
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw zipCorrupt(file, `central directory entry ${i + 1} unreadable`);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      method: cd.readUInt16LE(p + 10),
      compressed: cd.readUInt32LE(p + 20),
      uncompressed: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    applyZip64(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extra field (id 1): 8-byte values, present only for the fields set to 0xFFFFFFFF. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const next = () => {
        const v = r + 8 <= extra.length ? Number(extra.readBigUInt64LE(r)) : Number.MAX_SAFE_INTEGER;
        r += 8;
        return v;
      };
      if (entry.uncompressed === MAX32) entry.uncompressed = next();
      if (entry.compressed === MAX32) entry.compressed = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      return;
    }
    q += 4 + length;
  }
}

function checkDeclared(entries: ZipEntry[], file: string, limits: ReadLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > limits.unpackedBytes) {
      throw limitError(file, 'unpackedBytes', limits.unpackedBytes, total, { vi: 'dung lượng giải nén của sổ tính quá lớn (zip bomb?)', en: 'the workbook unpacks to too much data (zip bomb?)' });
    }
    if (e.uncompressed > ONE_MB && e.uncompressed > e.compressed * limits.ratio) {
      const ratio = Math.round(e.uncompressed / Math.max(1, e.compressed));
      throw limitError(file, 'ratio', limits.ratio, ratio, { vi: `mục "${e.name}" nén với tỷ lệ bất thường (zip bomb?)`, en: `entry "${e.name}" has an abnormal compression ratio (zip bomb?)` });
    }
  }
}

/** An entry's unpacked bytes as a stream; it errors (INPUT_TOO_LARGE) once it passes its declared size. */
export async function openEntry(path: string, entry: ZipEntry, file: string): Promise<Readable> {
  const handle = await open(path, 'r');
  let local: Buffer;
  try {
    local = await readAt(handle, entry.localOffset, 30);
  } finally {
    await handle.close();
  }
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw zipCorrupt(file, `local header of "${entry.name}" missing`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.method !== 0 && entry.method !== 8) throw zipCorrupt(file, `entry "${entry.name}" uses compression method ${entry.method}`);
  if (entry.method === 0 && entry.compressed !== entry.uncompressed) throw zipCorrupt(file, `stored entry "${entry.name}" has two sizes`);
  if (entry.compressed === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + entry.compressed - 1, highWaterMark: 64 * 1024 });
  let produced = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      produced += chunk.length;
      if (produced > entry.uncompressed) done(sizeLie(file, entry, produced));
      else done(null, chunk);
    },
  });
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })).on('error', (cause: Error) => counter.destroy(zipCorrupt(file, `entry "${entry.name}": ${cause.message}`)));
  raw.on('error', (error) => counter.destroy(error));
  counter.on('close', () => {
    raw.destroy();
    if (source !== raw) source.destroy();
  });
  return source.pipe(counter);
}

/** A whole (small) entry as text. */
export async function readEntryText(path: string, entry: ZipEntry, file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openEntry(path, entry, file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Not a limit to raise: the zip lies about its sizes, which only a crafted or broken file does. */
function sizeLie(file: string, e: ZipEntry, produced: number): ParcheckError {
  return new ParcheckError('INPUT_TOO_LARGE', { vi: `Mục "${e.name}" giải nén ra nhiều hơn kích thước nó khai báo (zip bomb?)`, en: `Entry "${e.name}" unpacks to more than its declared size (zip bomb?)` }, {
    location: { file },
    expected: { vi: `tối đa ${e.uncompressed} byte như tệp khai báo`, en: `at most the ${e.uncompressed} bytes the file declares` },
    found: `> ${produced} bytes`,
    hint: { vi: 'Tệp bị làm giả hoặc hỏng: không mở nó; xuất lại báo cáo từ hệ thống.', en: 'The file is crafted or corrupt: do not open it; export the report again.' },
  });
}

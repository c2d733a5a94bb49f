/**
 * An XLSX is checked before exceljs sees it (issue 8: zip bombs). First the zip's central directory:
 * entry count, declared unpacked sizes and ratios. Then, because a crafted zip can declare small sizes
 * and inflate to gigabytes, every entry is inflated once into a counter (nothing kept) and stopped as
 * soon as it outgrows what it declared; the first bytes of each worksheet give its `<dimension>`.
 * Format: PKWARE APPNOTE.TXT §4.3 (local headers, central directory, end record, ZIP64 extras).
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { ParcheckError } from '../core/errors.js';
import { columnIndex } from './grid.js';
import { limitError, type ReadLimits } from './limits.js';

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

export async function guardXlsx(path: string, file: string, limits: ReadLimits): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = await centralDirectory(handle, size, file, limits);
    checkDeclared(entries, file, limits);
    for (const entry of entries) await checkInflated(handle, path, entry, file, limits);
  } finally {
    await handle.close();
  }
}

function corrupt(file: string, found: string): ParcheckError {
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

async function centralDirectory(handle: FileHandle, size: number, file: string, limits: ReadLimits): Promise<ZipEntry[]> {
  // The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
  const tailStart = Math.max(0, size - 22 - 65535);
  const tail = await readAt(handle, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) throw corrupt(file, 'no end-of-central-directory record');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = at >= 20 ? tail.subarray(at - 20, at) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw corrupt(file, 'ZIP64 end record missing');
    const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw corrupt(file, 'ZIP64 end record missing');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > limits.entries) throw limitError(file, 'entries', limits.entries, count, { vi: 'quá nhiều mục trong tệp zip', en: 'too many entries in the zip' });
  if (cdOffset + cdSize > size || cdSize > count * (46 + 3 * 65535)) throw corrupt(file, 'central directory out of bounds');
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt(file, `central directory entry ${i + 1} unreadable`);
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

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,9})(?::([A-Z]{1,3})(\d{1,9}))?"/;

/** Inflates one entry into a counter; stops as soon as it passes its declared size. */
async function checkInflated(handle: FileHandle, path: string, e: ZipEntry, file: string, limits: ReadLimits): Promise<void> {
  const local = await readAt(handle, e.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw corrupt(file, `local header of "${e.name}" missing`);
  const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (e.compressed === 0) return;
  if (e.method === 0) {
    if (e.compressed !== e.uncompressed) throw corrupt(file, `stored entry "${e.name}" has two sizes`);
    if (WORKSHEET.test(e.name)) checkDimension((await readAt(handle, start, Math.min(e.compressed, 65536))).toString('latin1'), e.name, file, limits);
    return;
  }
  if (e.method !== 8) throw corrupt(file, `entry "${e.name}" uses compression method ${e.method}`);
  const sheet = WORKSHEET.test(e.name);
  let head = '';
  let produced = 0;
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path, { start, end: start + e.compressed - 1 });
    const inflate = createInflateRaw();
    const fail = (error: unknown) => {
      input.destroy();
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (sheet && head.length < 65536) {
        head += chunk.toString('latin1', 0, Math.min(chunk.length, 65536));
        try {
          if (DIMENSION.test(head) || head.includes('<sheetData')) checkDimension(head, e.name, file, limits);
        } catch (error) {
          fail(error);
          return;
        }
      }
      if (produced > e.uncompressed) {
        fail(sizeLie(file, e, produced));
      }
    });
    inflate.on('end', resolve);
    inflate.on('error', (cause) => fail(corrupt(file, `entry "${e.name}": ${(cause as Error).message}`)));
    input.on('error', fail);
    input.pipe(inflate);
  });
}

function checkDimension(head: string, name: string, file: string, limits: ReadLimits): void {
  const m = DIMENSION.exec(head);
  if (!m) return;
  const rows = Number(m[4] ?? m[2]);
  const columns = columnIndex(m[3] ?? m[1]!) + 1;
  const cells = rows * columns;
  if (cells > limits.sheetCells) {
    throw limitError(file, 'sheetCells', limits.sheetCells, cells, { vi: `trang tính (${name}) khai báo kích thước bất thường ${m[0].slice(m[0].indexOf('"'))}`, en: `a sheet (${name}) declares absurd dimensions ${m[0].slice(m[0].indexOf('"'))}` });
  }
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

/**
 * Zip reading for XLSX (and DOCX), through yauzl: the central directory, and one entry's bytes as a
 * stream. The entry count and the declared sizes and ratios are checked against the limits before
 * anything is inflated, and each entry's stream fails as soon as it produces more than it declared
 * (yauzl's validateEntrySizes: a crafted zip can lie), so a zip bomb is stopped while it is read,
 * without a separate pass.
 */
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ParcheckError } from '../core/errors.js';
import { DEFAULT_LIMITS, limitError, type ReadLimits } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** The central directory record, which opens the entry's stream. */
  record: yauzl.Entry;
}

const ONE_MB = 1024 * 1024;

export function zipCorrupt(file: string, found: string): ParcheckError {
  return new ParcheckError(
    'INPUT_FORMAT',
    { vi: 'Tệp .xlsx bị hỏng (cấu trúc zip không hợp lệ)', en: 'The .xlsx file is corrupt (invalid zip structure)' },
    {
      location: { file },
      expected: { vi: 'một sổ tính .xlsx hợp lệ', en: 'a valid .xlsx workbook' },
      found,
      hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)", hoặc xuất lại từ hệ thống.', en: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)", or export it again.' },
    },
  );
}

function openZip(path: string, file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (error, zip) => {
      if (error) reject(isOsError(error) ? error : zipCorrupt(file, error.message));
      else resolve(zip);
    });
  });
}

function isOsError(error: Error): boolean {
  return typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** The entries of a zip, after checking their count, declared total size and compression ratios. */
export async function listEntries(path: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ZipEntry[]> {
  const zip = await openZip(path, file);
  try {
    // the count is in the end record: refused before the central directory is read
    if (zip.entryCount > limits.entries) throw limitError(file, 'entries', limits.entries, zip.entryCount, { vi: 'quá nhiều mục trong tệp zip', en: 'too many entries in the zip' });
    const entries = await new Promise<ZipEntry[]>((resolve, reject) => {
      const out: ZipEntry[] = [];
      zip.on('entry', (record: yauzl.Entry) => {
        out.push({ name: record.fileName, method: record.compressionMethod, compressed: record.compressedSize, uncompressed: record.uncompressedSize, record });
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.on('error', (error: Error) => reject(isOsError(error) ? error : zipCorrupt(file, error.message)));
      zip.readEntry();
    });
    checkDeclared(entries, file, limits);
    return entries;
  } finally {
    zip.close();
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
  if (entry.method !== 0 && entry.method !== 8) throw zipCorrupt(file, `entry "${entry.name}" uses compression method ${entry.method}`);
  if (entry.compressed === 0) return Readable.from([]);
  const zip = await openZip(path, file);
  let raw: Readable;
  try {
    raw = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry.record, (error, stream) => (error ? reject(error) : resolve(stream))));
  } catch (error) {
    zip.close();
    throw isOsError(error as Error) ? error : zipCorrupt(file, `local header of "${entry.name}": ${(error as Error).message}`);
  }
  // the stream keeps the file open until it ends or is destroyed
  zip.close();
  const out = new Readable({ read: () => raw.resume() });
  raw.on('data', (chunk: Buffer) => {
    if (!out.push(chunk)) raw.pause();
  });
  raw.on('end', () => out.push(null));
  raw.on('error', (error: Error) => out.destroy(translate(error, entry, file)));
  out.on('close', () => raw.destroy());
  return out;
}

/** yauzl's words for a lying size or a broken deflate stream, in parcheck's. */
function translate(error: Error, entry: ZipEntry, file: string): Error {
  if (isOsError(error) && !/^Z_/.test((error as NodeJS.ErrnoException).code ?? '')) return error;
  const tooMany = /too many bytes in the stream\. expected \d+\. got at least (\d+)/.exec(error.message);
  if (tooMany) return sizeLie(file, entry, Number(tooMany[1]));
  return zipCorrupt(file, `entry "${entry.name}": ${error.message}`);
}

/** A whole (small) entry as text. */
export async function readEntryText(path: string, entry: ZipEntry, file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openEntry(path, entry, file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Not a limit to raise: the zip lies about its sizes, which only a crafted or broken file does. */
function sizeLie(file: string, e: ZipEntry, produced: number): ParcheckError {
  return new ParcheckError(
    'INPUT_TOO_LARGE',
    { vi: `Mục "${e.name}" giải nén ra nhiều hơn kích thước nó khai báo (zip bomb?)`, en: `Entry "${e.name}" unpacks to more than its declared size (zip bomb?)` },
    {
      location: { file },
      expected: { vi: `tối đa ${e.uncompressed} byte như tệp khai báo`, en: `at most the ${e.uncompressed} bytes the file declares` },
      found: `> ${produced} bytes`,
      hint: { vi: 'Tệp bị làm giả hoặc hỏng: không mở nó; xuất lại báo cáo từ hệ thống.', en: 'The file is crafted or corrupt: do not open it; export the report again.' },
    },
  );
}

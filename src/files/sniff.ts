/**
 * What a file really is, by its first bytes rather than its name: an .xlsx (.xlsm, .xltx) is a zip
 * ("PK\3\4"); an old .xls or a password-protected workbook is an OLE compound file (D0 CF 11 E0); an
 * "Excel" export of many web systems is an HTML table; anything else is read as delimited text. A
 * workbook named .csv, or a CSV named .xlsx, is read by its content with a warning (sniffFile).
 */
import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import type { IngestWarning } from '../core/types.js';
import { warning } from '../core/warnings.js';
import { emptyError } from './text-encoding.js';

export type FileFormat = 'xlsx' | 'csv' | 'html';

export async function readHead(file: string, bytes = 65536): Promise<{ head: Uint8Array; size: number }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    throw new ParcheckError(
      'INPUT_NOT_FOUND',
      { vi: `Không tìm thấy tệp ${file}`, en: `File not found: ${file}` },
      {
        location: { file },
        hint: { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' },
        cause,
      },
    );
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(bytes, size));
    await handle.read(buffer, 0, buffer.length, 0);
    return { head: buffer, size };
  } finally {
    await handle.close();
  }
}

/** The format by content alone (a mismatching name is not an error here: see sniffFile). */
export function sniffFormat(head: Uint8Array, file: string): FileFormat {
  return sniffContent(head, file).format;
}

const TEXT_EXT = new Set(['.csv', '.tsv', '.txt']);
const BOOK_EXT = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls']);

/** An HTML page (a web system's "Excel" export): a tag first, after a BOM and blanks, and a table in the head. */
export function isHtml(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 32 || head[i] === 9 || head[i] === 10 || head[i] === 13)) i++;
  if (head[i] !== 0x3c) return false;
  const text = Buffer.from(head.subarray(i, Math.min(head.length, i + 65536)))
    .toString('latin1')
    .toLowerCase();
  return /^<(!doctype html|html|head|body|meta|table|style|\?xml[^>]*>\s*<html)/.test(text) && text.includes('<table');
}

function sniffContent(head: Uint8Array, file: string): { format: FileFormat; ole?: true } {
  if (head.length === 0) throw emptyError(file);
  const ext = path.extname(file).toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const isPdf = head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;
  if (isOle) return { format: 'xlsx', ole: true };
  if (isPdf) throw mismatch(file, ext, 'PDF', { vi: 'Dùng tệp Excel hoặc CSV xuất từ hệ thống, không dùng bản PDF.', en: 'Use the Excel or CSV export, not the PDF.' });
  if (isZip) return { format: 'xlsx' };
  if (isHtml(head)) return { format: 'html' };
  if (BOOK_EXT.has(ext) && !textLike(head)) {
    throw mismatch(file, ext, 'unknown binary', {
      vi: 'Tệp không phải sổ tính Excel hay CSV: xuất lại dạng .xlsx.',
      en: 'This is neither an Excel workbook nor CSV: export it again as .xlsx.',
    });
  }
  return { format: 'csv' };
}

/**
 * The format of a file by its content, with a warning when its name says otherwise, and the refusals
 * that no reading can help: an old binary .xls, a password-protected workbook, a PDF.
 */
export async function sniffFile(file: string, head: Uint8Array, size: number): Promise<{ format: FileFormat; warning?: IngestWarning }> {
  const { format, ole } = sniffContent(head, file);
  const ext = path.extname(file).toLowerCase();
  if (ole) {
    if (await oleHoldsStream(file, size, 'EncryptedPackage')) {
      throw new ParcheckError(
        'INPUT_ENCRYPTED',
        { vi: 'Sổ tính được đặt mật khẩu (mã hóa)', en: 'The workbook is password-protected (encrypted)' },
        {
          location: { file },
          expected: { vi: 'sổ tính .xlsx không mật khẩu', en: 'an .xlsx workbook without a password' },
          found: 'OLE2 EncryptedPackage',
          hint: {
            vi: 'Mở tệp trong Excel bằng mật khẩu, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu: để trống) rồi lưu lại dạng .xlsx.',
            en: 'Open it in Excel with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password: clear it), and save it as .xlsx.',
          },
        },
      );
    }
    throw mismatch(file, ext, 'Excel 97-2003 (.xls)', { vi: 'Mở bằng Excel và lưu lại dạng .xlsx.', en: 'Open it in Excel and save it as .xlsx.' });
  }
  const said = TEXT_EXT.has(ext) ? 'csv' : BOOK_EXT.has(ext) ? 'xlsx' : undefined;
  if (said === 'csv' && format !== 'csv') return { format, warning: contentWarning(file, ext, format) };
  if (said === 'xlsx' && format === 'csv') return { format, warning: contentWarning(file, ext, format) };
  return { format };
}

function contentWarning(file: string, ext: string, format: FileFormat): IngestWarning {
  return warning('FILE_CONTENT_NOT_EXTENSION', { ext, format }, { location: { file } });
}

/** Whether an OLE2 compound file's directory names a stream (UTF-16LE), scanning its bytes in chunks. */
async function oleHoldsStream(file: string, size: number, name: string): Promise<boolean> {
  const needle = Buffer.from(name, 'utf16le');
  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    const limit = Math.min(size, 256 * 1024 * 1024);
    for (let pos = 0; pos < limit; pos += chunk.length - needle.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, pos);
      if (chunk.subarray(0, bytesRead).indexOf(needle) >= 0) return true;
      if (bytesRead < chunk.length) break;
    }
    return false;
  } finally {
    await handle.close();
  }
}

function textLike(head: Uint8Array): boolean {
  let control = 0;
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control < n * 0.01;
}

function mismatch(file: string, ext: string, found: string, hint: { vi: string; en: string }): ParcheckError {
  return new ParcheckError(
    'INPUT_FORMAT',
    { vi: `Nội dung tệp không khớp với đuôi "${ext || '(không có)'}"`, en: `The file's content does not match its extension "${ext || '(none)'}"` },
    {
      location: { file },
      expected: ext === '.csv' || ext === '.tsv' || ext === '.txt' ? { vi: 'văn bản CSV', en: 'CSV text' } : { vi: 'sổ tính .xlsx (tệp zip)', en: 'an .xlsx workbook (a zip file)' },
      found,
      hint,
    },
  );
}

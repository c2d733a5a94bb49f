/**
 * What a file really is, by its first bytes rather than its name: an .xlsx is a zip ("PK\3\4"); an old
 * .xls is an OLE compound file (D0 CF 11 E0); anything else is read as delimited text. A name that
 * contradicts the content is an error (a renamed file is usually the wrong file).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { emptyError } from './encoding.js';

export type FileFormat = 'xlsx' | 'csv';

export async function readHead(file: string, bytes = 65536): Promise<{ head: Uint8Array; size: number }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    throw new ParcheckError('INPUT_NOT_FOUND', { vi: `Không tìm thấy tệp ${file}`, en: `File not found: ${file}` }, {
      location: { file },
      hint: { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' },
      cause,
    });
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

export function sniffFormat(head: Uint8Array, file: string): FileFormat {
  if (head.length === 0) throw emptyError(file);
  const ext = path.extname(file).toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const isPdf = head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;
  if (isOle) throw mismatch(file, ext, 'Excel 97-2003 (.xls)', { vi: 'Mở bằng Excel và lưu lại dạng .xlsx.', en: 'Open it in Excel and save it as .xlsx.' });
  if (isPdf) throw mismatch(file, ext, 'PDF', { vi: 'Dùng tệp Excel hoặc CSV xuất từ hệ thống, không dùng bản PDF.', en: 'Use the Excel or CSV export, not the PDF.' });
  if (isZip) {
    if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
      throw mismatch(file, ext, 'zip / Excel (.xlsx)', { vi: 'Đổi đuôi tệp thành .xlsx, hoặc xuất lại dạng CSV.', en: 'Rename it to .xlsx, or export it again as CSV.' });
    }
    return 'xlsx';
  }
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') {
    throw mismatch(file, ext, textLike(head) ? 'text (CSV?)' : 'unknown binary', {
      vi: 'Tệp không phải sổ tính Excel: nếu là CSV, đổi đuôi thành .csv; nếu không, xuất lại dạng .xlsx.',
      en: 'This is not an Excel workbook: if it is CSV, rename it to .csv; otherwise export it again as .xlsx.',
    });
  }
  return 'csv';
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
  return new ParcheckError('INPUT_FORMAT', { vi: `Nội dung tệp không khớp với đuôi "${ext || '(không có)'}"`, en: `The file's content does not match its extension "${ext || '(none)'}"` }, {
    location: { file },
    expected: ext === '.csv' || ext === '.tsv' || ext === '.txt' ? { vi: 'văn bản CSV', en: 'CSV text' } : { vi: 'sổ tính .xlsx (tệp zip)', en: 'an .xlsx workbook (a zip file)' },
    found,
    hint,
  });
}

/**
 * Turning CSV bytes into text. Excel writes UTF-8 (with or without BOM) and "Unicode text" (UTF-16 LE
 * with BOM, tab-delimited). Older Vietnamese software wrote TCVN3 (ABC) or VNI, single-byte encodings
 * that decode to mojibake ("Tæng sè" for "Tổng số"); those are refused with a hint rather than guessed.
 */
import { ParcheckError } from '../core/errors.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

// TCVN3 puts ă â ê ô ơ ư đ at A8–AE and toned vowels at B5–FE; seen as Latin-1 they are these characters.
const TCVN3_LATIN1 = /[\u00a8-\u00ae\u00b5-\u00fe]/g;
// VNI writes a plain vowel followed by a mark byte (Vieät = Việt, Nam = Nam, ñ = đ).
const VNI_LATIN1 = /[aeiouyAEIOUY][\u00f8\u00f9\u00fb\u00f5\u00ef\u00e2\u00ea\u00f4\u00e1\u00e0\u00e5\u00e4\u00e3\u00eb\u00e6\u00e7\u00e9\u00e8\u00ec]|\u00f1/g;
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw emptyError(file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    throw new ParcheckError('INPUT_ENCODING', { vi: `Tệp mã hóa UTF-16 (${utf16}) nhưng thiếu BOM`, en: `The file is UTF-16 (${utf16}) without a byte-order mark` }, {
      location: { file },
      expected: { vi: 'UTF-8, hoặc UTF-16 có BOM', en: 'UTF-8, or UTF-16 with a BOM' },
      found: `UTF-16 ${utf16}, no BOM`,
      hint: { vi: 'Mở tệp trong Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)".', en: 'Open the file in Excel and save it again as "CSV UTF-8 (Comma delimited)".' },
    });
  }
  return { text: utf8(bytes, file), encoding: 'utf-8' };
}

export function emptyError(file: string): ParcheckError {
  return new ParcheckError('INPUT_EMPTY', { vi: 'Tệp rỗng, không có dữ liệu', en: 'The file is empty' }, {
    location: { file },
    expected: { vi: 'một báo cáo có dòng tiêu đề và số liệu', en: 'a report with a header and figures' },
    found: '0 bytes',
    hint: { vi: 'Xuất lại báo cáo từ hệ thống rồi chạy lại.', en: 'Export the report again and re-run.' },
  });
}

/** Many NULs at odd (LE) or even (BE) offsets: ASCII text stored as UTF-16. */
function utf16WithoutBom(bytes: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'LE';
  if (even > half * 0.3 && odd < half * 0.05) return 'BE';
  return null;
}

function utf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw legacyError(file, guessLegacy(new TextDecoder('latin1').decode(bytes)), lineOfFirstHighByte(bytes));
  }
  // Valid UTF-8 can still be legacy text re-saved through Latin-1: Vietnamese letters absent, mojibake present.
  const sample = text.slice(0, 200_000);
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  if (vietnamese === 0) {
    const legacy = guessLegacy(sample);
    if (legacy) throw legacyError(file, legacy, undefined);
  }
  return text;
}

function guessLegacy(latin1: string): 'TCVN3' | 'VNI' | null {
  const vni = latin1.match(VNI_LATIN1)?.length ?? 0;
  const tcvn = latin1.match(TCVN3_LATIN1)?.length ?? 0;
  if (vni >= 3 && vni * 2 >= tcvn) return 'VNI';
  if (tcvn >= 3) return 'TCVN3';
  return null;
}

function lineOfFirstHighByte(bytes: Uint8Array): number {
  let line = 1;
  for (const b of bytes) {
    if (b === 0x0a) line++;
    else if (b >= 0x80) return line;
  }
  return line;
}

function legacyError(file: string, legacy: 'TCVN3' | 'VNI' | null, line: number | undefined): ParcheckError {
  const name = legacy ?? 'Windows-1258 / Latin-1';
  return new ParcheckError('INPUT_ENCODING', { vi: `Tệp dùng bảng mã cũ (${name}), không phải Unicode`, en: `The file uses a legacy encoding (${name}), not Unicode` }, {
    location: line === undefined ? { file } : { file, line },
    expected: { vi: 'tệp CSV mã hóa UTF-8', en: 'a UTF-8 encoded CSV file' },
    found: name,
    hint: {
      vi: 'Chuyển mã sang Unicode (Unikey: công cụ chuyển mã, nguồn TCVN3/VNI → đích Unicode) rồi lưu lại dạng "CSV UTF-8".',
      en: 'Convert it to Unicode (e.g. Unikey\'s converter, TCVN3/VNI → Unicode) and save it as "CSV UTF-8".',
    },
  });
}

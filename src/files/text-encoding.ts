/**
 * Turning CSV bytes into text. Excel writes UTF-8 (with or without BOM) and "Unicode text" (UTF-16 LE
 * with BOM, tab-delimited); on Vietnamese Windows its plain "CSV (Comma delimited)" is the ANSI code page
 * Windows-1258, whose tone marks are combining characters: decoded here and normalised to NFC. Older
 * Vietnamese software wrote TCVN3 (ABC) or VNI, single-byte encodings that decode to mojibake ("Tæng sè"
 * for "Tổng số"); those are told apart by their byte patterns and refused with a hint rather than guessed.
 */
import { ParcheckError } from '../core/errors.js';

/** How the text is stored; a UTF-8 BOM is told apart only in what a grid reports (`utf-8-bom`). */
export type StoredEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type TextEncoding = StoredEncoding | 'utf-8-bom';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

// TCVN3 puts ă â ê ô ơ ư đ at A8–AE and toned vowels at B5–FE; seen as Latin-1 they are these characters.
const TCVN3_LATIN1 = /[\u00a8-\u00ae\u00b5-\u00fe]/g;
// VNI writes a plain vowel followed by a mark byte (Vieät = Việt, Nam = Nam, ñ = đ).
const VNI_LATIN1 = /[aeiouyAEIOUY][\u00f8\u00f9\u00fb\u00f5\u00ef\u00e2\u00ea\u00f4\u00e1\u00e0\u00e5\u00e4\u00e3\u00eb\u00e6\u00e7\u00e9\u00e8\u00ec]|\u00f1/g;
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

/**
 * The encoding of CSV bytes and the length of their BOM: the one detection every CSV reader uses (summary
 * tables whole, a dossier list by its head). `cut`: the bytes are a head that may end inside a character,
 * so its last three bytes do not count against UTF-8.
 */
export function detectEncoding(bytes: Uint8Array, cut: boolean): { encoding: StoredEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const checked = cut ? bytes.subarray(0, Math.max(0, bytes.length - 3)) : bytes;
  if (!isUtf8(checked) && isWindows1258(bytes)) return { encoding: 'windows-1258', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Bytes after the BOM as text, without refusing anything (a cut character becomes U+FFFD). */
export function decodeAs(bytes: Uint8Array, encoding: StoredEncoding): string {
  if (encoding === 'windows-1258') return decodeWindows1258(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * A whole CSV file as text, refusing what would only be read as mojibake: UTF-16 without a BOM, and
 * UTF-8-valid or invalid bytes of the legacy TCVN3 / VNI encodings.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw emptyError(file);
  const { encoding, bom } = detectEncoding(bytes, false);
  if (encoding !== 'utf-8') return { text: decodeAs(bytes.subarray(bom), encoding), encoding };
  if (bom > 0) return { text: utf8(bytes.subarray(bom), file), encoding: 'utf-8-bom' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    throw new ParcheckError(
      'INPUT_ENCODING',
      { vi: `Tệp mã hóa UTF-16 (${utf16}) nhưng thiếu BOM`, en: `The file is UTF-16 (${utf16}) without a byte-order mark` },
      {
        location: { file },
        expected: { vi: 'UTF-8, hoặc UTF-16 có BOM', en: 'UTF-8, or UTF-16 with a BOM' },
        found: `UTF-16 ${utf16}, no BOM`,
        hint: { vi: 'Mở tệp trong Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)".', en: 'Open the file in Excel and save it again as "CSV UTF-8 (Comma delimited)".' },
      },
    );
  }
  return { text: utf8(bytes, file), encoding: 'utf-8' };
}

export function emptyError(file: string): ParcheckError {
  return new ParcheckError(
    'INPUT_EMPTY',
    { vi: 'Tệp rỗng, không có dữ liệu', en: 'The file is empty' },
    {
      location: { file },
      expected: { vi: 'một báo cáo có dòng tiêu đề và số liệu', en: 'a report with a header and figures' },
      found: '0 bytes',
      hint: { vi: 'Xuất lại báo cáo từ hệ thống rồi chạy lại.', en: 'Export the report again and re-run.' },
    },
  );
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
  return new ParcheckError(
    'INPUT_ENCODING',
    { vi: `Tệp dùng bảng mã cũ (${name}), không phải Unicode`, en: `The file uses a legacy encoding (${name}), not Unicode` },
    {
      location: line === undefined ? { file } : { file, line },
      expected: { vi: 'tệp CSV mã hóa UTF-8', en: 'a UTF-8 encoded CSV file' },
      found: name,
      hint: {
        vi: 'Chuyển mã sang Unicode (Unikey: công cụ chuyển mã, nguồn TCVN3/VNI → đích Unicode) rồi lưu lại dạng "CSV UTF-8".',
        en: 'Convert it to Unicode (e.g. Unikey\'s converter, TCVN3/VNI → Unicode) and save it as "CSV UTF-8".',
      },
    },
  );
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Windows-1258 bytes 0x80–0xFF as code points (Microsoft's code page table; 0 = unassigned, kept as is). */
const CP1258_HIGH = [
  0x20ac,
  0,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0,
  0x2039,
  0x0152,
  0,
  0,
  0,
  0,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0,
  0x203a,
  0x0153,
  0,
  0,
  0x0178,
  ...Array.from({ length: 32 }, (_, i) => 0xa0 + i),
  0xc0,
  0xc1,
  0xc2,
  0x0102,
  0xc4,
  0xc5,
  0xc6,
  0xc7,
  0xc8,
  0xc9,
  0xca,
  0xcb,
  0x0300,
  0xcd,
  0xce,
  0xcf,
  0x0110,
  0xd1,
  0x0309,
  0xd3,
  0xd4,
  0x01a0,
  0xd6,
  0xd7,
  0xd8,
  0xd9,
  0xda,
  0xdb,
  0xdc,
  0x01af,
  0x0303,
  0xdf,
  0xe0,
  0xe1,
  0xe2,
  0x0103,
  0xe4,
  0xe5,
  0xe6,
  0xe7,
  0xe8,
  0xe9,
  0xea,
  0xeb,
  0x0301,
  0xed,
  0xee,
  0xef,
  0x0111,
  0xf1,
  0x0323,
  0xf3,
  0xf4,
  0x01a1,
  0xf6,
  0xf7,
  0xf8,
  0xf9,
  0xfa,
  0xfb,
  0xfc,
  0x01b0,
  0x20ab,
  0xff,
];
const CP1258 = Array.from({ length: 256 }, (_, b) => String.fromCharCode(b < 0x80 ? b : CP1258_HIGH[b - 0x80] || b));

/** Windows-1258 bytes → text in NFC (its tone marks are combining characters after the vowel). */
export function decodeWindows1258(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    let part = '';
    const end = Math.min(bytes.length, i + 8192);
    for (let j = i; j < end; j++) part += CP1258[bytes[j]!]!;
    out += part;
  }
  return out.normalize('NFC');
}

/** The five tone marks of Windows-1258 (U+0300, U+0309, U+0303, U+0301, U+0323). */
const TONE_BYTES = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2]);
/** Vowels a tone mark may follow in Windows-1258: ASCII aeiouy and â ê ô ơ ư ă (either case). */
const VOWEL_BYTES = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)).concat([0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3]));

/** The Vietnamese letters Windows-1258 holds whole: À Á Â Ă È É Ê Í Đ Ó Ô Ơ Ù Ú Ư and their lower case. */
const LETTER_BYTES = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcd, 0xd0, 0xd3, 0xd4, 0xd5, 0xd9, 0xda, 0xdd, 0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xed, 0xf0, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd,
]);

/**
 * Windows-1258 by its byte pattern: tone-mark bytes right after vowels (its combining marks), and
 * ơ ư ă đ at D5/F5, DD/FD, C3/E3, D0/F0. TCVN3 and VNI put other letters on those bytes and write no
 * combining marks, so in their text a "tone mark" byte follows a vowel only by chance; in Windows-1258
 * almost every one does.
 */
export function isWindows1258(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1 << 20);
  let marks = 0;
  let strayMarks = 0;
  let letters = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (TONE_BYTES.has(b)) {
      if (i > 0 && VOWEL_BYTES.has(bytes[i - 1]!)) marks++;
      else strayMarks++;
    } else if (LETTER_BYTES.has(b)) letters++;
  }
  return marks >= 3 && strayMarks * 10 <= marks && (marks + letters) * 10 >= high * 9;
}

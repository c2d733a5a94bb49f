/**
 * Text an XLSX cell can hold. XML 1.0 (§2.2 Char) has no place for C0 controls other than tab, LF and
 * CR, for U+FFFE/U+FFFF, or for a lone surrogate: one of them in sharedStrings.xml and Excel refuses
 * the whole workbook. Excel also caps a cell at 32,767 characters. Text from inputs (unit names,
 * quotes, paths) is therefore made safe where it is written: each such character becomes U+FFFD (�),
 * a literal `_xHHHH_` is protected as `_x005F_xHHHH_` (ECMA-376 Part 1 §22.9.2.19, else Excel would
 * decode it), and a longer text is cut with a visible `… [+N]` naming the characters cut.
 * `unsafeTexts` finds what would be changed, so the CLI can warn.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Excel's limit on the characters of one cell. */
export const CELL_CHARS = 32_767;

export function xmlSafeText(value: string): string {
  let s = NOT_XML.test(value) ? value.replace(NOT_XML, '\uFFFD') : value;
  NOT_XML.lastIndex = 0;
  if (s.includes('_x')) s = s.replace(EXCEL_ESCAPE, '_x005F_x$1_');
  if (s.length <= CELL_CHARS) return s;
  const marker = (cut: number) => `… [+${cut}]`;
  let keep = CELL_CHARS - marker(s.length).length;
  // Never split a surrogate pair.
  const c = s.charCodeAt(keep - 1);
  if (c >= 0xd800 && c <= 0xdbff) keep -= 1;
  return s.slice(0, keep) + marker(s.length - keep);
}

export interface UnsafeTexts {
  /** Texts holding characters XML cannot carry. */
  replaced: number;
  /** Texts longer than an Excel cell. */
  cut: number;
  /** The first of them, shortened, for the message. */
  example?: string;
}

/** Walks a report's data for strings `xmlSafeText` would change. */
export function unsafeTexts(data: unknown): UnsafeTexts {
  const out: UnsafeTexts = { replaced: 0, cut: 0 };
  const seen = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (seen.has(v)) return;
      seen.add(v);
      const bad = NOT_XML.test(v);
      NOT_XML.lastIndex = 0;
      if (bad) out.replaced++;
      if (v.length > CELL_CHARS) out.cut++;
      if ((bad || v.length > CELL_CHARS) && out.example === undefined) out.example = v.slice(0, 60);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) visit(x);
  };
  visit(data);
  return out;
}

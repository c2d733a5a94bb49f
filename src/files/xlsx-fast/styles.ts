/**
 * Which cell styles (`s`, an index into `<cellXfs>`) show a number as a date. The rule is exceljs's, so
 * both readers agree: the format code, without `[…]` and `"…"` parts, holds one of y m d h s b; the
 * built-in codes are those of ECMA-376 Part 1 §18.8.30 (ids 14–22 and 45–47 are dates and times; the
 * East-Asian ids 27–36 and 50–58 have no fixed code and are left as numbers, as exceljs does).
 */
import { elements, rootPrefix } from './xml.js';

const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Per `<cellXfs>` index: 1 when a number in that style is a date, 0 when not. */
export function dateStyles(xml: string): Uint8Array {
  const p = rootPrefix(xml);
  const custom = new Map<number, string>();
  for (const f of elements(xml, `${p}numFmt`)) custom.set(Number.parseInt(f.get('numFmtId') ?? '', 10), f.get('formatCode') ?? '');
  const start = xml.indexOf(`<${p}cellXfs`);
  const stop = xml.indexOf(`</${p}cellXfs>`, start);
  if (start < 0 || stop < 0) return new Uint8Array(0);
  const xfs = elements(xml.slice(start, stop), `${p}xf`);
  const out = new Uint8Array(xfs.length);
  xfs.forEach((xf, i) => {
    const id = Number.parseInt(xf.get('numFmtId') ?? '0', 10);
    if (id) out[i] = isDateFormat(custom.get(id) || BUILT_IN[id]) ? 1 : 0;
  });
  return out;
}

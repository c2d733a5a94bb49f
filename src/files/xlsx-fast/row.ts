/**
 * One `<row>…</row>` of sheet XML → values by column. The hot path of the reader: positions, not
 * substrings, wherever it can (a shared-string cell `<c r="B7" t="s"><v>12</v></c>` allocates nothing
 * but its slot in the array).
 */
import { columnLetter } from '../grid.js';
import { badCell, beyondExcel, EXCEL_COLUMNS } from './sheet-errors.js';
import { BadCellValue, cellValue, numberOf, sharedOf, type CellTypes, type RawValue } from './values.js';
import { isSpace, runText } from './xml.js';

/** Where the r, s and t attribute values of the last tag scanned sit (-1: absent). */
export class TagAttrs {
  rAt = -1;
  rEnd = -1;
  sAt = -1;
  sEnd = -1;
  tAt = -1;
  tEnd = -1;

  scan(src: string, start: number, end: number): this {
    this.rAt = this.sAt = this.tAt = -1;
    let i = start + 1;
    while (i < end && !isSpace(src.charCodeAt(i))) i++;
    while (i < end) {
      while (i < end && isSpace(src.charCodeAt(i))) i++;
      const eq = src.indexOf('=', i);
      if (eq < 0 || eq >= end) break;
      const quote = src.charCodeAt(eq + 1);
      if (quote !== 34 && quote !== 39) break;
      const close = src.indexOf(quote === 34 ? '"' : "'", eq + 2);
      if (close < 0 || close > end) break;
      if (eq - i === 1) {
        const n = src.charCodeAt(i);
        if (n === 114) {
          this.rAt = eq + 2;
          this.rEnd = close;
        } // r
        else if (n === 115) {
          this.sAt = eq + 2;
          this.sEnd = close;
        } // s
        else if (n === 116) {
          this.tAt = eq + 2;
          this.tEnd = close;
        } // t
      }
      i = close + 1;
    }
    return this;
  }
}

/** Decimal digits at [from, to) → number; NaN when there are none. */
export function digits(src: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = src.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === from ? Number.NaN : n;
}

function wholeDigits(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Column letters at [from, to) (`AB12` → 27); -1 without letters. */
function column(src: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = src.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n - 1;
}

export interface RowContext {
  p: string;
  types: CellTypes;
  where: { file: string; sheet: string };
  attrs: TagAttrs;
  /** Cells (`B7`) whose formula has no cached value: nothing to read, and never a zero. */
  uncached: string[];
}

/** The cells between the end of `<row …>` and `</row>`; returns the values and how many there are. */
export function readCells(src: string, from: number, rowEnd: number, rowNumber: number, rowDate: number, ctx: RowContext): { values: (RawValue | undefined)[]; count: number } {
  const { p, types, attrs } = ctx;
  const values: (RawValue | undefined)[] = [];
  const open = p === '' ? '<c' : `<${p}c`;
  const closeC = `</${p}c>`;
  const vOpen = `<${p}v>`;
  const vClose = `</${p}v>`;
  let count = 0;
  let col = -1;
  let i = src.indexOf(open, from);
  while (i >= 0 && i < rowEnd) {
    const after = src.charCodeAt(i + open.length);
    if (!isSpace(after) && after !== 62 && after !== 47) {
      i = src.indexOf(open, i + 1);
      continue;
    }
    const tagEnd = src.indexOf('>', i);
    if (tagEnd < 0 || tagEnd > rowEnd) break;
    attrs.scan(src, i, tagEnd);
    const c = attrs.rAt < 0 ? -1 : column(src, attrs.rAt, attrs.rEnd);
    col = c < 0 ? col + 1 : c;
    if (col >= EXCEL_COLUMNS) throw beyondExcel(ctx.where, rowNumber, col + 1);
    if (src.charCodeAt(tagEnd - 1) === 47) {
      i = src.indexOf(open, tagEnd);
      continue;
    }
    const cEnd = src.indexOf(closeC, tagEnd);
    if (cEnd < 0 || cEnd > rowEnd) break;
    let value: RawValue | undefined;
    const simple = src.startsWith(vOpen, tagEnd + 1) ? src.indexOf(vClose, tagEnd + 1) : -1;
    const vAt = tagEnd + 1 + vOpen.length;
    const tLength = attrs.tAt < 0 ? 0 : attrs.tEnd - attrs.tAt;
    const date = dateOf(src, attrs, types, rowDate);
    let read: RawValue | BadCellValue | undefined;
    if (simple >= 0 && simple + vClose.length === cEnd && tLength === 1 && src.charCodeAt(attrs.tAt) === 115) {
      const at = simple - vAt <= 9 && wholeDigits(src, vAt, simple) ? types.shared[digits(src, vAt, simple)] : undefined;
      read = at ?? sharedOf(src.slice(vAt, simple), types.shared);
    } else if (simple >= 0 && simple + vClose.length === cEnd && tLength === 0 && simple > vAt) {
      // Whole numbers (most counts and day serials) are read in place; others as xsd:double.
      const whole = simple - vAt <= 15 && wholeDigits(src, vAt, simple) ? digits(src, vAt, simple) : Number.NaN;
      const n = Number.isNaN(whole) ? numberOf(src.slice(vAt, simple)) : whole;
      read = date === 1 && typeof n === 'number' ? types.fromSerial(n) : n;
    } else {
      const t = attrs.tAt < 0 ? undefined : src.slice(attrs.tAt, attrs.tEnd);
      const content = cellContent(src, tagEnd + 1, cEnd, p);
      read = cellValue(t, content.v, content.inline, date === 1, types);
      if (content.f && (content.v === undefined || content.v === '') && content.inline === undefined) ctx.uncached.push(`${columnLetter(col)}${rowNumber}`);
    }
    if (read instanceof BadCellValue) throw badCell(ctx.where, `${columnLetter(col)}${rowNumber}`, read);
    value = read;
    if (value !== undefined) {
      values[col] = value;
      count++;
    }
    i = src.indexOf(open, cEnd + closeC.length);
  }
  return { values, count };
}

/** exceljs's rule: the cell's own style when it has one the workbook defines, else the row's. */
function dateOf(src: string, attrs: TagAttrs, types: CellTypes, rowDate: number): number {
  if (attrs.sAt < 0) return rowDate;
  const style = digits(src, attrs.sAt, attrs.sEnd);
  return style ? types.dateStyle(style, rowDate) : rowDate;
}

/** The `<v>` text and the `<is>` text between `<c …>` and `</c>` (a formula `<f>` is skipped: its cached `<v>` is the value). */
function cellContent(s: string, from: number, to: number, p: string): { v?: string; inline?: string; f?: boolean } {
  const out: { v?: string; inline?: string; f?: boolean } = {};
  let i = s.indexOf('<', from);
  while (i >= 0 && i < to) {
    let j = i + 1;
    while (j < to && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 62 && s.charCodeAt(j) !== 47) j++;
    const full = s.slice(i + 1, j);
    const name = full.startsWith(p) ? full.slice(p.length) : full;
    const gt = s.indexOf('>', j);
    if (gt < 0 || gt > to) break;
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const closeTag = `</${full}>`;
    const stop = selfClosing ? gt : s.indexOf(closeTag, gt);
    if (stop < 0 || stop > to) break;
    if (name === 'v') out.v = selfClosing ? '' : s.slice(gt + 1, stop);
    else if (name === 'f') out.f = true;
    else if (name === 'is') out.inline = selfClosing ? '' : runText(s, gt + 1, stop, p);
    i = s.indexOf('<', selfClosing ? gt : stop + closeTag.length);
  }
  return out;
}

/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) scanned as text, chunk by chunk: `<dimension>`, then each
 * complete `<row>` of `<sheetData>` handed on as an array of values indexed by column, then the
 * `<mergeCell>` ranges. Only the grammar SpreadsheetML writers produce is followed (ECMA-376 Part 1
 * §18.3.1.73 row, §18.3.1.4 c); everything else (formatting, drawings, extensions) is skipped unread.
 */
import { columnIndex } from '../grid.js';
import { limitError, type ReadLimits } from '../limits.js';
import { beyondExcel, EXCEL_ROWS } from './sheet-errors.js';
import { digits, readCells, TagAttrs, type RowContext } from './row.js';
import type { CellTypes, RawValue } from './values.js';
import { attributes, isSpace, rootPrefix } from './xml.js';

/** Return false to stop reading the sheet. */
export type RowSink = (row: number, values: (RawValue | undefined)[]) => boolean | undefined;

const DIMENSION = /<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,9})(?::([A-Z]{1,3})(\d{1,9}))?"/;

export class SheetScanner {
  merges: string[] = [];
  /** 0-based hidden columns (`<col hidden="1">`) and hidden row numbers (`<row hidden="1">`). */
  hiddenColumns: number[] = [];
  hiddenRows: number[] = [];
  dimension?: string;
  stopped = false;
  cells = 0;
  private buf = '';
  private phase: 'head' | 'rows' | 'tail' = 'head';
  private p = '';
  private lastRow = 0;
  private ctx!: RowContext;

  constructor(
    private readonly types: CellTypes,
    private readonly sink: RowSink,
    private readonly where: { file: string; sheet: string },
    private readonly limits: ReadLimits,
  ) {}

  feed(text: string): void {
    this.buf = this.buf.length > 0 ? this.buf + text : text;
    if (this.phase === 'head') this.head();
    if (this.phase === 'rows') this.rows();
    if (this.phase === 'tail') this.tail();
    if (this.buf.length > this.limits.lineBytes) {
      throw limitError(this.where.file, 'lineBytes', this.limits.lineBytes, this.buf.length, { vi: 'một dòng của trang tính quá dài', en: 'a sheet row is too long' }, { sheet: this.where.sheet });
    }
  }

  private head(): void {
    const s = this.buf;
    const root = s.search(/<[^?!]/);
    if (root < 0 || s.indexOf('>', root) < 0) return;
    this.p = rootPrefix(s);
    this.ctx = { p: this.p, types: this.types, where: this.where, attrs: new TagAttrs(), uncached: [] };
    const at = s.indexOf(`<${this.p}sheetData`, root);
    if (at < 0) return;
    const close = s.indexOf('>', at);
    if (close < 0) return;
    this.checkDimension(s.slice(0, at));
    this.readCols(s.slice(0, at));
    this.phase = s[close - 1] === '/' ? 'tail' : 'rows';
    this.buf = s.slice(close + 1);
  }

  private checkDimension(head: string): void {
    const m = DIMENSION.exec(head);
    if (!m) return;
    this.dimension = m[0].slice(m[0].indexOf('"') + 1, -1);
    const cells = Number(m[4] ?? m[2]) * (columnIndex(m[3] ?? m[1]!) + 1);
    if (cells > this.limits.sheetCells) {
      throw limitError(
        this.where.file,
        'sheetCells',
        this.limits.sheetCells,
        cells,
        { vi: `trang tính khai báo kích thước bất thường ${this.dimension}`, en: `the sheet declares absurd dimensions ${this.dimension}` },
        { sheet: this.where.sheet },
      );
    }
  }

  /** Cells whose formula has no cached value. */
  get uncached(): string[] {
    return this.ctx?.uncached ?? [];
  }

  private readCols(head: string): void {
    const tag = `<${this.p}col`;
    for (let i = head.indexOf(tag); i >= 0; i = head.indexOf(tag, i + 1)) {
      if (!isSpace(head.charCodeAt(i + tag.length))) continue;
      const a = attributes(head, i, head.indexOf('>', i));
      const hidden = a.get('hidden');
      if (hidden !== '1' && hidden !== 'true') continue;
      const min = Number(a.get('min'));
      const max = Math.min(Number(a.get('max') ?? min), min + 16_384);
      for (let c = min; c <= max; c++) if (Number.isInteger(c) && c >= 1) this.hiddenColumns.push(c - 1);
    }
  }

  private rows(): void {
    const s = this.buf;
    const open = `<${this.p}row`;
    const close = `</${this.p}row>`;
    const end = s.indexOf(`</${this.p}sheetData>`);
    const limit = end < 0 ? s.length : end;
    let pos = 0;
    let keep = -1;
    for (;;) {
      const r = s.indexOf(open, pos);
      if (r < 0 || r >= limit) break;
      // a chunk cut right after the tag's name: whether it is `<row` or `<rowFoo` comes with the next chunk
      if (r + open.length >= s.length) {
        keep = r;
        break;
      }
      const c = s.charCodeAt(r + open.length);
      if (!isSpace(c) && c !== 62 && c !== 47) {
        pos = r + 1;
        continue;
      }
      const tagEnd = s.indexOf('>', r);
      if (tagEnd < 0) {
        keep = r;
        break;
      }
      if (s.charCodeAt(tagEnd - 1) === 47) {
        this.lastRow = this.rowNumber(s, r, tagEnd);
        pos = tagEnd + 1;
        continue;
      }
      const rowEnd = s.indexOf(close, tagEnd);
      if (rowEnd < 0 || rowEnd > limit) {
        keep = r;
        break;
      }
      this.row(s, r, tagEnd, rowEnd);
      pos = rowEnd + close.length;
      if (this.stopped) return;
    }
    if (end >= 0) {
      this.phase = 'tail';
      this.buf = s.slice(end);
      return;
    }
    // Nothing to keep but a possible tag cut by the chunk boundary.
    if (keep < 0) {
      const lt = s.lastIndexOf('<');
      keep = lt >= pos ? lt : s.length;
    }
    this.buf = s.slice(keep);
  }

  private tail(): void {
    const s = this.buf;
    const gt = s.lastIndexOf('>');
    if (gt < 0) return;
    const tag = `<${this.p}mergeCell`;
    for (let i = s.indexOf(tag); i >= 0 && i < gt; i = s.indexOf(tag, i + 1)) {
      const c = s.charCodeAt(i + tag.length);
      if (!isSpace(c)) continue;
      const ref = attributes(s, i, s.indexOf('>', i)).get('ref');
      if (ref) this.merges.push(ref);
    }
    this.buf = s.slice(gt + 1);
  }

  private rowNumber(s: string, start: number, end: number): number {
    const a = this.ctx.attrs.scan(s, start, end);
    const n = a.rAt < 0 ? Number.NaN : digits(s, a.rAt, a.rEnd);
    return Number.isNaN(n) ? this.lastRow + 1 : n;
  }

  private row(s: string, start: number, tagEnd: number, rowEnd: number): void {
    const number = this.rowNumber(s, start, tagEnd);
    this.lastRow = number;
    if (number > EXCEL_ROWS) throw beyondExcel(this.where, number, 0);
    const h = s.indexOf(' hidden=', start);
    if (h >= 0 && h < tagEnd && (s.startsWith('"1"', h + 8) || s.startsWith('"true"', h + 8))) this.hiddenRows.push(number);
    const a = this.ctx.attrs;
    const rowDate = a.sAt < 0 ? 0 : this.types.dateStyle(digits(s, a.sAt, a.sEnd));
    const { values, count } = readCells(s, tagEnd + 1, rowEnd, number, rowDate, this.ctx);
    this.cells += count;
    if (this.cells > this.limits.sheetCells) {
      throw limitError(this.where.file, 'sheetCells', this.limits.sheetCells, this.cells, { vi: 'trang tính có quá nhiều ô', en: 'the sheet holds too many cells' }, { sheet: this.where.sheet });
    }
    if (values.length > 0 && this.sink(number, values) === false) this.stopped = true;
  }
}

/**
 * An XLSX workbook read straight from its zip: the sheets in workbook order with their names
 * (`xl/workbook.xml` + its relationships), the date system, the date styles, the shared strings, and
 * each worksheet streamed row by row through a purpose-built scanner. It gives the values exceljs's
 * streaming reader gives, at a fraction of the time and memory; the zip limits (src/files/limits.ts)
 * apply while reading.
 */
import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits.js';
import { toNfc } from '../nfc.js';
import { listEntries, openEntry, readEntryText, type ZipEntry } from '../zip.js';
import { badWorkbook } from './sheet-errors.js';
import { SharedStringsScanner } from './shared.js';
import { SheetScanner, type RowSink } from './sheet.js';
import { dateStyles } from './styles.js';
import { CellTypes } from './values.js';
import { elements, rootPrefix } from './xml.js';

export type { RowSink } from './sheet.js';
export type { RawValue } from './values.js';

export interface XlsxSheet {
  name: string;
  /** 1-based position among the worksheets, in workbook order. */
  index: number;
  hidden: boolean;
  entry: ZipEntry;
}

export interface SheetResult {
  /** Merged ranges (`A5:A7`), in file order. */
  merges: string[];
  /** The `<dimension ref>` the sheet declares, if any. */
  dimension?: string;
  /** Reading stopped because the sink returned false. */
  stopped: boolean;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Cells with a formula and no cached value. */
  uncached: string[];
}

export interface ReadSheetOptions {
  /** Date-formatted numbers as 1900-system serials (numbers) instead of Date objects. */
  serialDates?: boolean;
}

/** Relationship types by their last segment (transitional and strict Open XML differ before it). */
const isType = (r: Relation, type: string) => r.type.endsWith(`/${type}`);

export class XlsxBook {
  private constructor(
    private readonly path: string,
    /** The file as named in messages. */
    readonly file: string,
    private readonly limits: ReadLimits,
    readonly sheets: XlsxSheet[],
    readonly date1904: boolean,
    private readonly shared: string[],
    private readonly dates: Uint8Array,
  ) {}

  static async open(path: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxBook> {
    const entries = await listEntries(path, file, limits);
    const byName = new Map<string, ZipEntry>();
    for (const e of entries) byName.set(e.name, e);
    for (const e of entries) if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), e);
    const find = (name: string) => byName.get(name) ?? byName.get(name.toLowerCase());
    const text = async (name: string) => {
      const e = find(name);
      return e ? readEntryText(path, e, file) : undefined;
    };

    const rootRels = await text('_rels/.rels');
    const bookPath = (rootRels && relations(rootRels, '').find((r) => isType(r, 'officeDocument'))?.target) ?? 'xl/workbook.xml';
    const bookXml = await text(bookPath);
    if (bookXml === undefined) throw badWorkbook(file, `no workbook part (${bookPath})`);
    const dir = bookPath.includes('/') ? bookPath.slice(0, bookPath.lastIndexOf('/') + 1) : '';
    const rels = relations((await text(`${dir}_rels/${bookPath.slice(dir.length)}.rels`)) ?? '', dir);
    const relOf = (type: string, fallback: string) => rels.find((r) => isType(r, type))?.target ?? `${dir}${fallback}`;

    const p = rootPrefix(bookXml);
    const pr = elements(bookXml, `${p}workbookPr`)[0];
    const date1904 = pr?.get('date1904') === '1' || pr?.get('date1904') === 'true';
    const sheets: XlsxSheet[] = [];
    for (const s of elements(bookXml, `${p}sheet`)) {
      const id = [...s].find(([k]) => k.endsWith(':id'))?.[1];
      const rel = rels.find((r) => r.id === id);
      if (!rel || !isType(rel, 'worksheet')) continue;
      const entry = find(rel.target);
      if (!entry) continue;
      sheets.push({ name: toNfc(s.get('name') ?? `Sheet${sheets.length + 1}`), index: sheets.length + 1, hidden: (s.get('state') ?? 'visible') !== 'visible', entry });
    }

    const stylesXml = await text(relOf('styles', 'styles.xml'));
    const shared = new SharedStringsScanner(file, limits);
    const sst = find(relOf('sharedStrings', 'sharedStrings.xml'));
    if (sst) await pump(path, sst, file, 'utf8', (t) => shared.feed(t));
    return new XlsxBook(path, file, limits, sheets, date1904, shared.strings, stylesXml ? dateStyles(stylesXml) : new Uint8Array(0));
  }

  /** Streams one sheet's rows to `sink` (values indexed by 0-based column, holes for empty cells). */
  async readSheet(sheet: XlsxSheet, sink: RowSink, options: ReadSheetOptions = {}): Promise<SheetResult> {
    const types = new CellTypes(this.shared, this.dates, this.date1904, options.serialDates ?? false);
    const scanner = new SheetScanner(types, sink, { file: this.file, sheet: sheet.name }, this.limits);
    // Sheet XML is read as latin1 (one byte, one char: fast to decode and to search, nothing to cut at a
    // chunk's end); the few strings written inline are turned back into UTF-8 by the value reader.
    await pump(this.path, sheet.entry, this.file, 'latin1', (t) => {
      scanner.feed(t);
      return !scanner.stopped;
    });
    return { merges: scanner.merges, dimension: scanner.dimension, stopped: scanner.stopped, hiddenColumns: scanner.hiddenColumns, hiddenRows: scanner.hiddenRows, uncached: scanner.uncached };
  }
}

/** Feeds an entry's text to `feed` chunk by chunk (UTF-8 never cut inside a character); `feed` returns false to stop. */
// biome-ignore lint/suspicious/noConfusingVoidType: a feed that never stops early returns nothing (shared strings); a row feed returns false to stop
async function pump(path: string, entry: ZipEntry, file: string, encoding: 'utf8' | 'latin1', feed: (text: string) => boolean | void): Promise<void> {
  const decoder = new StringDecoder(encoding);
  const stream = await openEntry(path, entry, file);
  try {
    for await (const chunk of stream) if (feed(decoder.write(chunk as Buffer)) === false) return;
    const rest = decoder.end();
    if (rest) feed(rest);
  } finally {
    stream.destroy();
  }
}

interface Relation {
  id: string;
  type: string;
  /** The target as a zip entry name. */
  target: string;
}

/** A relationships part; targets resolved against `dir` (the folder of the part they belong to). */
function relations(xml: string, dir: string): Relation[] {
  return elements(xml, `${rootPrefix(xml)}Relationship`).map((r) => ({ id: r.get('Id') ?? '', type: r.get('Type') ?? '', target: resolve(dir, r.get('Target') ?? '') }));
}

function resolve(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * HTML tables, as many web one-stop systems "export to Excel" (an HTML page saved as .xls). Each
 * `<table>` becomes a grid: rowspan/colspan fill every cell they cover (like a merged XLSX header filled
 * across), `<br>` is a line break, entities and `&nbsp;` are decoded, text is NFC. Rows are numbered from
 * 1 within their table, so a cell is named `B7` as in the workbook Excel would show. htmlparser2 is
 * loaded only when an HTML file is met.
 */
import type { Grid, GridRow } from './grid.js';

interface Span {
  col: number;
  rowsLeft: number;
  text: string;
}

/** `name` of each grid: "Bảng 1", "Bảng 2"… (an HTML page has no sheet names). */
export async function readHtmlTables(html: string, file: string): Promise<Grid[]> {
  const { Parser } = await import('htmlparser2');
  const grids: Grid[] = [];
  // nested tables are read as their own grids; the stack keeps the outer one's state
  const stack: { rows: GridRow[]; row: string[] | null; spans: Span[]; cell: string | null; cellSpan: { rows: number; cols: number } }[] = [];
  const top = () => stack[stack.length - 1];
  const place = (t: NonNullable<ReturnType<typeof top>>) => {
    // skip the columns held by rowspans from rows above
    let col = t.row!.length;
    for (;;) {
      const held = t.spans.find((s) => s.col === col && s.rowsLeft > 0);
      if (!held) return col;
      t.row![col] = held.text;
      col++;
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const t = top();
        if (name === 'table') stack.push({ rows: [], row: null, spans: [], cell: null, cellSpan: { rows: 1, cols: 1 } });
        else if (!t) return;
        else if (name === 'tr') t.row = [];
        else if (name === 'td' || name === 'th') {
          if (!t.row) t.row = [];
          t.cell = '';
          const n = (v: string | undefined) => Math.max(1, Math.min(1000, Number.parseInt(v ?? '1', 10) || 1));
          t.cellSpan = { rows: n(attrs.rowspan), cols: n(attrs.colspan) };
        } else if (name === 'br' && t.cell !== null) t.cell += '\n';
      },
      ontext(text) {
        const t = top();
        if (t && t.cell !== null) t.cell += text;
      },
      onclosetag(name) {
        const t = top();
        if (!t) return;
        if ((name === 'td' || name === 'th') && t.cell !== null && t.row) {
          const text = t.cell
            .replace(/\u00a0/g, ' ')
            .replace(/[ \t\r]*\n[ \t\r]*/g, '\n')
            .replace(/[ \t\r]+/g, ' ')
            .trim()
            .normalize('NFC');
          const col = place(t);
          for (let c = 0; c < t.cellSpan.cols; c++) {
            t.row[col + c] = text;
            if (t.cellSpan.rows > 1) t.spans.push({ col: col + c, rowsLeft: t.cellSpan.rows, text });
          }
          t.cell = null;
        } else if (name === 'tr' && t.row) {
          place(t);
          for (const s of t.spans) if (s.rowsLeft > 0 && t.row[s.col] === undefined) t.row[s.col] = s.text;
          for (const s of t.spans) s.rowsLeft--;
          t.spans = t.spans.filter((s) => s.rowsLeft > 0);
          const cells = Array.from(t.row, (v) => (v === undefined || v === '' ? null : v));
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
          t.rows.push({ number: t.rows.length + 1, cells });
          t.row = null;
        } else if (name === 'table') {
          stack.pop();
          grids.push({ file, kind: 'xlsx', sheet: `Bảng ${grids.length + 1}`, rows: t.rows.filter((r) => r.cells.length > 0) });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return grids;
}

/** The text of an HTML export: UTF-8 unless its meta or BOM says otherwise (UTF-16, Windows-1258). */
export function htmlText(bytes: Uint8Array, decodeLegacy: (b: Uint8Array) => string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').toLowerCase();
  if (/charset\s*=\s*["']?(windows-1258|cp1258)/.test(head)) return decodeLegacy(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return decodeLegacy(bytes);
  }
}

/** Grids as a book of sheets streamed row by row (the shape the dossier-list reader takes from XLSX). */
export function gridBook(grids: Grid[]): {
  sheets: { name: string; index: number; hidden: boolean }[];
  readSheet(sheet: { index: number }, sink: (row: number, values: (string | number | boolean | Date | undefined)[]) => boolean | undefined): Promise<void>;
} {
  return {
    sheets: grids.map((g, i) => ({ name: g.sheet ?? `Bảng ${i + 1}`, index: i + 1, hidden: false })),
    async readSheet(sheet, sink) {
      for (const row of grids[sheet.index - 1]?.rows ?? []) {
        if (
          sink(
            row.number,
            row.cells.map((c) => c ?? undefined),
          ) === false
        )
          return;
      }
    },
  };
}

/** An HTML export's tables, read whole (the caller checks its size against the table limit first). */
export async function readHtmlFile(path: string, file: string, decodeLegacy: (b: Uint8Array) => string): Promise<{ grids: Grid[]; bytes: Buffer }> {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  return { grids: await readHtmlTables(htmlText(bytes, decodeLegacy), file), bytes };
}

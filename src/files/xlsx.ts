/**
 * XLSX → grids, one per sheet, always through exceljs's streaming WorkbookReader (a full workbook load
 * takes about three times the memory). The streaming reader ignores merges, so a merged group header
 * arrives as a value in its top-left cell only; ingest fills it across by position.
 */
import { createReadStream } from 'node:fs';
import { ParcheckError } from '../core/errors.js';
import type { CellValue, Grid, GridRow } from './grid.js';

export async function readXlsxGrids(path: string, file: string): Promise<Grid[]> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const grids: Grid[] = [];
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<{ number: number; values: unknown }> & { name?: string; id?: number };
      const rows: GridRow[] = [];
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells: CellValue[] = [];
        for (let c = 1; c < values.length; c++) cells.push(toCellValue(values[c]));
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        if (cells.length > 0) rows.push({ number: row.number, cells });
      }
      grids.push({ file, kind: 'xlsx', sheet: ws.name ?? `Sheet${ws.id ?? grids.length + 1}`, rows });
    }
  } catch (cause) {
    if (cause instanceof ParcheckError) throw cause;
    throw new ParcheckError('INPUT_FORMAT', { vi: 'Không đọc được tệp Excel (.xlsx) này', en: 'Cannot read this Excel (.xlsx) file' }, {
      location: { file },
      expected: { vi: 'một sổ tính .xlsx hợp lệ', en: 'a valid .xlsx workbook' },
      found: (cause as Error)?.message ?? String(cause),
      hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".', en: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".' },
      cause,
    });
  }
  return grids;
}

/** exceljs cell values → plain values: formulas give their cached result, rich text its text. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
    if (Array.isArray(o.richText)) return toCellValue((o.richText as { text: string }[]).map((r) => r.text).join(''));
    if (typeof o.text === 'string') return toCellValue(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

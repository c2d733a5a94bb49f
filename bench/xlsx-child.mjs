/**
 * XLSX dossier list: `--make` writes bench/data/dossiers-<rows>.xlsx (exceljs streaming writer, dates as
 * real date cells); without it, reads that file through parcheck and prints {rows, vmhwmKb} as JSON.
 * `--exceljs` only walks every row with exceljs's streaming reader (what parcheck used before its own streaming reader; docs/DESIGN.md, Deviations).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { HEADER, rows as generate } from './generate.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--rows') + 1] || 50000);
const file = `bench/data/dossiers-${count}.xlsx`;

const toDate = (text) => {
  if (!text) return null;
  const m = /^(\d\d)\/(\d\d)\/(\d{4})(?: (\d\d):(\d\d))?$/.exec(text);
  if (!m) throw new Error(`not a dd/mm/yyyy date: ${text}`);
  return new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], +(m[4] ?? 0), +(m[5] ?? 0)));
};
const unquote = (s) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

if (args.includes('--make')) {
  if (!existsSync(file)) {
    mkdirSync('bench/data', { recursive: true });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN NĂM 2025']).commit();
    ws.addRow(HEADER).commit();
    for (const r of generate(count, 11)) {
      const cells = r.map(unquote);
      const row = ws.addRow([Number(cells[0]), ...cells.slice(1, 6), toDate(cells[6]), toDate(cells[7]), toDate(cells[8]), ...cells.slice(9)]);
      for (const c of [7, 8, 9]) row.getCell(c).numFmt = 'dd/mm/yyyy hh:mm';
      row.commit();
    }
    await wb.commit();
  }
} else if (args.includes('--exceljs')) {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let rows = 0;
  for await (const ws of reader) for await (const row of ws) rows += /** @type {unknown[]} */ (row.values).length > 0 ? 1 : 0;
  const vmhwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  process.stdout.write(JSON.stringify({ rows, vmhwmKb }));
} else {
  /** @type {typeof import('../src/ingest/dossier-list/ingest-list.js')} typed by the source dist/ is built from */
  const { ingestDossierList } = await import(new URL('../dist/ingest/dossier-list/ingest-list.js', import.meta.url).href);
  const result = await ingestDossierList(file, {});
  const vmhwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  process.stdout.write(JSON.stringify({ rows: result.rowsRead, units: result.units.length, vmhwmKb }));
}

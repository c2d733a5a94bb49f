/** The XLSX path: the crafted list as a workbook (title row, real date cells) gives the same figures. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/dossiers/rules.csv');

it('reads an XLSX dossier list with date cells like the CSV', async () => {
  const records = parse(readFileSync(FIXTURE, 'utf8'), { delimiter: ';' }) as string[][];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  ws.addRow(['DANH SÁCH HỒ SƠ THÁNG 01-02/2025']);
  ws.addRow(records[0]);
  const asDate = (v: string) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
    return m ? new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, 9, 30)) : v;
  };
  for (const r of records.slice(1)) ws.addRow(r.map((v, i) => (i >= 5 && i <= 7 ? asDate(v) : v)));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'parcheck-xlsx-')), 'list.xlsx');
  await wb.xlsx.writeFile(file);
  const [fromCsv, fromXlsx] = await Promise.all([ingestDossierList(FIXTURE, {}), ingestDossierList(file, {})]);
  const cells = (r: typeof fromCsv) => Object.fromEntries(r.observations.map((o) => [`${o.unit}|${o.period}|${o.measure}`, o.value]));
  expect(cells(fromXlsx)).toEqual(cells(fromCsv));
  expect(fromXlsx.sheet).toBe('Hồ sơ');
  expect(fromXlsx.headerRows).toEqual([2]);
});

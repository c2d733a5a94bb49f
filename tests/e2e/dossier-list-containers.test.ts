/**
 * Files that are not what their name says, one fixture each, generated here: an HTML table
 * saved as .xls (a list and a form), Windows-1258 CSV (a list and a form), a password-protected workbook,
 * an old binary .xls, .xlsm / .xltx, a workbook named .csv, a CSV named .xlsx, and strict Open XML.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { observedTally, referenceTally, refDay, type RefRow } from '../helpers/dossier-reference.js';
import { csvText, momentSerial, simpleList } from '../helpers/dossier-writer.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-containers-'));
const at = (name: string) => path.join(dir, name);
const FORM_CSV = path.join(ROOT, 'samples/qn-bao-cao-tthc-2025-03.csv');

interface Inspect {
  files: { shape: string; encoding?: string }[];
  observations: { unit: string; period: string; measure: string; value: number }[];
  warnings: { code: string }[];
}

const DATA: RefRow[] = Array.from({ length: 30 }, (_, i) => {
  const recv = refDay(2025, 4, 1 + (i % 25));
  return {
    unit: ['Sở Tư pháp', 'UBND xã Điện Thắng Bắc', 'Sở Văn hóa, Thể thao và Du lịch'][i % 3]!,
    recv: { day: recv, sec: (8 + (i % 8)) * 3600 },
    due: { day: recv + 4, sec: i % 2 ? 17 * 3600 : null },
    ret: i % 6 === 0 ? null : { day: recv + (i % 7), sec: (9 + (i % 10)) * 3600 },
    channel: i % 3 === 0 ? 'online' : 'offline',
    outcome: i === 7 ? 'rejected' : i === 8 ? 'withdrawn' : 'by_dates',
    digitized: i % 2 === 0,
    payable: i % 4 === 0,
    paid: i % 8 === 0,
    eCirc: i % 5 === 0,
  };
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function xlsxList(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  const list = simpleList(DATA);
  ws.addRow(list.header);
  list.records.forEach((r, i) => {
    const d = DATA[i]!;
    ws.addRow([r[0], r[1], r[2], momentSerial(d.recv), d.due ? momentSerial(d.due) : null, d.ret ? momentSerial(d.ret) : null, ...r.slice(6)]);
  });
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  // HTML list: the unit cell spans two rows, a header has a <br>, &nbsp; and entities
  const list = simpleList(DATA);
  const head = `<tr>${list.header.map((h) => `<th>${esc(h).replace('tiếp nhận', '<br>tiếp&nbsp;nhận')}</th>`).join('')}</tr>`;
  const body = list.records
    .map((r, i) => {
      const cells = r.map((v, c) =>
        c === 1 && i % 2 === 1 && DATA[i - 1]!.unit === DATA[i]!.unit ? null : `<td${c === 1 && DATA[i + 1]?.unit === DATA[i]!.unit && i % 2 === 0 ? ' rowspan="2"' : ''}>${esc(v)}</td>`,
      );
      return `<tr>${cells.filter(Boolean).join('')}</tr>`;
    })
    .join('\n');
  writeFileSync(
    at('list.xls'),
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table border="1"><tr><td colspan="12">DANH S&Aacute;CH HỒ SƠ</td></tr>${head}\n${body}\n<tr><td colspan="12">Tổng số: 30 hồ sơ</td></tr></table></body></html>`,
  );
  // HTML form: the sample CSV form as a table
  const rows = parse(readFileSync(FORM_CSV, 'utf8').replace(/^\ufeff/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
  writeFileSync(at('form.xls'), `<html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`);
  // Windows-1258 list and form (Excel's "CSV (Comma delimited)" on Vietnamese Windows)
  writeFileSync(at('list-1258.csv'), encodeWindows1258(csvText(list, ',', '\r\n')));
  writeFileSync(at('form-1258.csv'), encodeWindows1258(readFileSync(FORM_CSV, 'utf8').replace(/^\ufeff/, '')));
  // OLE2 compound files: an encrypted OOXML package, and an old BIFF workbook
  const ole = (stream: string) =>
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1016), Buffer.from('Root Entry', 'utf16le'), Buffer.alloc(54), Buffer.from(stream, 'utf16le'), Buffer.alloc(2000)]);
  writeFileSync(at('locked.xlsx'), ole('EncryptedPackage'));
  writeFileSync(at('old.xls'), ole('Workbook'));
  // workbooks under other names
  await xlsxList(at('list.xlsx'));
  copyFileSync(at('list.xlsx'), at('list.xlsm'));
  copyFileSync(at('list.xlsx'), at('list.xltx'));
  copyFileSync(at('list.xlsx'), at('workbook-named.csv'));
  writeFileSync(at('csv-named.xlsx'), csvText(list));
  // strict Open XML: the same workbook with the strict namespaces
  const zip = await JSZip.loadAsync(readFileSync(at('list.xlsx')));
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = (await zip.file(name)!.async('string'))
      .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships');
    zip.file(name, xml);
  }
  writeFileSync(at('strict.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
});

const expected = referenceTally(DATA);

function listFigures(file: string): Inspect {
  const run = runJson<Inspect>(['inspect', file, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  expect(run.json.files[0]!.shape).toBe('dossier_list');
  expect(observedTally(run.json.observations)).toEqual(expected);
  return run.json;
}

describe('files that are not what they say', () => {
  it('an HTML table saved as .xls is a list like any other (rowspan, <br>, entities, count line)', () => {
    const json = listFigures(at('list.xls'));
    expect(json.files[0]!.encoding).toBe('html');
    expect(json.warnings.map((w) => w.code)).not.toContain('DOSSIER_COUNT_MISMATCH');
  });

  it('an HTML table saved as .xls is a form like any other', () => {
    const html = runJson<Inspect>(['inspect', at('form.xls'), '--format', 'json']);
    const csv = runJson<Inspect>(['inspect', FORM_CSV, '--format', 'json']);
    expect(html.code).toBe(0);
    expect(html.json.observations.map((o) => [o.unit, o.measure, o.value])).toEqual(csv.json.observations.map((o) => [o.unit, o.measure, o.value]));
  });

  it('Windows-1258 CSV is detected, decoded to NFC and named by inspect (a list and a form)', () => {
    expect(listFigures(at('list-1258.csv')).files[0]!.encoding).toBe('windows-1258');
    const form = runJson<Inspect>(['inspect', at('form-1258.csv'), '--format', 'json']);
    const csv = runJson<Inspect>(['inspect', FORM_CSV, '--format', 'json']);
    expect(form.code, form.stderr).toBe(0);
    expect(form.json.files[0]!.encoding).toBe('windows-1258');
    expect(form.json.observations.map((o) => [o.unit, o.measure, o.value])).toEqual(csv.json.observations.map((o) => [o.unit, o.measure, o.value]));
    expect(runCli(['inspect', at('list-1258.csv')]).stdout).toContain('windows-1258');
  });

  it('a password-protected workbook gets its own message; an old .xls keeps its own', () => {
    const locked = runCli(['inspect', at('locked.xlsx'), '--lang', 'en']);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain('[INPUT_ENCRYPTED]');
    expect(locked.stderr).toContain('password');
    const old = runCli(['inspect', at('old.xls'), '--lang', 'en']);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('[INPUT_FORMAT]');
    expect(old.stderr).toContain('Excel 97-2003');
  });

  it('.xlsx, .xlsm and .xltx are read alike', () => {
    for (const name of ['list.xlsx', 'list.xlsm', 'list.xltx']) listFigures(at(name));
  });

  it('a workbook named .csv and a CSV named .xlsx are read by their content, with a warning', () => {
    for (const name of ['workbook-named.csv', 'csv-named.xlsx']) expect(listFigures(at(name)).warnings.map((w) => w.code)).toContain('FILE_CONTENT_NOT_EXTENSION');
  });

  it('a strict Open XML workbook is read', () => {
    listFigures(at('strict.xlsx'));
  });
});

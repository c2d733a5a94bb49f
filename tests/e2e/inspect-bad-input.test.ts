/**
 * Bad input through the built CLI: exit 2, nothing on stdout, stderr naming the code, the file and
 * the sheet/cell or line. Fixtures are written to a temp dir from the committed samples.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

let dir = '';
const at = (name: string) => path.join(dir, name);
const SAMPLE_CSV = path.join(ROOT, 'samples/qn-bao-cao-tthc-2025-03.csv');

/** Replaces field `col` (1-based) of physical line `line` of the sample CSV. */
function csvWith(line: number, col: number, value: string): string {
  const lines = readFileSync(SAMPLE_CSV, 'utf8').split('\r\n');
  const fields = lines[line - 1]!.split(';');
  fields[col - 1] = value;
  lines[line - 1] = fields.join(';');
  return lines.join('\r\n');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parcheck-bad-'));
  writeFileSync(at('empty.csv'), '');
  writeFileSync(at('text.xlsx'), 'STT;Tên đơn vị;Tổng số\n1;Sở Tư pháp;12\n');
  copyFileSync(path.join(ROOT, 'samples/qn-bao-cao-tthc-2025-01.xlsx'), at('zip.csv'));
  writeFileSync(at('number.csv'), csvWith(12, 5, '1O2'));
  writeFileSync(at('negative.csv'), csvWith(11, 9, '-7'));
  // TCVN3: "Tổng số" etc. written with the ABC code points (ổ = E6, ố = E8, ư = AD, ơ = AC, đ = AE).
  const tcvn = (s: string) => Buffer.from([...s].map((ch) => ({ ổ: 0xe6, ố: 0xe8, ư: 0xad, ơ: 0xac, đ: 0xae, ã: 0xb7, ê: 0xaa })[ch] ?? ch.charCodeAt(0)));
  writeFileSync(at('tcvn3.csv'), Buffer.concat([Buffer.from('STT;Ten don vi;Tong so\n'), tcvn('1;Sở Tư pháp tổng số đã;12\n2;Sở Nội vụ;ư ơ đ ê;3\n')]));
  writeFileSync(at('utf16-nobom.csv'), Buffer.from('STT\tTên đơn vị\tTổng số\n1\tSở Tư pháp\t12\n', 'utf16le'));
  writeFileSync(at('no-period.csv'), readFileSync(SAMPLE_CSV, 'utf8').replace('THÁNG 3/2025', 'THÁNG NÀY'));
  // A form whose header lacks the "đang giải quyết" group.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRow(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM']);
  ws.addRow(['BÁO CÁO THÁNG 10/2025']);
  ws.addRow(['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết', null]);
  ws.addRow([null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Đúng hạn']);
  ws.addRow([1, 'Sở Tư pháp', 10, 4, 8, 7]);
  await wb.xlsx.writeFile(at('no-pending.xlsx'));
  const list = readFileSync(path.join(ROOT, 'samples/qn-danh-sach-ho-so-2025-h1.csv'), 'utf8').split('\r\n').slice(0, 3);
  list[2] = list[2]!.replace(/\d\d\/\d\d\/20\d\d/, '32/13/2025'); // the receipt date (column 6)
  writeFileSync(at('dates.csv'), `${list.join('\r\n')}\r\n`);
  writeFileSync(at('mapping.yaml'), 'columns:\n  - column: B\n    role: unit\n  - header: "Tổng số"\n    measure: recieved_total\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bad(args: string[], code: string, where: RegExp) {
  const run = runCli(['inspect', ...args]);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(`[${code}]`);
  expect(run.stderr).toMatch(where);
  return run;
}

describe('inspect rejects bad input with its location', () => {
  it('an empty file', () => bad([at('empty.csv')], 'INPUT_EMPTY', /empty\.csv/));
  // a file whose name and content disagree is read by its content, with a warning
  it('a .xlsx that is really text is read as CSV (here: a table of no known report)', () => {
    const run = bad([at('text.xlsx')], 'INPUT_HEADER', /text\.xlsx/);
    expect(run.stderr).toContain('Tên đơn vị');
  });
  it('a .csv that is really a zip is read as a workbook, with a warning', () => {
    const run = runCli(['inspect', at('zip.csv')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[FILE_CONTENT_NOT_EXTENSION]');
    expect(run.stdout).toContain('Sở Tư pháp');
  });
  it('a header lacking a group is read for what it has, with a warning naming the group', () => {
    const run = runCli(['inspect', at('no-pending.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('MISSING_GROUP');
    expect(run.stderr).toContain('Số hồ sơ đang giải quyết');
  });
  it('an unparseable number, with the raw text', () => {
    const run = bad([at('number.csv')], 'INPUT_NUMBER', /number\.csv:12:5/);
    expect(run.stderr).toContain('"1O2"');
  });
  it('a negative count', () => bad([at('negative.csv')], 'INPUT_NEGATIVE', /negative\.csv:11:9/));
  it('a TCVN3-encoded file', () => {
    const run = bad([at('tcvn3.csv')], 'INPUT_ENCODING', /tcvn3\.csv:2/);
    expect(run.stderr).toContain('TCVN3');
  });
  it('a UTF-16 file without BOM', () => bad([at('utf16-nobom.csv')], 'INPUT_ENCODING', /utf16-nobom\.csv/));
  it('a file whose period cannot be told, unless --period says it', () => {
    bad([at('no-period.csv')], 'INPUT_PERIOD', /no-period\.csv/);
    expect(runCli(['inspect', at('no-period.csv'), '--period', '2025-03', '--format', 'json']).code).toBe(0);
  });
  it('an unparseable date in a dossier list (dispatched to the dossier-list reader)', () => {
    const run = bad([at('dates.csv')], 'INPUT_DATE', /dates\.csv:3:6/);
    expect(run.stderr).toContain('32/13/2025');
  });
  it('a missing file', () => bad([at('nope.xlsx')], 'INPUT_NOT_FOUND', /nope\.xlsx/));
  it('a sheet that does not exist, listing the sheets', () => {
    const run = bad(['samples/qn-bao-cao-tthc-2025-01.xlsx', '--sheet', 'Sheet9'], 'INPUT_SHEET', /qn-bao-cao-tthc-2025-01\.xlsx/);
    expect(run.stderr).toContain('1. Biểu II.06a, 2. Hướng dẫn');
  });
  it('a sheet without a known header, chosen with --sheet', () => bad(['samples/qn-bao-cao-tthc-2025-01.xlsx', '--sheet', '2'], 'INPUT_HEADER', /Hướng dẫn/));
  it('a mapping naming an unknown measure, with its line', () => bad(['samples/qn-bao-cao-tthc-2025-03.csv', '--mapping', at('mapping.yaml')], 'MAPPING_SCHEMA', /mapping\.yaml:5/));
});

/**
 * The reports of `parcheck check` as a user gets them: the Excel file read back cell by cell, the
 * format chosen by --format or the --output extension, exit codes under --fail-on, no ANSI codes
 * when not on a TTY. Inputs: the hand-made form tests/fixtures/check/form-2025.csv (the March form as a whole year; figures below
 * are its cells) and the test plan targets-kt.yaml.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// the March form relabelled as the whole year: a 2025 target gets a final verdict only on a whole 2025
const FORM = 'tests/fixtures/check/form-2025.csv';
const TARGETS = 'tests/fixtures/check/targets-kt.yaml';
// as of December 2025 the 2025 deadlines are reached (met / missed); the 2030 one is not
const base = ['check', FORM, '--targets', TARGETS, '--as-of', '2025-12'];
const ANSI = /\x1b\[/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parcheck-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Excel report, read back', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = path.join(dir, 'bao-cao.xlsx');
    const run = runCli([...base, '--output', out, '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(out);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it('has a cover sheet, one findings sheet per level present and a sources sheet', () => {
    const names = wb.worksheets.map((s) => s.name);
    expect(names.filter((n) => n !== 'Thiếu số liệu').slice(0, 5)).toEqual(['Tổng hợp', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Nguồn số liệu']);
    expect(names).not.toContain('Cấp huyện'); // the form has no district
  });

  it('writes the rate and the gap as Vietnamese text, counts as numbers, and the figures as numbers in hidden columns', () => {
    const ws = wb.getWorksheet('Toàn tỉnh')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect([header[0], header[1], header[5]]).toEqual(['Văn bản', 'Chỉ tiêu', 'Giá trị']);
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(3).value === 'online-share-band-2025') row = r;
    });
    expect(row).toBeDefined();
    // online 380 + 150 = 530 of (380 + 340) + (150 + 150) = 1020 filed: 51.96 %, inside [40, 60]
    expect(row!.getCell(4).value).toBe('Toàn tỉnh');
    expect(row!.getCell(5).value).toBe('2025');
    expect(row!.getCell(6).value).toBe('51,96%');
    expect(row!.getCell(7).value).toBe('40–60%');
    expect(row!.getCell(8).value).toBe('Đạt');
    expect((row!.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(row!.getCell(9).value).toBe('+8,04 điểm %'); // 60 − 51.96 points to the upper bound
    expect([row!.getCell(12).value, row!.getCell(13).value]).toEqual([530, 1020]);
    expect(row!.getCell(19).value).toBeCloseTo(0.5196, 6);
    expect(row!.getCell(19).numFmt).toBe('0.00%');
    expect([row!.getCell(20).value, row!.getCell(21).value, row!.getCell(22).value]).toEqual([0.4, 0.6, 8.04]);
  });

  it('on time at commune level (40 + 75 + 50 + 115) / 300 = 93.33 % against > 97 %: the gap and the dossiers still needed', () => {
    const ws = wb.getWorksheet('Cấp xã')!;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(3).value === 'on-time-above-2025/commune' && r.getCell(4).value === 'Cấp xã') row = r;
    });
    expect(row!.getCell(6).value).toBe('93,33%');
    expect(row!.getCell(8).value).toBe('Chưa đủ số liệu');
    expect(row!.getCell(9).value).toBe('-3,67 điểm %');
    expect(row!.getCell(10).value).toBe(12); // (280 + 12) / 300 = 97.33 % > 97 %
    expect(row!.getCell(11).value).toMatch(/^hồ sơ/);
  });

  it('freezes the header row, sets an auto-filter and prints A4 landscape one page wide on every findings sheet', () => {
    for (const name of ['Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Nguồn số liệu']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.getColumn(2).width).toBeGreaterThan(10);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    }
  });

  it('lists every input cell once, with its place, value and the findings using it; clauses on their own sheet', () => {
    const ws = wb.getWorksheet('Nguồn số liệu')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    // Sở Tư pháp, line 8: online in column 4 (80), offline in column 5 (140), each listed once
    const tuPhap = rows.filter((r) => r[4] === 'Sở Tư pháp' && (r[6] === 'received_online' || r[6] === 'received_offline'));
    expect(tuPhap.map((r) => [r[0], r[2], r[5], r[6], r[7], r[8]])).toEqual([
      [FORM, 'dòng 8, cột 4', 'Cấp tỉnh', 'received_online', '2025', 80],
      [FORM, 'dòng 8, cột 5', 'Cấp tỉnh', 'received_offline', '2025', 140],
    ]);
    expect(String(tuPhap[0]![9])).toContain('online-share-band-2025');
    const clauses: unknown[][] = [];
    wb.getWorksheet('Điều khoản')!.eachRow((r) => clauses.push((r.values as unknown[]).slice(1)));
    const clause = clauses.find((r) => r[1] === 'online-share-band-2025')!;
    expect(clause[0]).toBe('99/KH-UBND (15/1/2025)');
    expect(clause[4]).toBe('tỷ lệ hồ sơ trực tuyến duy trì trong khoảng từ 40% đến 60%');
  });

  it('cover: the title block, then counts per status × level as numbers', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').value).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH');
    expect(ws.getCell('A3').value).toBe('Kỳ báo cáo: 01–12/2025   ·   Số liệu tính đến: 12/2025');
    const counts = new Map<string, unknown>();
    ws.eachRow((r) => counts.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(typeof counts.get('Đạt')).toBe('number');
  });

  it('uses English labels with --lang en', async () => {
    const out = path.join(dir, 'report-en.xlsx');
    expect(runCli([...base, '--output', out, '--lang', 'en', '--fail-on', 'never']).code).toBe(0);
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(out);
    const names = en.worksheets.map((s) => s.name);
    expect(names[0]).toBe('Summary');
    expect(names.filter((n) => n !== 'No data')[4]).toBe('Sources');
    expect(names.slice(1, 4).some((n) => /[À-ỹ]/.test(n))).toBe(false); // level sheets in English too
    expect((en.getWorksheet(names[1]!)!.getRow(1).values as unknown[])[1]).toBe('Document');
  });
});

describe('formats and exit codes', () => {
  it('picks the format from the --output extension', () => {
    const csv = path.join(dir, 'r.csv');
    const md = path.join(dir, 'r.md');
    const json = path.join(dir, 'r.json');
    for (const f of [csv, md, json]) expect(runCli([...base, '--output', f, '--fail-on', 'never']).code).toBe(0);
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText.startsWith('\ufeffdocument_id,')).toBe(true);
    expect(csvText).toContain('\r\n');
    expect(readFileSync(md, 'utf8')).toMatch(/^\|.*\|$/m);
    expect(JSON.parse(readFileSync(json, 'utf8')).as_of).toBe('2025-12');
  });

  it('--format wins for stdout; no ANSI escape codes when not on a TTY, even without NO_COLOR', () => {
    const md = runCli([...base, '--format', 'md', '--fail-on', 'never']);
    expect(md.stdout).toMatch(/^\|/m);
    const table = runCli([...base, '--fail-on', 'never'], { env: { NO_COLOR: undefined } });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Tỷ lệ hồ sơ trực tuyến');
    expect(table.stdout).not.toMatch(ANSI);
    expect(table.stderr).not.toMatch(ANSI);
    // the last line is the summary
    expect(table.stdout.trim().split('\n').at(-1)).toMatch(/\d+ đạt · \d+ không đạt/);
  });

  it('--fail-on: missed → 1, off-track → 1 when only off-track, never → 0', () => {
    // Sở Tài chính: online 300 / 500 = 60 % (met the band), on time (100 + 380) / 500 = 96 % > 95 % (met),
    // 60 % against 90 % by 2030 (off-track)
    const unit = [...base, '--unit', 'Sở Tài chính'];
    expect(runCli([...unit, '--format', 'json']).code).toBe(0);
    expect(runCli([...unit, '--format', 'json', '--fail-on', 'off-track']).code).toBe(1);
    expect(runCli([...base, '--format', 'json']).code).toBe(1);
    expect(runCli([...base, '--format', 'json', '--fail-on', 'never']).code).toBe(0);
  });

  it('usage errors exit 2 and write nothing', () => {
    const out = path.join(dir, 'never.xlsx');
    for (const args of [
      [...base, '--fail-on', 'sometimes'],
      [...base, '--format', 'pdf'],
      [...base, '--format', 'xlsx'],
      [...base, '--output', path.join(dir, 'r.pdf')],
      [...base, '--as-of', '2025-13', '--output', out],
    ]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(() => readFileSync(out)).toThrow();
  });

  it('input and target errors exit 2', () => {
    expect(runCli(['check', 'tests/fixtures/check/khong-co.csv', '--targets', TARGETS]).code).toBe(2);
    expect(runCli(['check', FORM, '--targets', 'tests/fixtures/check/khong-co.yaml']).code).toBe(2);
    const noProvince = runCli(['check', FORM, '--province', 'ha-giang']);
    expect(noProvince.code).toBe(2);
    expect(noProvince.stderr).toContain('INPUT_PROVINCE_CONFLICT'); // the form names Quảng Nam
  });
});

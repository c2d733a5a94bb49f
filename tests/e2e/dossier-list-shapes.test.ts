/**
 * Dossier lists from other one-stop systems: told by the roles of their columns, read with
 * their own wordings, codes, flags and datetimes, and through --mapping (by letter or header) and
 * inspect --suggest-mapping when their headers are unknown.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-list-shapes-'));
const serial = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi) / 86400000 + 25569;

interface Inspect {
  files: { shape: string }[];
  observations: { unit: string; period: string; measure: string; value: number }[];
  warnings: { code: string }[];
}
const figures = (j: Inspect) => Object.fromEntries(j.observations.filter((o) => o.value !== 0).map((o) => [`${o.unit}|${o.period}|${o.measure}`, o.value]));

const HEADER = [
  'Số hồ sơ',
  'Thủ tục hành chính',
  'Cơ quan giải quyết',
  'Cấp thực hiện',
  'Kênh nộp',
  'Thời gian tiếp nhận',
  'Hạn xử lý',
  'Thời gian hoàn thành',
  'Số hóa kết quả',
  'Đã thanh toán trực tuyến',
];
const XA = 'UBND xã An Lộc - huyện Hòa Vang';
const SO = 'Sở Tài nguyên và Môi trường';
const ROWS: unknown[][] = [
  ['H1', 'Khai sinh', XA, 'Cấp Xã', 2, serial(2024, 8, 1, 8, 30), serial(2024, 8, 3, 17), serial(2024, 8, 3, 16), 'x', 'Không thu phí'],
  ['H2', 'Khai sinh', XA, 'Cấp Xã', 1, serial(2024, 8, 1, 9), serial(2024, 8, 3, 17), serial(2024, 8, 3, 17, 30), '', '✓'],
  ['H3', 'Đất đai', SO, 'Cấp Tỉnh', '3', serial(2024, 8, 5), serial(2024, 8, 9), null, 'TRUE', '0'],
  ['H4', 'Đất đai', SO, 'Cấp Tỉnh', 'Trực tuyến', serial(2024, 8, 6, 10), serial(2024, 8, 20, 17), serial(2024, 8, 19, 11), 'Có', 'Có'],
];

// By hand: H1 online, on time (16:00 ≤ 17:00 on the due day); H2 offline, late (17:30 > 17:00 on the due
// day); H3 BCCI = offline, pending at 31/08 (the title's period end), overdue (due 09/08); H4 online, early.
const EXPECTED = {
  [`${XA}|2024-08|received_total`]: 2,
  [`${XA}|2024-08|received_online`]: 1,
  [`${XA}|2024-08|received_offline`]: 1,
  [`${XA}|2024-08|resolved_total`]: 2,
  [`${XA}|2024-08|resolved_on_time`]: 1,
  [`${XA}|2024-08|resolved_late`]: 1,
  [`${XA}|2024-08|digitized_results`]: 1,
  [`${XA}|2024-08|payable_dossiers`]: 1,
  [`${XA}|2024-08|paid_online`]: 1,
  [`${SO}|2024-08|received_total`]: 2,
  [`${SO}|2024-08|received_online`]: 1,
  [`${SO}|2024-08|received_offline`]: 1,
  [`${SO}|2024-08|resolved_total`]: 1,
  [`${SO}|2024-08|resolved_early`]: 1,
  [`${SO}|2024-08|digitized_results`]: 1,
  [`${SO}|2024-08|pending_total`]: 1,
  [`${SO}|2024-08|pending_overdue`]: 1,
  [`${SO}|2024-08|payable_dossiers`]: 2,
  [`${SO}|2024-08|paid_online`]: 1,
  // received in August and resolved: H1 on time, H4 early (H2 late counts in neither)
  [`${XA}|2024-08|received_in_period_resolved_on_time`]: 1,
  [`${SO}|2024-08|received_in_period_resolved_early`]: 1,
};

async function workbook(name: string, header: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['DANH SÁCH HỒ SƠ']);
  ws.addRow(['Thời gian tiếp nhận: từ ngày 01/08/2024 đến ngày 31/08/2024 - Ngày kết xuất: 02/09/2024 08:10']);
  ws.addRow(header);
  for (const r of ROWS) ws.addRow(r);
  ws.addRow(['Tổng số: 4 hồ sơ']);
  for (let r = 4; r <= 7; r++) for (const c of [6, 7, 8]) ws.getRow(r).getCell(c).numFmt = 'dd/mm/yyyy hh:mm';
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

let known: string;
let unknown: string;
beforeAll(async () => {
  known = await workbook('issue.xlsx', HEADER);
  unknown = await workbook('unknown.xlsx', ['ID', 'Procedure', 'Agency', 'Tier', 'Via', 'In', 'Due', 'Out', 'Scan', 'Paid']);
});

describe('a list from another one-stop system', () => {
  it("is told by its columns' roles and read with codes, flags, datetimes, the title and the count line", () => {
    const run = runJson<Inspect>(['inspect', known, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json.files[0]!.shape).toBe('dossier_list');
    expect(figures(run.json)).toEqual(EXPECTED);
    expect(run.json.warnings.map((w) => w.code)).not.toContain('DOSSIER_COUNT_MISMATCH');
  });

  it('a count line that disagrees with the rows is a warning', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(known);
    wb.getWorksheet('DS')!.getCell('A8').value = 'Tổng số: 5 hồ sơ';
    const file = path.join(dir, 'count.xlsx');
    await wb.xlsx.writeFile(file);
    const run = runJson<Inspect>(['inspect', file, '--format', 'json']);
    expect(run.json.warnings.map((w) => w.code)).toContain('DOSSIER_COUNT_MISMATCH');
  });

  it('with unknown headers: --mapping by letter or by header gives the same figures', () => {
    const byLetter = path.join(dir, 'letters.yaml');
    writeFileSync(
      byLetter,
      [
        'shape: dossier_list',
        'header_row: 3',
        'columns:',
        ...['A code', 'C unit', 'D level', 'E channel', 'F received_date', 'G due_date', 'H returned_date', 'I digitized', 'J paid_online'].map(
          (x) => `  - { column: ${x.split(' ')[0]}, role: ${x.split(' ')[1]} }`,
        ),
      ].join('\n'),
    );
    const run = runJson<Inspect>(['inspect', unknown, '--mapping', byLetter, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(figures(run.json)).toEqual(EXPECTED);
    const byHeader = path.join(dir, 'headers.yaml');
    writeFileSync(
      byHeader,
      [
        'columns:',
        ...['ID code', 'Agency unit', 'Tier level', 'Via channel', 'In received_date', 'Due due_date', 'Out returned_date', 'Scan digitized', 'Paid paid_online'].map(
          (x) => `  - { header: "${x.split(' ')[0]}", role: ${x.split(' ')[1]} }`,
        ),
      ].join('\n'),
    );
    const run2 = runJson<Inspect>(['inspect', unknown, '--mapping', byHeader, '--format', 'json']);
    expect(run2.code).toBe(0);
    expect(figures(run2.json)).toEqual(EXPECTED);
  });

  it('inspect --suggest-mapping drafts a mapping that --mapping accepts unchanged', () => {
    const draft = runCli(['inspect', known, '--suggest-mapping']);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('role: returned_date }  # "Thời gian hoàn thành"');
    const file = path.join(dir, 'draft.yaml');
    writeFileSync(file, draft.stdout);
    const run = runJson<Inspect>(['inspect', known, '--mapping', file, '--format', 'json']);
    expect(figures(run.json)).toEqual(EXPECTED);
  });
});

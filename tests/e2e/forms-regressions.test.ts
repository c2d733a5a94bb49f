/**
 * Regressions of the report-form reader, each from a small generated input, through the built CLI:
 * a signing-date line is never the period; units that start like "Cộng"/"Tổng" are units; a hidden sheet
 * is skipped with a notice; a formula without a cached value is an error at its cell; a negated header
 * is not read as its opposite; the signature block never yields a number; every problem of a file is
 * listed at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeXlsx } from '../zoo/forms-zoo.js';

type Cell = string | number | null | { f: string; v?: number };
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-forms-'));
const HEAD: Cell[][] = [
  ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM'],
  ['BÁO CÁO THÁNG 11/2025'],
  ['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
  [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
];
const row = (n: number | null, name: string, v: number[]): Cell[] => [n, name, ...v];
const xlsx = (name: string, sheets: { name: string; rows: Cell[][]; hidden?: boolean }[]) => {
  const file = path.join(dir, name);
  writeFileSync(file, writeXlsx(sheets.map((s) => ({ ...s, merges: [] }))));
  return file;
};
const json = (file: string, ...extra: string[]) => {
  const run = runCli(['inspect', file, '--format', 'json', ...extra]);
  return {
    run,
    doc:
      run.code === 0
        ? (JSON.parse(run.stdout) as { observations: { unit: string; measure: string; value: number; period: string }[]; warnings: { code: string; location: { cell?: string; sheet?: string } }[] })
        : null,
  };
};
const value = (doc: { observations: { unit: string; measure: string; value: number }[] }, unit: string, measure: string) =>
  doc.observations.find((o) => o.unit === unit && o.measure === measure)?.value;

describe('report forms as provinces send them', () => {
  it('a signing-date line above the title is not the period', () => {
    const file = xlsx('ky-2025.xlsx', [
      { name: 'Biểu', rows: [HEAD[0]!, [null, null, null, null, null, 'Quảng Nam, ngày 05 tháng 12 năm 2025'], ...HEAD.slice(1), row(1, 'Sở Tư pháp', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0])] },
    ]);
    const { doc } = json(file);
    expect(doc!.observations[0]!.period).toBe('2025-11');
  });

  it('"Công an tỉnh" and "Cổng thông tin điện tử tỉnh" are units; the total row is its whole label, checked by its sum (item 4)', () => {
    const file = xlsx('cong.xlsx', [
      {
        name: 'Biểu',
        rows: [
          ...HEAD,
          row(1, 'Công an tỉnh', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]),
          row(2, 'Cổng thông tin điện tử tỉnh', [6, 6, 0, 0, 6, 6, 0, 0, 0, 0, 0]),
          row(3, 'Tổng công ty Cấp nước', [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
          row(null, 'Tổng cộng', [17, 11, 5, 1, 15, 9, 5, 1, 2, 2, 0]),
        ],
      },
    ]);
    const { doc } = json(file);
    expect(value(doc!, 'Công an tỉnh', 'received_total')).toBe(10);
    expect(value(doc!, 'Cổng thông tin điện tử tỉnh', 'received_online')).toBe(6);
    expect(value(doc!, 'Tổng công ty Cấp nước', 'resolved_total')).toBe(1);
    expect(doc!.warnings.map((w) => w.code)).not.toContain('TOTAL_ROW_MISMATCH');
  });

  it('a hidden sheet is skipped with a notice, even when it comes first (item 5)', () => {
    const other = [...HEAD, row(1, 'Sở Tư pháp', [99, 90, 9, 0, 99, 99, 0, 0, 0, 0, 0])];
    const file = xlsx('hidden.xlsx', [
      { name: 'Cũ', rows: other, hidden: true },
      { name: 'Biểu', rows: [...HEAD, row(1, 'Sở Tư pháp', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0])] },
    ]);
    const { doc } = json(file);
    expect(value(doc!, 'Sở Tư pháp', 'received_total')).toBe(10);
    expect(doc!.warnings.find((w) => w.code === 'HIDDEN_SHEET')?.location.sheet).toBe('Cũ');
  });

  it('a formula without a cached value is an error at its cell telling to save in Excel, never a 0 (item 6)', () => {
    const rows: Cell[][] = [...HEAD, row(1, 'Sở Tư pháp', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0])];
    rows[4]![6] = { f: 'SUM(H5:J5)' };
    const file = xlsx('formula.xlsx', [{ name: 'Biểu', rows }]);
    const run = runCli(['inspect', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('G5');
    expect(run.stderr).toMatch(/Excel/);
  });

  it('"Số kết quả chưa được số hóa" is not read as digitized results (item 10)', () => {
    const head = HEAD.map((r, i) => [...r, i === 2 ? 'Số kết quả chưa được số hóa' : null]);
    const file = xlsx('negated.xlsx', [{ name: 'Biểu', rows: [...head, [...row(1, 'Sở Tư pháp', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]), 7]] }]);
    const { doc } = json(file);
    expect(doc!.observations.some((o) => o.measure === 'digitized_results')).toBe(false);
    expect(doc!.warnings.map((w) => w.code)).toContain('COLUMN_NEGATED');
  });

  it('a signed form: notes, date line and signature names under numeric columns are never data', () => {
    const file = xlsx('signed.xlsx', [
      {
        name: 'Biểu',
        rows: [
          ...HEAD,
          row(1, 'Sở Tư pháp', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]),
          row(null, 'Tổng cộng', [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]),
          ['Ghi chú: số liệu lấy từ Hệ thống thông tin giải quyết TTHC tỉnh'],
          [null, null, null, null, null, null, null, null, null, 'Quảng Nam, ngày 05 tháng 12 năm 2025'],
          [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, null, null, null, 'KT. CHÁNH VĂN PHÒNG'],
          [null, null, null, null, null, null, null, null, null, 'PHÓ CHÁNH VĂN PHÒNG'],
          [],
          [null, 'Nguyễn Văn An', null, null, null, null, null, null, null, 'Trần Thị Bình'],
        ],
      },
    ]);
    const { run, doc } = json(file);
    expect(run.code).toBe(0);
    expect(doc!.observations.filter((o) => o.measure === 'received_total').map((o) => o.unit)).toEqual(['Sở Tư pháp']);
  });

  it('lists every problem of a file at once, each with its cell, and the rest as "và N lỗi khác"', () => {
    const body = Array.from({ length: 60 }, (_, i) => row(i + 1, `UBND xã Số ${i + 1}`, [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]).map((c, k) => (k === 4 ? 'năm' : c)));
    const file = xlsx('many.xlsx', [{ name: 'Biểu', rows: [...HEAD, ...body] }]);
    const run = runCli(['inspect', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('E5');
    expect(run.stderr).toContain('E54');
    expect(run.stderr).toContain('10 lỗi khác');
    expect(run.stderr).toMatch(/trong thân bảng/);
  });
});

/**
 * `parcheck inspect` on every sample, figure by figure: each observation's value is compared with the
 * cell it names, read here independently (exceljs full load for XLSX, plain string splitting for CSV).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';

interface Obs {
  unit: string;
  level: string | null;
  period: string;
  measure: string;
  value: number;
  source: { file: string; sheet?: string; cell?: string; line?: number; column?: number };
}
interface Out {
  files: { path: string; sha256: string; shape: string; sheet: string | null }[];
  observations: Obs[];
  warnings: { code: string; message: string; location: Record<string, unknown> }[];
}

const inspect = (...args: string[]) => runJson<Out>(['inspect', ...args, '--format', 'json']);

/** What a person reads in the cell: numbers as is, "1.234" as 1234, "-" as 0, "95,3%" as 95.3. */
function plain(v: ExcelJS.CellValue, percent: boolean): number {
  if (v && typeof v === 'object' && 'result' in v) return plain(v.result as ExcelJS.CellValue, percent);
  if (typeof v === 'number') return percent && v <= 1 ? Math.round(v * 1000) / 10 : v;
  const s = String(v ?? '').trim();
  if (s === '-' || s === '') return 0;
  if (s.endsWith('%')) return Number(s.slice(0, -1).replace(',', '.'));
  return Number(s.replace(/\./g, ''));
}

async function sheetOf(file: string, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, file));
  return wb.getWorksheet(sheet)!;
}

const MONTHS = ['01', '02', '03', '04', '05', '06'];
const MEASURES = [
  'received_total',
  'received_online',
  'received_offline',
  'received_carried_over',
  'resolved_total',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'pending_total',
  'pending_in_time',
  'pending_overdue',
  'digitized_results',
];

describe('inspect: Quảng Nam monthly reports (XLSX)', () => {
  it.each(MONTHS)('2025-%s: every figure equals its cell; 25 units × 12 measures; levels from group rows', async (m) => {
    const file = `samples/qn-bao-cao-tthc-2025-${m}.xlsx`;
    const { code, json } = inspect(file);
    expect(code).toBe(0);
    expect(json.files).toEqual([{ path: file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), shape: 'monthly_report', sheet: 'Biểu II.06a' }]);
    expect(json.observations).toHaveLength(25 * 12);
    expect(new Set(json.observations.map((o) => o.measure))).toEqual(new Set(MEASURES));
    expect(new Set(json.observations.map((o) => o.period))).toEqual(new Set([`2025-${m}`]));
    const ws = await sheetOf(file, 'Biểu II.06a');
    for (const o of json.observations) {
      expect(o.value, `${o.unit} ${o.measure} ${o.source.cell}`).toBe(plain(ws.getCell(o.source.cell!).value, false));
      expect(ws.getCell(`B${ws.getCell(o.source.cell!).row}`).value).toBe(o.unit);
    }
    // The total row agrees with the units (it is read apart, not as a unit), so no warnings.
    expect(json.warnings).toEqual([]);
    const levels = Object.fromEntries(json.observations.filter((o) => o.measure === 'received_total').map((o) => [o.unit, o.level]));
    expect(levels['Sở Tư pháp']).toBe('province');
    expect(levels['UBND thị xã Điện Bàn']).toBe('district');
    expect(levels['UBND thị trấn Nam Phước']).toBe('commune');
    expect(Object.keys(levels)).not.toContain('Tổng cộng');
  });

  it('total row cells equal the sum of the unit cells (checked here through exceljs)', async () => {
    const ws = await sheetOf('samples/qn-bao-cao-tthc-2025-01.xlsx', 'Biểu II.06a');
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'Tổng cộng') totalRow = n;
    });
    const { json } = inspect('samples/qn-bao-cao-tthc-2025-01.xlsx');
    const sum = json.observations.filter((o) => o.measure === 'resolved_on_time').reduce((s, o) => s + o.value, 0);
    expect(sum).toBe(plain(ws.getCell(`I${totalRow}`).value, false));
  });
});

describe('inspect: the same form as CSV', () => {
  it('UTF-8 BOM with semicolons: every figure equals the field at its line and column, and the XLSX of that month', () => {
    const file = 'samples/qn-bao-cao-tthc-2025-03.csv';
    const lines = readFileSync(path.join(ROOT, file), 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .map((l) => l.split(';'));
    const csv = inspect(file).json;
    expect(csv.files[0]).toMatchObject({ shape: 'monthly_report', sheet: null });
    expect(csv.observations).toHaveLength(300);
    for (const o of csv.observations) expect(o.value).toBe(plain(lines[o.source.line! - 1]![o.source.column! - 1]!, false));
    const xlsx = inspect('samples/qn-bao-cao-tthc-2025-03.xlsx').json;
    expect(csv.observations.map((o) => [o.unit, o.measure, o.value, o.level])).toEqual(xlsx.observations.map((o) => [o.unit, o.measure, o.value, o.level]));
  });

  it('UTF-16 LE "Unicode text", tab-delimited, equals the XLSX of that month', () => {
    const txt = inspect('samples/qn-bao-cao-tthc-2025-04-unicode.txt').json;
    const xlsx = inspect('samples/qn-bao-cao-tthc-2025-04.xlsx').json;
    expect(txt.observations.map((o) => [o.unit, o.measure, o.value])).toEqual(xlsx.observations.map((o) => [o.unit, o.measure, o.value]));
  });
});

describe('inspect: other shapes', () => {
  it('Quảng Bình variant: other wording, total row first, group label "Các Sở, ban, ngành"; the slipped identity is warned with its cell', async () => {
    const file = 'samples/qb-bao-cao-tthc-2025-05.xlsx';
    const { json } = inspect(file);
    expect(json.observations).toHaveLength(12 * 11);
    const ws = await sheetOf(file, 'Biểu II.06a');
    for (const o of json.observations) expect(o.value).toBe(plain(ws.getCell(o.source.cell!).value, false));
    expect(json.warnings.map((w) => [w.code, w.location.cell])).toEqual([['IDENTITY_RESOLVED', 'G12']]);
    const yTe = json.observations.find((o) => o.unit === 'Sở Y tế')!;
    expect(yTe.level).toBe('province');
  });

  it('rate table: counts and declared rates in percent, from "91,9%" and from Excel percent cells', async () => {
    const file = 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx';
    const { json } = inspect(file);
    expect(json.files[0]!.shape).toBe('rate_table');
    expect(json.observations).toHaveLength(25 * 6);
    const ws = await sheetOf(file, 'Tỷ lệ');
    for (const o of json.observations) {
      expect(o.period).toBe('2025-06');
      expect(o.value).toBeCloseTo(plain(ws.getCell(o.source.cell!).value, o.measure.endsWith('_declared')), 6);
    }
    expect(new Set(json.observations.map((o) => o.measure))).toEqual(
      new Set(['resolved_total', 'digitized_results', 'digitized_result_rate_declared', 'payable_dossiers', 'paid_online', 'online_payment_rate_declared']),
    );
  });

  it('index table: rank and score per index and year for the province', async () => {
    const { json } = inspect('samples/qn-chi-so-2021-2024.xlsx');
    expect(json.observations).toHaveLength(5 * 4 * 2);
    const pci = json.observations.filter((o) => o.measure === 'pci_rank').map((o) => [o.period, o.value]);
    const ws = await sheetOf('samples/qn-chi-so-2021-2024.xlsx', 'Chỉ số');
    const expected: [string, number][] = [];
    ws.eachRow((row) => {
      if (String(row.getCell(2).value).includes('PCI')) expected.push([String(row.getCell(3).value), Number(row.getCell(5).value)]);
    });
    expect(pci).toEqual(expected);
    expect(new Set(json.observations.map((o) => o.unit))).toEqual(new Set(['Tỉnh Quảng Nam']));
  });

  it('several files at once: carried over of a month equals pending of the month before (no warning)', () => {
    const { json } = inspect(...MONTHS.map((m) => `samples/qn-bao-cao-tthc-2025-${m}.xlsx`));
    expect(json.files).toHaveLength(6);
    expect(json.warnings).toEqual([]);
  });

  it('registry: levels come from the registry where it names the unit', () => {
    const { json } = inspect('samples/qn-bao-cao-tthc-2025-01.xlsx', '--registry', 'targets/units/quang-nam.yaml');
    expect(json.observations.find((o) => o.unit === 'UBND huyện Duy Xuyên')!.level).toBe('district');
  });

  it('table form: Vietnamese, with the column mapping and units', () => {
    const run = runCli(['inspect', 'samples/qb-bao-cao-tthc-2025-05.xlsx']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dạng: báo cáo tháng (biểu II.06a/VPCP/KSTT)');
    expect(run.stdout).toMatch(/J\s+Số hồ sơ đã giải quyết xong \/ Trễ hạn\s+resolved_late/);
    expect(run.stderr).toContain('Cảnh báo [IDENTITY_RESOLVED]');
  });
});

describe('inspect: the Quảng Nam dossier list and the monthly forms counted from it', () => {
  it('every form figure equals the list, but the documented May difference; the list warns of its partial first month', () => {
    const list = inspect('samples/qn-danh-sach-ho-so-2025-h1.csv').json;
    expect(list.files[0]!.shape).toBe('dossier_list');
    expect(list.warnings.map((w) => w.code)).toEqual(['DOSSIER_CARRY_OVER_FIRST_MONTH']);
    const fromList = new Map(list.observations.map((o) => [`${o.unit}|${o.period}|${o.measure}`, o.value]));
    const forms = inspect(...MONTHS.map((m) => `samples/qn-bao-cao-tthc-2025-${m}.xlsx`)).json;
    const differences = forms.observations.filter((o) => fromList.get(`${o.unit}|${o.period}|${o.measure}`) !== o.value);
    // samples/generate.mjs DIFFERENCE: in May, UBND huyện Thăng Bình counts 4 postal (BCCI) dossiers as online
    expect(differences.map((o) => [o.unit, o.period, o.measure, o.value - fromList.get(`${o.unit}|${o.period}|${o.measure}`)!])).toEqual([
      ['UBND huyện Thăng Bình', '2025-05', 'received_online', 4],
      ['UBND huyện Thăng Bình', '2025-05', 'received_offline', -4],
    ]);
    expect(forms.observations).toHaveLength(6 * 25 * 12);
  });
});

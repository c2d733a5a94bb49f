/**
 * Each target judged on its own period, with the data that belongs to it: the table of issue
 * "judge each target on its own period", row by row, on small forms made here, through the built CLI.
 * Expected figures are worked out in the test from the counts written into the forms.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

interface Finding {
  threshold_id: string;
  scope: { unit?: string; level: string };
  period: string;
  value: number | null;
  status: string;
  gap: number | null;
  needed: number | null;
  numerator: number | null;
  denominator: number | null;
  problems?: { code: string; message: { vi: string; en: string }; months?: string[]; units?: { unit: string; value: number | null; status: string }[] }[];
}
interface Report {
  as_of: string;
  findings: Finding[];
  summary: Record<string, number>;
}

const TARGETS = `schema: parcheck/targets@1
document:
  id: vd-2024
  number: 1/KH-UBND
  date: 2024-01-10
  issuer: UBND tỉnh Quảng Nam
  title: Kế hoạch thử nghiệm kỳ của chỉ tiêu
  province: quang-nam
version: 1.0.0
targets:
  - id: pay-2024
    indicator: online_payment_rate
    comparator: ">="
    value: 30
    unit: percent
    deadline: 2024
    source: { section: "1", quote: "tỷ lệ thanh toán trực tuyến năm 2024 đạt từ 30% trở lên" }
  - id: pay-2025
    indicator: online_payment_rate
    comparator: ">="
    value: 30
    unit: percent
    deadline: 2025
    source: { section: "2", quote: "tỷ lệ thanh toán trực tuyến năm 2025 đạt từ 30% trở lên" }
  - id: online-2025
    indicator: online_dossier_rate
    comparator: ">="
    value: 50
    unit: percent
    deadline: 2025
    source: { section: "3", quote: "tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên" }
  - id: par-rank-improves-2024
    indicator: par_index_rank
    comparator: reduction_vs
    value: 0
    strict: true
    unit: percent_change
    deadline: 2024
    baseline: { year: 2023 }
    source: { section: "4", quote: "tăng vị trí xếp hạng Chỉ số PAR INDEX năm 2024" }
  - id: pci-top6-2025
    indicator: pci_rank
    comparator: rank_within
    value: 6
    unit: rank
    deadline: 2025
    source: { section: "5", quote: "PCI thuộc nhóm 06 tỉnh dẫn đầu" }
  - id: on-time-each-2025
    indicator: on_time_rate
    comparator: ">="
    value: 80
    unit: percent
    deadline: 2025
    scope: { level: province, each: unit }
    source: { section: "6", quote: "100% các sở, ngành có tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 80% trở lên" }
`;

let dir = '';
const at = (name: string) => path.join(dir, name);
const write = (name: string, body: string) => {
  writeFileSync(at(name), body);
  return at(name);
};

/** A rate table of one month: payable and paid-online dossiers of one unit. */
function payTable(month: string, payable: number, paid: number): string {
  const [y, m] = month.split('-');
  return write(
    `thanh-toan-${month}.csv`,
    `ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM;;;;\nBÁO CÁO TỶ LỆ THANH TOÁN TRỰC TUYẾN THÁNG ${Number(m)}/${y};;;;\n` +
      `STT;Tên đơn vị;Cấp;Số hồ sơ có nghĩa vụ tài chính;Số hồ sơ thanh toán trực tuyến\n1;Sở Tư pháp;tỉnh;${payable};${paid}\n`,
  );
}

interface FormUnit {
  name: string;
  online: number;
  offline: number;
  carried: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
}

/** Biểu II.06a for one period ("THÁNG 1/2025", "NĂM 2025"), with identities that hold. */
function form(name: string, periodTitle: string, units: FormUnit[], province = 'QUẢNG NAM'): string {
  const rows = units.map((u, i) => {
    const resolved = u.early + u.onTime + u.late;
    const received = u.online + u.offline + u.carried;
    expect(received).toBe(resolved + u.pending);
    return [i + 1, u.name, received, u.online, u.offline, u.carried, resolved, u.early, u.onTime, u.late, u.pending, u.pending, 0, 0].join(';');
  });
  return write(
    name,
    `ỦY BAN NHÂN DÂN TỈNH ${province};;;;;;;;;;;;;\nBÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ${periodTitle};;;;;;;;;;;;;\n` +
      'STT;Tên đơn vị;Số hồ sơ nhận giải quyết;;;;Số hồ sơ đã giải quyết;;;;Số hồ sơ đang giải quyết;;;Số kết quả giải quyết được số hóa\n' +
      ';;Tổng số;Trong kỳ;;Từ kỳ trước chuyển qua;Tổng số;Trước hạn;Đúng hạn;Quá hạn;Tổng số;Trong hạn;Quá hạn;\n' +
      ';;;Trực tuyến;Trực tiếp, dịch vụ bưu chính;;;;;;;;;\n' +
      `${rows.join('\n')}\n`,
  );
}

function index(name: string, rows: [string, number, number, number][]): string {
  return write(
    name,
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM;;;;;\nKẾT QUẢ CÁC CHỈ SỐ ĐÁNH GIÁ CỦA TỈNH;;;;;\nSTT;Chỉ số;Năm;Điểm;Xếp hạng;Ghi chú\n' +
      rows.map(([idx, year, score, rank], i) => `${i + 1};${idx};${year};${score};${rank};/63`).join('\n') +
      '\n',
  );
}

const months = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

function check(files: string[], extra: string[] = []) {
  return runJson<Report>(['check', ...files, '--targets', at('targets.yaml'), '--format', 'json', '--fail-on', 'never', ...extra]);
}

function one(r: Report, threshold: string, level = 'all', unit?: string): Finding {
  const hits = r.findings.filter((f) => f.threshold_id === threshold && f.scope.level === level && f.scope.unit === unit);
  expect(hits, threshold).toHaveLength(1);
  return hits[0]!;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parcheck-verdicts-'));
  write('targets.yaml', TARGETS);
});

describe('a target is judged on its own period', () => {
  it('a 2024 target with December 2024 at 20% and June 2025 at 60%: no verdict from 2025, the 2024 year is incomplete', () => {
    const { json, code } = check([payTable('2024-12', 100, 20), payTable('2025-06', 100, 60)]);
    expect(code).toBe(0);
    const f = one(json, 'pay-2024');
    expect(f.status).toBe('incomplete');
    expect(f.period).toBe('2024-12');
    expect(f.value).toBe(20);
    const p = f.problems!.find((x) => x.code === 'INCOMPLETE_PERIOD')!;
    expect(p.months).toEqual(months(2024, 1, 11));
    expect(p.message.vi).toContain('2024-01..2024-11');
  });

  it('the same with all twelve months of 2024 at 20%: missed, 20%, period 2024', () => {
    const files = [...months(2024, 1, 12).map((m) => payTable(m, 100, 20)), payTable('2025-06', 100, 60)];
    const { json } = check(files);
    const f = one(json, 'pay-2024');
    expect([f.status, f.period, f.value, f.numerator, f.denominator]).toEqual(['missed', '2024', 20, 240, 1200]);
  });

  it('a 2025 target, twelve months of 2025, as of 2026-03: the 2025 verdict on 2025 figures', () => {
    const files = [...months(2025, 1, 12).map((m) => payTable(m, 100, 60)), payTable('2026-01', 100, 10)];
    const { json } = check(files, ['--as-of', '2026-03']);
    const f = one(json, 'pay-2025');
    expect([f.status, f.period, f.value]).toEqual(['met', '2025', 60]);
  });

  it('a 2025 target, January to June 2025 only, as of 2025-12: no final verdict', () => {
    const { json } = check(
      months(2025, 1, 6).map((m) => payTable(m, 100, 60)),
      ['--as-of', '2025-12'],
    );
    const f = one(json, 'pay-2025');
    expect(f.status).toBe('incomplete');
    expect(f.value).toBe(60);
    expect(f.problems!.find((x) => x.code === 'INCOMPLETE_PERIOD')!.months).toEqual(months(2025, 7, 12));
    expect(json.summary.met).toBe(0);
  });

  it('PAR INDEX rank 17 (2023), 25 (2024), 10 (2025): "improve the rank in 2024" is missed (2024 worsened by 8 places)', () => {
    const par = 'Chỉ số cải cách hành chính (PAR INDEX)';
    const { json, code } = check(
      [
        index('chi-so.csv', [
          [par, 2023, 85, 17],
          [par, 2024, 84, 25],
          [par, 2025, 88, 10],
        ]),
      ],
      ['--fail-on', 'missed'],
    );
    const f = one(json, 'par-rank-improves-2024');
    expect(f.status).toBe('missed');
    expect(f.period).toBe('2024');
    expect([f.numerator, f.denominator]).toEqual([25, 17]);
    expect(f.value).toBeCloseTo(((17 - 25) / 17) * 100, 9);
    expect(code).toBe(1);
  });

  it('PCI ranks for 2023 and 2024 only, a 2025 top-6 target as of 2025-12: not final until the 2025 rank exists', () => {
    const pci = 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)';
    const { json } = check(
      [
        index('pci.csv', [
          [pci, 2023, 65, 19],
          [pci, 2024, 67, 12],
        ]),
      ],
      ['--as-of', '2025-12'],
    );
    const f = one(json, 'pci-top6-2025');
    expect(f.status).toBe('incomplete');
    expect([f.value, f.period]).toEqual([12, '2024']);
    expect(f.problems!.find((x) => x.code === 'INCOMPLETE_PERIOD')!.message.en).toContain('2025');
  });
});

describe('values shown never contradict statuses', () => {
  const u = { name: 'Sở Xây dựng', online: 12_499, offline: 12_501, carried: 0, early: 5_000, onTime: 20_000, late: 0, pending: 0 };
  it('12,499 of 25,000 online against ≥ 50%: missed, 49,99% and -0,01 in every format, exact in JSON', () => {
    const file = form('nam-2025.csv', 'NĂM 2025', [u]);
    const { json } = check([file]);
    const f = one(json, 'online-2025');
    expect(f.status).toBe('missed');
    expect(f.value).toBe((12_499 * 100) / 25_000);
    expect(f.needed).toBe(1);

    const table = runCli(['check', file, '--targets', at('targets.yaml'), '--level', 'all', '--fail-on', 'never']);
    const row = table.stdout.split('\n').find((l) => l.includes('Tỷ lệ hồ sơ trực tuyến'))!;
    expect(row).toContain('49,99%');
    expect(row).toContain('Không đạt');
    expect(row).toContain('-0,01 điểm %');
    expect(row).not.toMatch(/│\s*50%/);

    const md = runCli(['check', file, '--targets', at('targets.yaml'), '--level', 'all', '--format', 'md', '--lang', 'en', '--fail-on', 'never']);
    const mdRow = md.stdout.split('\n').find((l) => l.includes('Online dossier rate') || l.includes('online'))!;
    expect(mdRow).toContain('49.99%');
    expect(mdRow).toContain('-0.01');

    const csv = runCli(['check', file, '--targets', at('targets.yaml'), '--level', 'all', '--format', 'csv', '--fail-on', 'never']);
    const lines = csv.stdout.replace(/^\uFEFF/, '').split('\r\n');
    const head = lines[0]!.split(',');
    const csvRow = lines.find((l) => l.includes('online-2025'))!.split(',');
    expect(csvRow[head.indexOf('value')]).toBe('49.99');
    expect(csvRow[head.indexOf('gap')]).toBe('-0.01');
  });
});

describe('options never relabel or merge silently', () => {
  const unit = (online: number): FormUnit => ({ name: 'Sở Tư pháp', online, offline: 100 - online, carried: 0, early: 0, onTime: 100, late: 0, pending: 0 });

  it('six forms naming January to June with --period 2025-03: exit 2 naming both periods', () => {
    const files = months(2025, 1, 6).map((m) => form(`thang-${m}.csv`, `THÁNG ${Number(m.slice(5))}/2025`, [unit(60)]));
    const run = runCli(['check', ...files, '--targets', at('targets.yaml'), '--period', '2025-03']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INPUT_PERIOD_CONFLICT');
    expect(run.stderr).toContain('2025-01');
    expect(run.stderr).toContain('2025-03');
    expect(run.stdout).toBe('');
  });

  it('a Quảng Nam form with --province quang-binh: exit 2 saying the file names Quảng Nam', () => {
    const file = form('qn-thang-1.csv', 'THÁNG 1/2025', [unit(60)]);
    const run = runCli(['check', file, '--province', 'quang-binh']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INPUT_PROVINCE_CONFLICT');
    expect(run.stderr).toContain('quang-nam: ');
    expect(run.stderr).toContain('qn-thang-1.csv');
    expect(run.stderr).toContain('quang-binh');
  });

  it('forms of two provinces: the error lists the files of each, expected and found differ', () => {
    const qn = form('qn-a.csv', 'THÁNG 1/2025', [unit(60)]);
    const qb = form('qb-a.csv', 'THÁNG 1/2025', [unit(60)], 'QUẢNG BÌNH');
    const run = runCli(['check', qn, qb]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INPUT_PROVINCE_CONFLICT');
    expect(run.stderr).toMatch(/quang-nam: [^;\n]*qn-a\.csv/);
    expect(run.stderr).toMatch(/quang-binh: [^;\n]*qb-a\.csv/);
  });

  it('two January forms for the same unit, 10% and 90% online: exit 2 naming both files and cells', () => {
    const a = form('a-thang-1.csv', 'THÁNG 1/2025', [unit(10)]);
    const b = form('b-thang-1.csv', 'THÁNG 1/2025', [unit(90)]);
    const run = runCli(['check', a, b, '--targets', at('targets.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INPUT_DUPLICATE');
    expect(run.stderr).toMatch(/a-thang-1\.csv:\d+:\d+/);
    expect(run.stderr).toMatch(/b-thang-1\.csv:\d+:\d+/);
  });

  it('the same January form twice: merged with a note, the figures counted once', () => {
    const a = form('c-thang-1.csv', 'THÁNG 1/2025', [unit(60)]);
    const b = form('d-thang-1.csv', 'THÁNG 1/2025', [unit(60)]);
    const { json, code, stderr } = check([a, b]);
    expect(code).toBe(0);
    expect(stderr).toContain('DUPLICATE_OBSERVATION');
    const f = one(json, 'online-2025');
    expect([f.numerator, f.denominator]).toEqual([60, 100]);
  });
});

describe('each: unit', () => {
  it('"100% các sở … đạt từ 80%": Sở Tư pháp 70%, Sở Tài chính 95% is not met, and the finding names Sở Tư pháp', () => {
    const tuPhap = { name: 'Sở Tư pháp', online: 40, offline: 60, carried: 0, early: 10, onTime: 60, late: 30, pending: 0 };
    const taiChinh = { name: 'Sở Tài chính', online: 100, offline: 100, carried: 0, early: 40, onTime: 150, late: 10, pending: 0 };
    const { json } = check([form('so-nam-2025.csv', 'NĂM 2025', [tuPhap, taiChinh])]);
    const level = one(json, 'on-time-each-2025', 'province');
    expect(level.status).toBe('missed');
    expect(level.value).toBe(70);
    const below = level.problems!.find((p) => p.code === 'UNITS_BELOW')!;
    expect(below.units).toEqual([{ unit: 'Sở Tư pháp', value: 70, status: 'missed' }]);
    expect(below.message.vi).toContain('Sở Tư pháp 70');
    expect(below.message.vi).not.toContain('Sở Tài chính');
    expect(one(json, 'on-time-each-2025', 'province', 'Sở Tài chính').status).toBe('met');
    // the ratio of sums alone would say 86.67% ≥ 80%: met
    expect(((10 + 60 + 40 + 150) * 100) / 300).toBeGreaterThan(80);
  });
});

/**
 * `parcheck check` on the bundled samples and the bundled Quảng Nam catalogue, every figure compared
 * with sums made by hand from the sample cells (read with exceljs, not with parcheck).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { neededUp, readIndex, readQnForms, readRateTable, round2, sum, type FormRow, type RateRow } from '../fixtures/check/read-samples.js';

interface Finding {
  target: string;
  threshold_id: string;
  document: { id: string };
  indicator: string;
  scope: { unit?: string; level: string };
  period: string;
  value: number | null;
  comparator: string;
  threshold: number | number[];
  status: string;
  gap: number | null;
  needed: number | null;
  numerator: number | null;
  denominator: number | null;
  sources: { numerator: { file: string; sheet?: string; cell?: string }[]; denominator: { file: string; sheet?: string; cell?: string }[] };
  superseded: string | null;
  trajectory?: { rule: string; baseline_value: number | null; baseline_period: string | null; ratio: number | null; points_per_month_needed: number | null };
  problems?: { code: string; message: { vi: string; en: string } }[];
}
interface Report {
  as_of: string;
  province: string;
  findings: Finding[];
  summary: Record<string, number>;
}

const DEMO = [...['01', '02', '03', '04', '05', '06'].map((m) => `samples/qn-bao-cao-tthc-2025-${m}.xlsx`), 'samples/qn-chi-so-2021-2024.xlsx', 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx'];

let report: Report; // as of December 2025: the 2025 deadlines are reached (met / missed)
let june: Report; // as of the latest input, June 2025: the 2025 deadlines are ahead (on / off track)
let code: number;
let forms: FormRow[];
let rates: RateRow[];

const find = (threshold: string, scope: { unit?: string; level: string }, doc?: string) => {
  const hits = report.findings.filter((f) => f.threshold_id === threshold && f.scope.level === scope.level && f.scope.unit === scope.unit && (!doc || f.document.id === doc));
  expect(hits, `${threshold} ${JSON.stringify(scope)}`).toHaveLength(1);
  return hits[0]!;
};

beforeAll(async () => {
  const run = runJson<Report>(['check', ...DEMO, '--format', 'json']);
  june = run.json;
  code = run.code;
  report = runJson<Report>(['check', ...DEMO, '--format', 'json', '--as-of', '2025-12']).json;
  forms = await readQnForms();
  rates = await readRateTable();
});

describe('check on the Quảng Nam samples (bundled catalogue)', () => {
  it('tells the province from the title rows and the as-of month from the latest input', () => {
    expect(june.province).toBe('quang-nam');
    expect(june.as_of).toBe('2025-06');
    expect(report.as_of).toBe('2025-12');
    // the 2024 targets of the PAR INDEX plan are past their deadline, but the inputs hold 2024 only for the
    // indexes: the rates of 2024 are incomplete (never judged on 2025's figures), so nothing is missed
    expect(june.findings.some((f) => f.status === 'missed')).toBe(false);
    expect(june.findings.find((f) => f.threshold_id === 'online-payment-rate-2024' && !f.scope.unit)?.status).toBe('incomplete');
    expect(code).toBe(0);
    const counted = Object.fromEntries(['met', 'missed', 'incomplete', 'on-track', 'off-track', 'no-data', 'invalid'].map((s) => [s, june.findings.filter((f) => f.status === s).length]));
    expect(june.summary).toEqual(counted);
  });

  it('in June 2025, a 2025 target is judged on the year to date, or on its track with the points a month still needed', () => {
    for (const [level, t] of [
      ['province', 100],
      ['district', 100],
      ['commune', 95],
    ] as const) {
      const rows = forms.filter((r) => r.level === level);
      const v = (sum(rows, (r) => r.digitized_results) * 100) / sum(rows, (r) => r.resolved_total);
      const f = june.findings.find((x) => x.threshold_id === `digitized-results@2025/${level}` && x.scope.unit === undefined)!;
      expect(f.value).toBeCloseTo(v, 9);
      // which one depends on the deadline rule of src/check/evaluate.ts (a year deadline reached in
      // its year, or at its end); both must agree with the figures
      if (f.status === 'met' || f.status === 'missed') {
        expect(f.status).toBe(v >= t ? 'met' : 'missed');
      } else {
        expect(f.status === 'on-track').toBe(v >= t || (f.trajectory!.ratio !== null && f.trajectory!.ratio >= 0.95));
        expect(f.trajectory!.points_per_month_needed).toBe(round2(Math.max(0, t - v) / 6)); // 2025-06 → 2025-12
      }
    }
  });

  it('>=: the online dossier rate of the province as a whole is a ratio of sums over every unit and month', () => {
    const online = sum(forms, (r) => r.received_online);
    const den = online + sum(forms, (r) => r.received_offline);
    const f = find('online-dossier-rate-2025', { level: 'all' }, 'qn-2370-2021');
    expect(f.period).toBe('2025-01..2025-06');
    expect(f.numerator).toBe(online);
    expect(f.denominator).toBe(den);
    expect(f.value).toBeCloseTo((online * 100) / den, 9);
    expect(f.gap).toBeCloseTo((online * 100) / den - 50, 9);
    // as of December with January to June only: the figures so far, no final verdict
    expect(f.status).toBe('incomplete');
    expect(f.problems!.find((p) => p.code === 'INCOMPLETE_PERIOD')!.message.en).toContain('2025-07..2025-12');
    expect(f.needed).toBe(0);
    // every unit-month's online cell (column D) is a source of the numerator
    expect(f.sources.numerator).toHaveLength(forms.length);
    expect(f.sources.numerator).toContainEqual({ file: 'samples/qn-bao-cao-tthc-2025-01.xlsx', sheet: 'Biểu II.06a', cell: `D${forms[0]!.row}` });
  });

  it('a per-level schedule: digitization 2025 thresholds (100 / 100 / 95 %) per level, with the dossiers needed', () => {
    for (const [level, t] of [
      ['province', 100],
      ['commune', 95],
    ] as const) {
      const rows = forms.filter((r) => r.level === level);
      const num = sum(rows, (r) => r.digitized_results);
      const den = sum(rows, (r) => r.resolved_total);
      const f = find(`digitized-results@2025/${level}`, { level });
      expect(f.threshold).toBe(t);
      expect([f.numerator, f.denominator]).toEqual([num, den]);
      expect(f.value).toBeCloseTo((num * 100) / den, 9);
      expect(f.gap).toBeCloseTo((num * 100) / den - t, 9);
      expect(f.status).toBe('incomplete');
      expect(f.needed).toBe(neededUp(num, den, t));
    }
    // the district level was abolished on 2025-07-01: a year to December 2025 skips its threshold
    expect(report.findings.some((f) => f.threshold_id === 'digitized-results@2025/district')).toBe(false);
    expect(june.findings.filter((f) => f.threshold_id === 'digitized-results@2025/district' && !f.scope.unit)).toHaveLength(1);
    // no threshold of another schedule year is checked at a 2025 as-of date
    expect(report.findings.some((f) => /^digitized-results@202[1-4]/.test(f.threshold_id))).toBe(false);
  });

  it('reports each unit of the level, so the officer sees which units hold the province back', () => {
    const rows = forms.filter((r) => r.unit === 'UBND xã Bình Minh');
    const num = sum(rows, (r) => r.digitized_results);
    const den = sum(rows, (r) => r.resolved_total);
    const f = find('digitized-results@2025/commune', { unit: 'UBND xã Bình Minh', level: 'commune' });
    expect(f.value).toBeCloseTo((num * 100) / den, 9);
    expect(f.needed).toBe(neededUp(num, den, 95));
    const units = new Set(report.findings.filter((x) => x.threshold_id === 'digitized-results@2025/commune' && x.scope.unit).map((x) => x.scope.unit));
    expect(units).toEqual(new Set(forms.filter((r) => r.level === 'commune').map((r) => r.unit)));
  });

  it(">= on a rate table read once (June): online payments over the dossiers resolved in the same month (2370's clause)", () => {
    const paid = sum(rates, (r) => r.paid);
    // "đối với tổng số hồ sơ giải quyết": June's resolved dossiers, the only month the payments cover
    const resolved = sum(
      forms.filter((r) => r.month === '2025-06'),
      (r) => r.resolved_total,
    );
    const f = find('online-payment-rate-2025', { level: 'all' }, 'qn-2370-2021');
    expect(f.indicator).toBe('online_payment_rate_resolved');
    expect(f.period).toBe('2025-06');
    expect([f.numerator, f.denominator]).toEqual([paid, resolved]);
    expect(f.value).toBeCloseTo((paid * 100) / resolved, 9);
    expect(f.status).toBe('incomplete');
  });

  it('a rank (<=) from the index table, for the province as a whole, never as a unit', async () => {
    const papi = await readIndex(/PAPI/, 2024);
    const f = find('papi-rank-2025', { level: 'all' }, 'qn-2370-2021');
    expect(f.comparator).toBe('<=');
    expect(f.value).toBe(papi.rank);
    expect(f.gap).toBe(20 - papi.rank);
    // as of December 2025 the 2025 index is not out: the 2024 rank is what the figures so far show
    expect(f.status).toBe('incomplete');
    expect(f.period).toBe('2024');
    expect(f.sources.numerator).toEqual([{ file: 'samples/qn-chi-so-2021-2024.xlsx', sheet: 'Chỉ số', cell: papi.rankCell }]);
    // and the Resolution 16 programme repeats the same top 20: counted once, named
    expect(f.problems!.map((p) => p.code)).toEqual(['INCOMPLETE_PERIOD', 'REPEATED_TARGET']);
    expect(report.findings.some((x) => x.scope.unit === 'Tỉnh Quảng Nam')).toBe(false);
  });

  it('supersession: PCI top 6 (Resolution 16 programme) wins over top 10 (2021-2025 plan) and names it', async () => {
    const pci = await readIndex(/PCI/, 2024);
    const f = find('pci-rank-2025', { level: 'all' }, 'qn-16nqtu-2021');
    expect(f.threshold).toBe(6);
    expect(f.value).toBe(pci.rank);
    expect(f.gap).toBe(6 - pci.rank);
    expect(f.status).toBe('incomplete'); // the 2025 PCI is not in the inputs
    expect(f.superseded).toBe('qn-2370-2021#pci-rank-2025');
    expect(report.findings.filter((x) => x.document.id === 'qn-2370-2021' && x.target === 'pci-rank-2025')).toEqual([]);
  });

  it('a 2030 rank target before its deadline: off-track by the growth-ratio rule, with points a month', async () => {
    const base = (await readIndex(/PCI/, 2021)).rank;
    const now = (await readIndex(/PCI/, 2024)).rank;
    const f = find('pci-rank-2030', { level: 'all' });
    // Statistics Canada / Open SDG: R = d × CAGR_observed / |CAGR_required|, d = −1 (lower rank is better)
    const observed = (now / base) ** (1 / 3) - 1; // 2021-12 → 2024-12
    const required = (5 / base) ** (1 / 9) - 1; // 2021-12 → 2030-12
    const ratio = (-1 * observed) / Math.abs(required);
    expect(f.status).toBe(ratio >= 0.95 ? 'on-track' : 'off-track');
    expect(f.trajectory!.rule).toBe('statcan-open-sdg-growth-ratio');
    expect(f.trajectory!.baseline_value).toBe(base);
    expect(f.trajectory!.baseline_period).toBe('2021');
    expect(f.trajectory!.ratio).toBeCloseTo(ratio, 2);
    expect(f.trajectory!.points_per_month_needed).toBe(round2((now - 5) / 72)); // 2024-12 → 2030-12
  });

  it('a reduction against a baseline year: PAR INDEX rank 2024 against 2023', async () => {
    const r23 = (await readIndex(/PAR INDEX/, 2023)).rank;
    const r24 = (await readIndex(/PAR INDEX/, 2024)).rank;
    const f = find('par-index-rank-improves-2024', { level: 'all' });
    expect([f.numerator, f.denominator]).toEqual([r24, r23]);
    expect(f.value).toBeCloseTo(((r23 - r24) / r23) * 100, 9);
    expect(f.status).toBe('met');
  });

  it('a growth against the year before: PAR INDEX score 2024 against 2023', async () => {
    const s23 = (await readIndex(/PAR INDEX/, 2023)).score;
    const s24 = (await readIndex(/PAR INDEX/, 2024)).score;
    const f = find('par-index-score-improves-2024', { level: 'all' });
    expect([f.numerator, f.denominator]).toEqual([s24, s23]);
    expect(f.value).toBeCloseTo(((s24 - s23) / s23) * 100, 9);
    expect(f.gap).toBeCloseTo(((s24 - s23) / s23) * 100, 9);
    expect(f.status).toBe('met');
  });

  it('an indicator the inputs never carry gives one no-data finding at the threshold’s own scope, naming the measures', () => {
    const circulation = report.findings.filter((f) => f.indicator === 'e_circulation_rate');
    expect(circulation.length).toBeGreaterThan(0);
    for (const f of circulation) {
      expect(f.status).toBe('no-data');
      expect(f.scope.unit).toBeUndefined();
      expect(f.problems).toHaveLength(1);
      expect(f.problems![0]!.message.en).toContain('e_circulated');
    }
    const perThreshold = new Map<string, number>();
    for (const f of circulation) perThreshold.set(`${f.document.id}#${f.threshold_id}`, (perThreshold.get(`${f.document.id}#${f.threshold_id}`) ?? 0) + 1);
    expect([...perThreshold.values()].every((n) => n === 1)).toBe(true);
    // a unit gets a no-data line only for an indicator it reports, when its figures cannot give a
    // rate (no payable dossier in June: a denominator of 0), never for one the inputs lack
    for (const f of june.findings.filter((x) => x.status === 'no-data' && x.scope.unit !== undefined)) {
      expect(f.indicator).toBe('online_payment_rate');
      expect(rates.find((r) => r.unit === f.scope.unit)!.payable).toBe(0);
    }
  });
});

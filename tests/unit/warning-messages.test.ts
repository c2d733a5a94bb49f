/**
 * The message catalogue: every warning code has words in both languages, and the raise sites give the
 * words they gave when each wrote its own (recorded before the catalogue, fixtures/warnings).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IngestedFile, Observation, SourceRef, Threshold, Finding } from '../../src/core/types.js';
import type { IngestWarning, WarningCode } from '../../src/core/warnings.js';
import { WARNING_CODES, warningMessage, warningText, withWarningText } from '../../src/report/warning-messages.js';
import { crossCheck } from '../../src/ingest/checks.js';
import type { TableRows, UnitRow } from '../../src/ingest/table.js';
import { listWarnings } from '../../src/ingest/dossier-list/list-warnings.js';
import type { RowCounts } from '../../src/ingest/dossier-list/rows.js';
import type { Tally } from '../../src/ingest/dossier-list/tally.js';
import type { ColumnIndex } from '../../src/ingest/dossier-list/columns.js';
import { checkCarryOver } from '../../src/ingest/carry-over.js';
import { districtNotApplicable } from '../../src/check/select.js';
import { repeatNote } from '../../src/check/repeats.js';
import { combineEach } from '../../src/check/each-unit.js';
import { declaredRateNotes } from '../../src/check/declared.js';
import { MeasureStore } from '../../src/measures/store.js';
import { sampleWarning, WARNING_SAMPLES } from './warning-samples.js';

const CODES = Object.keys(WARNING_SAMPLES) as WarningCode[];

describe('every warning code has words', () => {
  it.each(CODES)('%s, in Vietnamese and in English', (code) => {
    const w = sampleWarning(code);
    const vi = warningMessage(w, 'vi');
    const en = warningMessage(w, 'en');
    for (const words of [vi, en]) {
      expect(words.length).toBeGreaterThan(10);
      expect(words).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(vi).not.toBe(en);
    expect(warningText(w)).toEqual({ vi, en });
  });

  it('JSON keeps its shape: the words in the place of the data', () => {
    const w = { code: 'HIDDEN_ROW', location: { file: 'a.csv' }, data: { row: 3 }, cells: [] } as IngestWarning;
    const json = withWarningText(w);
    expect(Object.keys(json)).toEqual(['code', 'location', 'message', 'cells']);
    expect(json.message).toEqual({ vi: 'Dòng ẩn 3 được bỏ qua', en: 'Hidden row 3 is ignored' });
  });
});

// The same calls as the one-off script that recorded the words before (each raise site wrote its own).
function sampleRaises(): IngestWarning[] {
  const fig = (value: number, cell: string, file = 'f.xlsx') => ({ value, source: { file, sheet: 'S', cell } as SourceRef });
  const unit = (name: string, figures: Record<string, ReturnType<typeof fig>>) =>
    ({ unit: name, level: 'district', levelFrom: 'registry', row: { number: 5, cells: [] }, figures: new Map(Object.entries(figures)) }) as unknown as UnitRow;
  const a = unit('UBND huyện A', {
    received_total: fig(10, 'C5'),
    received_online: fig(4, 'D5'),
    received_offline: fig(3, 'E5'),
    received_carried_over: fig(2, 'F5'),
    resolved_total: fig(12, 'G5'),
    pending_total: fig(1, 'H5'),
  });
  const b = unit('UBND huyện B', { received_total: fig(7.5, 'C6'), digitized_results: fig(9, 'I6'), resolved_total: fig(8, 'G6') });
  const out: IngestWarning[] = [];
  const rows: TableRows = {
    units: [a, b],
    groups: [{ label: 'Cấp huyện', figures: new Map([['received_total', fig(1234.5, 'C4')]]), units: [a, b] }],
    total: null,
    totals: [new Map([['received_total', fig(20, 'C20')]])],
    notes: [],
  };
  out.push(...crossCheck(rows));
  const counts = {
    rows: 12,
    blankRows: 0,
    blankUnit: 2,
    unknownChannel: { 'Bưu chính': 3 },
    unknownStatus: { 'Chờ ký số': 1, Lạ: 4 },
    unknownFlag: { 'paid_online\u0000có?': 2 },
    placeholder: { n: 3, line: 7 },
    before2000: { n: 0, line: 0 },
    afterAsOf: { n: 1, line: 9 },
    pendingWithReturn: { n: 2, line: 11 },
    doneWithoutReturn: { n: 0, line: 0 },
    countLine: { n: 14, line: 30 },
  } as RowCounts;
  const tally = { noDueDate: 5, returnBeforeReceipt: 1, names: ['x'], firstMonth: 2025 * 12, lastMonth: 2025 * 12 + 2 } as unknown as Tally;
  const columns = { status: 3, channel: 4, returned: 6, due: 7, received: 5, unit: 1, paid_online: 8 } as unknown as ColumnIndex;
  const header = ['STT', 'Đơn vị', 'Mã', 'Trạng thái', 'Hình thức', 'Ngày nhận', 'Ngày trả', 'Hạn', 'Thanh toán'];
  out.push(...listWarnings(tally, counts, 'list.csv', columns, header, { limitDay: 20000, text: 'x', from: 'export' } as never, undefined));
  out.push(...listWarnings(tally, { ...counts, countLine: undefined }, 'list.xlsx', columns, header, undefined, 'Sheet1'));
  const o = (u: string, period: string, measure: string, value: number, cell: string, file = 'f.xlsx'): Observation => ({
    unit: u,
    level: 'district',
    period,
    measure,
    value,
    source: { file, sheet: 'S', cell },
  });
  const files = [
    { path: 'f1', shape: 'monthly_report', observations: [o('UBND huyện A', '2025-01', 'pending_total', 7, 'H5', 'jan.xlsx')], warnings: [] },
    { path: 'f2', shape: 'monthly_report', observations: [o('UBND huyện A', '2025-02', 'received_carried_over', 1005, 'F5', 'feb.xlsx')], warnings: [] },
  ] as unknown as IngestedFile[];
  checkCarryOver(files);
  out.push(...files[1]!.warnings);
  const t = (id: string, doc: string, number: string) => ({ id, target: `${id}-target`, file: 't.yaml', document: { id: doc, number, date: '2025-01-01' } }) as unknown as Threshold;
  out.push(districtNotApplicable(t('online@2025/district', 'qn-2370-2021', 'x')));
  out.push(repeatNote([t('a', 'doc-b', '16/NQ-TU'), t('b', 'doc-c', '')]));
  const finding = (u: string | undefined, status: string, value: number | null) =>
    ({ scope: { unit: u, level: 'district' }, status, value, gap: value === null ? null : value - 80, needed: 1, numerator: 1, denominator: 1, formula: 'f', problems: [] }) as unknown as Finding;
  out.push(...combineEach(finding(undefined, 'met', 90), [finding('Sở A', 'missed', 70.456), finding('Sở B', 'no-data', null), finding('Sở C', 'met', 95)]).problems!);
  out.push(...combineEach(finding(undefined, 'met', 90), [finding('Sở C', 'met', 95)]).problems!);
  out.push(
    ...declaredRateNotes([
      o('Sở A', '2025-03', 'digitized_result_rate_declared', 95.3, 'K5'),
      o('Sở A', '2025-03', 'digitized_results', 1234, 'I5'),
      o('Sở A', '2025-03', 'resolved_total', 1400, 'G5'),
    ]),
  );
  out.push(...new MeasureStore([o('Sở A', '2025-03', 'resolved_total', 5, 'G5', 'a.xlsx'), o('Sở A', '2025-03', 'resolved_total', 5, 'G5', 'b.xlsx')]).warnings);
  out.push(...new MeasureStore([o('Sở A', '2025-03', 'resolved_total', 5, 'G5', 'a.xlsx'), o('Sở A', '2025-03', 'resolved_total', 3, 'G5', 'b.xlsx')], { combine: 'sum' }).warnings);
  return out;
}

describe('raise sites give the words they wrote before the catalogue', () => {
  // Typed fixture: a recorded entry naming a code the catalogue no longer has fails here, by index.
  const recorded = z.array(z.strictObject({ code: z.enum(WARNING_CODES), vi: z.string().min(1), en: z.string().min(1) }));
  const before = recorded.parse(JSON.parse(readFileSync(new URL('../fixtures/warnings/words-before-catalogue.json', import.meta.url), 'utf8')));
  const now = sampleRaises().map((w) => ({ code: w.code, ...warningText(w) }));
  it('the same codes in the same order', () => expect(now.map((w) => w.code)).toEqual(before.map((w) => w.code)));
  it.each(before.map((w, i) => [i, w.code] as const))('#%i %s: same Vietnamese and English', (i) => expect(now[i]).toEqual(before[i]));
  it('covers 20 codes, identities, dossier lists, carry-over, findings and the store', () => expect(new Set(before.map((w) => w.code)).size).toBeGreaterThanOrEqual(20));
});

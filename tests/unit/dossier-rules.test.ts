/**
 * The dossier-list measures on a crafted 20-row file whose every figure was computed by hand
 * (tests/fixtures/dossiers/rules.csv), and the same file in every CSV dialect the scanner accepts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { ingestDossierList, isDossierListHeader } from '../../src/ingest/dossier-list/ingest-list.js';
import { foldText } from '../../src/ingest/text.js';
import type { IngestedFile } from '../../src/core/types.js';
import { warningMessage } from '../../src/report/warning-messages.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/dossiers/rules.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-dossier-'));

function table(result: IngestedFile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of result.observations) out[`${o.unit}|${o.period}|${o.measure}`] = o.value;
  return out;
}

// Hand-computed from the fixture's rows (A = Sở Tư pháp, B = UBND xã Tam Phú). received_total follows
// biểu II.06a: received in the month (online + offline) + carried over from the month before.
// A, January: received A01-A07 (online A01 A04 A05; offline A02 A03 A06 A07); returned A01 (early),
//   A02 (on time), A03 (late); pending at 31/01: A04 (due 31/01: in time), A05 (due 28/01: overdue),
//   A06, A07 (in time). Nothing received before January: carried over 0.
// A, February: carried over = pending at 31/01 = A04 A05 A06 A07 (4); received A08 A09 (online), A10
//   (offline); returned A06 (early), A07 (late), A09 (early), A10 (on time); pending at 28/02: A04, A05
//   (overdue), A08 (due 28/02: in time).
// B, January: received B01 B02 (online), B03 B04 B05 (offline); returned B01 (on time), B02 (early),
//   B03 (late); pending B04, B05 (in time). February: carried over B04 B05 (2); received B06 B07 B09
//   (online), B08 B10 (offline); returned B05 (on time), B06 (early), B07 (on time), B08 (late);
//   pending at 28/02: B04 (due 03/02), B09 (due 25/02) overdue, B10 (due 03/03) in time.
// In every month received_total = resolved_total + pending_total (A: 7 = 3 + 4, 7 = 4 + 3; B: 5 = 3 + 2,
// 7 = 4 + 3), as on the form.
const A_JAN = { online: 3, offline: 4, carried: 0 };
const A_FEB = { online: 2, offline: 1, carried: 4 };
const B_JAN = { online: 2, offline: 3, carried: 0 };
const B_FEB = { online: 3, offline: 2, carried: 2 };
const total = (m: { online: number; offline: number; carried: number }) => m.online + m.offline + m.carried;
const EXPECTED: Record<string, Record<string, Record<string, number>>> = {
  'Sở Tư pháp': {
    '2025-01': {
      received_total: total(A_JAN),
      received_online: A_JAN.online,
      received_offline: A_JAN.offline,
      received_carried_over: A_JAN.carried,
      resolved_total: 3,
      resolved_early: 1,
      resolved_on_time: 1,
      resolved_late: 1,
      pending_total: 4,
      pending_in_time: 3,
      pending_overdue: 1,
      digitized_results: 2,
      payable_dossiers: 3,
      paid_online: 2,
      e_circulated: 3,
    },
    '2025-02': {
      received_total: total(A_FEB),
      received_online: A_FEB.online,
      received_offline: A_FEB.offline,
      received_carried_over: A_FEB.carried,
      resolved_total: 4,
      resolved_early: 2,
      resolved_on_time: 1,
      resolved_late: 1,
      pending_total: 3,
      pending_in_time: 1,
      pending_overdue: 2,
      digitized_results: 3,
      payable_dossiers: 1,
      paid_online: 0,
      e_circulated: 2,
    },
  },
  'UBND xã Tam Phú': {
    '2025-01': {
      received_total: total(B_JAN),
      received_online: B_JAN.online,
      received_offline: B_JAN.offline,
      received_carried_over: B_JAN.carried,
      resolved_total: 3,
      resolved_early: 1,
      resolved_on_time: 1,
      resolved_late: 1,
      pending_total: 2,
      pending_in_time: 2,
      pending_overdue: 0,
      digitized_results: 2,
      payable_dossiers: 0,
      paid_online: 0,
      e_circulated: 2,
    },
    '2025-02': {
      received_total: total(B_FEB),
      received_online: B_FEB.online,
      received_offline: B_FEB.offline,
      received_carried_over: B_FEB.carried,
      resolved_total: 4,
      resolved_early: 1,
      resolved_on_time: 2,
      resolved_late: 1,
      pending_total: 3,
      pending_in_time: 1,
      pending_overdue: 2,
      digitized_results: 3,
      payable_dossiers: 1,
      paid_online: 1,
      e_circulated: 3,
    },
  },
};

function expectedTable(): Record<string, number> {
  const out: Record<string, number> = {};
  // no dossier of the fixture is rejected or withdrawn (its status column says so: those counts are 0)
  for (const [unit, months] of Object.entries(EXPECTED))
    for (const [m, values] of Object.entries(months)) for (const [k, v] of Object.entries({ ...values, dossiers_rejected: 0, dossiers_withdrawn: 0 })) out[`${unit}|${m}|${k}`] = v;
  // received in the month and resolved early / on time (whenever returned), by hand from the rows:
  // Sở Tư pháp Jan A01, A06 early, A02 on time; Feb A09 early, A10 on time;
  // Tam Phú Jan B02 early, B01, B05 on time; Feb B06 early, B07 on time
  const rip: [string, string, number, number][] = [
    ['Sở Tư pháp', '2025-01', 2, 1],
    ['Sở Tư pháp', '2025-02', 1, 1],
    ['UBND xã Tam Phú', '2025-01', 1, 2],
    ['UBND xã Tam Phú', '2025-02', 1, 1],
  ];
  for (const [unit, m, early, onTime] of rip) {
    out[`${unit}|${m}|received_in_period_resolved_early`] = early;
    out[`${unit}|${m}|received_in_period_resolved_on_time`] = onTime;
  }
  return out;
}

/** The fixture's records re-written with another delimiter / line ending / BOM / encoding. */
function variant(name: string, delimiter: string, eol: string, bom: boolean, encoding: 'utf8' | 'utf16le' = 'utf8'): string {
  const records = parse(readFileSync(FIXTURE, 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][];
  const q = (v: string) => (v.includes(delimiter) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v);
  const text = records.map((r) => r.map(q).join(delimiter)).join(eol) + eol;
  const file = path.join(dir, name);
  const body = Buffer.from((bom ? '\ufeff' : '') + text, encoding);
  writeFileSync(file, body);
  return file;
}

describe('dossier list: the measures of each month', () => {
  it('matches the hand-computed figures, carried-over included (0 in the first month, with a warning)', async () => {
    const result = await ingestDossierList(FIXTURE, {});
    expect(result.shape).toBe('dossier_list');
    expect(result.periods).toEqual(['2025-01', '2025-02']);
    expect(table(result)).toEqual(expectedTable());
    expect(result.rowsRead).toBe(20);
    const w = result.warnings.find((x) => x.code === 'DOSSIER_CARRY_OVER_FIRST_MONTH');
    expect(warningMessage(w!, 'en')).toContain('starts in 2025-01');
  });

  it('gives levels from the Cấp column, else from the name; rows counted with their lines', async () => {
    const result = await ingestDossierList(FIXTURE, {});
    expect(result.units).toEqual([
      { name: 'Sở Tư pháp', level: 'province', levelFrom: 'column' },
      { name: 'UBND xã Tam Phú', level: 'commune', levelFrom: 'name' },
    ]);
    const jan = result.observations.find((o) => o.unit === 'Sở Tư pháp' && o.period === '2025-01' && o.measure === 'received_total');
    // A01..A07 start on lines 2, 3, 4 (its procedure spans lines 4-5), 6, 7, 8, 9
    expect(jan?.source).toEqual({ file: FIXTURE, rows: '2-9', count: 7 });
  });

  it('warns on an unknown status with its count, not an error', async () => {
    const result = await ingestDossierList(FIXTURE, {});
    const w = result.warnings.find((x) => x.code === 'DOSSIER_STATUS_UNKNOWN');
    expect(warningMessage(w!, 'en')).toContain('"Chờ ký số" (1)');
    expect(result.warnings.map((x) => x.code)).not.toContain('IDENTITY_RECEIVED');
  });

  it('stops at the as-of month: later returns count as pending', async () => {
    const result = await ingestDossierList(FIXTURE, { asOf: '2025-01' });
    expect(result.periods).toEqual(['2025-01']);
    expect(table(result)['Sở Tư pháp|2025-01|pending_total']).toBe(4);
  });
});

describe('dossier list: CSV dialects give the same figures', () => {
  const cases: [string, string, string, boolean, ('utf8' | 'utf16le')?][] = [
    ['crlf-bom.csv', ';', '\r\n', true],
    ['lf-nobom.csv', ';', '\n', false],
    ['comma.csv', ',', '\r\n', true],
    ['tab.tsv', '\t', '\n', false],
    ['utf16.txt', '\t', '\r\n', true, 'utf16le'],
  ];
  for (const [name, delimiter, eol, bom, encoding] of cases) {
    it(name, async () => {
      const result = await ingestDossierList(variant(name, delimiter, eol, bom, encoding), {});
      expect(table(result)).toEqual(expectedTable());
    });
  }
});

describe('dossier list: bad input', () => {
  it('a bad date is INPUT_DATE with its line, column, value and the formats', async () => {
    const text = readFileSync(FIXTURE, 'utf8')
      .replace('10/02/2025;;Chờ', '10/02/2025;;Chờ')
      .replace('A09;Chứng thực;Sở Tư pháp;Cấp tỉnh;Trực tuyến;2025-02-10', 'A09;Chứng thực;Sở Tư pháp;Cấp tỉnh;Trực tuyến;31/02/2025');
    const file = path.join(dir, 'bad-date.csv');
    writeFileSync(file, text);
    const error = await ingestDossierList(file, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParcheckError);
    const e = error as ParcheckError;
    expect(e.code).toBe('INPUT_DATE');
    expect(e.location).toEqual({ file, line: 11, column: 6 });
    expect(e.found).toBe('31/02/2025');
    expect(String((e.expected as { en: string }).en)).toContain('dd/mm/yyyy');
  });

  it('a missing required column is INPUT_HEADER naming what was found', async () => {
    const records = parse(readFileSync(FIXTURE, 'utf8'), { delimiter: ';' }) as string[][];
    const dropped = records.map((r) => r.filter((_, i) => i !== 2)); // no "Đơn vị tiếp nhận"
    const file = path.join(dir, 'no-unit.csv');
    writeFileSync(file, dropped.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(';')).join('\n'));
    const error = (await ingestDossierList(file, {}).catch((e: unknown) => e)) as ParcheckError;
    expect(error.code).toBe('INPUT_HEADER');
    expect(error.found).toContain('Ngày tiếp nhận');
    expect(error.location.line).toBe(1);
  });

  it('an unterminated quote is INPUT_FORMAT at the record that opens it', async () => {
    const file = path.join(dir, 'open-quote.csv');
    writeFileSync(file, `${readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 3).join('\n')}\nX;"never closed;Sở Tư pháp;;Trực tuyến;02/01/2025;03/01/2025;;;;;;\n`);
    const error = (await ingestDossierList(file, {}).catch((e: unknown) => e)) as ParcheckError;
    expect(error.code).toBe('INPUT_FORMAT');
    expect(error.location.line).toBe(4);
  });
});

describe('isDossierListHeader', () => {
  it('needs the roles of a list: an id, a unit, two dates or more, a status or a channel', () => {
    const yes = ['STT', 'Mã hồ sơ', 'Đơn vị', 'Ngày nhận', 'Hạn xử lý', 'Ngày hoàn thành', 'Kênh nộp'].map(foldText);
    expect(isDossierListHeader(yes)).toBe(true);
    expect(isDossierListHeader(yes.slice(0, -1))).toBe(false);
    expect(isDossierListHeader(['Mã hồ sơ', 'Đơn vị', 'Ngày nhận', 'Trạng thái'].map(foldText))).toBe(false);
    expect(isDossierListHeader(['Mã hồ sơ', 'Đơn vị', 'Ngày nhận', 'Thời gian hoàn thành', 'Trạng thái'].map(foldText))).toBe(true);
    expect(isDossierListHeader(['STT', 'Đơn vị', 'Tổng số', 'Trực tuyến'].map(foldText))).toBe(false);
  });
});

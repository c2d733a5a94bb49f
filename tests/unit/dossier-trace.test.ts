/**
 * The rows behind dossier-list figures (the audit trail): every figure of a list is traced to the rows it
 * counts, those rows add up to the figure, and for flows and stocks alike they are the rows a person
 * would pick out of the file by the definitions of biểu II.06a.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import { traceDossierRows, traceKey } from '../../src/ingest/dossier-list/trace.js';

const SAMPLE = path.resolve(__dirname, '../../samples/qn-danh-sach-ho-so-2025-h1.csv');
const RULES = path.resolve(__dirname, '../fixtures/dossiers/rules.csv');

/** dd/mm/yyyy → yyyymmdd as a number, or null when blank. */
const day = (v: string | undefined): number | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v ?? '');
  return m ? Number(m[3]) * 10000 + Number(m[2]) * 100 + Number(m[1]) : null;
};
const monthEnd = (y: number, m: number) => y * 10000 + m * 100 + new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('traceDossierRows', () => {
  it('traces every figure of the sample list (flows and stocks) to rows that add up to it', async () => {
    const list = await ingestDossierList(SAMPLE, { threads: 1 });
    const keys = list.observations.map((o) => ({ unit: o.unit, period: o.period, measure: o.measure }));
    expect(keys.length).toBeGreaterThan(2000);
    const traced = await traceDossierRows(SAMPLE, {}, keys);
    for (const o of list.observations) {
      const rows = traced.get(traceKey(o))!;
      expect(rows.count, `${o.unit} ${o.period} ${o.measure}`).toBe(o.value);
      expect(rows.lines.length).toBe(o.value);
      expect(new Set(rows.lines).size).toBe(rows.lines.length);
      expect([...rows.lines].sort((a, b) => a - b)).toEqual(rows.lines);
    }
  });

  it('names the rows a person would count: resolved, digitized and pending at the month end', async () => {
    const records = parse(readFileSync(SAMPLE, 'utf8'), { bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    const header = records[0]!.record;
    const col = (name: string) => header.indexOf(name);
    const [U, RECV, RET, DIG, CODE] = [col('Đơn vị tiếp nhận'), col('Ngày tiếp nhận'), col('Ngày trả kết quả'), col('Số hóa'), col('Mã hồ sơ')];
    const unit = 'Sở Xây dựng';
    // info.lines is the line a record ends on; these records hold no line breaks, so it is also the first
    const rows = records.slice(1).filter((r) => r.record[U] === unit);
    const start = 20250301;
    const end = monthEnd(2025, 3);
    const resolved = rows.filter((r) => (day(r.record[RET]) ?? 0) >= start && (day(r.record[RET]) ?? 0) <= end).map((r) => r.info.lines);
    const digitized = rows.filter((r) => resolved.includes(r.info.lines) && r.record[DIG] === 'Có').map((r) => r.info.lines);
    const pending = rows.filter((r) => day(r.record[RECV])! <= end && (day(r.record[RET]) === null || day(r.record[RET])! > end)).map((r) => r.info.lines);
    expect(pending.length).toBeGreaterThan(0);
    const keys = ['resolved_total', 'digitized_results', 'pending_total'].map((measure) => ({ unit, period: '2025-03', measure }));
    const traced = await traceDossierRows(SAMPLE, {}, keys);
    expect(traced.get(traceKey(keys[0]!))!.lines).toEqual(resolved);
    expect(traced.get(traceKey(keys[1]!))!.lines).toEqual(digitized);
    expect(traced.get(traceKey(keys[2]!))!.lines).toEqual(pending);
    // each row with its dossier id
    const idOf = new Map(rows.map((r) => [r.info.lines, r.record[CODE]]));
    expect(traced.get(traceKey(keys[2]!))!.ids).toEqual(pending.map((l) => idOf.get(l)));
  });

  it('in a workbook, names sheet rows (under a title row), the same dossiers as the CSV', async () => {
    const parsed = parse(readFileSync(RULES, 'utf8'), { delimiter: ';', info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    const records = parsed.map((p) => p.record);
    // A record starts on the line after the one the previous record ends on (one of them spans two lines);
    // record i sits on sheet row i + 2 (title on row 1, header on row 2).
    const rowOfLine = new Map(parsed.map((_, i) => [i === 0 ? 1 : parsed[i - 1]!.info.lines + 1, i + 2]));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hồ sơ');
    ws.addRow(['DANH SÁCH HỒ SƠ THÁNG 01-02/2025']);
    for (const r of records) ws.addRow(r);
    const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-trace-'));
    try {
      const file = path.join(dir, 'list.xlsx');
      await wb.xlsx.writeFile(file);
      const list = await ingestDossierList(RULES, {});
      const keys = list.observations.filter((o) => o.value > 0).map((o) => ({ unit: o.unit, period: o.period, measure: o.measure }));
      const [fromCsv, fromXlsx] = await Promise.all([traceDossierRows(RULES, {}, keys), traceDossierRows(file, {}, keys)]);
      for (const k of keys) {
        expect(fromXlsx.get(traceKey(k))!.lines, traceKey(k)).toEqual(fromCsv.get(traceKey(k))!.lines.map((l) => rowOfLine.get(l)));
        expect(fromXlsx.get(traceKey(k))!.ids).toEqual(fromCsv.get(traceKey(k))!.ids);
        expect(fromCsv.get(traceKey(k))!.ids.every((id) => /^[A-Z]\d{2}$/.test(id))).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps at most maxLines rows per figure but still counts them all', async () => {
    const key = { unit: 'Sở Xây dựng', period: '2025-03', measure: 'pending_total' };
    const traced = (await traceDossierRows(SAMPLE, {}, [key], 3)).get(traceKey(key))!;
    expect(traced.lines).toHaveLength(3);
    expect(traced.ids).toHaveLength(3);
    expect(traced.count).toBeGreaterThan(3);
  });
});

/**
 * The fast path (byte scanner, difference arrays, worker threads) against a plain reference written
 * straight from the definitions (csv-parse, one loop per month), on a generated file with a fixed seed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import type { IngestedFile } from '../../src/core/types.js';
import { ROOT } from '../helpers/cli.js';
// @ts-expect-error plain JS module of the benchmark
import { HEADER, rows as generateRows } from '../../bench/generate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-dossier-eq-'));

function writeList(name: string, count: number, seed: number, newlineEvery = 0): string {
  const lines = [HEADER.join(';')];
  let i = 0;
  for (const r of generateRows(count, seed) as Iterable<string[]>) {
    if (newlineEvery && ++i % newlineEvery === 0) r[2] = `"Thủ tục ""dài"";\ncó xuống dòng\r\nvà dấu ;"`;
    lines.push(r.join(';'));
  }
  const file = path.join(dir, name);
  writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
  return file;
}

/** Day number of dd/mm/yyyy[ hh:mm] or null. */
function day(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  return m ? Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!) / 86400000 : null;
}
const monthOf = (d: number) => {
  const t = new Date(d * 86400000);
  return t.getUTCFullYear() * 12 + t.getUTCMonth();
};
const lastDay = (m: number) => Date.UTC(Math.floor(m / 12), (m % 12) + 1, 0) / 86400000;
const label = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

function reference(file: string): Record<string, number> {
  const records = parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), { delimiter: ';', columns: true }) as Record<string, string>[];
  const rows = records.map((r) => ({
    unit: r['Đơn vị tiếp nhận']!.trim(),
    recv: day(r['Ngày tiếp nhận']!)!,
    due: day(r['Ngày hẹn trả']!),
    ret: day(r['Ngày trả kết quả']!),
    channel: r['Hình thức nộp']!,
    dig: r['Số hóa kết quả'] === 'Có',
    payable: !['', 'Không thu'].includes(r['Phí, lệ phí']!.trim()),
    paid: r['Thanh toán trực tuyến'] === 'Có',
    ec: r['Luân chuyển điện tử'] === 'Có',
  }));
  const months = rows.flatMap((r) => [monthOf(r.recv), ...(r.ret !== null ? [monthOf(r.ret)] : [])]);
  const first = Math.min(...rows.map((r) => monthOf(r.recv)));
  const last = Math.max(...months);
  const out: Record<string, number> = {};
  const add = (u: string, m: number, k: string, v: number) => {
    out[`${u}|${label(m)}|${k}`] = (out[`${u}|${label(m)}|${k}`] ?? 0) + v;
  };
  for (const r of rows) {
    for (let m = first; m <= last; m++) {
      const end = lastDay(m);
      const inM = (d: number | null) => d !== null && monthOf(d) === m;
      const pendingAt = (e: number) => r.recv <= e && (r.ret === null || r.ret > e);
      // biểu II.06a: received in the month plus carried over (received before it, not yet returned)
      const carried = r.recv <= lastDay(m - 1) && (r.ret === null || r.ret > lastDay(m - 1));
      add(r.unit, m, 'received_carried_over', carried ? 1 : 0);
      add(r.unit, m, 'received_total', inM(r.recv) || carried ? 1 : 0);
      if (inM(r.recv)) {
        add(r.unit, m, 'received_online', r.channel === 'Trực tuyến' ? 1 : 0);
        add(r.unit, m, 'received_offline', r.channel !== 'Trực tuyến' ? 1 : 0);
        add(r.unit, m, 'payable_dossiers', r.payable ? 1 : 0);
        add(r.unit, m, 'paid_online', r.payable && r.paid ? 1 : 0);
        add(r.unit, m, 'e_circulated', r.ec ? 1 : 0);
        // received this month and resolved early / on time, whenever returned
        add(r.unit, m, 'received_in_period_resolved_early', r.ret !== null && r.ret < r.due! ? 1 : 0);
        add(r.unit, m, 'received_in_period_resolved_on_time', r.ret !== null && r.ret === r.due ? 1 : 0);
      }
      if (inM(r.ret)) {
        add(r.unit, m, 'resolved_total', 1);
        add(r.unit, m, 'resolved_early', r.ret! < r.due! ? 1 : 0);
        add(r.unit, m, 'resolved_on_time', r.ret === r.due ? 1 : 0);
        add(r.unit, m, 'resolved_late', r.ret! > r.due! ? 1 : 0);
        add(r.unit, m, 'digitized_results', r.dig ? 1 : 0);
      }
      const pending = pendingAt(end);
      add(r.unit, m, 'pending_total', pending ? 1 : 0);
      add(r.unit, m, 'pending_overdue', pending && r.due! < end ? 1 : 0);
      add(r.unit, m, 'pending_in_time', pending && r.due! >= end ? 1 : 0);
    }
  }
  return out;
}

/** Non-zero cells (parcheck also lists the zeros of every unit × month; the reference does not). */
function nonZero(cells: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== 0));
}

function table(result: IngestedFile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of result.observations) out[`${o.unit}|${o.period}|${o.measure}`] = o.value;
  return nonZero(out);
}

describe('dossier list: fast path = reference', () => {
  it('on 3000 generated rows (seed 42), one thread', async () => {
    const file = writeList('eq.csv', 3000, 42, 97);
    const result = await ingestDossierList(file, { threads: 1 });
    expect(table(result)).toEqual(nonZero(reference(file)));
  });

  const dist = path.join(ROOT, 'dist/ingest/dossier-list/ingest-list.js');
  // The worker runs from dist/ (it cannot load TypeScript): `pretest` builds it.
  it('with worker threads, also when a cut falls inside a quoted field', async () => {
    const { ingestDossierList: built } = (await import(dist)) as { ingestDossierList: typeof ingestDossierList };
    const file = writeList('eq-par.csv', 4000, 7, 13);
    const expected = nonZero(reference(file));
    const guessed = await built(file, { threads: 3, parallelMinBytes: 0 });
    expect(table(guessed)).toEqual(expected);
    const bytes = readFileSync(file);
    // cuts just after a newline inside quoted fields: the scan must detect and repair them
    const inside = [bytes.indexOf('\nc\u00f3 xu\u1ed1ng d\u00f2ng', 20000) + 1, bytes.indexOf('\r\nv\u00e0 d\u1ea5u', 300000) + 2];
    const forced = await built(file, { threads: 3, parallelMinBytes: 0, cuts: inside });
    expect(table(forced)).toEqual(expected);
    expect(forced.rowsRead).toBe(4000);
  });
});

/**
 * A dossier list means what the monthly form (biểu II.06a/VPCP/KSTT, Thông tư 01/2020/TT-VPCP) means,
 * so the form's identities hold for every unit × month of a generated list (every channel known, no
 * dossier returned before its receipt): received_total = online + offline + carried_over;
 * received_total = resolved_total + pending_total; resolved_total = early + on_time + late;
 * pending_total = in_time + overdue; carried_over(M) = pending_total(M−1), 0 in the list's first month.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import { loadUnitRegistry } from '../../src/ingest/registry.js';
// @ts-expect-error plain JS module of the benchmark
import { HEADER, rows as generateRows } from '../../bench/generate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-dossier-id-'));

function writeList(name: string, count: number, seed: number): string {
  const lines = [HEADER.join(';')];
  for (const r of generateRows(count, seed) as Iterable<string[]>) lines.push(r.join(';'));
  const file = path.join(dir, name);
  writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
  return file;
}

type Figures = Map<string, Record<string, number>>;

function byUnitMonth(observations: { unit: string; period: string; measure: string; value: number }[]): Figures {
  const out: Figures = new Map();
  for (const o of observations) {
    const key = `${o.unit}|${o.period}`;
    const f = out.get(key) ?? {};
    f[o.measure] = o.value;
    out.set(key, f);
  }
  return out;
}

describe('dossier list: the form identities hold for every unit × month', () => {
  it('on 2500 generated rows (seed 11)', async () => {
    const result = await ingestDossierList(writeList('id.csv', 2500, 11), { threads: 1 });
    const figures = byUnitMonth(result.observations);
    expect(result.periods.length).toBeGreaterThanOrEqual(12);
    expect(figures.size).toBeGreaterThan(1000);
    let nonZeroCarried = 0;
    for (const [key, f] of figures) {
      const [unit, period] = key.split('|') as [string, string];
      expect(f.received_total, key).toBe(f.received_online! + f.received_offline! + f.received_carried_over!);
      expect(f.received_total, key).toBe(f.resolved_total! + f.pending_total!);
      expect(f.resolved_total, key).toBe(f.resolved_early! + f.resolved_on_time! + f.resolved_late!);
      expect(f.pending_total, key).toBe(f.pending_in_time! + f.pending_overdue!);
      const i = result.periods.indexOf(period);
      const before = i > 0 ? figures.get(`${unit}|${result.periods[i - 1]}`)!.pending_total! : 0;
      expect(f.received_carried_over, key).toBe(before);
      if (before > 0) nonZeroCarried++;
    }
    expect(nonZeroCarried).toBeGreaterThan(100);
    expect(result.warnings.map((w) => w.code)).toContain('DOSSIER_CARRY_OVER_FIRST_MONTH');
  });
});

describe('dossier list: --registry', () => {
  it('renames units to their registry name and merges aliases, counts added', async () => {
    const header = 'Mã hồ sơ;Đơn vị tiếp nhận;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả';
    const list = path.join(dir, 'aliases.csv');
    writeFileSync(
      list,
      [header, 'X1;Sở Tư pháp;Trực tuyến;02/03/2025;10/03/2025;05/03/2025', 'X2;STP Quảng Nam;Trực tiếp;03/03/2025;10/03/2025;', 'X3;UBND xã Tam Phú;Trực tuyến;04/03/2025;06/03/2025;06/03/2025'].join(
        '\n',
      ),
    );
    const registry = path.join(dir, 'units.yaml');
    writeFileSync(registry, 'units:\n  - name: Sở Tư pháp tỉnh Quảng Nam\n    aliases: [Sở Tư pháp, STP Quảng Nam]\n    level: province\n');
    const result = await ingestDossierList(list, { registry: await loadUnitRegistry([registry]) });
    expect(result.units).toEqual([
      { name: 'Sở Tư pháp tỉnh Quảng Nam', level: 'province', levelFrom: 'registry' },
      { name: 'UBND xã Tam Phú', level: 'commune', levelFrom: 'name' },
    ]);
    const get = (unit: string, measure: string) => result.observations.find((o) => o.unit === unit && o.measure === measure);
    expect(get('Sở Tư pháp tỉnh Quảng Nam', 'received_total')?.value).toBe(2);
    expect(get('Sở Tư pháp tỉnh Quảng Nam', 'received_online')?.value).toBe(1);
    expect(get('Sở Tư pháp tỉnh Quảng Nam', 'pending_total')?.value).toBe(1);
    expect(get('Sở Tư pháp tỉnh Quảng Nam', 'received_total')?.source).toEqual({ file: list, rows: '2-3', count: 2 });
  });
});

/**
 * NFD text (Unikey's combining mode, macOS) under fuzzing: every reader hands on NFC whatever mix of
 * spellings a file holds, so one unit written both ways is one unit and its figures equal an
 * independent tally written here. Covers the CSV grid reader, the XLSX string decoder and the
 * dossier-list byte scanner (in-process, as csv.fuzz.test.ts does).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/files/csv-grid.js';
import { cellString } from '../../src/files/xlsx-fast/xml.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { FILE_RUNS, params } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-fuzz-nfc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNITS = ['Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Y tế', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Ban Quản lý các Khu công nghiệp'];
const form = fc.constantFrom<'NFC' | 'NFD' | 'mixed'>('NFC', 'NFD', 'mixed');

/** A spelling of `s`: NFC, NFD, or each word in either (what copy-paste between tools produces). */
function spell(s: string, how: 'NFC' | 'NFD' | 'mixed', coin: number): string {
  if (how !== 'mixed') return s.normalize(how);
  return s
    .split(' ')
    .map((w, i) => w.normalize((coin >> i) & 1 ? 'NFD' : 'NFC'))
    .join(' ');
}

describe('NFC at the edge', () => {
  it('CSV cells come back in NFC whatever spelling each cell had', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...UNITS), form, fc.nat(255)), { minLength: 1, maxLength: 20 }), (cells) => {
        const text = cells.map(([u, how, coin]) => `${spell(u, how, coin)};1`).join('\n');
        const grid = parseCsvText(text, 'x.csv', 'utf-8');
        expect(grid.rows.map((r) => r.cells[0])).toEqual(cells.map(([u]) => u.normalize('NFC')));
      }),
      params(),
    );
  });

  it('XLSX strings (shared or inline, raw or as latin1 bytes) decode to NFC', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), form, fc.nat(255), (u, how, coin) => {
        const raw = spell(u, how, coin);
        expect(cellString(raw)).toBe(u.normalize('NFC'));
        expect(cellString(Buffer.from(raw, 'utf8').toString('latin1'), true)).toBe(u.normalize('NFC'));
      }),
      params(),
    );
  });

  it('a dossier list mixing spellings row by row: one unit per name, figures equal to a tally of the rows', async () => {
    const HEADER = 'Mã hồ sơ;Thủ tục;Đơn vị tiếp nhận;Cấp;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái;Số hóa';
    const row = fc.record({ unit: fc.constantFrom(...UNITS), how: form, coin: fc.nat(255), online: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const lines = rows.map((r, i) => {
          const d = String(r.day).padStart(2, '0');
          const channel = spell(r.online ? 'Trực tuyến' : 'Trực tiếp', r.how, r.coin >> 3);
          return `HS-${i};${spell('Chứng thực', r.how, r.coin)};${spell(r.unit, r.how, r.coin)};${spell('Cấp tỉnh', r.how, r.coin)};${channel};${d}/03/2025;${d}/04/2025;;${spell('Đang giải quyết', r.how, r.coin)};`;
        });
        const file = path.join(dir, `list-${++n}-2025-03.csv`);
        writeFileSync(file, `${spell(HEADER, 'mixed', n)}\n${lines.join('\n')}\n`);
        const read = await ingestFile(file, {});
        // the independent tally: rows per NFC unit name, online and offline
        const want = new Map<string, { online: number; offline: number }>();
        for (const r of rows) {
          const t = want.get(r.unit) ?? { online: 0, offline: 0 };
          if (r.online) t.online++;
          else t.offline++;
          want.set(r.unit, t);
        }
        const got = new Map<string, { online: number; offline: number }>();
        for (const o of read.observations) {
          if (o.period !== '2025-03' || (o.measure !== 'received_online' && o.measure !== 'received_offline')) continue;
          const t = got.get(o.unit) ?? { online: 0, offline: 0 };
          if (o.measure === 'received_online') t.online += o.value;
          else t.offline += o.value;
          got.set(o.unit, t);
        }
        for (const u of got.keys()) expect(u).toBe(u.normalize('NFC'));
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries([...want].map(([u, t]) => [u.normalize('NFC'), t])));
      }),
      params(FILE_RUNS),
    );
  });
});

#!/usr/bin/env node
/**
 * Writes the sample exports under samples/: deterministic (seeded PRNG, frozen zip timestamps), in
 * Vietnamese, with the quirks of real files. Run: `npm run samples`. The figures are invented but
 * shaped like real ones (biểu II.06a/VPCP/KSTT of Thông tư 01/2020/TT-VPCP).
 *
 * Quảng Nam, January–June 2025: the dossier list (qn-danh-sach-ho-so-2025-h1.csv) is the ground truth;
 * the six monthly forms and the June rate table are counted from it (dossiers.mjs), so `parcheck
 * reconcile` finds them equal, with ONE deliberate difference kept for the demo (DIFFERENCE below):
 * in the May form, UBND huyện Thăng Bình counts 4 dossiers sent by public postal service (BCCI) as online, so its
 * received_online is 4 higher and received_offline 4 lower than the list says (totals and the form's
 * identities unchanged). The list also holds the dossiers received in December 2024 and still pending
 * at its end, so January's carried-over figures reconcile too (the list's own first month, 2024-12, is
 * partial and warned about). Quảng Bình's form stays independent of any list.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { QN_UNITS, QB_UNITS, PROCEDURES } from './units.mjs';
import { monthlySheet, monthlyCsvRows, QB_HEADER } from './layout.mjs';
import { rateTable, indexTable } from './tables.mjs';
import { dossierListCsv, formRows, paymentsOf, simulateDossiers } from './dossiers.mjs';

const OUT = path.dirname(fileURLToPath(import.meta.url));
const FIXED = Date.UTC(2025, 6, 1, 0, 0, 0);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(Number(process.env.SAMPLES_SEED ?? 20250701));
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const share = (lo, hi) => lo + rand() * (hi - lo);

/** JSZip stamps entries with the current time; freeze it so the bytes are the same on every run. */
async function frozen(fn) {
  const RealDate = Date;
  const FrozenDate = class extends RealDate {
    /** @param {any[]} args */
    constructor(...args) {
      // @ts-expect-error -- Date's constructor overloads take no spread; this forwards whatever it was given
      super(...(args.length === 0 ? [FIXED] : args));
    }
    /** @override */
    static now() {
      return FIXED;
    }
  };
  globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (FrozenDate));
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

async function writeWorkbook(wb, name) {
  wb.creator = 'parcheck samples';
  wb.created = new Date(FIXED);
  wb.modified = new Date(FIXED);
  const buffer = await frozen(() => wb.xlsx.writeBuffer());
  writeFileSync(path.join(OUT, name), Buffer.from(buffer));
}

// ---------------------------------------------------------------------------------------------
// Monthly figures: a trajectory per unit (on-time rate and online share improve month by month).

function monthlyFigures(units, months) {
  const byMonth = new Map();
  const profile = new Map(
    units.map((u) => [
      u.name,
      {
        size: u.level === 'province' ? between(120, 1400) : u.level === 'district' ? between(400, 2600) : between(40, 320),
        online: share(0.25, 0.75),
        late: rand() < 0.3 ? share(0.05, 0.14) : share(0, 0.04),
        digit: share(0.55, 0.98),
        pending: between(5, 60),
      },
    ]),
  );
  months.forEach((month, mi) => {
    const rows = [];
    for (const u of units) {
      if (u.until && month > u.until) continue;
      const p = profile.get(u.name);
      const inPeriod = Math.round(p.size * share(0.85, 1.15));
      const online = Math.round(inPeriod * Math.min(0.95, p.online + mi * 0.03));
      const offline = inPeriod - online;
      const carried = p.pending;
      const total = online + offline + carried;
      const resolved = Math.round(total * share(0.78, 0.93));
      const pending = total - resolved;
      const late = Math.round(resolved * Math.max(0, p.late - mi * 0.006));
      const early = Math.round(resolved * share(0.2, 0.45));
      const onTime = resolved - early - late;
      const overdue = Math.round(pending * share(0, 0.08));
      const digitized = Math.round(resolved * Math.min(1, p.digit + mi * 0.01));
      p.pending = pending;
      rows.push({ unit: u, f: [total, online, offline, carried, resolved, early, onTime, late, pending, pending - overdue, overdue, digitized] });
    }
    byMonth.set(month, rows);
  });
  return byMonth;
}

const QN_MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
// The plan's trajectories (volumes, online share, lateness, digitization) drive the dossiers; drawing
// them first keeps the random stream, and so Quảng Bình's form, as it was.
const plan = monthlyFigures(QN_UNITS, QN_MONTHS);
const dossiers = simulateDossiers(QN_UNITS, plan, PROCEDURES, mulberry32(Number(process.env.SAMPLES_SEED ?? 20250701) ^ 0x5a17));
const qn = new Map(QN_MONTHS.map((month) => [month, formRows(dossiers, QN_UNITS, month)]));

/** The one deliberate form/list difference (see the header comment). */
const DIFFERENCE = { month: '2025-05', unit: 'UBND huyện Thăng Bình', moved: 4 };
{
  const row = qn.get(DIFFERENCE.month).find((r) => r.unit.name === DIFFERENCE.unit);
  if (row.f[2] < DIFFERENCE.moved) throw new Error(`${DIFFERENCE.unit} received too few offline dossiers in ${DIFFERENCE.month}`);
  row.f[1] += DIFFERENCE.moved;
  row.f[2] -= DIFFERENCE.moved;
}

for (const month of QN_MONTHS) {
  const wb = new ExcelJS.Workbook();
  monthlySheet(wb, { province: 'QUẢNG NAM', month, rows: qn.get(month), textNumbers: true });
  const notes = wb.addWorksheet('Hướng dẫn');
  notes.addRow(['Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh Quảng Nam.']);
  notes.addRow(['Biểu mẫu theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020.']);
  await writeWorkbook(wb, `qn-bao-cao-tthc-${month}.xlsx`);
}

// The same form as CSV: UTF-8 with BOM and semicolons (Excel on Vietnamese Windows), and as
// "Unicode text" (UTF-16 LE with BOM, tab-delimited).
const csvLine = (cells, sep) =>
  cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(sep);
{
  const rows = monthlyCsvRows({ province: 'QUẢNG NAM', month: '2025-03', rows: qn.get('2025-03') });
  writeFileSync(path.join(OUT, 'qn-bao-cao-tthc-2025-03.csv'), `\ufeff${rows.map((r) => csvLine(r, ';')).join('\r\n')}\r\n`, 'utf8');
  const rows4 = monthlyCsvRows({ province: 'QUẢNG NAM', month: '2025-04', rows: qn.get('2025-04') });
  const text = `\ufeff${rows4.map((r) => csvLine(r, '\t')).join('\r\n')}\r\n`;
  writeFileSync(path.join(OUT, 'qn-bao-cao-tthc-2025-04-unicode.txt'), Buffer.from(text, 'utf16le'));
}

// Quảng Bình: another province's variant of the form (two-row header, other wording, total first).
{
  const qb = monthlyFigures(QB_UNITS, ['2025-05']).get('2025-05');
  // A real-looking slip: one unit's resolved parts do not add up to its total.
  qb[2].f[6] += 3;
  const wb = new ExcelJS.Workbook();
  monthlySheet(wb, { province: 'QUẢNG BÌNH', month: '2025-05', rows: qb, header: QB_HEADER, totalFirst: true });
  await writeWorkbook(wb, 'qb-bao-cao-tthc-2025-05.xlsx');
}

await writeWorkbook(
  rateTable(
    ExcelJS,
    qn.get('2025-06').map((r) => ({ ...r, pay: paymentsOf(dossiers, r.unit, '2025-06') })),
  ),
  'qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx',
);
await writeWorkbook(indexTable(ExcelJS), 'qn-chi-so-2021-2024.xlsx');
writeFileSync(path.join(OUT, 'qn-danh-sach-ho-so-2025-h1.csv'), dossierListCsv(dossiers, csvLine));

console.log('samples written to', path.relative(process.cwd(), OUT) || '.');

/**
 * Property and fuzz tests of the pure parsers: numbers, percentages, dates, periods, the header
 * matcher and grid ingest. Any input gives a value, null, or a ParcheckError with a code; never another
 * exception. Where a right answer exists it is stated as a property (format, then parse back).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import type { CellValue, Grid } from '../../src/files/grid.js';
import { parseDate, fromSerial } from '../../src/ingest/cell-dates.js';
import { ingestGrid } from '../../src/ingest/grid-ingest.js';
import { buildColumns, findHeader } from '../../src/ingest/table-header.js';
import { parseVietnameseNumber } from '../../src/ingest/numbers.js';
import { normalizePeriod, periodFromFileName, periodFromTitle } from '../../src/ingest/report-period.js';
import { monthlyMeasure, tableMeasure } from '../../src/ingest/profiles.js';
import { foldText } from '../../src/ingest/text.js';
import { outcome, params } from './fuzz.js';

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, useGrouping: true });
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });
/** Hundredths as an exact decimal: 12345 → 123.45 (no binary noise to compare against). */
const cents = fc.integer({ min: -1e13, max: 1e13 }).map((c) => c / 100);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(..."0123456789.,%-+()−  'eE".split('')) }));

describe('Vietnamese numbers', () => {
  it('never throws, and returns a finite number or null, whatever the text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.constantFrom('zero', 'null') as fc.Arbitrary<'zero' | 'null'>, (s, percent, blank) => {
        const v = parseVietnameseNumber(s, { percent, blank });
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      params(),
    );
  });

  it('reads back any integer written the Vietnamese way (1.234.567) or the English way (1,234,567)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(parseVietnameseNumber(vi.format(n))).toBe(n);
        expect(parseVietnameseNumber(en.format(n))).toBe(n);
      }),
      params(),
    );
  });

  it('reads back decimals with a comma and dot groups (1.234,56), when both marks make it unambiguous', () => {
    fc.assert(
      fc.property(cents, (x) => {
        const text = vi.format(x);
        // "12,345" alone is ambiguous (thousands or decimals): the parser reads thousands, by the form's convention.
        fc.pre(!/^-?\d{1,3},\d{3}$/.test(text));
        expect(parseVietnameseNumber(text)).toBe(x);
      }),
      params(),
    );
  });

  it('reads rates as typed: 95,3% and 95.3 and the fraction 0,953 are the same rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 10000 }), (c) => {
        const rate = c / 100;
        expect(parseVietnameseNumber(`${vi.format(rate)}%`, { percent: true })).toBe(rate);
        expect(parseVietnameseNumber(String(rate), { percent: true })).toBe(rate);
        expect(parseVietnameseNumber((c / 10000).toFixed(4).replace('.', ','), { percent: true, scale: 'fraction' })).toBeCloseTo(rate, 6);
      }),
      params(),
    );
  });

  it('takes a very long run of digits or separators in linear time', () => {
    for (const s of ['1'.repeat(1_000_000), '1.'.repeat(500_000), ','.repeat(1_000_000), `${'9'.repeat(400)}%`]) {
      const v = parseVietnameseNumber(s);
      expect(v === null || typeof v === 'number').toBe(true);
    }
  });
});

describe('dates', () => {
  const day = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
    ms: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
  }));
  const p2 = (n: number) => String(n).padStart(2, '0');

  it('never throws on any text or number', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.double(), fc.integer()) as fc.Arbitrary<string | number>, (raw) => {
        const v = parseDate(raw);
        expect(v === null || /^\d{4}-\d{2}-\d{2}$/.test(v)).toBe(true);
      }),
      params(),
    );
  });

  it('reads back dd/mm/yyyy, d/m/yyyy with a time, ISO, and Excel 1900 serials', () => {
    fc.assert(
      fc.property(day, ({ y, m, d, iso, ms }) => {
        expect(parseDate(`${p2(d)}/${p2(m)}/${y}`)).toBe(iso);
        expect(parseDate(`${d}/${m}/${y} 14:05`)).toBe(iso);
        expect(parseDate(iso)).toBe(iso);
        // From 1900-03-01 on, a serial is the day count from 1899-12-30 (Excel's phantom 1900-02-29).
        const serial = (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(fromSerial(serial + 0.75)).toBe(iso);
      }),
      params(),
    );
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(parseDate(`${last + 1}/${m}/${y}`)).toBeNull();
        expect(parseDate(`${last}/${m}/${y}`)).not.toBeNull();
      }),
      params(),
    );
  });
});

describe('periods', () => {
  it('normalizePeriod gives a period or INPUT_PERIOD; title and file-name readers never throw', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const v = outcome(() => normalizePeriod(s));
        if (v instanceof ParcheckError) expect(v.code).toBe('INPUT_PERIOD');
        else expect(v).toMatch(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/);
        const t = periodFromTitle(s);
        const f = periodFromFileName(s);
        for (const p of [t, f]) expect(p === null || /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/.test(p)).toBe(true);
      }),
      params(),
    );
  });

  it('reads "THÁNG m/yyyy" back from a title however it is cased or stripped of diacritics', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 }), fc.boolean(), fc.boolean(), (m, y, lower, strip) => {
        let title = `BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m}/${y}`;
        if (lower) title = title.toLowerCase();
        if (strip) title = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        expect(periodFromTitle(title)).toBe(`${y}-${p2(m)}`);
      }),
      params(),
    );
    function p2(n: number) {
      return String(n).padStart(2, '0');
    }
  });
});

/** Case flipped per letter, diacritics sometimes stripped, spaces doubled or made non-breaking. */
const noisy = (label: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: label.length, maxLength: label.length }), fc.boolean(), fc.constantFrom(' ', '  ', '\u00a0', ' \n ')).map(([upper, strip, space]) => {
    let s = [...label].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
    if (strip)
      s = s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
    return ` ${s.replace(/ /g, space)} `;
  });

const FORM: [string, string, string][] = [
  ['Số hồ sơ nhận giải quyết', 'Tổng số', 'received_total'],
  ['Số hồ sơ nhận giải quyết Trong kỳ', 'Trực tuyến', 'received_online'],
  ['Số hồ sơ nhận giải quyết Trong kỳ', 'Trực tiếp, dịch vụ bưu chính', 'received_offline'],
  ['Số hồ sơ nhận giải quyết', 'Từ kỳ trước chuyển qua', 'received_carried_over'],
  ['Số hồ sơ đã giải quyết', 'Tổng số', 'resolved_total'],
  ['Số hồ sơ đã giải quyết', 'Trước hạn', 'resolved_early'],
  ['Số hồ sơ đã giải quyết', 'Đúng hạn', 'resolved_on_time'],
  ['Số hồ sơ đã giải quyết', 'Quá hạn', 'resolved_late'],
  ['Số hồ sơ đang giải quyết', 'Tổng số', 'pending_total'],
  ['Số hồ sơ đang giải quyết', 'Trong hạn', 'pending_in_time'],
  ['Số hồ sơ đang giải quyết', 'Quá hạn', 'pending_overdue'],
];

describe('header matcher', () => {
  it('maps every column of form II.06a however its group and sub-header are cased, spaced or stripped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORM).chain(([group, sub, measure]) => fc.tuple(noisy(group), noisy(sub), fc.constant(measure))),
        ([group, sub, measure]) => {
          expect(monthlyMeasure(foldText(group), foldText(sub)).measure).toBe(measure);
        },
      ),
      params(),
    );
  });

  it('folding is idempotent and never throws on any Unicode', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = foldText(s);
        expect(foldText(f)).toBe(f);
        expect(() => tableMeasure(f)).not.toThrow();
        expect(() => monthlyMeasure(f, f)).not.toThrow();
      }),
      params(),
    );
  });

  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'STT',
        'Tên đơn vị',
        'Số hồ sơ nhận giải quyết',
        'Số hồ sơ đã giải quyết',
        'Số hồ sơ đang giải quyết',
        'Tổng số',
        'Trực tuyến',
        'Đúng hạn',
        'Quá hạn',
        'Tổng cộng',
        'I. CẤP TỈNH',
        'UBND huyện A',
        'Sở Y tế',
        '-',
        'Tỷ lệ số hóa (%)',
        'THÁNG 10/2025',
      ),
    },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 5000 }) },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.date() },
  );
  const grid: fc.Arbitrary<Grid> = fc
    .tuple(fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 30 }), fc.boolean())
    .map(([rows, xlsx]) => ({ file: 'fuzz-2025-10.csv', kind: xlsx ? 'xlsx' : 'csv', sheet: xlsx ? 'Sheet1' : undefined, rows: rows.map((cells, i) => ({ number: i + 1, cells })) }));

  it('finds a header, or none, in any grid of form-like and random cells; ingest gives a result or a ParcheckError', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const header = findHeader(g);
        if (header) expect(header.start + header.count).toBeLessThanOrEqual(g.rows.length);
        const r = outcome(() => ingestGrid(g, { period: '2025-10' }));
        if (r && !(r instanceof ParcheckError) && 'observations' in r) for (const o of r.observations) expect(Number.isFinite(o.value)).toBe(true);
      }),
      params(),
    );
  });

  it('builds the columns of a header of 16,384 columns with thousands of merged (blank) cells in linear time', () => {
    const width = 16_384;
    const top: CellValue[] = Array.from({ length: width }, (_, c) => (c % 4 === 0 ? `Nhóm ${c}` : null));
    const sub: CellValue[] = Array.from({ length: width }, (_, c) => `Cột ${c}`);
    const columns = buildColumns([
      { number: 1, cells: top },
      { number: 2, cells: sub },
    ]);
    expect(columns).toHaveLength(width);
    expect(columns[5]!.labels).toEqual(['Nhóm 4', 'Cột 5']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/ingest/cell-dates.js';
import { parseVietnameseNumber } from '../../src/ingest/numbers.js';
import { normalizePeriod, periodFromFileName, periodFromTitle } from '../../src/ingest/report-period.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['12 345', 12345],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['246', 246],
    ['0', 0],
    ['', 0],
    ['-', 0],
    ['–', 0],
    [null, 0],
    [17, 17],
    ['-12', -12],
    ['12,5', 12.5],
  ])('count %j → %j', (raw, expected) => expect(parseVietnameseNumber(raw as string)).toBe(expected));

  it.each(['12a', 'abc', '1..2', '1.23.4', 'N/A', '1,2,3'])('rejects %j', (raw) => expect(parseVietnameseNumber(raw)).toBeNull());

  it.each([
    ['95,3%', 95.3],
    ['95.3', 95.3],
    ['0,953', 95.3],
    [0.953, 95.3],
    ['100%', 100],
    ['1.234', 1.234],
  ])('rate %j → %j', (raw, expected) => expect(parseVietnameseNumber(raw as string, { percent: true })).toBeCloseTo(expected, 9));

  it('keeps blanks missing when asked', () => expect(parseVietnameseNumber(' ', { blank: 'null' })).toBeNull());
});

describe('parseDate', () => {
  it.each([
    ['05/03/2025', '2025-03-05'],
    ['5/3/2025', '2025-03-05'],
    ['05-03-2025 14:30', '2025-03-05'],
    ['2025-03-05', '2025-03-05'],
    ['2025-03-05T08:00:00Z', '2025-03-05'],
    [45721, '2025-03-05'],
    ['45721', '2025-03-05'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [1, '1900-01-01'],
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
  ])('%j → %s', (raw, expected) => expect(parseDate(raw as string)).toBe(expected));

  it.each(['31/02/2025', '29/02/2025', '2025-13-01', 'hôm qua', '', 60])('rejects %j', (raw) => expect(parseDate(raw as string)).toBeNull());
});

describe('periods', () => {
  it.each([
    ['BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 10/2025', '2025-10'],
    ['Báo cáo tháng 3 năm 2025', '2025-03'],
    ['BÁO CÁO QUÝ IV/2025', '2025-Q4'],
    ['Báo cáo quý 2 năm 2025', '2025-Q2'],
    ['BÁO CÁO NĂM 2025', '2025'],
    ['Báo cáo 6 tháng đầu năm 2025', null],
  ])('title %j → %j', (title, expected) => expect(periodFromTitle(title)).toBe(expected));

  it.each([
    ['samples/qn-bao-cao-tthc-2025-03.xlsx', '2025-03'],
    ['bao_cao_T10_2025.csv', '2025-10'],
    ['thang-9-2025.xlsx', '2025-09'],
    ['report-2025-Q3.xlsx', '2025-Q3'],
    ['report.xlsx', null],
  ])('file name %j → %j', (name, expected) => expect(periodFromFileName(name)).toBe(expected));

  it('normalizes --period and rejects nonsense', () => {
    expect(normalizePeriod('2025-3')).toBe('2025-03');
    expect(normalizePeriod('2025-q4')).toBe('2025-Q4');
    expect(() => normalizePeriod('2025-13')).toThrow(expect.objectContaining({ code: 'INPUT_PERIOD' }));
  });
});

/** The pieces behind the CLI's words: warning lists, table fitting, level words, patterns, suggestions. */
import { describe, expect, it } from 'vitest';
import type { WarningCode } from '../../src/core/warnings.js';
import { segmentRegExp } from '../../src/pipeline/input-paths.js';
import { parseLevel } from '../../src/cli/level-option.js';
import { closest } from '../../src/pipeline/suggest.js';
import { translateCommanderError } from '../../src/cli/help-i18n.js';
import { warningLines } from '../../src/report/warnings-stderr.js';
import { displayWidth, fitBox, wrapCell, wrapWords } from '../../src/report/box.js';
import { sampleWarning, WARNING_SAMPLES } from './warning-samples.js';

const CODES = Object.keys(WARNING_SAMPLES) as WarningCode[];
const notApplicable = (threshold: string) => sampleWarning('THRESHOLD_NOT_APPLICABLE', { document: 'qn', threshold });
const levelUnknown = (unit: string) => sampleWarning('UNIT_LEVEL_UNKNOWN', { unit });

describe('warning lines', () => {
  it('after 20 kinds: "… và 28 cảnh báo khác (xem --format json)"', () => {
    const list = [...CODES.slice(0, 20).map((code) => sampleWarning(code)), ...Array.from({ length: 28 }, () => sampleWarning('XLSX_TEXT'))];
    const lines = warningLines(list, { lang: 'vi' });
    expect(lines.filter((l) => !l.startsWith('    '))).toHaveLength(21);
    expect(lines.at(-1)).toBe('… và 28 cảnh báo khác (xem --format json)');
    expect(warningLines(list, { lang: 'en' }).at(-1)).toBe('… and 28 more warnings (see --format json)');
  });

  it('a repeated kind is one line with a count; a shared reason lists its subjects', () => {
    const same = Array.from({ length: 5 }, (_, i) => notApplicable(`t${i}`));
    expect(warningLines(same, { lang: 'vi' })).toEqual([
      'Cảnh báo [THRESHOLD_NOT_APPLICABLE] (5): chỉ tiêu cấp huyện chỉ áp dụng cho kỳ trước 01/7/2025 (đã bỏ cấp huyện); bỏ qua: qn#t0, qn#t1, qn#t2 và 2 khác',
    ]);
    const different = Array.from({ length: 4 }, (_, i) => sampleWarning('NEGATIVE_VALUE', { unit: `Sở ${i}`, value: -i }));
    expect(warningLines(different, { lang: 'vi' })).toEqual(['Cảnh báo [NEGATIVE_VALUE] (4): Sở 0: số âm (0) (và 3 cảnh báo cùng loại)']);
  });

  it('keeps line breaks, shows other controls, wraps to the width', () => {
    const lines = warningLines([levelUnknown('dòng một\ndòng hai \u001b[31m đỏ')], { lang: 'vi' });
    expect(lines).toEqual(['Cảnh báo [UNIT_LEVEL_UNKNOWN]: Không xác định được cấp của "dòng một', '    dòng hai \\x1b[31m đỏ"; thêm đơn vị vào sổ đơn vị (--registry)']);
    const long = warningLines([levelUnknown('chữ '.repeat(40))], { lang: 'vi', width: 40 });
    expect(long.every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(long.length).toBeGreaterThan(3);
  });
});

describe('fitting a box', () => {
  const head = ['Chỉ tiêu', 'Kỳ', 'Giá trị', 'Cần thêm'];
  const rows = [['Tỷ lệ số hóa kết quả giải quyết TTHC', '2025-01..2025-06', '64,71%', '6 kết quả được số hóa nữa']];
  it('natural when it fits or no width; wraps, then drops in the stated order, when it does not', () => {
    expect(fitBox(head, rows, ['left', 'left', 'right', 'left']).dropped).toEqual([]);
    const narrow = fitBox(head, rows, ['left', 'left', 'right', 'left'], { width: 40, minWidth: [12, 9, 0, 12], dropOrder: [3, 1] });
    expect(narrow.text.split('\n').every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(narrow.hidden).toEqual([3]);
    expect(narrow.text).toContain('│ 2025-01.. │');
    expect(narrow.text).toContain('│ 2025-06   │');
  });
  it('wrapCell breaks at spaces, after "..", never before a lone "%"', () => {
    expect(wrapCell('-30,29 điểm %', 8)).toEqual(['-30,29', 'điểm %']);
    expect(wrapCell('2025-01..2025-06', 10)).toEqual(['2025-01..', '2025-06']);
  });
  it('wrapWords (fixed columns) keeps the whitespace between words, drops blank lines, cuts a long word with "…"', () => {
    expect(wrapWords('a  b\tc d', 5)).toEqual(['a  b', 'c d']);
    expect(wrapWords('a\n\nb', 5)).toEqual(['a', 'b']);
    expect(wrapWords('{"start_year":2021} x', 8)).toEqual(['{"start…', 'x']);
    expect(wrapWords('大大大大 x', 5)).toEqual(['大大…', 'x']);
    expect(wrapWords('', 5)).toEqual([]);
  });
  it('a fixed column keeps its width; rules between rows; border and heading painted cell by cell', () => {
    const box = fitBox(
      ['A', 'B'],
      [
        ['x', 'yy'],
        ['z', ''],
      ],
      ['left', 'left'],
      { fixed: [undefined, 4], rowRules: true, border: (s) => `<${s}>`, heading: (s) => `[${s}]` },
    );
    expect(box.text.split('\n')).toEqual(['<┌───><┬──────┐>', '<│>[ A ]<│>[ B    ]<│>', '<├───><┼──────┤>', '<│> x <│> yy   <│>', '<├───><┼──────┤>', '<│> z <│>      <│>', '<└───><┴──────┘>']);
  });
});

describe('words and patterns', () => {
  it('levels with or without "cấp" and diacritics', () => {
    expect(['xã', 'cấp xã', 'XA', 'cap xa', 'commune'].map(parseLevel)).toEqual(Array(5).fill('commune'));
    expect(['toàn tỉnh', 'toan tinh', 'all'].map(parseLevel)).toEqual(Array(3).fill('all'));
    expect(['tỉnh', 'cấp tỉnh'].map(parseLevel)).toEqual(['province', 'province']);
    expect(parseLevel('huyn')).toBeNull();
  });
  it('glob segments', () => {
    expect(segmentRegExp('qn-2025-0[1-6].xlsx').test('qn-2025-03.xlsx')).toBe(true);
    expect(segmentRegExp('qn-2025-0[1-6].xlsx').test('qn-2025-07.xlsx')).toBe(false);
    expect(segmentRegExp('*.{xlsx,csv}').test('a.csv')).toBe(true);
    expect(segmentRegExp('*.{xlsx,csv}').test('a.xls')).toBe(false);
    expect(segmentRegExp('t?.csv').test('t1.csv')).toBe(true);
  });
  it('closest names, folded, a short query against a longer name', () => {
    expect(closest('Duy Xuyen ha', ['Sở Tư pháp', 'UBND huyện Duy Xuyên', 'UBND xã Duy Hải'], 1)).toEqual(['UBND huyện Duy Xuyên']);
    expect(closest('zzzz', ['Sở Tư pháp'])).toEqual([]);
  });
  it('commander errors it does not know still come out in our shape', () => {
    expect(translateCommanderError("error: required option '--x <y>' not specified", 'vi', 'parcheck check')).toMatch(/^Lỗi \[USAGE\]: required option/);
  });
});

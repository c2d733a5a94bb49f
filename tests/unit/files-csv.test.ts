import { describe, expect, it } from 'vitest';
import { parseCsvText, readCsvBytes } from '../../src/files/csv-grid.js';
import { sniffDelimiter } from '../../src/files/csv-dialect.js';
import { decodeText } from '../../src/files/text-encoding.js';
import { sniffFormat } from '../../src/files/sniff.js';

// TCVN3 (ABC) bytes of a few Vietnamese letters, for a legacy-encoded file.
const TCVN3: Record<string, number> = { ổ: 0xe6, ố: 0xe8, ơ: 0xac, ư: 0xad, đ: 0xae, ã: 0xb7, ê: 0xaa, ệ: 0xd6 };
const tcvn3 = (s: string) => Buffer.from([...s].map((ch) => TCVN3[ch] ?? ch.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM', () => {
    const s = 'Tổng số;Đúng hạn\n1;2\n';
    expect(decodeText(Buffer.from(s), 'a.csv')).toEqual({ text: s, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'a.csv').text).toBe(s);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), 'a.csv')).toEqual({ text: s, encoding: 'utf-16le' });
    const be = Buffer.from(s, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.csv')).toEqual({ text: s, encoding: 'utf-16be' });
  });

  it('refuses UTF-16 without a BOM', () => {
    expect(() => decodeText(Buffer.from('STT\tTên đơn vị\tTổng số\n1\tSở Tư pháp\t12\n', 'utf16le'), 'u.txt')).toThrow(expect.objectContaining({ code: 'INPUT_ENCODING' }));
  });

  it('refuses TCVN3 bytes, naming the line, and TCVN3 re-saved through Latin-1', () => {
    const bytes = Buffer.concat([Buffer.from('STT;Ten\n'), tcvn3('1;Tổng số hồ sơ đã giải quyết\n2;Sở Tư pháp\n')]);
    expect(() => decodeText(bytes, 't.csv')).toThrow(expect.objectContaining({ code: 'INPUT_ENCODING', location: { file: 't.csv', line: 2 } }));
    const mojibake = Buffer.from(tcvn3('Tổng số;Đúng hạn;Sở Tư pháp;Số hồ sơ đã giải quyết\n').toString('latin1'), 'utf8');
    expect(() => decodeText(mojibake, 't.csv')).toThrow(expect.objectContaining({ code: 'INPUT_ENCODING' }));
  });

  it('refuses an empty file', () => expect(() => decodeText(Buffer.alloc(0), 'e.csv')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' })));
});

describe('CSV grid', () => {
  it('sniffs , ; and tab, ignoring quoted delimiters', () => {
    expect(sniffDelimiter('a;b;c\n1;"2,5";3\n')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,"2;5",3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('keeps quoted delimiters and newlines, skips blank lines, and numbers rows by their first line', () => {
    const grid = parseCsvText('STT,Tên\r\n\r\n1,"Sở Tư pháp, tỉnh\r\nQuảng Nam"\r\n\r\n2,Sở Y tế\r\n', 'x.csv', 'utf-8');
    expect(grid.rows).toEqual([
      { number: 1, cells: ['STT', 'Tên'] },
      { number: 3, cells: ['1', 'Sở Tư pháp, tỉnh\r\nQuảng Nam'] },
      { number: 6, cells: ['2', 'Sở Y tế'] },
    ]);
  });

  it('treats a file of blank lines as empty', () => {
    expect(() => readCsvBytes(Buffer.from('\n\n;;\n'), 'x.csv')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
  });
});

describe('sniffFormat', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  it('goes by content, whatever the name (sniffFile adds the warning)', () => {
    expect(sniffFormat(zip, 'a.xlsx')).toBe('xlsx');
    expect(sniffFormat(zip, 'a.xlsm')).toBe('xlsx');
    expect(sniffFormat(Buffer.from('a;b\n'), 'a.csv')).toBe('csv');
    expect(sniffFormat(zip, 'a.csv')).toBe('xlsx');
    expect(sniffFormat(Buffer.from('a;b\n'), 'a.xlsx')).toBe('csv');
    expect(sniffFormat(Buffer.from('<html><body><table><tr><td>1</td></tr></table>'), 'a.xls')).toBe('html');
  });
});

/**
 * The sheet scanner gets the sheet XML in chunks whose boundaries fall wherever inflate cuts them: every
 * row must come out whatever the cut, including one right after a `<row` tag's name.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/files/limits.js';
import { SharedStringsScanner } from '../../src/files/xlsx-fast/shared.js';
import { SheetScanner } from '../../src/files/xlsx-fast/sheet.js';
import { CellTypes } from '../../src/files/xlsx-fast/values.js';

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1"><v>10</v></c></row>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>20</v></c></row>' +
  '<row r="3" hidden="1"><c r="A3"><v>2</v></c></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

function scan(chunks: string[]): { rows: number[]; merges: string[] } {
  const rows: number[] = [];
  const scanner = new SheetScanner(new CellTypes([], new Uint8Array(0), false, false), (n) => void rows.push(n), { file: 'x.xlsx', sheet: 'S' }, DEFAULT_LIMITS);
  for (const c of chunks) scanner.feed(c);
  return { rows, merges: scanner.merges };
}

describe('SheetScanner chunk boundaries', () => {
  it('reads every row whatever the one cut in the XML', () => {
    const whole = scan([XML]);
    expect(whole).toEqual({ rows: [1, 2, 3], merges: ['A1:B1'] });
    for (let cut = 1; cut < XML.length; cut++) expect(scan([XML.slice(0, cut), XML.slice(cut)]), `cut at ${cut}: ${JSON.stringify(XML.slice(cut - 6, cut))}|`).toEqual(whole);
  });
});

const SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">' +
  '<si><t>Sở Tư pháp</t></si><si><r><t>Tổng </t></r><r><t>số</t></r></si><si/><si><t xml:space="preserve"> x </t></si></sst>';

function strings(chunks: string[]): string[] {
  const scanner = new SharedStringsScanner('x.xlsx', DEFAULT_LIMITS);
  for (const c of chunks) scanner.feed(c);
  return scanner.strings;
}

describe('SharedStringsScanner chunk boundaries', () => {
  it('reads every string whatever the one cut in the XML', () => {
    const whole = strings([SST]);
    expect(whole).toHaveLength(4);
    for (let cut = 1; cut < SST.length; cut++) expect(strings([SST.slice(0, cut), SST.slice(cut)]), `cut at ${cut}: ${JSON.stringify(SST.slice(cut - 6, cut))}|`).toEqual(whole);
  });
});

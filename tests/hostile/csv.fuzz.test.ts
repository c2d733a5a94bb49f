/**
 * The CSV reader and the input dispatcher under random bytes, random Unicode, truncation and round
 * trips: a table written as CSV (any delimiter, quoting, BOM, UTF-16) reads back cell for cell; any
 * other bytes give a grid or a ParcheckError with a code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { parseCsvText, readCsvBytes } from '../../src/files/csv-grid.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { ROOT } from '../helpers/cli.js';
import { FILE_RUNS, outcome, outcomeAsync, params } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-fuzz-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const field = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcđêôơưÁẠỹ 0123456789,;\t"\n\r.-=+@'.split('')), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', 'Sở Tư pháp', '1.234', '95,3%', '=HYPERLINK("x")', 'Tổng cộng'),
);

function quote(value: string): string {
  return /[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
}

/** What the reader promises: cells in NFC, trimmed (whitespace runs inside kept), blanks null, blank rows dropped. */
function expected(rows: string[][]): (string | null)[][] {
  return rows.map((r) => r.map((c) => (c.trim() === '' ? null : c.normalize('NFC').trim()))).filter((r) => r.some((c) => c !== null));
}

/** The line each non-blank row starts on: one line per record plus the line feeds inside its cells. */
function startLines(rows: string[][]): number[] {
  const out: number[] = [];
  let line = 1;
  for (const r of rows) {
    if (r.some((c) => c.trim() !== '')) out.push(line);
    line += 1 + r.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return out;
}

describe('CSV reader', () => {
  it('reads back any table written with , ; or tab, quoted where needed, in UTF-8 (BOM or not) or UTF-16 with BOM', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be') as fc.Arbitrary<'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'>,
        (rows, delimiter, eol, encoding) => {
          // Every row as wide as the widest, so the sniffer sees the delimiter on every line.
          const width = Math.max(2, ...rows.map((r) => r.length));
          const table = rows.map((r) => [...r, ...Array(width - r.length).fill('x')]);
          const text = table.map((r) => r.map((c) => quote(c)).join(delimiter)).join(eol) + eol;
          const r = outcome(() => readCsvBytes(encode(text, encoding), 'fuzz.csv'));
          if (r instanceof ParcheckError) {
            // Legitimate refusals only: a table of blanks is empty; a table with no Vietnamese letter may look like legacy text.
            expect(['INPUT_EMPTY', 'INPUT_ENCODING']).toContain(r.code);
            return;
          }
          expect(r.delimiter).toBe(delimiter);
          expect(r.rows.map((row) => row.cells)).toEqual(expected(table));
          // each row keeps the physical line its record starts on (line feeds inside quoted cells count)
          expect(r.rows.map((row) => row.number)).toEqual(startLines(table));
        },
      ),
      params(),
    );
  });

  it('gives a grid or a ParcheckError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        outcome(() => readCsvBytes(bytes, 'random.csv'));
      }),
      params(),
    );
  });

  it('gives a grid or a ParcheckError for any Unicode text (lone surrogates, controls, quotes)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', ';', '\n', '\r', '\t', '\u0000', '\ufeff', '\ud800'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 400 }),
        (text) => {
          outcome(() => parseCsvText(text, 'random.csv', 'utf-8'));
        },
      ),
      params(),
    );
  });

  it('reads a cell of 4 MB and a row of 1,000,000 columns', () => {
    const long = parseCsvText(`STT;Tên đơn vị\n1;"${'Ạ'.repeat(4_000_000)}"\n`, 'long.csv', 'utf-8');
    expect((long.rows[1]!.cells[1] as string).length).toBe(4_000_000);
    const wide = parseCsvText(`${'a;'.repeat(1_000_000)}b\n`, 'wide.csv', 'utf-8');
    expect(wide.rows[0]!.cells).toHaveLength(1_000_001);
  });

  it('refuses an unclosed quote over a huge text as INPUT_FORMAT or reads it, never crashes', () => {
    const r = outcome(() => parseCsvText(`STT;Tên\n1;"${'x;'.repeat(500_000)}`, 'open.csv', 'utf-8'));
    if (r instanceof ParcheckError) expect(r.code).toBe('INPUT_FORMAT');
  });
});

const SAMPLES = ['samples/qn-bao-cao-tthc-2025-03.csv', 'samples/qn-bao-cao-tthc-2025-03.xlsx', 'samples/qn-bao-cao-tthc-2025-04-unicode.txt', 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx'];

describe('dispatcher (ingestFile)', () => {
  it('gives a result or a ParcheckError for random bytes named .csv, .xlsx or .txt', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
        ),
        fc.constantFrom('.csv', '.xlsx', '.txt'),
        async (bytes, ext) => {
          const file = path.join(dir, `random-${n++}-2025-10${ext}`);
          writeFileSync(file, bytes);
          await outcomeAsync(() => ingestFile(file, {}));
        },
      ),
      params(FILE_RUNS * 3),
    );
  });

  it('gives a result or a ParcheckError for every sample cut short at any byte', async () => {
    const sources = SAMPLES.map((s) => ({ name: path.basename(s), bytes: readFileSync(path.join(ROOT, s)) }));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), fc.double({ min: 0, max: 1, noNaN: true }), async ({ name, bytes }, at) => {
        const file = path.join(dir, `cut-${n++}-${name}`);
        writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * at)));
        const r = await outcomeAsync(() => ingestFile(file, { period: '2025-10' }));
        if (!(r instanceof ParcheckError)) for (const o of r.observations) expect(Number.isFinite(o.value)).toBe(true);
      }),
      params(FILE_RUNS * 2),
    );
  });

  it('gives a result or a ParcheckError when random bytes are flipped inside a sample', async () => {
    const sources = SAMPLES.map((s) => readFileSync(path.join(ROOT, s)));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (i, flips) => {
          const bytes = Buffer.from(sources[i]!);
          for (const [at, b] of flips) bytes[Math.floor(at * (bytes.length - 1))] = b;
          const file = path.join(dir, `flip-${n++}${path.extname(SAMPLES[i]!)}`);
          writeFileSync(file, bytes);
          await outcomeAsync(() => ingestFile(file, { period: '2025-10' }));
        },
      ),
      params(FILE_RUNS * 2),
    );
  });
});

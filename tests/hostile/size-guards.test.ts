/**
 * Size guards (bounded memory on hostile input), through the built CLI as a user meets them: zip bombs (honest and lying),
 * absurd sheet dimensions, rows beyond Excel, thousands of merges, a CSV line of hundreds of MB, a CSV
 * of millions of empty cells. Each refusal is INPUT_TOO_LARGE, exit 2, nothing on stdout, no stack,
 * and happens in a child whose heap is capped far below the file's unpacked size (bounded memory).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';
import { replacePart, reportParts, SHEET, writeZip, type Part } from './zip-craft.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A heap of 160 MB: a guard that read the whole thing first would crash instead of refusing. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=160' };
const inspect = (file: string, ...more: string[]) => runCli(['--lang', 'en', 'inspect', file, '--format', 'json', ...more], { env: SMALL_HEAP });

const ZEROS = 64 * 1024 * 1024;
let base: Part[];
let zeros: Buffer;
let zerosDeflated: Buffer;

beforeAll(async () => {
  base = await reportParts();
  zeros = Buffer.alloc(ZEROS);
  zerosDeflated = deflateRawSync(zeros, { level: 9 });
});

function xlsx(name: string, parts: Part[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, writeZip(parts));
  return file;
}

describe('XLSX', () => {
  it('the crafted container itself is a readable report (so refusals below are the guards, not the crafting)', () => {
    const run = runJson<{ observations: unknown[] }>(['inspect', xlsx('plain.xlsx', base), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json.observations.length).toBe(2 * 11);
  });

  it('refuses an entry whose compression ratio is a bomb (64 MB of zeros in ~64 KB), from the central directory', () => {
    const file = xlsx('ratio-bomb.xlsx', [...base, { name: 'xl/media/image1.bin', data: zeros, deflated: zerosDeflated }]);
    const run = inspect(file);
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('ratio-bomb.xlsx');
    expect(run.stderr).toMatch(/limit ratio/);
    expect(run.stderr).toMatch(/--limit ratio=\d+/);
  });

  it('refuses a workbook whose entries declare more than 2 GB unpacked, before inflating anything', () => {
    const file = xlsx('declared-bomb.xlsx', [...base, ...[1, 2, 3].map((i) => ({ name: `xl/media/image${i}.bin`, data: zeros, deflated: zerosDeflated, declared: 0xf0000000 }))]);
    const run = inspect(file);
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/limit unpacked-mb/);
  });

  it('refuses a lying bomb: the sheet declares 5 KB and inflates to 64 MB; stopped at its declared size', () => {
    const file = xlsx('lying-bomb.xlsx', replacePart(base, SHEET, { data: zeros, deflated: zerosDeflated, declared: 5000 }));
    const run = inspect(file);
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('xl/worksheets/sheet1.xml');
  });

  it('the ratio limit is configurable: --limit ratio=2000 (or PARCHECK_LIMITS) lets an honest 2 MB entry through', () => {
    const small = Buffer.alloc(2 * 1024 * 1024);
    const file = xlsx('ratio-raised.xlsx', [...base, { name: 'xl/media/image1.bin', data: small, deflated: deflateRawSync(small, { level: 9 }) }]);
    const run = runJson<{ observations: unknown[] }>(['inspect', file, '--format', 'json', '--limit', 'ratio=2000'], { env: SMALL_HEAP });
    expect(run.code).toBe(0);
    expect(run.json.observations.length).toBe(22);
    const env = runJson<{ observations: unknown[] }>(['inspect', file, '--format', 'json'], { env: { ...SMALL_HEAP, PARCHECK_LIMITS: 'ratio=2000' } });
    expect(env.code).toBe(0);
  });

  it('refuses a sheet declaring <dimension ref="A1:XFD1048576"/> in a tiny file', () => {
    const sheet = base
      .find((p) => p.name === SHEET)!
      .data.toString('utf8')
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
    expect(sheet).toContain('XFD1048576');
    const run = inspect(xlsx('dimension.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) })));
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/limit sheet-cells/);
  });

  it('refuses a cell beyond the last row Excel allows (row 2,000,000)', () => {
    const sheet = base
      .find((p) => p.name === SHEET)!
      .data.toString('utf8')
      .replace('</sheetData>', '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
    const run = inspect(xlsx('row-2m.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) })));
    expectRefused(run, 'INPUT_TOO_LARGE');
  });

  it('reads a report with a stray cell at row 1,000,000 (a legal sheet) in a small file, correctly', async () => {
    const parts = await reportParts((ws) => {
      ws.getCell('B1000000').value = 'ghi chú lạc';
    });
    const run = runJson<{ observations: { unit: string }[] }>(['inspect', xlsx('row-1m.xlsx', parts), '--format', 'json'], { env: SMALL_HEAP });
    expect(run.code).toBe(0);
    expect(new Set(run.json.observations.map((o) => o.unit))).toEqual(new Set(['Sở Tư pháp', 'Sở Tài chính']));
  });

  it('reads a report under 5,000 merged ranges and a row of 16,384 columns, correctly', () => {
    const merges = Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="A${10 + i}:C${10 + i}"/>`).join('');
    const wide = Array.from({ length: 16_384 }, (_, c) => `<c r="${letters(c)}9"><v>${c}</v></c>`).join('');
    const sheet = base
      .find((p) => p.name === SHEET)!
      .data.toString('utf8')
      .replace('</sheetData>', `<row r="9">${wide}</row></sheetData><mergeCells count="5000">${merges}</mergeCells>`);
    const run = runJson<{ observations: { unit: string; measure: string; value: number }[] }>(
      ['inspect', xlsx('merges.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) })), '--format', 'json'],
      { env: SMALL_HEAP },
    );
    expect(run.code).toBe(0);
    expect(run.json.observations.find((o) => o.unit === 'Sở Tài chính' && o.measure === 'resolved_on_time')?.value).toBe(380);
  });

  it('refuses a zip of 20,000 entries', () => {
    const data = Buffer.from('<a/>');
    const deflated = deflateRawSync(data); // once: a zlib instance per entry would cost seconds
    const many = Array.from({ length: 20_000 }, (_, i) => ({ name: `xl/junk/${i}.xml`, data, deflated }));
    const run = inspect(xlsx('entries.xlsx', [...base, ...many]));
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/limit entries/);
  });

  it('refuses a zip whose end record is missing as INPUT_FORMAT (corrupt), not a crash', () => {
    const bytes = writeZip(base);
    const file = path.join(dir, 'no-end.xlsx');
    writeFileSync(file, bytes.subarray(0, bytes.length - 22));
    expectRefused(inspect(file), 'INPUT_FORMAT');
  });
});

function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Writes `size` bytes of `fill` after `head`, 1 MB at a time (the test never holds the file). */
function bigFile(name: string, head: string, size: number, fill: string, tail = ''): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = Buffer.alloc(1024 * 1024, fill);
  for (let n = 0; n < size; n += chunk.length) writeSync(fd, chunk);
  writeSync(fd, tail);
  closeSync(fd);
  return file;
}

describe('CSV', () => {
  it('refuses a line of 300 MB after reading only its first megabytes (heap capped at 160 MB)', () => {
    const file = bigFile('long-line-2025-03.csv', 'STT;Tên đơn vị;Số hồ sơ nhận giải quyết\n1;', 300 * 1024 * 1024, 'x', '\n');
    const run = inspect(file);
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('long-line-2025-03.csv:2');
    expect(run.stderr).toMatch(/limit line-mb/);
    rmSync(file);
  });

  it('--limit line-mb lowers the line limit (a 3 MB line refused at 1 MB), and a bad --limit is a usage error', () => {
    const file = bigFile('line-3mb.csv', 'STT;Tên đơn vị\n1;', 3 * 1024 * 1024, 'x', '\n');
    expectRefused(inspect(file, '--limit', 'line-mb=1'), 'INPUT_TOO_LARGE');
    expectRefused(inspect(file, '--limit', 'nonsense=1'), 'USAGE');
    expectRefused(runCli(['inspect', file], { env: { PARCHECK_LIMITS: 'line-mb=-1' } }), 'USAGE');
  });

  it('refuses a CSV of millions of empty cells before splitting it (summary tables are small)', () => {
    const file = bigFile('cells.csv', 'STT;Tên đơn vị\n', 24 * 1024 * 1024, `${';'.repeat(99)}\n`, '\n');
    const run = inspect(file);
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/limit table-cells/);
  });

  it('refuses a CSV over the table-mb limit that is not a dossier list, by its size alone', () => {
    const file = bigFile('big-table.csv', 'STT;Tên đơn vị\n', 3 * 1024 * 1024, 'x', '\n');
    const run = inspect(file, '--limit', 'table-mb=1', '--limit', 'line-mb=64');
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/limit table-mb/);
  });

  // The dossier-list path streams through its own byte scanner (src/files/byte-csv.ts), which applies the
  // same line-mb guard at record ends: a long line is too large, not "a quoted field never closed".
  const dossierHead = () => `${readFileSync(path.join(ROOT, 'samples/qn-danh-sach-ho-so-2025-h1.csv'), 'utf8').split('\r\n').slice(0, 2).join('\n')}\n`;
  let longDossier: string | undefined;
  const dossierWithLongLine = () => (longDossier ??= bigFile('dossier-long-line.csv', dossierHead(), 100 * 1024 * 1024, 'x', '\n'));

  it('a dossier list whose third line is 100 MB ends with exit 2 and INPUT_TOO_LARGE at that line, within the capped heap', () => {
    const run = inspect(dossierWithLongLine());
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/\[INPUT_TOO_LARGE\] .*dossier-long-line\.csv:3: .*line 3 is abnormally long/);
  });

  it('a dossier list with a 100 MB line is INPUT_TOO_LARGE naming the line-mb limit and how to raise it, as a summary table is', () => {
    const run = inspect(dossierWithLongLine());
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toMatch(/at most 8 MB \(limit line-mb\)/);
    expect(run.stderr).toMatch(/--limit line-mb=\d+/);
  });

  it('a dossier list honours --limit line-mb: a 3 MB line refused at 1 MB, read at 4 MB', () => {
    const file = bigFile('dossier-3mb-line.csv', dossierHead(), 3 * 1024 * 1024, 'x', '\n');
    const low = inspect(file, '--limit', 'line-mb=1');
    expectRefused(low, 'INPUT_TOO_LARGE');
    expect(low.stderr).toContain('dossier-3mb-line.csv:3');
    expect(inspect(file, '--limit', 'line-mb=4').code).toBe(0);
  });
});

// Worker threads scan ranges cut at guessed offsets; a cut may fall inside the long line or right at its
// start. Each way the merged result must be the same refusal at the same absolute line.
// The worker runs from dist/ (it cannot load TypeScript): `pretest` builds it.
describe('dossier list on worker threads', () => {
  type Ingest = (file: string, options: object) => Promise<unknown>;
  const MB = 1024 * 1024;
  const head = readFileSync(path.join(ROOT, 'samples/qn-danh-sach-ho-so-2025-h1.csv'), 'utf8').split('\r\n').slice(0, 4);

  async function refusal(file: string, options: object): Promise<{ code: string; line?: number }> {
    const { ingestDossierList } = (await import(pathToFileURL(path.join(ROOT, 'dist/ingest/dossier-list/ingest-list.js')).href)) as { ingestDossierList: Ingest };
    const error = (await ingestDossierList(file, { limits: { lineBytes: MB }, ...options }).then(
      () => null,
      (e: unknown) => e,
    )) as { code: string; location: { line?: number } } | null;
    expect(error).not.toBeNull();
    return { code: error!.code, line: error!.location.line };
  }

  it('a 3 MB line over a 1 MB limit: INPUT_TOO_LARGE at line 3 whether the cut falls inside it, at its start, after it, or nowhere', async () => {
    const before = `${head.slice(0, 2).join('\n')}\n`;
    const file = path.join(dir, 'dossier-cuts.csv');
    writeFileSync(file, `${before + 'x'.repeat(3 * MB)}\n${head.slice(2).join('\n')}\n`);
    const start = Buffer.byteLength(before);
    const expected = { code: 'INPUT_TOO_LARGE', line: 3 };
    for (const cuts of [[start + MB + 7], [start], [start + 3 * MB + 1], [start + 10, start + 2 * MB]]) {
      expect(await refusal(file, { threads: 2, parallelMinBytes: 0, cuts })).toEqual(expected);
    }
    expect(await refusal(file, { threads: 1 })).toEqual(expected);
  });

  it('a quote left open over more than the limit in short lines stays INPUT_FORMAT at the record that opens it', async () => {
    const file = path.join(dir, 'dossier-open-quote.csv');
    writeFileSync(file, `${head.slice(0, 2).join('\n')}\nX,"never closed,Sở Tư pháp\n${'short line\n'.repeat(200_000)}`);
    expect(await refusal(file, { threads: 1 })).toEqual({ code: 'INPUT_FORMAT', line: 3 });
  });
});

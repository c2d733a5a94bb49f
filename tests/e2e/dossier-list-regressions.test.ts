/**
 * Wrong figures with exit 0 found by the adversarial pass, each from a
 * small generated list, through the built CLI. Figures are compared with an independent tally.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { observedTally, referenceTally, refDay, type RefRow } from '../helpers/dossier-reference.js';
import { csvText, simpleList } from '../helpers/dossier-writer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-list-regress-'));

interface Inspect {
  observations: { unit: string; period: string; measure: string; value: number }[];
  warnings: { code: string; location: { line?: number } }[];
}

/** 120 dossiers of March 2025 for 4 units, 2 online in 100 (as in the report of item 2). */
function rows(n = 120): RefRow[] {
  const out: RefRow[] = [];
  for (let i = 0; i < n; i++) {
    const recv = refDay(2025, 3, 1 + (i % 20));
    out.push({
      unit: ['Sở Tư pháp', 'Sở Y tế', 'UBND xã Tam Phú', 'UBND huyện Phú Ninh'][i % 4]!,
      recv: { day: recv, sec: 8 * 3600 + (i % 7) * 600 },
      due: { day: recv + 3, sec: null },
      ret: i % 9 === 0 ? null : { day: recv + (i % 5), sec: 9 * 3600 },
      channel: i % 50 === 0 ? 'online' : 'offline',
      outcome: 'by_dates',
      digitized: i % 3 === 0,
      payable: i % 4 === 0,
      paid: i % 8 === 0,
      eCirc: i % 2 === 0,
    });
  }
  return out;
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function inspect(file: string): Inspect {
  const run = runJson<Inspect>(['inspect', file, '--format', 'json']);
  expect(run.code).toBe(0);
  return run.json;
}

describe('a 01/01/1900 placeholder date', () => {
  it('is read as a blank date with a warning; no unit or dossier is lost', () => {
    const data = rows();
    const list = simpleList(data);
    list.records[5]![5] = '01/01/1900';
    data[5] = { ...data[5]!, ret: null };
    const json = inspect(write('placeholder.csv', csvText(list)));
    expect(observedTally(json.observations)).toEqual(referenceTally(data));
    expect(json.warnings.find((w) => w.code === 'DOSSIER_PLACEHOLDER_DATE')?.location.line).toBe(7);
  });

  it('with two worker threads too (a list of 16 MB or more is cut in ranges)', async () => {
    const dist = path.join(ROOT, 'dist/ingest/dossier-list/ingest-list.js');
    if (!existsSync(dist)) return;
    const { ingestDossierList } = (await import(dist)) as typeof import('../../src/ingest/dossier-list/ingest-list.js');
    const data = rows(4000);
    const list = simpleList(data);
    for (const i of [10, 2500, 3999]) {
      list.records[i]![5] = '01/01/1900';
      data[i] = { ...data[i]!, ret: null };
    }
    const file = write('placeholder-par.csv', csvText(list));
    const result = await ingestDossierList(file, { threads: 2, parallelMinBytes: 0 });
    expect(result.rowsRead).toBe(4000);
    expect(observedTally(result.observations)).toEqual(referenceTally(data));
  });

  it('a list dated in January 1900 itself (month 0 of the tally) is read, not dropped', async () => {
    const { ingestDossierList } = await import('../../src/ingest/dossier-list/ingest-list.js');
    const file = write('y1900.csv', 'Mã hồ sơ;Đơn vị tiếp nhận;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả\nA;Sở Tư pháp;Trực tiếp;15/01/1900;20/01/1900;18/01/1900\n');
    const result = await ingestDossierList(file, {});
    expect(result.observations.find((o) => o.measure === 'resolved_early')?.value).toBe(1);
  });
});

describe('a stray quote inside an unquoted field after the last column read', () => {
  it('does not swallow the following rows', () => {
    const data = rows(98);
    const text = csvText(simpleList(data)).replace('\nHS00004;', '\nHS00004;').split('\n');
    // the note column (last, never read) of line 5 holds an unbalanced quote, unquoted, as written by hand
    text[4] = text[4]!.replace(/;$/, ';màn hình 24" hỏng');
    const json = inspect(write('stray-quote.csv', text.join('\n')));
    expect(observedTally(json.observations)).toEqual(referenceTally(data));
  });
});

describe('line endings', () => {
  for (const [name, eol] of [
    ['cr', '\r'],
    ['crlf', '\r\n'],
    ['lf', '\n'],
  ] as const) {
    it(`${name} line endings read every row`, () => {
      const data = rows();
      const json = inspect(write(`eol-${name}.csv`, csvText(simpleList(data), ';', eol)));
      expect(observedTally(json.observations)).toEqual(referenceTally(data));
    });
  }

  it('a mix of CR, LF and CRLF reads every row, with the right line numbers', () => {
    const data = rows();
    const lines = csvText(simpleList(data)).split('\n').slice(0, -1);
    const text = lines.map((l, i) => l + ['\r', '\n', '\r\n'][i % 3]).join('');
    const file = write('eol-mix.csv', text.replace('HS00031;', 'HS00031;').replace(/(HS00031;[^;]*;[^;]*;)[^;]*/, '$131/02/2025'));
    const run = runCli(['inspect', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.basename(file)}:32:4`);
    const ok = inspect(write('eol-mix-ok.csv', text));
    expect(observedTally(ok.observations)).toEqual(referenceTally(data));
  });
});

describe('a mistyped year', () => {
  it('a return in 2052 is refused as absurd, with its line and column (not read as the as-of)', () => {
    const list = simpleList(rows());
    list.records[5]![5] = '05/03/2052';
    const run = runCli(['inspect', write('y2052.csv', csvText(list)), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[INPUT_DATE]');
    expect(run.stderr).toContain('y2052.csv:7:6');
    expect(run.stdout).toBe('');
  });

  it('dates before 2000, after the export moment or returned before receipt are warnings; the export line is the as-of', () => {
    const data = rows();
    const list = simpleList(data);
    list.records[8]![5] = '10/04/2025 09:00';
    data[8] = { ...data[8]!, ret: { day: refDay(2025, 4, 10), sec: 9 * 3600 } };
    list.records[12]![5] = momentText0(data[12]!.recv.day - 1);
    data[12] = { ...data[12]!, ret: { day: data[12]!.recv.day - 1, sec: null } };
    const title = 'DANH SÁCH HỒ SƠ\nThời gian tiếp nhận: từ ngày 01/03/2025 đến ngày 31/03/2025 - Ngày kết xuất: 02/04/2025 08:10\n';
    const json = inspect(write('plausible.csv', title + csvText(list)));
    const codes = json.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['DOSSIER_DATE_AFTER_EXPORT', 'DOSSIER_RETURN_BEFORE_RECEIPT']));
    expect(new Set(json.observations.map((o) => o.period))).toEqual(new Set(['2025-03']));
    expect(observedTally(json.observations)).toEqual(referenceTally(data, { asOf: { day: refDay(2025, 3, 31), sec: null } }));
  });
});

describe('dates before 2000', () => {
  it('are a warning in a list of their own time (far from the others they are absurd, above)', () => {
    const data = rows(40).map((r, i) => ({ ...r, recv: { day: refDay(1999, 12, 20) + i, sec: null }, due: { day: refDay(1999, 12, 25) + i, sec: null }, ret: null }));
    const json = inspect(write('y1999.csv', csvText(simpleList(data))));
    expect(json.warnings.map((w) => w.code)).toContain('DOSSIER_DATE_BEFORE_2000');
    expect(observedTally(json.observations)).toEqual(referenceTally(data));
  });
});

function momentText0(day: number): string {
  const t = new Date(day * 86400000);
  return `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`;
}

describe('one absurd early date', () => {
  it('among 1,000 units is refused at once with its line, never spread over 1,500 months', () => {
    const data: RefRow[] = [];
    for (let u = 0; u < 1000; u++) data.push({ ...rows(1)[0]!, unit: `UBND xã Số ${u}` });
    const list = simpleList(data);
    list.records[700]![3] = '01/03/1900';
    list.records[700]![4] = '02/03/1900';
    list.records[700]![5] = '';
    const t0 = Date.now();
    const run = runCli(['inspect', write('early.csv', csvText(list)), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[INPUT_DATE]');
    expect(run.stderr).toContain('early.csv:702');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

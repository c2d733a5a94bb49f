/**
 * Inputs that used to give a wrong figure with exit 0 (or hang), through the built CLI: the same unit
 * spelled in NFC and NFD, crafted XLSX cells (a shared-string index past the table, `<v>1,234</v>`),
 * a percentage in a count column, counts beyond 2^53. Each now reads right or stops at its cell.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, runJson } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';
import { replacePart, reportParts, SHEET, writeZip, type Part } from './zip-craft.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-wrong-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORM = readFileSync(path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv'), 'utf8');
const LIST = readFileSync(path.join(ROOT, 'tests/fixtures/audit/dossiers-2025-03.csv'), 'utf8');
const TARGETS = path.join(ROOT, 'tests/fixtures/audit/targets.yaml');
const FORM_UNITS = ['Sở Tư pháp', 'Sở Tài chính', 'UBND huyện Duy Xuyên', 'UBND huyện Đại Lộc'];

const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};
const nfd = (s: string) => s.normalize('NFD');

interface Inspected {
  observations: { unit: string; measure: string; value: number; period: string }[];
}
const inspect = (...files: string[]) => runJson<Inspected>(['--lang', 'en', 'inspect', ...files, '--format', 'json']);
const unitsOf = (j: Inspected) => [...new Set(j.observations.map((o) => o.unit))].sort();

/** A line of the audit form with one cell replaced (1-based line and column). */
function formWith(line: number, column: number, value: string): string {
  const lines = FORM.split('\n');
  const cells = lines[line - 1]!.split(';');
  cells[column - 1] = value;
  lines[line - 1] = cells.join(';');
  return lines.join('\n');
}

let base: Part[];
beforeAll(async () => {
  base = await reportParts();
});
const sheetText = () => base.find((p) => p.name === SHEET)!.data.toString('utf8');
const xlsx = (name: string, parts: Part[]) => write(name, writeZip(parts));

describe('NFC and NFD spellings of one unit are one unit (normalised once, as read)', () => {
  it('a dossier list with every other row in NFD: one unit, all five dossiers counted', () => {
    const lines = LIST.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(6);
    const mixed = `${[lines[0], ...lines.slice(1).map((l, i) => (i % 2 === 1 ? nfd(l) : l))].join('\n')}\n`;
    expect(mixed).not.toBe(LIST);
    const run = inspect(write('list-2025-03.csv', mixed));
    expect(run.code).toBe(0);
    expect(unitsOf(run.json)).toEqual(['Sở Tư pháp']);
    const received = run.json.observations.filter((o) => o.measure === 'received_online' || o.measure === 'received_offline');
    expect(received.reduce((n, o) => n + o.value, 0)).toBe(5);
  });

  it('a March form in NFC and an April form in NFD name the same four units, in NFC', () => {
    const run = inspect(write('form-2025-03.csv', FORM), write('form-2025-04.csv', nfd(FORM.replace('THÁNG 3/2025', 'THÁNG 4/2025'))));
    expect(run.code).toBe(0);
    expect(unitsOf(run.json)).toEqual([...FORM_UNITS].sort());
    expect(new Set(run.json.observations.map((o) => o.period))).toEqual(new Set(['2025-03', '2025-04']));
  });

  it('an XLSX whose shared strings are NFD reads its units in NFC', () => {
    const sst = base.find((p) => p.name === 'xl/sharedStrings.xml')!;
    const run = inspect(xlsx('nfd.xlsx', replacePart(base, sst.name, { data: Buffer.from(nfd(sst.data.toString('utf8'))) })));
    expect(run.code).toBe(0);
    expect(unitsOf(run.json)).toEqual(['Sở Tài chính', 'Sở Tư pháp']);
  });

  it('a registry written in NFD still merges an NFC alias under its name', () => {
    const registry = write('units-nfd.yaml', nfd('units:\n  - name: Sở Tư pháp tỉnh Quảng Nam\n    aliases: [Sở Tư pháp]\n    level: province\n'));
    const run = runJson<Inspected>(['--lang', 'en', 'inspect', write('form-reg-2025-03.csv', FORM), '--registry', registry, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(unitsOf(run.json)).toContain('Sở Tư pháp tỉnh Quảng Nam');
    expect(unitsOf(run.json)).not.toContain(nfd('Sở Tư pháp tỉnh Quảng Nam'));
  });
});

describe('crafted XLSX cells are errors at their cell, never 0 or a truncated number', () => {
  it('a shared-string index past the table (B5 → 999) is INPUT_FORMAT at B5', () => {
    const sheet = sheetText().replace('<c r="B5" t="s"><v>15</v></c>', '<c r="B5" t="s"><v>999</v></c>');
    expect(sheet).toContain('<v>999</v>');
    const run = runCli(['--lang', 'en', 'inspect', xlsx('sst-index.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) }))]);
    expectRefused(run, 'INPUT_FORMAT');
    expect(run.stderr).toContain('B5');
  });

  it.each([
    ['1,234', 'grouped'],
    ['1.2.3', 'two points'],
    ['1e400', 'infinite'],
    ['80abc', 'trailing text'],
  ])('a number cell <v>%s</v> (%s) is INPUT_FORMAT at D5', (value) => {
    const sheet = sheetText().replace('<c r="D5"><v>80</v></c>', `<c r="D5"><v>${value}</v></c>`);
    expect(sheet).toContain(`<v>${value}</v>`);
    const run = runCli(['--lang', 'en', 'inspect', xlsx(`number-${value}.xlsx`, replacePart(base, SHEET, { data: Buffer.from(sheet) }))]);
    expectRefused(run, 'INPUT_FORMAT');
    expect(run.stderr).toContain('D5');
  });

  it('numbers Excel does write (1.5E+2, -0.25 in a note column, 80.0) still read', () => {
    const sheet = sheetText().replace('<c r="D5"><v>80</v></c>', '<c r="D5"><v>0.8E+2</v></c>');
    const run = inspect(xlsx('number-ok.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) })));
    expect(run.code).toBe(0);
    expect(run.json.observations.find((o) => o.unit === 'Sở Tư pháp' && o.measure === 'received_online')?.value).toBe(80);
  });
});

describe('a percentage in a count column is an error at its cell', () => {
  it('50% as "Trực tuyến" of Sở Tư pháp (line 8, column 4) is INPUT_NUMBER there', () => {
    const run = runCli(['--lang', 'en', 'check', write('pct-2025-03.csv', formWith(8, 4, '50%')), '--targets', TARGETS, '--as-of', '2025-03']);
    expectRefused(run, 'INPUT_NUMBER');
    expect(run.stderr).toMatch(/pct-2025-03\.csv:8:4/);
  });

  it('a declared rate with % in its own column still reads (75,0% → 75)', () => {
    const run = inspect(write('rate-2025-03.csv', formWith(8, 15, '75,0%')));
    expect(run.code).toBe(0);
    expect(run.json.observations.find((o) => o.unit === 'Sở Tư pháp' && o.measure.endsWith('_declared'))?.value).toBe(75);
  });
});

describe('counts beyond 2^53 are errors at their cell, and nothing hangs', () => {
  /** The CLI with a deadline: the bug was a hang, so the test must end either way. */
  const bounded = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--lang', 'en', ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
  };

  it('a 301-digit count (1e300, a finite whole number) in a CSV form is INPUT_NUMBER at its line and column', () => {
    const run = bounded(['check', write('huge-2025-03.csv', formWith(8, 7, `1${'0'.repeat(300)}`)), '--targets', TARGETS, '--as-of', '2025-03']);
    expect(run.signal).toBeNull();
    expectRefused(run, 'INPUT_NUMBER');
    expect(run.stderr).toMatch(/huge-2025-03\.csv:8:7/);
  });

  it('2^53 + 1 is refused; 2^53 − 1 is the largest count read', () => {
    expectRefused(bounded(['inspect', write('over-2025-03.csv', formWith(8, 14, '9007199254740993'))]), 'INPUT_NUMBER');
  });

  it('1e308 in XLSX cells (received online and offline) is INPUT_NUMBER at D5, within 30 s', () => {
    const sheet = sheetText().replace('<c r="D5"><v>80</v></c>', '<c r="D5"><v>1E+308</v></c>').replace('<c r="E5"><v>140</v></c>', '<c r="E5"><v>1E+308</v></c>');
    const run = bounded(['check', xlsx('huge.xlsx', replacePart(base, SHEET, { data: Buffer.from(sheet) })), '--province', 'quang-nam']);
    expect(run.signal).toBeNull();
    expectRefused(run, 'INPUT_NUMBER');
    expect(run.stderr).toContain('D5');
  });
});

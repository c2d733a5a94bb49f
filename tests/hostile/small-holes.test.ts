/**
 * The smaller holes of the adversarial pass, through the built CLI: declared-rate disagreements in
 * `inspect --format json` as in its table; an XLSX dossier list without its extension read as a
 * workbook; impossible deadline dates refused by `targets validate`; an as-of year 0 refused.
 * (`--output ""`, PARCHECK_LIMITS=constructor=1 and the --max-bytes hint: output-special.test.ts and
 * shared-strings.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-small-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = path.join(ROOT, 'tests/fixtures/audit');
const FORM = readFileSync(path.join(FIXTURES, 'form-2025-03.csv'), 'utf8');
const TARGETS = readFileSync(path.join(FIXTURES, 'targets.yaml'), 'utf8');
const write = (name: string, data: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

interface Inspected {
  warnings: { code: string; location: { line?: number; column?: number } }[];
  files: { shape: string }[];
  observations: { measure: string; value: number }[];
}

it('inspect --format json lists the declared-rate disagreements its table shows, at the declared cell', () => {
  // Sở Tư pháp: 150 digitized of 200 resolved is 75%, the file says 90%.
  const lines = FORM.split('\n');
  lines[7] = lines[7]!.replace(/;75,0$/, ';90,0');
  const file = write('rate-2025-03.csv', lines.join('\n'));
  const json = runJson<Inspected>(['--lang', 'en', 'inspect', file, '--format', 'json']);
  expect(json.code).toBe(0);
  const mismatch = json.json.warnings.filter((w) => w.code === 'DECLARED_RATE_MISMATCH');
  expect(mismatch.map((w) => [w.location.line, w.location.column])).toContainEqual([8, 15]);
  const table = runCli(['--lang', 'en', 'inspect', file]);
  expect(table.stderr.match(/DECLARED_RATE_MISMATCH/g)?.length).toBe(mismatch.length);
});

it('an XLSX dossier list without the .xlsx extension is read as a workbook (five dossiers), never as CSV', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (const l of readFileSync(path.join(FIXTURES, 'dossiers-2025-03.csv'), 'utf8').trim().split('\n')) ws.addRow(l.split(';'));
  const file = path.join(dir, 'danh-sach-2025-03');
  await wb.xlsx.writeFile(file);
  const run = runJson<Inspected>(['--lang', 'en', 'inspect', file, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  expect(run.json.files[0]!.shape).toBe('dossier_list');
  const received = run.json.observations.filter((o) => o.measure === 'received_online' || o.measure === 'received_offline');
  expect(received.reduce((n, o) => n + o.value, 0)).toBe(5);
  expect(run.stderr).not.toContain('PK');
});

describe('deadline dates that do not exist', () => {
  it.each(['2025-13-45', '2025-02-30', '2025-00-10', '2025-04-31'])('deadline: %s fails targets validate at its line', (date) => {
    const run = runCli(['--lang', 'en', 'targets', 'validate', write(`t-${date}.yaml`, TARGETS.replace('deadline: 2025-03-31', `deadline: ${date}`))]);
    expectRefused(run, 'TARGET_SCHEMA');
    expect(run.stderr).toMatch(/:36:\d+/);
  });

  it('2024-02-29 (a leap day) is a date', () => {
    expect(runCli(['targets', 'validate', write('t-leap.yaml', TARGETS.replace('deadline: 2025-03-31', 'deadline: 2024-02-29'))]).code).toBe(0);
  });
});

it('--as-of 0000-01 is refused as a usage error naming the flag', () => {
  const run = runCli(['--lang', 'en', 'check', path.join(FIXTURES, 'form-2025-03.csv'), '--targets', path.join(FIXTURES, 'targets.yaml'), '--as-of', '0000-01']);
  expectRefused(run, 'USAGE');
  expect(run.stderr).toContain('--as-of');
});

/**
 * Text from inputs in the outputs, through the built CLI: characters XML cannot hold (U+FFFE, C0
 * controls) and quotes past Excel's 32,767-character cell limit used to corrupt the XLSX report; now
 * replaced or cut visibly, with a warning. `reconcile` shows ESC and bidi overrides as escapes, as
 * check, inspect and explain do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORM = readFileSync(path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv'), 'utf8');
const TARGETS = readFileSync(path.join(ROOT, 'tests/fixtures/audit/targets.yaml'), 'utf8');
const write = (name: string, data: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** Every string cell of every sheet. */
async function texts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && out.push(c.value)))));
  return out;
}

describe('XLSX report: text XML or Excel cannot hold', () => {
  it('a unit name with U+FFFE and a control character: the workbook opens, the characters are �, a warning says so', async () => {
    const input = write('form-bad-2025-03.csv', FORM.replace('1;Sở Tư pháp;', '1;Sở Tư\u0001 pháp\uFFFE;'));
    const out = path.join(dir, 'bad-chars.xlsx');
    const run = runCli(['--lang', 'en', 'check', input, '--targets', write('t1.yaml', TARGETS), '--as-of', '2025-03', '--fail-on', 'never', '--output', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('[XLSX_TEXT]');
    const cells = await texts(out);
    expect(cells.some((c) => c.startsWith('Sở Tư\uFFFD pháp\uFFFD'))).toBe(true);
    expect(cells.join('')).not.toMatch(/[\u0001\uFFFE]/);
  });

  it('a clause quote of 40,000 characters is cut to 32,767 with a visible count of what was cut', async () => {
    const long = `Tỷ lệ hồ sơ ${'rất dài '.repeat(5000)}`;
    const targets = write('t-long.yaml', TARGETS.replace('quote: Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt trên 80%', `quote: "${long}"`));
    const out = path.join(dir, 'long.xlsx');
    const run = runCli(['--lang', 'en', 'check', write('form-2025-03.csv', FORM), '--targets', targets, '--as-of', '2025-03', '--fail-on', 'never', '--output', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('[XLSX_TEXT]');
    const cells = await texts(out);
    const quote = cells.find((c) => c.startsWith('Tỷ lệ hồ sơ rất dài'));
    expect(quote).toBeDefined();
    expect(quote!.length).toBeLessThanOrEqual(32_767);
    const cut = Number(/… \[\+(\d+)\]$/.exec(quote!)?.[1]);
    expect(quote!.length - `… [+${cut}]`.length + cut).toBe(long.length);
  });

  it('a literal _x0041_ in a unit name stays as typed (not decoded by Excel to "A")', async () => {
    const input = write('form-x-2025-03.csv', FORM.replace('1;Sở Tư pháp;', '1;Sở Tư pháp _x0041_;'));
    const out = path.join(dir, 'escape.xlsx');
    expect(runCli(['check', input, '--targets', write('t2.yaml', TARGETS), '--as-of', '2025-03', '--fail-on', 'never', '--output', out]).code).toBe(0);
    expect(await texts(out)).toContain('Sở Tư pháp _x0041_');
  });
});

describe('reconcile escapes terminal controls from the inputs', () => {
  it('ESC sequences and U+202E in a unit name are shown as \\x1b and \\u202e', () => {
    const evil = '\u001b[31mSở Tư pháp\u202e\u0007';
    const a = write('a-2025-03.csv', FORM);
    const b = write('b-2025-03.csv', FORM.replace('1;Sở Tư pháp;', `1;${evil};`));
    const run = runCli(['--lang', 'en', 'reconcile', a, b]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u001b\u202e\u0007]/);
    expect(run.stdout).toContain('\\x1b[31mSở Tư pháp\\u202e\\x07');
  });
});

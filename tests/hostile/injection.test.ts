/**
 * Formula injection and terminal escapes, end to end through the built CLI: unit names such as
 * `=HYPERLINK(...)`, `+cmd`, `-2+3`, `@SUM(A1)`, an ANSI colour, a BEL and an OSC title sequence are
 * read from an agency's CSV, checked against targets naming those units, and reported as CSV, XLSX,
 * Markdown and the terminal table; `inspect` and error messages quote them too.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../src/report/escape.js';
import { renderCsv } from '../../src/report/csv-report.js';
import { renderXlsx } from '../../src/report/xlsx-report.js';
import { loadResult } from '../fixtures/results/load.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectRefused } from './fuzz.js';

const FORMULAS = ['=HYPERLINK("http://evil","click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)'];
const ANSI = 'Sở \u001b[31mĐỏ\u001b[0m';
const BEL = 'Sở Chuông\u0007';
const OSC = '\u001b]0;pwned\u0007Ban Xyz';
const NAMES = [...FORMULAS, ANSI, BEL, OSC];
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-inject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, 'hostile-2025-03.csv');
const targets = path.join(dir, 'targets.yaml');

beforeAll(() => {
  const form = readFileSync(path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv'), 'utf8').split('\n').slice(0, 6);
  const rows = NAMES.map((n, i) => `${i + 1};"${n.replace(/"/g, '""')}";250;80;140;30;200;60;120;20;50;45;5;150;75,0`);
  writeFileSync(input, [...form, 'I;CẤP TỈNH;;;;;;;;;;;;;', ...rows, ''].join('\n'));
  const yaml = readFileSync(path.join(ROOT, 'tests/fixtures/audit/targets.yaml'), 'utf8').replace(/scope: \{ level: all \}/g, `scope: { level: province, units: ${JSON.stringify(NAMES)} }`);
  writeFileSync(targets, yaml);
});

const check = (...args: string[]) => runCli(['--lang', 'en', 'check', input, '--targets', targets, '--as-of', '2025-03', '--fail-on', 'never', ...args]);

describe('CSV report', () => {
  it('prefixes every formula-like unit name with a quote, and keeps figures as numbers', () => {
    const run = check('--format', 'csv');
    expect(run.code).toBe(0);
    const records = parse(run.stdout, { bom: true, columns: true }) as Record<string, string>[];
    const names = new Set(records.map((r) => r.unit_name));
    for (const f of FORMULAS) expect(names).toContain(`'${f}`);
    for (const r of records) {
      expect(r.unit_name).not.toMatch(/^[=+\-@\t\r]/);
      expect(r.gap).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});

describe('XLSX report', () => {
  it('stores each unit name as a neutralised string, and the workbook holds no formula at all', async () => {
    const out = path.join(dir, 'report.xlsx');
    const run = check('--output', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) {
      expect(await zip.files[name]!.async('string')).not.toMatch(/<f[\s>]/);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    for (const f of FORMULAS) expect(texts).toContain(`'${f}`);
    // a signed gap the report composes from a number ("-43,64 điểm %", "+2 hạng") holds nothing from the inputs
    const gap = /^[+-]\d[\d.,]* (?:điểm %|pp|hạng|ranks?)$/;
    for (const t of texts.filter((x) => !gap.test(x))) expect(t).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown and terminal', () => {
  it('Markdown shows ESC and BEL as \\x1b and \\x07, never raw', () => {
    const run = check('--format', 'md');
    expect(run.stdout).toContain('\\\\x1b\\[31m');
    expect(run.stdout).toContain('Chuông\\\\x07');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('the terminal table shows them visibly; stdout and stderr carry no raw control character', () => {
    const run = check();
    expect(run.stdout).toContain('\\x1b[31m');
    expect(run.stdout).toContain('\\x1b]0;pwned\\x07Ban Xyz');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('inspect shows the unit names and warnings (UNIT_LEVEL_UNKNOWN for "Ban Xyz") without raw controls', () => {
    const run = runCli(['--lang', 'en', 'inspect', input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\\x1b]0;pwned\\x07Ban Xyz');
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('an error quoting the file (no known header) shows its controls, never sends them', () => {
    const file = path.join(dir, 'clear-screen.csv');
    writeFileSync(file, 'Tiêu đề\u001b[2J\u001b]0;x\u0007;Cột\nmột;hai\n');
    const run = runCli(['--lang', 'en', 'inspect', file]);
    expectRefused(run, 'INPUT_HEADER');
    expect(run.stderr).toContain('\\x1b[2J');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('audit warnings on stderr', () => {
  // check.ts prints the audit notes of src/check/audit-inputs.ts as they are (written for the audit
  // trail): a declared-rate mismatch quoting a unit name sends its ESC/BEL to the terminal. The fix is
  // one escapeControl() in printWarnings (or in the notes' messages). Ingest's own warnings are escaped.
  it('a DECLARED_RATE_MISMATCH quoting a hostile unit name reaches stderr without raw controls', () => {
    const file = path.join(dir, 'audit-2025-03.csv');
    const form = readFileSync(path.join(ROOT, 'tests/fixtures/audit/form-2025-03.csv'), 'utf8').split('\n').slice(0, 6);
    writeFileSync(file, [...form, 'I;CẤP TỈNH;;;;;;;;;;;;;', `1;"${OSC}";250;80;140;30;200;60;120;20;50;45;5;150;95,0`, ''].join('\n'));
    const run = runCli(['--lang', 'en', 'check', file, '--targets', path.join(ROOT, 'tests/fixtures/audit/targets.yaml'), '--as-of', '2025-03', '--format', 'json']);
    expect(run.stderr).toContain('DECLARED_RATE_MISMATCH');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('neutraliseFormula beyond the OWASP list', () => {
  it('also catches signs after leading spaces or a line feed, and full-width signs', () => {
    for (const s of ['\tx', '\rx', '\nx', ' =1+1', '\u00a0@SUM(A1)', '＝1+1', '＋1', '－1', '＠A']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['UBND xã A', 'Sở 1=1', '95,3%', '']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('a unit name with a leading tab, CR or spaces (possible from a mapping or a target file) is neutralised in CSV and XLSX', async () => {
    const result = loadResult();
    const evil = ['\t=cmd', '\r+cmd', '  -cmd'];
    result.findings = result.findings.slice(0, evil.length).map((f, i) => ({ ...f, scope: { ...f.scope, unit: evil[i] } }));
    const records = parse(renderCsv(result, { lang: 'en', color: false }), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.unit_name)).toEqual(evil.map((e) => `'${e}`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(result, { lang: 'en', color: false })) as never);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value)))));
    // XML turns a raw CR into LF on reading; either way the cell starts with the quote.
    for (const e of evil) expect(texts.map((t) => t.replace(/\r\n?/g, '\n'))).toContain(`'${e.replace(/\r/g, '\n')}`);
  });
});

/** `--format html` / `--output *.html` from the command line: same bytes twice, stdout or file, both languages. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FORM = 'tests/fixtures/check/form-2025-03.csv';
const TARGETS = 'tests/fixtures/check/targets-kt.yaml';
const base = ['check', FORM, '--targets', TARGETS, '--as-of', '2025-12', '--fail-on', 'never'];
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the HTML report from the CLI', () => {
  it('is chosen by the .html extension and written the same, byte for byte, on every run', () => {
    const a = path.join(dir, 'a.html');
    const b = path.join(dir, 'b.html');
    expect(runCli([...base, '--output', a]).code).toBe(0);
    expect(runCli([...base, '--output', b]).code).toBe(0);
    const html = readFileSync(a, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readFileSync(b)).toEqual(readFileSync(a));
  });

  it('--format html prints to stdout, in English with --lang en', () => {
    const run = runCli([...base, '--format', 'html', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(run.stdout).toContain('online-share-band-2025');
    expect(run.stdout).toContain('tỷ lệ hồ sơ trực tuyến duy trì trong khoảng từ 40% đến 60%'); // the clause, quoted
  });
});

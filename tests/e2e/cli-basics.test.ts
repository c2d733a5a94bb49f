import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

describe('parcheck basics', () => {
  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('writes help in Vietnamese by default and in English with --lang en', () => {
    expect(runCli(['--help']).stdout).toContain('Kiểm tra số liệu cải cách hành chính');
    expect(runCli(['--lang', 'en', '--help']).stdout).toContain('Check public-administration-reform');
  });

  it('exits 2 on an unknown option, with the message on stderr and nothing on stdout', () => {
    const run = runCli(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Lỗi [USAGE] --bogus');
    expect(run.stderr).not.toContain('Cách dùng:'); // one line of advice, not the whole help
  });
});

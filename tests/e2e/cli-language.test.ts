/**
 * The CLI speaks the officer's language: help with no English of commander's in Vietnamese mode (for
 * every command), examples and exit codes, one-line option errors with a suggestion, --level in
 * Vietnamese words, --unit by a part of a name, folders and quoted patterns as inputs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const MONTHS = ['01', '02', '03', '04', '05', '06'].map((m) => `samples/qn-bao-cao-tthc-2025-${m}.xlsx`);
const COMMANDS = [
  [],
  ['check'],
  ['inspect'],
  ['explain'],
  ['reconcile'],
  ['verify'],
  ['template'],
  ['targets'],
  ['targets', 'list'],
  ['targets', 'show'],
  ['targets', 'validate'],
  ['targets', 'diff'],
  ['targets', 'draft'],
  ['targets', 'review'],
  ['targets', 'schema'],
];
/** Every English text commander writes on its own. */
const COMMANDER_ENGLISH = /Usage:|Options:|Commands:|Arguments:|Global Options|choices|default:|display help|help for command|\[options\]|\[command\]|preset:|env:|Did you mean|error:/;

interface Finding {
  scope: { level: string; unit?: string };
}
const json = (args: string[]) => {
  const run = runCli([...args, '--format', 'json', '--fail-on', 'never']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { findings: Finding[]; inputs: { path: string }[] };
};

/** The commands a help lists under "Lệnh:" (the help command aside). */
const listed = (help: string) => [...(help.split('Lệnh:\n')[1] ?? '').split('\n\n')[0]!.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');

describe('help', () => {
  it('the commands below are every command there is', () => {
    const top = listed(runCli(['--help']).stdout);
    const targets = listed(runCli(['targets', '--help']).stdout);
    expect(new Set([...top.map((c) => c), ...targets.map((c) => `targets ${c}`)])).toEqual(new Set(COMMANDS.filter((c) => c.length > 0).map((c) => c.join(' '))));
  });

  it.each(COMMANDS)('parcheck %s --help --lang vi: no English of commander, with examples and exit codes', (...cmd) => {
    const run = runCli([...cmd, '--help', '--lang', 'vi']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cách dùng: parcheck/);
    expect(run.stdout).not.toMatch(COMMANDER_ENGLISH);
    expect(run.stdout).toContain('Tùy chọn:');
    expect(run.stdout).toContain('Ví dụ:');
    expect(run.stdout).toContain('Mã thoát:');
    expect(run.stdout).toMatch(/^ {2}2 {2}lỗi cách dùng/m);
  });

  it.each(COMMANDS)('parcheck %s --help --lang en is English throughout', (...cmd) => {
    const run = runCli([...cmd, '--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: parcheck/);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stdout).not.toMatch(/Cách dùng|Tùy chọn|Ví dụ|Mã thoát|tệp|chọn:|mặc định/);
  });

  it('choices and defaults are said in Vietnamese; the help command too', () => {
    const check = runCli(['check', '--help']).stdout;
    expect(check).toMatch(/--fail-on <mức>\s+mã thoát 1 khi có kết quả ở mức này \(chọn: missed, off-track, never; mặc\s+định: missed\)/);
    expect(runCli(['--help']).stdout).toMatch(/help \[lệnh\]\s+in hướng dẫn của một lệnh/);
  });
});

describe('option errors: one line in the chosen language and one line of advice, never the whole help', () => {
  it('a mistyped option: "Ý bạn là --level?"', () => {
    const run = runCli(['check', ...MONTHS, '--levels', 'xã']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Lỗi [USAGE] --levels: không có tùy chọn --levels\n  Ý bạn là --level? (parcheck check --help liệt kê mọi tùy chọn)\n');
    const en = runCli(['check', ...MONTHS, '--levels', 'xã', '--lang', 'en']);
    expect(en.stderr).toBe('Error [USAGE] --levels: unknown option --levels\n  Did you mean --level? (parcheck check --help lists every option)\n');
  });

  it('a value outside the choices names them and the nearest', () => {
    const run = runCli(['check', ...MONTHS, '--format', 'jsn']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('Lỗi [USAGE] --format: giá trị "jsn" không hợp lệ; chọn một trong: table, json, csv, xlsx, md, html');
    expect(run.stderr).toContain('Ý bạn là json?');
    expect(run.stderr).not.toMatch(COMMANDER_ENGLISH);
  });

  it('an unknown command and a missing argument are Vietnamese too', () => {
    const cmd = runCli(['chek']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Lỗi [USAGE] chek: không có lệnh chek');
    expect(cmd.stderr).toContain('Ý bạn là check?');
    const missing = runCli(['check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Lỗi [USAGE]: thiếu tham số <tệp>');
    expect(missing.stderr).not.toMatch(COMMANDER_ENGLISH);
  });
});

describe('--level in the words officers use', () => {
  it.each([
    ['xã', 'commune'],
    ['cấp xã', 'commune'],
    ['Cap Xa', 'commune'],
    ['cấp huyện', 'district'],
    ['huyen', 'district'],
    ['tỉnh', 'province'],
    ['cấp tỉnh', 'province'],
    ['toàn tỉnh', 'all'],
    ['toan tinh', 'all'],
    ['commune', 'commune'],
  ])('--level "%s" is %s', (word, level) => {
    const { findings } = json(['check', ...MONTHS, '--level', word]);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.scope.level))).toEqual(new Set([level]));
  });

  it('a word that is no level: exit 2 and the nearest level', () => {
    const run = runCli(['check', ...MONTHS, '--level', 'huyn']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lỗi [USAGE] --level: giá trị "huyn" không hợp lệ: cấp là một trong: toàn tỉnh, tỉnh, huyện, xã');
    expect(run.stderr).toContain('Ý bạn là huyện?');
  });
});

describe('--unit by a part of the name', () => {
  it('"Duy Xuyên", "duy xuyen" and the full name give the same unit', () => {
    for (const q of ['Duy Xuyên', 'duy xuyen', 'UBND huyện Duy Xuyên']) {
      const { findings } = json(['check', ...MONTHS, '--unit', q]);
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((f) => f.scope.unit))).toEqual(new Set(['UBND huyện Duy Xuyên']));
    }
  });

  it('a part several units share gives all of them', () => {
    const { findings } = json(['check', ...MONTHS, '--unit', 'phường']);
    expect(new Set(findings.map((f) => f.scope.unit))).toEqual(new Set(['UBND phường An Mỹ', 'UBND phường Điện Phương']));
  });

  it('no unit matching: exit 2 with the closest names, never an empty report', () => {
    const run = runCli(['check', ...MONTHS, '--unit', 'Duy Xuyen ha']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Lỗi [USAGE] --unit: Không có đơn vị nào khớp "Duy Xuyen ha"');
    expect(run.stderr).toMatch(/Cần có: một trong các tên gần nhất: UBND huyện Duy Xuyên/);
  });
});

describe('folders and patterns as inputs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parcheck-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const m of MONTHS) copyFileSync(path.join(ROOT, m), path.join(dir, path.basename(m)));
  copyFileSync(path.join(ROOT, 'README.md'), path.join(dir, 'ghi-chu.md')); // not a data file: left alone

  it('a folder means every data file in it, in name order, shown as typed', () => {
    const report = json(['check', dir]);
    expect(report.inputs.map((i) => i.path)).toEqual(MONTHS.map((m) => `${dir}/${path.basename(m)}`));
    // the same figures as the files named one by one (their sources name the folder's copies)
    const figures = (r: { findings: Finding[] }) => r.findings.map((f) => ({ ...f, sources: undefined }));
    expect(figures(report)).toEqual(figures(json(['check', ...MONTHS])));
    expect(JSON.stringify(report.findings)).toContain(`${dir}/qn-bao-cao-tthc-2025-06.xlsx`);
  });

  it('an empty folder is a clear INPUT_NOT_FOUND, never INTERNAL/EISDIR', () => {
    const empty = path.join(dir, 'trong');
    mkdirSync(empty, { recursive: true });
    const run = runCli(['check', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Lỗi [INPUT_NOT_FOUND] ${empty}: Thư mục ${empty} không có tệp số liệu nào`);
    expect(run.stderr).not.toMatch(/INTERNAL|EISDIR/);
    const inspect = runCli(['inspect', empty]);
    expect(inspect.code).toBe(2);
    expect(inspect.stderr).toContain('[INPUT_NOT_FOUND]');
  });

  it('the samples folder (two provinces) is read, and the message says what to do', () => {
    const run = runCli(['check', 'samples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Lỗi \[[A-Z_]+\]: Các tệp đầu vào thuộc nhiều tỉnh: quang-binh, quang-nam$/m);
    expect(run.stderr).not.toMatch(/INTERNAL|EISDIR/);
  });

  it('a quoted pattern is expanded by parcheck: [1-6], {a,b}, *', () => {
    const explicit = json(['check', ...MONTHS]);
    const ranged = json(['check', 'samples/qn-bao-cao-tthc-2025-0[1-6].xlsx']);
    expect(ranged.inputs.map((i) => i.path)).toEqual(MONTHS);
    expect(ranged.findings).toEqual(explicit.findings);
    const braces = json(['check', 'samples/qn-bao-cao-tthc-2025-0{5,6}.xlsx']);
    expect(braces.inputs.map((i) => i.path)).toEqual(MONTHS.slice(4));
    const star = json(['check', `${dir}/*.xlsx`]);
    expect(star.inputs).toHaveLength(6);
    const none = runCli(['check', 'samples/khong-co-*.xlsx']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Lỗi [INPUT_NOT_FOUND] samples/khong-co-*.xlsx: Không có tệp nào khớp mẫu samples/khong-co-*.xlsx');
  });
});

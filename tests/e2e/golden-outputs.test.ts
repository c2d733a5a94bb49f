/**
 * Byte-for-byte outputs of the built CLI on the bundled samples and fixtures, recorded once and kept:
 * a refactor that changes what a user sees (a figure, a word, a column, an exit code, a message on
 * stderr) fails here. Binary outputs (XLSX) are compared by SHA-256.
 * A difference is a behaviour change: fix the code, or, when the change is intended, say why in the
 * commit and record again with `vitest run tests/e2e/golden-outputs.test.ts -u`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const DEMO = [
  'samples/qn-bao-cao-tthc-2025-01.xlsx',
  'samples/qn-bao-cao-tthc-2025-02.xlsx',
  'samples/qn-bao-cao-tthc-2025-03.xlsx',
  'samples/qn-bao-cao-tthc-2025-04.xlsx',
  'samples/qn-bao-cao-tthc-2025-05.xlsx',
  'samples/qn-bao-cao-tthc-2025-06.xlsx',
  'samples/qn-chi-so-2021-2024.xlsx',
  'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx',
];
const LIST = 'samples/qn-danh-sach-ho-so-2025-h1.csv';
const FORM_CSV = 'samples/qn-bao-cao-tthc-2025-03.csv';
const AUDIT = 'tests/fixtures/audit';
const scratch = mkdtempSync(path.join(tmpdir(), 'parcheck-golden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One recorded run: the exit code, then stdout, then stderr, each under its own heading. */
function record(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const run = runCli(args, { env: { COLUMNS: '120', ...env } });
  const portable = (text: string) => text.replaceAll(scratch, '<scratch>').replaceAll(ROOT, '<root>');
  return `$ parcheck ${args.join(' ')}\n# exit ${run.code}\n# stdout\n${portable(run.stdout)}\n# stderr\n${portable(run.stderr)}`;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

const golden = (name: string) => path.join(ROOT, 'tests/e2e/golden', name);

describe('golden outputs (no behaviour change)', () => {
  const runs: [string, string[], NodeJS.ProcessEnv?][] = [
    ['check-demo-table.txt', ['check', ...DEMO, '--level', 'all', '--fail-on', 'never']],
    ['check-demo-wide-en.txt', ['check', ...DEMO, '--level', 'all', '--wide', '--lang', 'en', '--show', 'no-data']],
    ['check-demo-json.txt', ['check', ...DEMO, '--format', 'json']],
    ['check-demo-csv.txt', ['check', ...DEMO, '--format', 'csv']],
    ['check-demo-md.txt', ['check', ...DEMO, '--format', 'md']],
    ['check-demo-md-en.txt', ['check', ...DEMO, '--format', 'md', '--lang', 'en']],
    ['check-demo-html.txt', ['check', ...DEMO, '--format', 'html']],
    ['check-district-unit.txt', ['check', ...DEMO, '--level', 'huyện', '--unit', 'Duy Xuyên']],
    ['check-list.txt', ['check', LIST, '--province', 'quang-nam', '--format', 'json']],
    ['check-list-table.txt', ['check', LIST, '--province', 'quang-nam']],
    ['check-audit-fixture.txt', ['check', `${AUDIT}/form-2025-03.csv`, '--targets', `${AUDIT}/targets.yaml`, '--format', 'json']],
    ['check-audit-fixture-table.txt', ['check', `${AUDIT}/form-2025-03.csv`, '--targets', `${AUDIT}/targets.yaml`, '--lang', 'en']],
    ['check-invalid.txt', ['check', 'tests/fixtures/check/form-2025-03-invalid.csv', '--targets', 'tests/fixtures/check/targets-kt.yaml']],
    // The message names the absolute path: wide enough that where the clone sits never wraps it.
    ['check-missing-file.txt', ['check', 'samples/does-not-exist.xlsx'], { COLUMNS: '1000' }],
    ['check-bad-level.txt', ['check', ...DEMO, '--level', 'tổ']],
    ['inspect-form-xlsx.txt', ['inspect', 'samples/qn-bao-cao-tthc-2025-06.xlsx']],
    ['inspect-form-csv-json.txt', ['inspect', FORM_CSV, '--format', 'json']],
    ['inspect-list.txt', ['inspect', LIST]],
    ['inspect-list-en-json.txt', ['inspect', LIST, '--format', 'json', '--lang', 'en']],
    ['inspect-index.txt', ['inspect', 'samples/qn-chi-so-2021-2024.xlsx', 'samples/qb-bao-cao-tthc-2025-05.xlsx']],
    ['inspect-suggest-mapping.txt', ['inspect', FORM_CSV, '--suggest-mapping']],
    ['explain-text.txt', ['explain', 'online-dossier-rate-2025', ...DEMO]],
    ['explain-json.txt', ['explain', 'online-dossier-rate-2025', ...DEMO, '--format', 'json']],
    ['explain-unit.txt', ['explain', 'digitized-results', ...DEMO, '--level', 'huyện']],
    ['explain-list.txt', ['explain', 'e-circulation-2025', LIST, '--province', 'quang-nam', '--lang', 'en']],
    ['explain-unknown.txt', ['explain', 'on-time-resolution-2025', ...DEMO]],
    ['reconcile.txt', ['reconcile', `${AUDIT}/form-tu-phap-2025-03.csv`, `${AUDIT}/dossiers-2025-03.csv`]],
    ['reconcile-json.txt', ['reconcile', `${AUDIT}/form-tu-phap-2025-03.csv`, `${AUDIT}/dossiers-2025-03.csv`, '--format', 'json']],
    ['targets-list.txt', ['targets', 'list']],
    ['targets-list-json.txt', ['targets', 'list', '--format', 'json']],
    ['targets-list-commune-en.txt', ['targets', 'list', '--level', 'xã', '--lang', 'en']],
    ['targets-show.txt', ['targets', 'show', 'pci-rank-2025']],
    ['targets-validate.txt', ['targets', 'validate', 'targets/', '--sources', 'targets/sources']],
    ['targets-diff.txt', ['targets', 'diff', 'tests/fixtures/targets/good', 'tests/fixtures/targets/plan-a-v2.yaml']],
    ['help.txt', ['--help']],
    ['help-check-en.txt', ['check', '--help', '--lang', 'en']],
  ];
  for (const [name, args, env] of runs) {
    it(name, async () => {
      await expect(record(args, env)).toMatchFileSnapshot(golden(name));
    });
  }

  it('check --format xlsx and template xlsx write the same bytes', async () => {
    const report = path.join(scratch, 'report.xlsx');
    const template = path.join(scratch, 'template.xlsx');
    const a = runCli(['check', ...DEMO, '--output', report, '--quiet']);
    const b = runCli(['template', ...DEMO, '--output', template, '--quiet']);
    const csv = path.join(scratch, 'template.csv');
    const c = runCli(['template', ...DEMO, '--output', csv, '--quiet']);
    await expect(`exit ${c.code}\n${c.stderr}\n${readFileSync(csv, 'utf8')}`).toMatchFileSnapshot(golden('template-csv.txt'));
    const summary = `check exit ${a.code} stderr ${a.stderr}\nreport.xlsx ${sha256(report)}\ntemplate exit ${b.code} stderr ${b.stderr}\ntemplate.xlsx ${sha256(template)}\n`;
    await expect(summary).toMatchFileSnapshot(golden('xlsx-sha256.txt'));
  }, 120_000); // three CLI runs, two of them writing XLSX
});

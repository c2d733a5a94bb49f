/** Recompute and reconcile through the built CLI: declared rates, total and group rows, identities, two sources. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';

const F = 'tests/fixtures/audit';
const FORM = `${F}/form-2025-03.csv`;
const CHECK = ['check', FORM, '--targets', `${F}/targets.yaml`, '--format', 'json', '--lang', 'en'];

interface Note {
  code: string;
  unit?: string;
  declared?: number;
  recomputed?: number;
  difference?: number;
  location: Record<string, unknown>;
  cells: { file: string; line?: number; column?: number }[];
}
const at = (c: { file: string; line?: number; column?: number }) => `${c.file}:${c.line}:${c.column}`;

describe('check audits its inputs', () => {
  const { json, stderr } = runJson<{ audit: Note[] }>(CHECK);

  it('flags a declared rate that disagrees with its counts, with the declared cell and the count cells', () => {
    const notes = json.audit.filter((a) => a.code === 'DECLARED_RATE_MISMATCH');
    expect(notes).toHaveLength(1);
    const n = notes[0]!;
    // Sở Tài chính: declared 85,0 % (column O) but 400 digitized / 500 resolved = 80 %
    expect(n).toMatchObject({ unit: 'Sở Tài chính', declared: 85, recomputed: 80, difference: 5 });
    expect(n.cells.map(at)).toEqual([`${FORM}:9:15`, `${FORM}:9:14`, `${FORM}:9:7`]);
    expect(stderr).toContain('[DECLARED_RATE_MISMATCH]');
    expect(stderr).toContain(`${FORM}:9:15`);
  });

  it('flags a total row and a group row that disagree with their units, and a broken identity', () => {
    const total = json.audit.find((a) => a.code === 'TOTAL_ROW_MISMATCH')!;
    // received_total: the total row says 1.210, the four units say 250 + 600 + 200 + 150 = 1.200
    expect(total.cells.map(at)).toEqual([`${FORM}:13:3`, `${FORM}:8:3`, `${FORM}:9:3`, `${FORM}:11:3`, `${FORM}:12:3`]);
    const group = json.audit.find((a) => a.code === 'GROUP_ROW_MISMATCH')!;
    expect(group.cells.map(at)).toEqual([`${FORM}:10:7`, `${FORM}:11:7`, `${FORM}:12:7`]);
    expect(json.audit.map((a) => a.code)).toContain('IDENTITY_PENDING');
    for (const code of ['TOTAL_ROW_MISMATCH', 'GROUP_ROW_MISMATCH', 'IDENTITY_PENDING']) expect(stderr).toContain(`[${code}]`);
  });

  it('--tolerance widens what a declared rate may differ by', () => {
    const wide = runJson<{ audit: Note[] }>([...CHECK, '--tolerance', '5']);
    expect(wide.json.audit.map((a) => a.code)).not.toContain('DECLARED_RATE_MISMATCH');
    expect(runCli([...CHECK, '--tolerance', 'abc']).code).toBe(2);
  });

  it('paths in the report are the ones typed, never absolute', () => {
    const raw = runCli(CHECK).stdout;
    expect(raw).not.toContain(ROOT);
  });
});

describe('reconcile A B', () => {
  const TU_PHAP = `${F}/form-tu-phap-2025-03.csv`;
  const LIST = `${F}/dossiers-2025-03.csv`;

  it('lists every difference between the form and the dossier list with both sources; exit 1', () => {
    const run = runJson<{
      agree: boolean;
      differences: { unit: string; measure: string; a: { value: number; sources: object[] }; b: { value: number; sources: object[] } }[];
      only_in_a: { measures: string[] };
    }>(['reconcile', TU_PHAP, LIST, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.json.agree).toBe(false);
    // list: TP-001, TP-004 returned before the due date, TP-002 on it, TP-003 late; 3 digitized
    expect(run.json.differences.map((d) => [d.measure, d.a.value, d.b.value])).toEqual([
      ['digitized_results', 4, 3],
      ['resolved_early', 1, 2],
      ['resolved_on_time', 2, 1],
    ]);
    expect(run.json.differences[0]!.a.sources).toEqual([{ file: TU_PHAP, line: 6, column: 14 }]);
    expect(run.json.differences[0]!.b.sources).toEqual([{ file: LIST, rows: '2-6', count: 3 }]);
    expect(run.json.only_in_a.measures).not.toContain('digitized_results');
    const text = runCli(['reconcile', TU_PHAP, LIST, '--lang', 'en']);
    expect(text.stdout).toContain(`A: ${TU_PHAP}:6:14`);
    expect(text.stdout).toContain(`B: ${LIST} › rows 2-6 (3)`);
  });

  it('agrees with itself (exit 0); surfaces the form identities and total rows; a missing file exits 2', () => {
    expect(runCli(['reconcile', TU_PHAP, TU_PHAP]).code).toBe(0);
    const run = runJson<{ checks: { side: string; note: { code: string } }[]; only_in_a: { units: string[] } }>(['reconcile', FORM, LIST, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.json.only_in_a.units).toEqual(['Sở Tài chính', 'UBND huyện Duy Xuyên', 'UBND huyện Đại Lộc']);
    expect(run.json.checks.map((c) => `${c.side}:${c.note.code}`)).toEqual(expect.arrayContaining(['a:IDENTITY_PENDING', 'a:TOTAL_ROW_MISMATCH', 'a:GROUP_ROW_MISMATCH', 'a:DECLARED_RATE_MISMATCH']));
    expect(runCli(['reconcile', TU_PHAP, path.join(F, 'nope.csv')]).code).toBe(2);
  });
});

/** `parcheck explain`: the whole chain of one finding, on the audit fixture and on a bundled sample. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';

const F = 'tests/fixtures/audit';
const FORM = `${F}/form-2025-03.csv`;
const ARGS = [FORM, '--targets', `${F}/targets.yaml`, '--lang', 'en'];

describe('explain', () => {
  it('prints cells, sums, formula with figures, threshold and clause, comparison, status, gap, needed', () => {
    // as of the deadline's month (December 2025) with March alone: no verdict on the year (incomplete), the
    // figures so far shown; before the deadline, on or off track
    const run = runCli(['explain', 'digitized-2025', ...ARGS, '--as-of', '2025-12']);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    // every input cell, file › line:column = value (digitized results in column N = 14, resolved in G = 7)
    for (const [line, num, den] of [
      [8, 150, 200],
      [9, 400, 500],
      [11, 90, 180],
      [12, 60, 120],
    ]) {
      expect(out).toContain(`${FORM}:${line}:14 = ${num}`);
      expect(out).toContain(`${FORM}:${line}:7 = ${den}`);
    }
    expect(out).toContain('digitized_results = 700   (4 figures; numerator)');
    expect(out).toContain('resolved_total = 1,000   (4 figures; denominator)'); // one number format, as the reports
    expect(out).toContain('digitized_results / resolved_total × 100');
    expect(out).toContain('700 / 1,000 × 100 = 70%');
    expect(out).toContain('>= 80 percent · Deadline 2025-12-31');
    expect(out).toContain('01/KH-UBND (au-01-2025), section II.3: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt trên 80%"');
    expect(out).toContain('70 >= 80 → Status: Incomplete (incomplete)');
    expect(out).toContain("[INCOMPLETE_PERIOD] The target's period is 2025; missing 2025-01..2025-02, 2025-04..2025-12");
    // 80 % of 1.000 = 800 digitized: 100 more
    expect(out).toContain('Gap: -10 · Needed: 100');
  });

  it('before the deadline names the trajectory rule; --unit narrows to one unit; the chain is in JSON too', () => {
    const run = runCli(['explain', 'au-01-2025#online-2030', ...ARGS, '--unit', 'so tu phap']);
    expect(run.stdout).toContain('Scope: Sở Tư pháp');
    expect(run.stdout).toContain('80 / (80 + 140) × 100 = 36.36%');
    expect(run.stdout).toContain('Rule: current-value-no-baseline');
    // 43.64 points in 69 months (2025-03 → 2030-12)
    expect(run.stdout).toContain('Points a month needed to the deadline: 0.63');
    const j = runJson<{ finding: { status: string; needed: number; scope: object }; sums: object[]; inputs: object[]; threshold: { clause: object } }>([
      'explain',
      'online-2030',
      ...ARGS,
      '--level',
      'district',
      '--format',
      'json',
    ]);
    expect(j.json.finding).toMatchObject({ status: 'off-track', scope: { level: 'district' } });
    expect(j.json.sums).toEqual([
      { measure: 'received_online', role: 'both', value: 170, figures: 2 },
      { measure: 'received_offline', role: 'denominator', value: 150, figures: 2 },
    ]);
    expect(j.json.threshold.clause).toEqual({ section: 'II.1', quote: 'Đến năm 2030, tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên' });
  });

  it('names the rows of a dossier list counted in each figure, in the terminal and in JSON; --no-rows skips it', () => {
    const LIST = `${F}/dossiers-2025-03.csv`;
    const args = ['explain', 'digitized-2025', LIST, '--targets', `${F}/targets.yaml`, '--lang', 'en', '--unit', 'Sở Tư pháp'];
    const run = runCli(args);
    expect(run.code, run.stderr).toBe(0);
    // TP-001, TP-002, TP-004 returned in March with "Số hóa" = Có; TP-003 returned in March, not digitized;
    // TP-005 still pending (line 6): in neither figure
    expect(run.stdout).toContain(`${LIST} › rows 2-6 (3)\n      rows counted (3): 2 TP-001, 3 TP-002, 5 TP-004\n`);
    expect(run.stdout).toContain(`${LIST} › rows 2-6 (4)\n      rows counted (4): 2 TP-001, 3 TP-002, 4 TP-003, 5 TP-004\n`);
    expect(run.stdout).toContain('3 / 4 × 100 = 75%');
    const j = runJson<{ inputs: { measure: string; rows_counted: { file: string; count: number; lines: number[]; ids: string[]; complete: boolean }[] }[] }>([...args, '--format', 'json']);
    expect(j.json.inputs.map((i) => [i.measure, i.rows_counted])).toEqual([
      ['digitized_results', [{ file: LIST, count: 3, lines: [2, 3, 5], ids: ['TP-001', 'TP-002', 'TP-004'], complete: true }]],
      ['resolved_total', [{ file: LIST, count: 4, lines: [2, 3, 4, 5], ids: ['TP-001', 'TP-002', 'TP-003', 'TP-004'], complete: true }]],
    ]);
    const without = runCli([...args, '--no-rows']);
    expect(without.stdout).not.toContain('rows counted');
    expect(without.stdout).toContain(`${LIST} › rows 2-6 (3)`);
  });

  it('an unknown target is TARGET_NOT_FOUND with the closest ids', () => {
    const run = runCli(['explain', 'digitised-2025', ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[TARGET_NOT_FOUND]');
    expect(run.stderr).toContain('digitized-2025');
  });

  it('a district-level target after June 2025 is not explained (check skips it too); before July it is', () => {
    // the audit targets plus one district-level target on the same indicator
    const targets = path.join(mkdtempSync(path.join(tmpdir(), 'parcheck-explain-')), 'targets.yaml');
    const district = [
      '  - id: digitized-district-2025',
      '    indicator: digitized_result_rate',
      '    comparator: ">="',
      '    value: 80',
      '    unit: percent',
      '    deadline: 2025',
      '    scope: { level: district }',
      '    source:',
      '      section: II.3',
      '      quote: Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt trên 80%',
    ];
    writeFileSync(targets, `${readFileSync(path.join(ROOT, F, 'targets.yaml'), 'utf8').trimEnd()}\n${district.join('\n')}\n`);
    const args = [FORM, '--targets', targets, '--lang', 'en'];

    const late = runCli(['explain', 'digitized-district-2025', ...args, '--as-of', '2025-12']);
    expect(late.code).toBe(2);
    expect(late.stdout).toBe('');
    expect(late.stderr).toContain('[TARGET_NOT_FOUND]');
    expect(late.stderr).toMatch(/district-level target: it applies to periods before 2025-07-01 only/);
    expect(late.stderr).toContain('--as-of 2025-06');
    // --period never relabels a form that names its own period (March)
    const viaPeriod = runCli(['explain', 'digitized-district-2025', ...args, '--period', '2025']);
    expect(viaPeriod.code).toBe(2);
    expect(viaPeriod.stderr).toContain('[INPUT_PERIOD_CONFLICT]');
    const check = runJson<{ findings: { threshold_id: string }[] }>(['check', ...args, '--as-of', '2025-12', '--format', 'json']);
    expect(check.json.findings.some((f) => f.threshold_id === 'digitized-district-2025')).toBe(false);
    expect(check.stderr).toMatch(/\[THRESHOLD_NOT_APPLICABLE\]: au-01-2025#digitized-district-2025/);

    // March 2025: the district level still existed, so the same target is explained on the districts
    const early = runJson<{ threshold: { id: string }; finding: { scope: { level: string }; value: number } }>(['explain', 'digitized-district-2025', ...args, '--format', 'json']);
    expect(early.code).toBe(0);
    expect(early.json.threshold.id).toBe('digitized-district-2025');
    expect(early.json.finding.scope.level).toBe('district');
    expect(early.json.finding.value).toBe(50);
    rmSync(path.dirname(targets), { recursive: true, force: true });
  });

  const SAMPLE = 'samples/qn-bao-cao-tthc-2025-04.xlsx';
  it('on a bundled sample: the figures add up to the finding of check', async () => {
    const j = runJson<{
      inputs: { value: number; role: string; sources: { file: string; sheet: string; cell: string }[] }[];
      sums: { measure: string; value: number }[];
      finding: { value: number; numerator: number; denominator: number };
    }>(['explain', 'online-dossier-rate-2025', SAMPLE, '--format', 'json']);
    expect(j.code, j.stderr).toBe(0);
    // read every cell named back from the workbook and add them up independently
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, SAMPLE));
    let online = 0;
    let offline = 0;
    for (const i of j.json.inputs) {
      const s = i.sources[0]!;
      expect(s.file).toBe(SAMPLE);
      const v = Number(wb.getWorksheet(s.sheet)!.getCell(s.cell).value);
      expect(v).toBe(i.value);
      if (i.role === 'both') online += v;
      else offline += v;
    }
    expect(j.json.finding.numerator).toBe(online);
    expect(j.json.finding.denominator).toBe(online + offline);
    expect(j.json.finding.value).toBeCloseTo((online * 100) / (online + offline), 2);
    const check = runJson<{ findings: { threshold_id: string; scope: { level: string; unit?: string }; value: number }[] }>(['check', SAMPLE, '--format', 'json']);
    const same = check.json.findings.find((f) => f.threshold_id === 'online-dossier-rate-2025' && f.scope.level === 'all' && !f.scope.unit)!;
    expect(same.value).toBe(j.json.finding.value);
  });
});

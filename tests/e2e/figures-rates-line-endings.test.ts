/**
 * Two ways a figures workbook saved as CSV gave a wrong verdict with exit 0:
 * - the template is written with CRLF; rows added in an editor that writes LF were read as one long
 *   record and all but the first dropped;
 * - a rate given for each quarter was summed over the year (81 + 82 + 83 + 84 = 330 %, "met").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-rates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'province,as_of,measure,Tên số liệu,Đơn vị tính,level,Cấp,unit_name,period,value,source,Chỉ tiêu cần số liệu,Giá trị hợp lệ';
const row = (measure: string, period: string, value: string) => `Tỉnh Quảng Nam,2025,${measure},,%,all,Toàn tỉnh,,${period},${value},khảo sát ${period},,`;

function write(name: string, lines: string[], breakAfterHeader = '\r\n', breakAfterRows = '\n'): string {
  const file = path.join(dir, name);
  writeFileSync(file, `\uFEFF${HEADER}${breakAfterHeader}${lines.join(breakAfterRows)}${breakAfterRows}`);
  return file;
}

const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const CHECK = ['--document', 'qn-2370-2021', '--level', 'all', '--as-of', '2025-12', '--format', 'json'];

describe('a figures CSV with CRLF and LF line breaks mixed', () => {
  it.each([
    ['CRLF header, LF rows', '\r\n', '\n'],
    ['LF header, CRLF rows', '\n', '\r\n'],
    ['CR only', '\r', '\r'],
  ])('%s: every row is read, each at its own line', (_name, afterHeader, afterRows) => {
    const file = write(
      `mixed-${afterRows.length}-${afterHeader.length}.csv`,
      QUARTERS.map((q, i) => row('health_service_satisfaction', q, String(90 + i))),
      afterHeader,
      afterRows,
    );
    const { json, code } = runJson<{ observations: { period: string; value: number; source: { line: number } }[] }>(['inspect', file, '--format', 'json']);
    expect(code).toBe(0);
    const read = json.observations.map((o) => [o.period, o.value, o.source.line]);
    expect(read).toEqual(QUARTERS.map((q, i) => [q, 90 + i, i + 2]));
  });
});

describe('a rate over a period', () => {
  it('given for each quarter of the year, is refused (exit 2) naming the quarters and the first cell, never summed', () => {
    const file = write(
      'quarters.csv',
      QUARTERS.map((q, i) => row('health_service_satisfaction', q, String(81 + i))),
    );
    const run = runCli(['check', file, ...CHECK]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('[INPUT_PERIOD]');
    expect(run.stderr).toContain('quarters.csv:2');
    expect(run.stderr).toContain('health_service_satisfaction');
    expect(run.stderr).toContain('2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4');
  });

  it('given once for the year, is judged on that figure', () => {
    const file = write('year.csv', [row('health_service_satisfaction', '2025', '"87,5"')]);
    const { json } = runJson<{ findings: { target: string; status: string; value: number | null }[] }>(['check', file, ...CHECK]);
    const finding = json.findings.find((f) => f.target === 'health-service-satisfaction-2025');
    expect(finding).toMatchObject({ status: 'met', value: 87.5 });
  });

  it('given for one quarter only, is not a verdict for the year', () => {
    const file = write('one-quarter.csv', [row('health_service_satisfaction', '2025-Q1', '90')]);
    const { json } = runJson<{ findings: { target: string; status: string }[] }>(['check', file, ...CHECK]);
    expect(json.findings.find((f) => f.target === 'health-service-satisfaction-2025')?.status).toBe('incomplete');
  });
});

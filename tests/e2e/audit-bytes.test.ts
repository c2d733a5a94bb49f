/** Byte-identical reruns: the same inputs give the same JSON, CSV, Markdown and XLSX, whatever the clock or time zone. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const F = 'tests/fixtures/audit';
const ARGS = ['check', `${F}/form-2025-03.csv`, '--targets', `${F}/targets.yaml`, '-q'];
const work = mkdtempSync(path.join(os.tmpdir(), 'parcheck-audit-bytes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runAll(name: string, env: NodeJS.ProcessEnv): Record<string, Buffer | string> {
  const dir = path.join(work, name);
  const ev = runCli([...ARGS, '--evidence', dir], { env });
  expect(ev.code, ev.stderr).toBe(0); // nothing missed: March alone does not finish the first quarter
  return {
    json: readFileSync(path.join(dir, 'report.json')),
    xlsx: readFileSync(path.join(dir, 'report.xlsx')),
    csv: runCli([...ARGS, '--format', 'csv'], { env }).stdout,
    md: runCli([...ARGS, '--format', 'md'], { env }).stdout,
    table: runCli([...ARGS, '--format', 'table'], { env }).stdout,
  };
}

describe('byte-identical reruns', () => {
  it('two runs, in different time zones and locales, give identical bytes in every format', async () => {
    const a = runAll('a', { TZ: 'UTC', LANG: 'C' });
    await new Promise((r) => setTimeout(r, 2100)); // the zip clock has a 2-second resolution
    const b = runAll('b', { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' });
    for (const format of Object.keys(a)) {
      expect(Buffer.from(b[format]!).equals(Buffer.from(a[format]!)), format).toBe(true);
    }
    expect(String(a.json)).toContain('"audit": [');
    expect(String(a.md)).toContain('## Kiểm tra số liệu đầu vào');
  }, 120_000); // ten CLI runs, two of them writing XLSX

  it('the XLSX carries the audit sheet with both cells of a declared rate', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const dir = path.join(work, 'x');
    runCli([...ARGS, '--evidence', dir, '--lang', 'en']);
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    const sheet = wb.getWorksheet('Audit')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const declared = rows.find((r) => r[1] === 'DECLARED_RATE_MISMATCH')!;
    expect(declared.slice(2, 7)).toEqual(['Sở Tài chính', '2025-03', 85, 80, 5]);
    expect(String(declared[8])).toContain(`${F}/form-2025-03.csv:9:15`);
    expect(wb.created?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });
});

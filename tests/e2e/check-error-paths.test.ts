/**
 * An unreadable cell is named by the path the officer typed, the same in `check` as in `inspect`, so
 * the message can be pasted back into the command line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FORM = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM,,,,,,,,,,,,',
  'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC THÁNG 11/2025,,,,,,,,,,,,',
  'STT,Đơn vị,Số hồ sơ tiếp nhận,,,,Kết quả giải quyết,,,,Chưa giải quyết,,',
  ',,Tổng số,Trực tuyến,Một cửa,Tồn kỳ trước,Đã giải quyết,Sớm hạn,Đúng hạn,Trễ hạn,Tổng số,Còn hạn,Quá hạn',
  '1,Sở Tư pháp,năm trăm,200,250,50,450,200,200,50,50,40,10',
  '',
].join('\n');

describe('input errors name the file as typed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-typed-'));
  writeFileSync(path.join(dir, 'bao-cao.csv'), FORM);

  it.each([['check'], ['inspect']])('%s: the cell of a text in a count, at the relative path', (command) => {
    const run = runCli([command, 'bao-cao.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Lỗi \[INPUT_NUMBER\] bao-cao\.csv:5:3: /);
    expect(run.stderr).not.toContain(dir);
  });
});

/**
 * The terminal output of the built CLI on the demo samples fits the terminal: COLUMNS=100 (and 60)
 * gives no line wider than that, on stdout or stderr; --wide gives every column; warnings keep real
 * line breaks and repeated kinds come as one line with a count.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const MONTHS = ['01', '02', '03', '04', '05', '06'].map((m) => `samples/qn-bao-cao-tthc-2025-${m}.xlsx`);
const DEMO = [...MONTHS, 'samples/qn-chi-so-2021-2024.xlsx', 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx'];
const HEADS = ['Chỉ tiêu', 'Phạm vi', 'Kỳ', 'Giá trị', 'So sánh', 'Trạng thái', 'Chênh lệch', 'Cần thêm'];

/** Columns a line takes (the output is precomposed Vietnamese, box drawing and ASCII: one each). */
const widest = (text: string) => Math.max(0, ...text.split('\n').map((l) => [...l].length));
const over = (text: string, width: number) => text.split('\n').filter((l) => [...l].length > width);

describe('a table that fits the terminal', () => {
  it('COLUMNS=100: no line of the demo run is over 100 columns, on stdout or stderr', () => {
    const run = runCli(['check', ...DEMO, '--fail-on', 'never'], { env: { COLUMNS: '100' } });
    expect(run.code, run.stderr).toBe(0);
    expect(over(run.stdout, 100)).toEqual([]);
    expect(over(run.stderr, 100)).toEqual([]);
    // the heading row still names the columns that matter, and the figures are all there
    expect(run.stdout).toContain('65,44%');
    expect(run.stdout).toMatch(/│ Chỉ tiêu\s+│ Phạm vi\s+│ Kỳ/);
    // a dropped column is said, with the way back
    expect(run.stdout).toContain('(Ẩn cột Cần thêm cho vừa màn hình; thêm --wide để xem đủ)');
  });

  it('warnings and their cells fit too (Quảng Bình sample, identity warnings), COLUMNS=100 and 60', () => {
    for (const width of [100, 60]) {
      const run = runCli(['check', 'samples/qb-bao-cao-tthc-2025-05.xlsx', '--fail-on', 'never'], { env: { COLUMNS: String(width) } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('[IDENTITY_RESOLVED]');
      expect(over(run.stdout, width)).toEqual([]);
      expect(over(run.stderr, width)).toEqual([]);
    }
  });

  it('not a terminal and no COLUMNS: 100 columns', () => {
    const run = runCli(['check', ...DEMO, '--fail-on', 'never'], { env: { COLUMNS: undefined } });
    expect(widest(run.stdout)).toBeLessThanOrEqual(100);
  });

  it('COLUMNS=60 leaves out Cần thêm, Kỳ and Chênh lệch in that order, never a figure or a status', () => {
    const run = runCli(['check', ...DEMO, '--fail-on', 'never'], { env: { COLUMNS: '60' } });
    expect(over(run.stdout, 60)).toEqual([]);
    expect(run.stdout).toContain('Ẩn cột Cần thêm, Kỳ, Chênh lệch');
    expect(run.stdout).toMatch(/│\s+65,44% │ ≥ 50%\s+│ Đúng tiến\s+│/);
  });

  it('--wide gives every column at full width, whatever the terminal', () => {
    const run = runCli(['check', ...DEMO, '--fail-on', 'never', '--wide'], { env: { COLUMNS: '100' } });
    expect(widest(run.stdout)).toBeGreaterThan(100);
    const header = run.stdout.split('\n').find((l) => l.startsWith('│ Chỉ tiêu'))!;
    for (const h of HEADS) expect(header).toContain(h);
    expect(run.stdout).toMatch(/│ Tỷ lệ hồ sơ trực tuyến\s+│ Toàn tỉnh │ 2025-01\.\.2025-06 │\s+65,44% │/);
    expect(run.stdout).not.toContain('Ẩn cột');
  });
});

describe('warnings an officer can read', () => {
  it('line breaks stay line breaks (never a literal \\x0a); the cells follow on their own lines', () => {
    const run = runCli(['check', 'samples/qb-bao-cao-tthc-2025-05.xlsx', '--fail-on', 'never']);
    expect(run.stderr).not.toContain('\\x0a');
    expect(run.stderr).toMatch(/^Cảnh báo \[IDENTITY_RESOLVED\]: Sở Y tế: resolved_total = 378 \(ô G12\).*\n {4}samples\/qb-bao-cao-tthc-2025-05\.xlsx › Biểu II\.06a › G12$/m);
  });

  it('the district-level thresholds skipped after 07/2025 are one grouped line with their count', () => {
    const run = runCli(['check', ...MONTHS, '--as-of', '2025-08', '--fail-on', 'never']);
    const lines = run.stderr.split('\n').filter((l) => l.includes('THRESHOLD_NOT_APPLICABLE'));
    expect(lines).toHaveLength(1);
    const m =
      /^Cảnh báo \[THRESHOLD_NOT_APPLICABLE\] \((\d+)\): chỉ tiêu cấp huyện chỉ áp dụng cho kỳ trước 01\/7\/2025 \(đã bỏ cấp huyện\); bỏ qua: qn-2370-2021#digitized-results@2025\/district, [^,]+, [^,]+ và (\d+) khác$/.exec(
        lines[0]!,
      );
    expect(m, lines[0]).not.toBeNull();
    expect(Number(m![2])).toBe(Number(m![1]) - 3);
    const en = runCli(['check', ...MONTHS, '--as-of', '2025-08', '--fail-on', 'never', '--lang', 'en']);
    expect(en.stderr).toMatch(new RegExp(`^Warning \\[THRESHOLD_NOT_APPLICABLE\\] \\(${m![1]}\\): .* and ${m![2]} more$`, 'm'));
  });

  it('every number in a Vietnamese message uses the decimal comma, as the table does', () => {
    const audit = runCli(['check', 'tests/fixtures/audit/form-2025-03.csv', '--targets', 'tests/fixtures/audit/targets.yaml', '--fail-on', 'never']);
    expect(audit.stderr).toContain('dòng tổng cộng ghi 1.210 (ô dòng 13) nhưng tổng các đơn vị là 1.200');
    expect(audit.stderr).toContain('lệch 5 điểm (dung sai 0,1)');
    const table = runCli(['check', ...MONTHS, '--fail-on', 'never', '--wide']);
    const explain = runCli(['explain', 'online-dossier-rate-2025', ...MONTHS]);
    expect(explain.code, explain.stderr).toBe(0);
    expect(table.stdout).toContain('65,44%');
    expect(explain.stdout).toContain('2.837 / (2.837 + 1.498) × 100 = 65,44%');
    expect(explain.stdout).toContain('65,44 >= 50 → Trạng thái: Đúng tiến độ');
    expect(explain.stdout).not.toMatch(/\d\.\d{2}\b(?!\d)/); // no 65.44-style decimal point anywhere
  });
});

describe('a rank change is said in places, a score change in percent', () => {
  it('table, Markdown (vi) and English', () => {
    const args = ['check', 'samples/qn-chi-so-2021-2024.xlsx', '--fail-on', 'never', '--document', 'qn-par-index-2024', '--level', 'all'];
    const table = runCli([...args, '--wide']);
    expect(table.stdout).toMatch(/│ Xếp hạng Chỉ số CCHC \(PAR INDEX\) │ Toàn tỉnh │ 2024 │ tăng 7 bậc so với 2023 \(hạng 24 → 17\) │ tăng bậc so với 2023\s+│ Đạt\s+│\s+\+7 bậc │/);
    expect(table.stdout).toMatch(/│ Điểm Chỉ số CCHC \(PAR INDEX\)\s+│ Toàn tỉnh │ 2024 │\s+tăng 2,24% so với 2023 │/);
    expect(table.stdout).not.toContain('giảm 29,17%');
    const md = runCli([...args, '--format', 'md']);
    expect(md.stdout).toContain('tăng 7 bậc so với 2023 (hạng 24 → 17)');
    const en = runCli([...args, '--wide', '--lang', 'en']);
    expect(en.stdout).toContain('up 7 places on 2023 (rank 24 → 17)');
    // JSON keeps the numbers: the reduction of the rank number, current and baseline ranks
    const json = JSON.parse(runCli([...args, '--format', 'json']).stdout) as { findings: { indicator: string; value: number; numerator: number; denominator: number }[] };
    const rank = json.findings.find((f) => f.indicator === 'par_index_rank')!;
    expect(rank).toMatchObject({ numerator: 17, denominator: 24 });
    expect(rank.value).toBeCloseTo(29.17, 2);
  });
});

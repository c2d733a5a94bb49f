/** In-process: plans, cross-checks, mapping and registry on small hand-made grids and YAML files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/files/grid.js';
import { ingestGrid, type GridResult } from '../../src/ingest/grid-ingest.js';
import { loadMapping } from '../../src/ingest/mapping.js';
import { loadUnitRegistry, resolveUnit } from '../../src/ingest/registry.js';

const HEAD = [
  ['ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH'],
  ['BÁO CÁO THÁNG 10/2025'],
  ['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
  [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
];
const grid = (rows: (string | number | null)[][]): Grid => ({ file: 'x.xlsx', kind: 'xlsx', sheet: 'S', rows: rows.map((cells, i) => ({ number: i + 1, cells })) });
const ok = (g: Grid, options = {}) => ingestGrid(g, options) as GridResult;

describe('monthly report cross-checks', () => {
  it('reads a clean form without warnings, province and period from the title', () => {
    const r = ok(grid([...HEAD, [1, 'Sở Tư pháp', 10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0], [null, 'Tổng cộng', 10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]]));
    expect(r).toMatchObject({ shape: 'monthly_report', province: 'quang-binh', periods: ['2025-10'], headerRows: [3, 4], warnings: [] });
    expect(r.units).toEqual([{ name: 'Sở Tư pháp', level: 'province', levelFrom: 'name' }]);
  });

  it('warns on a broken identity, a sub-count above its total, and a total row that disagrees, with cells', () => {
    const r = ok(
      grid([...HEAD, [1, 'Sở Tư pháp', 10, 4, 5, 1, 8, 2, 5, 2, 2, 2, 0], [2, 'UBND xã Đức Ninh', 5, 2, 2, 1, 4, 0, 6, 0, 1, 1, 0], [null, 'Tổng cộng', 16, 6, 7, 2, 12, 2, 11, 2, 3, 3, 0]]),
    );
    const codes = r.warnings.map((w) => [w.code, w.location.cell]);
    expect(codes).toContainEqual(['IDENTITY_RESOLVED', 'G5']);
    expect(codes).toContainEqual(['SUBCOUNT_EXCEEDS_TOTAL', 'I6']);
    const mismatch = r.warnings.find((w) => w.code === 'TOTAL_ROW_MISMATCH')!;
    expect(mismatch.location.cell).toBe('C7');
    expect(mismatch.cells!.map((c) => c.cell)).toEqual(['C7', 'C5', 'C6']);
  });

  it('group rows set the level; a "Cấp" column and the registry win over them', () => {
    const rows = [
      ...HEAD.slice(0, 3),
      [...HEAD[3]!.slice(0, 13)],
      ['II', 'CẤP HUYỆN', null],
      [1, 'Văn phòng Đăng ký đất đai chi nhánh', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0],
      [2, 'Ban quản lý dự án', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0],
    ];
    const r = ok(grid(rows), { registry: [{ name: 'Ban QLDA', aliases: ['Ban quản lý dự án'], level: 'province' }] });
    expect(r.units).toEqual([
      { name: 'Văn phòng Đăng ký đất đai chi nhánh', level: 'district', levelFrom: 'group' },
      { name: 'Ban QLDA', level: 'province', levelFrom: 'registry' },
    ]);
  });

  it('reads a header lacking a group for what it has, warning which group is missing', () => {
    const r = ok(grid([HEAD[2]!.slice(0, 10), HEAD[3]!.slice(0, 10), [1, 'Sở Tư pháp', 10, 4, 5, 1, 8, 2, 5, 1]]), { period: '2025-10' });
    expect(r.shape).toBe('monthly_report');
    expect(r.warnings.find((w) => w.code === 'MISSING_GROUP')?.measures).toEqual(['pending_total']);
  });
});

describe('--mapping and --registry files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-map-'));
  const file = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), body);
    return path.join(dir, name);
  };

  it('maps an unknown export by column letter and header text', async () => {
    const m = await loadMapping(
      file('m.yaml', 'shape: rate_table\ncolumns:\n  - { column: A, role: unit }\n  - { header: "HS nhận", measure: received_total }\n  - { header: "TL đúng hạn", measure: on_time_rate_declared }\n'),
    );
    const g = grid([['Báo cáo tháng 9/2025'], ['Đơn vị xử lý', 'HS nhận', 'TL đúng hạn'], ['Sở Y tế', '1.204', '97,5%']]);
    expect(ingestGrid(g, {})).toBeNull();
    const mapped = ingestGrid(g, {}, { ...m, headerRow: 2 }) as GridResult;
    expect(mapped.observations.map((o) => [o.unit, o.period, o.measure, o.value, o.source.cell])).toEqual([
      ['Sở Y tế', '2025-09', 'received_total', 1204, 'B3'],
      ['Sở Y tế', '2025-09', 'on_time_rate_declared', 97.5, 'C3'],
    ]);
  });

  it('reports every mapping problem with its line', async () => {
    const p = file('bad.yaml', 'columns:\n  - column: b\n    role: unit\n  - header: X\n    measure: nope\n    role: unit\nfoo: 1\n');
    const error = (await loadMapping(p).catch((e: unknown) => e)) as { code: string; location: { line: number }; more: { location: { line: number } }[] };
    expect(error.code).toBe('MAPPING_SCHEMA');
    // column "b" (line 2), measure and role together (item at line 4), unknown measure (5), unknown key (7)
    expect([error.location.line, ...error.more.map((e) => e.location.line)]).toEqual([2, 4, 5, 7]);
  });

  it('loads a registry and resolves names and aliases within their validity', async () => {
    const reg = await loadUnitRegistry([path.resolve('targets/units/quang-nam.yaml')]);
    expect(resolveUnit('Sở KH&ĐT', reg, '2025-01')?.name).toBe('Sở Kế hoạch và Đầu tư');
    expect(resolveUnit('tp tam kỳ', reg)?.level).toBe('district');
    expect(resolveUnit('Sở Y tế', reg)).toBeUndefined();
  });

  it('reports registry problems with their lines', async () => {
    const p = file('r.yaml', 'units:\n  - name: Sở Y tế\n    level: tinh\n  - level: commune\n    valid_from: 1/7/2025\n');
    const error = (await loadUnitRegistry([p]).catch((e: unknown) => e)) as { code: string; location: { line: number }; more: { location: { line: number } }[] };
    expect(error.code).toBe('REGISTRY_SCHEMA');
    expect([error.location.line, ...error.more.map((e) => e.location.line)]).toEqual([3, 4, 5]);
  });
});

/**
 * One grid (a sheet, or a CSV file) → what ingest learned from it, for the monthly report, the rate
 * table and the index table. Returns null when the grid holds none of them, or the partial header it
 * found (a monthly form lacking a group) so the caller can say what is missing.
 */
import { ParcheckError } from '../core/errors.js';
import type { IngestedFile, IngestOptions, IngestWarning, Period } from '../core/types.js';
import type { Grid } from '../files/grid.js';
import { crossCheck } from './checks.js';
import { planIndexTable, readIndexTable } from './index-table.js';
import type { HeaderMapping } from './mapping.js';
import { periodFromFileName } from './report-period.js';
import { planTable } from './plan.js';
import { MAX_PROBLEMS, observationsOf, readTableRows } from './table.js';
import { readTitle } from './form-title.js';
import { warning } from '../core/warnings.js';

export type GridResult = Omit<IngestedFile, 'path' | 'sha256'>;

/** How much of a report a grid holds (measure columns found), for choosing the sheet by its content. */
export function gridScore(grid: Grid, mapping?: HeaderMapping): number {
  const plan = planTable(grid, mapping);
  if (plan) return plan.columns.filter((c) => c.measure !== null).length * 10 + (plan.shape === 'monthly_report' ? 5 : 1);
  return planIndexTable(grid) ? 1 : 0;
}

/** Reads a grid, or returns null when it holds no known table; its problems are thrown all at once. */
export function ingestGrid(grid: Grid, options: IngestOptions, mapping?: HeaderMapping): GridResult | null {
  const plan = planTable(grid, mapping);
  if (plan && plan.problems.length > 0) {
    // The body's problems too, read with the columns that are known: a file is fixed in one pass.
    const all = [...plan.problems];
    try {
      readTableRows(grid, plan.columns, plan.header.start + plan.header.count, options.period ?? '2000-01', options.registry);
    } catch (e) {
      if (!(e instanceof ParcheckError)) throw e;
      all.push(e, ...e.more);
    }
    throw Object.assign(all[0]!, { more: all.slice(1, MAX_PROBLEMS) });
  }
  const sheet = grid.sheet ? { sheet: grid.sheet } : {};
  if (!plan) {
    const index = planIndexTable(grid);
    if (!index) return null;
    const title = readTitle(grid.rows.slice(0, index.header.start));
    const read = readIndexTable(grid, index, title.provinceName);
    const periods = [...new Set(read.observations.map((o) => o.period))].sort();
    const units = [...new Set(read.observations.map((o) => o.unit))].map((name) => ({ name, level: null, levelFrom: 'unknown' as const }));
    return {
      shape: 'rate_table',
      ...sheet,
      ...(title.province ? { province: title.province } : {}),
      headerRows: [grid.rows[index.header.start]!.number],
      columns: index.columns.map(({ column, header, measure, role }) => ({ column, header, measure, role })),
      periods,
      units,
      observations: read.observations,
      warnings: read.warnings,
      rowsRead: grid.rows.length,
    };
  }
  const title = readTitle(grid.rows.slice(0, plan.header.start));
  const period = periodOf(grid, options, title.period);
  const bodyStart = plan.header.start + plan.header.count;
  const rows = readTableRows(grid, plan.columns, bodyStart, period, options.registry);
  const warnings: IngestWarning[] = [...plan.notes, ...rows.notes, ...crossCheck(rows)];
  const seen = new Map<string, string>();
  for (const u of rows.units) {
    const at = { file: grid.file, ...sheet, ...(grid.kind === 'xlsx' ? { cell: `A${u.row.number}` } : { line: u.row.number }) };
    if (seen.has(u.unit)) {
      warnings.push(warning('DUPLICATE_UNIT', { unit: u.unit, first: seen.get(u.unit)! }, { location: at }));
    } else seen.set(u.unit, String(u.row.number));
    if (u.level === null) {
      warnings.push(warning('UNIT_LEVEL_UNKNOWN', { unit: u.unit }, { location: at }));
    }
  }
  const units = [...new Map(rows.units.map((u) => [u.unit, { name: u.unit, level: u.level, levelFrom: u.levelFrom }])).values()];
  return {
    shape: plan.shape,
    ...sheet,
    ...(title.province ? { province: title.province } : {}),
    headerRows: grid.rows.slice(plan.header.start, bodyStart).map((r) => r.number),
    columns: plan.columns.map(({ column, header, measure, role }) => ({ column, header, measure, ...(role ? { role } : {}) })),
    periods: [period],
    units,
    observations: observationsOf(rows, period),
    warnings,
    rowsRead: grid.rows.length,
  };
}

/** The file's own period (title, else file name); `--period` only names the period of a file that
 * names none, and a file naming another one is refused rather than relabelled. */
function periodOf(grid: Grid, options: IngestOptions, fromTitle: Period | undefined): Period {
  const own = fromTitle ?? periodFromFileName(grid.file);
  if (own && options.period && own !== options.period) {
    throw new ParcheckError(
      'INPUT_PERIOD_CONFLICT',
      { vi: `Tệp ghi kỳ ${own}, --period ghi ${options.period}`, en: `The file names the period ${own}, --period says ${options.period}` },
      {
        location: { file: grid.file, ...(grid.sheet ? { sheet: grid.sheet } : {}) },
        expected: { vi: `kỳ của tệp: ${own} (${fromTitle ? 'theo tiêu đề' : 'theo tên tệp'})`, en: `the file's own period: ${own} (${fromTitle ? 'from its title' : 'from its file name'})` },
        found: `--period ${options.period}`,
        hint: {
          vi: '--period chỉ dùng cho tệp không ghi kỳ; bỏ --period, hoặc chọn kỳ kiểm tra bằng --as-of.',
          en: '--period only names the period of files that state none; drop it, or choose the period checked with --as-of.',
        },
      },
    );
  }
  const period = own ?? options.period;
  if (period) return period;
  throw new ParcheckError(
    'INPUT_PERIOD',
    { vi: 'Không xác định được kỳ báo cáo', en: 'Cannot tell the report period' },
    {
      location: { file: grid.file, ...(grid.sheet ? { sheet: grid.sheet } : {}) },
      expected: {
        vi: 'tiêu đề như "THÁNG 10/2025", "QUÝ IV/2025", "NĂM 2025", hoặc tên tệp chứa 2025-10',
        en: 'a title such as "THÁNG 10/2025", "QUÝ IV/2025", "NĂM 2025", or a file name containing 2025-10',
      },
      hint: { vi: 'Chỉ rõ kỳ bằng --period 2025-10.', en: 'Name the period with --period 2025-10.' },
    },
  );
}

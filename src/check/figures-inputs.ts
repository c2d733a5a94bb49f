/**
 * A figures sheet against the catalogue and the other inputs of one check, before anything is computed:
 * - every figure is of its measure's kind (figures-sheet.ts reads numbers; what a number may be is the
 *   catalogue's): a count is whole, a rank lies between 1 and the provinces ranked that year, a
 *   percentage between 0 and 100, a milestone is 0 or 1; else an error at the value's cell;
 * - it must be for the province the other inputs (or --province) name, and for the as-of year the
 *   check runs at (`--as-of`, else the latest period of the other inputs): a 2024 sheet fed to a 2025
 *   check is an error naming both, never figures silently read into the wrong year;
 * - a level-wide figure (a blank unit on a level row) may not meet figures of units of the same
 *   level, measure and months from another input: the check would sum both.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { IngestedFile, Observation, Period } from '../core/types.js';
import { tryParsePeriod, yearOf } from '../measures/period-windows.js';
import { LEVEL_WIDE } from '../ingest/figures-sheet-columns.js';
import { figuresSheetMeasures, measureInfo, rankMax, type ValueKind } from '../measures/measure-info.js';

export interface FiguresContext {
  province?: string;
  asOf?: Period;
}

export function checkFiguresSheets(files: IngestedFile[], ctx: FiguresContext): void {
  const sheets = files.filter((f) => f.shape === 'figures_sheet');
  if (sheets.length === 0) return;
  const others = files.filter((f) => f.shape !== 'figures_sheet');
  for (const sheet of sheets) {
    for (const o of sheet.observations) checkKind(o);
    const where = { file: sheet.path, ...(sheet.sheet ? { sheet: sheet.sheet } : {}) };
    const named = ctx.province ? { province: ctx.province, by: '--province' } : others.filter((f) => f.province).map((f) => ({ province: f.province!, by: f.path }))[0];
    if (sheet.province && named && named.province !== sheet.province) {
      throw new ParcheckError(
        'INPUT_FIGURES',
        text(`Biểu nhập số liệu của tỉnh ${sheet.province}, còn ${named.by} là của ${named.province}`, `The figures sheet is for ${sheet.province}, but ${named.by} is for ${named.province}`),
        {
          location: where,
          expected: named.province,
          found: sheet.province,
          hint: text('Tạo biểu nhập cho đúng tỉnh: parcheck template --province …', 'Write the template for the right province: parcheck template --province …'),
        },
      );
    }
    const at = asOfYear(ctx.asOf, others);
    const own = sheet.asOf ? yearOf(tryParsePeriod(sheet.asOf)!.to) : undefined;
    if (at && own !== undefined && at.year !== own) {
      throw new ParcheckError(
        'INPUT_FIGURES',
        text(`Biểu nhập số liệu cho kỳ đánh giá ${sheet.asOf}, còn ${at.by} là năm ${at.year}`, `The figures sheet is for the as-of period ${sheet.asOf}, but ${at.by} is in ${at.year}`),
        {
          location: where,
          expected: String(at.year),
          found: sheet.asOf!,
          hint: text(
            `Tạo biểu nhập cho năm ${at.year} (parcheck template --period ${at.year}) hoặc chọn --as-of trong năm ${own}.`,
            `Write the template for ${at.year} (parcheck template --period ${at.year}) or pass an --as-of in ${own}.`,
          ),
        },
      );
    }
    refuseDoubleCount(
      sheet,
      others.flatMap((f) => f.observations),
    );
  }
}

function asOfYear(asOf: Period | undefined, others: IngestedFile[]): { year: number; by: string } | null {
  if (asOf) {
    const w = tryParsePeriod(asOf);
    return w ? { year: yearOf(w.to), by: '--as-of' } : null;
  }
  let latest: { to: number; by: string } | null = null;
  for (const f of others) {
    for (const p of f.periods) {
      const w = tryParsePeriod(p);
      if (w && (!latest || w.to > latest.to)) latest = { to: w.to, by: f.path };
    }
  }
  return latest ? { year: yearOf(latest.to), by: latest.by } : null;
}

function refuseDoubleCount(sheet: IngestedFile, others: Observation[]): void {
  const wide = sheet.observations.filter((o) => LEVEL_WIDE.test(o.unit));
  if (wide.length === 0) return;
  const byKey = new Map<string, Observation[]>();
  for (const o of others) {
    const key = `${o.level}\u0000${o.measure}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  for (const o of wide) {
    const w = tryParsePeriod(o.period)!;
    const clash = (byKey.get(`${o.level}\u0000${o.measure}`) ?? []).find((x) => {
      const v = tryParsePeriod(x.period);
      return v !== null && v.from <= w.to && v.to >= w.from;
    });
    if (clash) {
      throw new ParcheckError(
        'INPUT_INCONSISTENT',
        text(
          `${o.measure} ${o.period}: biểu nhập ghi số của cả cấp, nhưng tệp khác có số của từng đơn vị cùng cấp (${clash.unit})`,
          `${o.measure} ${o.period}: the sheet gives a level-wide figure, but another input has the level's units (${clash.unit})`,
        ),
        {
          location: cellOf(o),
          expected: text('số của cả cấp hoặc số của từng đơn vị, không cả hai', 'a level-wide figure or the units’ figures, not both'),
          found: [clash.source.file, clash.source.sheet, clash.source.cell].filter(Boolean).join(' › '),
          hint: text(
            'Để trống dòng này trong biểu nhập, hoặc tạo lại biểu nhập cùng các tệp đầu vào (parcheck template TỆP…).',
            'Leave this row blank, or write the template again with the inputs (parcheck template FILES…).',
          ),
        },
      );
    }
  }
}

const cellOf = (o: Observation) => ({ file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line, column: o.source.column });

function checkKind(o: Observation): void {
  const info = measureInfo(o.measure);
  if (!info) {
    const close = figuresSheetMeasures()
      .filter((m) => m.includes(o.measure) || o.measure.includes(m))
      .slice(0, 5);
    throw new ParcheckError('INPUT_FIGURES', text(`Mã số liệu không có trong danh mục: "${o.measure}"`, `Unknown measure: "${o.measure}"`), {
      location: cellOf(o),
      expected: close.join(', ') || text('một mã số liệu của biểu nhập', 'a measure id of the template'),
      found: o.measure,
      hint: text('Không sửa cột measure của biểu; tạo lại biểu bằng parcheck template.', 'Do not edit the measure column; write the template again with parcheck template.'),
    });
  }
  const expected = wrongKind(o.value, info.kind, rankMax(Number(o.period.slice(0, 4))));
  if (expected) {
    throw new ParcheckError('INPUT_FIGURES', text(`${o.measure} (${o.unit}, ${o.period}): giá trị ${o.value} không hợp lệ`, `${o.measure} (${o.unit}, ${o.period}): value ${o.value} is not valid`), {
      location: cellOf(o),
      expected,
      found: String(o.value),
      hint: text('Sửa ô này, hoặc để trống nếu chưa có số liệu.', 'Fix the cell, or leave it blank when the figure is not known.'),
    });
  }
}

/** What the value should have been, or null when it is of the measure's kind. */
function wrongKind(n: number, kind: ValueKind, maxRank: number): { vi: string; en: string } | null {
  const whole = Number.isInteger(n);
  switch (kind) {
    case 'count':
      return whole && n >= 0 ? null : text('số nguyên ≥ 0', 'a whole number ≥ 0');
    case 'rank':
      return whole && n >= 1 && n <= maxRank ? null : text(`hạng từ 1 đến ${maxRank}`, `a rank from 1 to ${maxRank}`);
    case 'flag':
      return n === 0 || n === 1 ? null : text('1 (đã xong) hoặc 0 (chưa)', '1 (done) or 0 (not done)');
    case 'percent':
      return n >= 0 && n <= 100 ? null : text('tỷ lệ từ 0 đến 100', 'a percentage from 0 to 100');
    case 'score':
    case 'amount':
      return n >= 0 ? null : text('số ≥ 0', 'a number ≥ 0');
  }
}

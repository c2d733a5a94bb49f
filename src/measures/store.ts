/**
 * The measure store: observations keyed unit × measure × period, with the cells they came from.
 *
 * Duplicates (the same unit, period and measure read twice): the same figure merges with a
 * DUPLICATE_OBSERVATION note naming both cells; different figures are an INPUT_DUPLICATE error naming
 * both cells (no "last read wins"). With `combine: 'sum'` the caller says its files are disjoint parts
 * of one report (one export per agency), and duplicates coming from different files are summed;
 * inside one file they follow the rule above, since a unit twice in one sheet is a mistake, not a part.
 */
import type { IngestWarning, Level, Observation, Period, SourceRef } from '../core/types.js';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { warning } from '../core/warnings.js';
import { tryParsePeriod, type Window } from './period-windows.js';

export interface StoredValue extends Window {
  period: Period;
  value: number;
  sources: SourceRef[];
}

export interface StoreOptions {
  combine?: 'last' | 'sum';
}

export interface StoredUnit {
  name: string;
  level: Level | null;
}

export class MeasureStore {
  readonly units = new Map<string, StoredUnit>();
  readonly warnings: IngestWarning[] = [];
  /** unit → measure → period → value */
  private readonly data = new Map<string, Map<string, Map<Period, StoredValue>>>();
  private latest = -Infinity;
  private latestSpan = 0;
  private earliest = Infinity;
  private readonly parsed = new Map<Period, ReturnType<typeof tryParsePeriod>>();

  private readonly merged = new Map<string, { first: Observation; before: SourceRef; count: number }>();

  constructor(observations: Iterable<Observation>, options: StoreOptions = {}) {
    for (const o of observations) this.add(o, options.combine ?? 'last');
    for (const m of this.merged.values()) {
      const o = m.first;
      const data = { how: 'merged' as const, count: m.count, firstFile: m.before.file, secondFile: o.source.file, unit: o.unit, period: o.period, measure: o.measure };
      this.warnings.push(warning('DUPLICATE_OBSERVATION', data, { location: { file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line }, cells: [m.before, o.source] }));
    }
  }

  private add(o: Observation, combine: 'last' | 'sum'): void {
    // A few distinct periods over tens of thousands of observations: parse each once.
    let w = this.parsed.get(o.period);
    if (w === undefined) this.parsed.set(o.period, (w = tryParsePeriod(o.period)));
    if (!w || w.kind === 'range') return;
    const unit = this.units.get(o.unit);
    if (!unit) this.units.set(o.unit, { name: o.unit, level: o.level });
    else if (unit.level === null && o.level !== null) unit.level = o.level;
    let byMeasure = this.data.get(o.unit);
    if (!byMeasure) this.data.set(o.unit, (byMeasure = new Map()));
    let byPeriod = byMeasure.get(o.measure);
    if (!byPeriod) byMeasure.set(o.measure, (byPeriod = new Map()));
    const before = byPeriod.get(o.period);
    if (before) {
      const otherFiles = before.sources.every((s) => s.file !== o.source.file);
      if (combine === 'sum' && otherFiles) {
        // disjoint parts of one report (one export per agency): added up, and said so
        this.warnings.push(summedNote(o, before));
        before.value += o.value;
        before.sources.push(o.source);
        return;
      }
      if (before.value !== o.value) {
        // Two places give the same unit, period and measure different figures: which one is right is
        // the officer's call, never the order of the command line.
        const cells = [...before.sources, o.source];
        throw new ParcheckError(
          'INPUT_DUPLICATE',
          text(
            `${o.unit} · ${o.period} · ${o.measure} có hai số liệu khác nhau: ${before.value} và ${o.value}`,
            `${o.unit} · ${o.period} · ${o.measure} has two different figures: ${before.value} and ${o.value}`,
          ),
          {
            location: { file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line },
            expected: text('một số liệu cho mỗi đơn vị × kỳ × chỉ tiêu', 'one figure per unit × period × measure'),
            found: cells.map(placeOf).join(' ≠ '),
            hint: text(
              'Bỏ tệp trùng, sửa ô sai, hoặc dùng --combine nếu các tệp là các phần rời của một báo cáo.',
              'Drop the duplicate file, correct the wrong cell, or use --combine when the files are separate parts of one report.',
            ),
          },
        );
      }
      // the same figure twice (a rate table repeating the form's totals): merged, noted once per pair of
      // files; the cell read first stays the source
      const key = `${before.sources[0]!.file}\u0000${o.source.file}`;
      const merged = this.merged.get(key);
      if (merged) merged.count += 1;
      else this.merged.set(key, { first: o, before: before.sources[0]!, count: 1 });
      return;
    }
    byPeriod.set(o.period, { period: o.period, from: w.from, to: w.to, value: o.value, sources: [o.source] });
    const span = w.to - w.from + 1;
    if (w.to > this.latest || (w.to === this.latest && span < this.latestSpan)) {
      this.latest = w.to;
      this.latestSpan = span;
    }
    this.earliest = Math.min(this.earliest, w.from);
  }

  /** The latest window in the inputs (the finest one when several end in the same month), or null. */
  latestWindow(): Window | null {
    return Number.isFinite(this.latest) ? { from: this.latest - this.latestSpan + 1, to: this.latest } : null;
  }

  earliestMonth(): number | null {
    return Number.isFinite(this.earliest) ? this.earliest : null;
  }

  /** Every stored value of one unit and measure (any period). */
  series(unit: string, measure: string): StoredValue[] {
    return [...(this.data.get(unit)?.get(measure)?.values() ?? [])];
  }

  /** Whether the inputs hold any figure of this unit and measure. */
  has(unit: string, measure: string): boolean {
    return (this.data.get(unit)?.get(measure)?.size ?? 0) > 0;
  }

  hasMeasure(measure: string): boolean {
    for (const m of this.data.values()) if (m.has(measure)) return true;
    return false;
  }

  unitsOfLevel(level: Level | 'all'): StoredUnit[] {
    return [...this.units.values()].filter((u) => level === 'all' || u.level === level);
  }
}

function placeOf(s: SourceRef): string {
  return [s.line !== undefined ? `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}` : s.file, s.sheet, s.cell].filter(Boolean).join(' › ');
}

function summedNote(o: Observation, before: StoredValue): IngestWarning {
  return warning(
    'DUPLICATE_OBSERVATION',
    { how: 'summed', unit: o.unit, period: o.period, measure: o.measure },
    {
      location: { file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line },
      cells: [...before.sources, o.source],
    },
  );
}

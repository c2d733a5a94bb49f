/**
 * The measure store: observations keyed unit × measure × period, with the cells they came from.
 *
 * Duplicates (the same unit, period and measure read twice): by default the last one read wins (files
 * in the order given on the command line, rows in file order) and a DUPLICATE_OBSERVATION warning names
 * both cells. With `combine: 'sum'` the caller says its files are disjoint parts of one report (one
 * export per agency), and duplicates coming from different files are summed; duplicates inside one
 * file still follow "last wins" because a unit twice in one sheet is a mistake, not a part.
 */
import type { IngestWarning, Level, Observation, Period, SourceRef } from '../core/types.js';
import { text } from '../core/i18n.js';
import { tryParsePeriod, type Window } from './period.js';

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

  constructor(observations: Iterable<Observation>, options: StoreOptions = {}) {
    for (const o of observations) this.add(o, options.combine ?? 'last');
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
      // The same figure in two files (a rate table repeating the monthly form's totals) agrees: no
      // conflict to warn about; the cell read first stays the source.
      if (combine === 'last' && before.value === o.value && before.sources.every((s) => s.file !== o.source.file)) return;
      const sum = combine === 'sum' && before.sources.every((s) => s.file !== o.source.file);
      this.warnings.push({
        code: 'DUPLICATE_OBSERVATION',
        message: sum
          ? text(`${o.unit} · ${o.period} · ${o.measure}: cộng số liệu từ nhiều tệp`, `${o.unit} · ${o.period} · ${o.measure}: summed across files`)
          : text(`${o.unit} · ${o.period} · ${o.measure} có hai lần; dùng số liệu đọc sau`, `${o.unit} · ${o.period} · ${o.measure} appears twice; the one read last is used`),
        location: { file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line },
        cells: [...before.sources, o.source],
      });
      if (sum) {
        before.value += o.value;
        before.sources.push(o.source);
        return;
      }
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

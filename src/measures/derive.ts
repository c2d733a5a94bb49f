/**
 * Indicator values for a scope (one unit, a level, the province) over a window of months.
 * Ratios are ratios of sums over the units of the scope, never means of unit rates (docs/DESIGN.md,
 * Indicators); a unit missing one of the measures is left out of the sums and named.
 */
import type { IngestWarning, SourceRef } from '../core/types.js';
import type { IndicatorDef } from './indicators.js';
import type { MeasureId } from '../core/measure-catalogue.js';
import type { Window } from './period-windows.js';
import type { MeasureStore } from './store.js';
import { windowValue, type WindowValue } from './window-value.js';
import { warning } from '../core/warnings.js';

export interface Derived {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sources: { numerator: SourceRef[]; denominator: SourceRef[] };
  /** Months the values actually cover (may be shorter than the window asked for). */
  covered: Window | null;
  unitsCounted: string[];
  /** Units left out, with the measures they lack. */
  missing: { unit: string; measures: string[] }[];
  /** Contradictions (negative values, a part above its whole): the finding is `invalid`. */
  problems: IngestWarning[];
  /** Months of the window that some figure used does not cover (see WindowValue.gaps). */
  gaps: number[];
}

const widen = (a: Window | null, b: Window): Window => (a ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : b);

const cellsOf = (values: WindowValue[]) => values.flatMap((v) => v.sources);

function firstLocation(sources: SourceRef[]) {
  const s = sources[0];
  return s ? { file: s.file, sheet: s.sheet, cell: s.cell, line: s.line } : {};
}

/** The longest run of months that every figure covers (the latest one on a tie); undefined when none
 * is common; null when nothing needs narrowing. */
function commonMonths(values: WindowValue[], w: Window): Window | null | undefined {
  const held = (v: WindowValue) => {
    const gaps = new Set(v.gaps);
    const out = new Set<number>();
    for (let m = w.from; m <= w.to; m++) if (!gaps.has(m)) out.add(m);
    return out;
  };
  const sets = values.map(held);
  if (sets.every((x) => x.size === sets[0]!.size && [...x].every((m) => sets[0]!.has(m)))) return null;
  let best: Window | undefined;
  let run: Window | undefined;
  for (let m = w.from; m <= w.to; m++) {
    if (sets.every((x) => x.has(m))) {
      run = run ? { from: run.from, to: m } : { from: m, to: m };
      if (!best || run.to - run.from >= best.to - best.from) best = run;
    } else run = undefined;
  }
  return best;
}

function read(store: MeasureStore, unit: string, measures: readonly MeasureId[], w: Window, missing: string[]): WindowValue[] {
  const out: WindowValue[] = [];
  for (const m of measures) {
    const v = windowValue(store, unit, m, w);
    if (v) out.push(v);
    else if (!missing.includes(m)) missing.push(m);
  }
  return out;
}

export function deriveIndicator(store: MeasureStore, def: IndicatorDef, units: string[], w: Window): Derived {
  const out: Derived = {
    value: null,
    numerator: null,
    denominator: null,
    sources: { numerator: [], denominator: [] },
    covered: null,
    unitsCounted: [],
    missing: [],
    problems: [],
    gaps: [],
  };
  const gaps = new Set<number>();
  const numMeasures = def.kind === 'ratio' ? def.numerator : [def.measure];
  const denMeasures = def.kind === 'ratio' ? def.denominator : [];
  let num = 0;
  let den = 0;
  const directValues: number[] = [];
  for (const unit of units) {
    const lacking: string[] = [];
    let nums = read(store, unit, numMeasures, w, lacking);
    let dens = read(store, unit, denMeasures, w, lacking);
    // A rate's two sides count the same months: payments read from June's table alone are not set
    // against six months of resolved dossiers. Both sides are read again on the months every figure
    // holds; the months left out are gaps of the window (an incomplete period, never a diluted rate).
    const common = lacking.length === 0 && def.kind === 'ratio' ? commonMonths([...nums, ...dens], w) : null;
    if (common && (common.from !== w.from || common.to !== w.to)) {
      nums = read(store, unit, numMeasures, common, lacking);
      dens = read(store, unit, denMeasures, common, lacking);
      for (let m = w.from; m <= w.to; m++) if (m < common.from || m > common.to) gaps.add(m);
    } else if (common === undefined) {
      lacking.push(...numMeasures.filter((m) => !lacking.includes(m)));
    }
    if (lacking.length > 0) {
      out.missing.push({ unit, measures: lacking });
      continue;
    }
    for (const v of [...nums, ...dens]) {
      if (v.value < 0) {
        out.problems.push(warning('NEGATIVE_VALUE', { unit, value: v.value }, { location: firstLocation(v.sources), cells: v.sources }));
      }
    }
    const n = nums.reduce((a, v) => a + v.value, 0);
    const d = dens.reduce((a, v) => a + v.value, 0);
    if (def.kind === 'ratio' && n > d) {
      const data = { of: 'ratio' as const, unit, numerator: def.numerator, numeratorSum: n, denominator: def.denominator, denominatorSum: d };
      out.problems.push(warning('SUBCOUNT_EXCEEDS_TOTAL', data, { location: firstLocation(cellsOf(nums)), cells: [...cellsOf(nums), ...cellsOf(dens)] }));
    }
    num += n;
    den += d;
    directValues.push(n);
    out.sources.numerator.push(...cellsOf(nums));
    out.sources.denominator.push(...cellsOf(dens));
    for (const v of [...nums, ...dens]) {
      out.covered = widen(out.covered, v.covered);
      for (const m of v.gaps) gaps.add(m);
    }
    out.unitsCounted.push(unit);
  }
  out.gaps = [...gaps].sort((a, b) => a - b);
  if (out.unitsCounted.length === 0) return out;
  if (def.kind === 'ratio') {
    out.numerator = num;
    out.denominator = den;
    out.value = den > 0 ? (num * 100) / den : null;
    if (den === 0) out.missing.push({ unit: '*', measures: [`${def.denominator.join(' + ')} = 0`] });
  } else if (def.unit === 'count' || directValues.length === 1) {
    // counts add up over units; a rank or a score is only read for one unit at a time
    out.value = num;
    out.numerator = num;
  } else {
    out.missing.push({ unit: '*', measures: [`${def.measure} (${units.length})`] });
  }
  return out;
}

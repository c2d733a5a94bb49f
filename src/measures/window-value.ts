/**
 * The value of one unit's measure over a window of months, built from what the inputs hold:
 * an observation of exactly that window when there is one, else the finest sub-periods inside it
 * (months, then quarters, then years), combined as the measure's kind says (core/measure-catalogue.ts `overTime`):
 * summed for flows, the last for stocks, ranks and scores, the first for a stock taken at the opening;
 * a rate is taken from one figure only: several figures of a rate inside the window are refused.
 * `windowParts` also says which stored figures were used, for `parcheck explain`.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { Period, SourceRef } from '../core/types.js';
import { overTime, type MeasureId, type OverTime } from '../core/measure-catalogue.js';
import { inside, type Window, windowLabel } from './period-windows.js';
import type { MeasureStore, StoredValue } from './store.js';

export interface WindowValue {
  value: number;
  sources: SourceRef[];
  /** The months actually covered by the sub-periods used. */
  covered: Window;
  /** Months of the window the figure does not cover (a flow lacking months, a state read before the
   * window's end, an opening read after its start): a target's period is whole only without them. */
  gaps: number[];
}

/** One stored figure that went into a window value. */
export interface WindowPart {
  measure: MeasureId;
  period: Period;
  value: number;
  sources: SourceRef[];
}

export interface WindowTrace extends WindowValue {
  parts: WindowPart[];
  /** How the parts were combined: `sum` (flows), `last` (stocks, ranks, scores), `first` (an opening stock), or
   * `received_parts` (received_total rebuilt from online + offline + carried over). */
  rule: 'sum' | 'last' | 'first' | 'received_parts' | 'received_less_carried';
}

const RECEIVED_PARTS: readonly MeasureId[] = ['received_online', 'received_offline', 'received_carried_over'];

export function windowValue(store: MeasureStore, unit: string, measure: MeasureId, w: Window): WindowValue | null {
  const t = windowParts(store, unit, measure, w);
  return t ? { value: t.value, sources: t.sources, covered: t.covered, gaps: t.gaps } : null;
}

export function windowParts(store: MeasureStore, unit: string, measure: MeasureId, w: Window): WindowTrace | null {
  // received_total counts the dossiers carried over from the month before: summing monthly totals
  // would count a dossier pending across months once per month (Thông tư 01/2020, biểu II.06a).
  if (measure === 'received_total' && w.to > w.from) {
    const picked = RECEIVED_PARTS.map((m) => pick(store, unit, m, w));
    if (picked.every((p) => p !== null && p.length > 1)) {
      const traces = picked.map((p, i) => combine(RECEIVED_PARTS[i]!, p!, overTime(RECEIVED_PARTS[i]!), w));
      return {
        value: traces.reduce((a, v) => a + v.value, 0),
        sources: traces.flatMap((v) => v.sources),
        covered: traces[0]!.covered,
        gaps: [...new Set(traces.flatMap((t) => t.gaps))].sort((a, b) => a - b),
        parts: traces.flatMap((t) => t.parts),
        rule: 'received_parts',
      };
    }
    const lessCarried = receivedLessCarried(store, unit, w);
    if (lessCarried) return lessCarried;
  }
  const chosen = pick(store, unit, measure, w);
  return chosen ? combine(measure, chosen, overTime(measure), w) : null;
}

/** The stored figures that tile the window: the exact one, else the finest first, each added when it
 * overlaps none already taken (months, then the quarters or a year file filling what months lack). */
function pick(store: MeasureStore, unit: string, measure: MeasureId, w: Window): StoredValue[] | null {
  const within = store.series(unit, measure).filter((v) => inside(v, w));
  if (within.length === 0) return null;
  const exact = within.find((v) => v.from === w.from && v.to === w.to);
  if (exact) return [exact];
  const taken: StoredValue[] = [];
  for (const v of [...within].sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)) {
    if (taken.every((t) => v.to < t.from || v.from > t.to)) taken.push(v);
  }
  return taken.sort((a, b) => a.from - b.from);
}

function monthsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

function combine(measure: MeasureId, values: StoredValue[], rule: OverTime, w: Window): WindowTrace {
  const covered = { from: values[0]!.from, to: values[values.length - 1]!.to };
  const part = (v: StoredValue): WindowPart => ({ measure, period: v.period, value: v.value, sources: v.sources });
  if (rule === 'last' || rule === 'first') {
    const one = rule === 'last' ? values[values.length - 1]! : values[0]!;
    const gaps = rule === 'last' ? monthsBetween(one.to + 1, w.to) : monthsBetween(w.from, one.from - 1);
    return { value: one.value, sources: one.sources, covered, gaps, parts: [part(one)], rule };
  }
  if (rule === 'single' && values.length > 1) throw rateNotCombinable(measure, values, w);
  const held = new Set(values.flatMap((v) => monthsBetween(v.from, v.to)));
  return {
    value: values.reduce((a, v) => a + v.value, 0),
    sources: values.flatMap((v) => v.sources),
    covered,
    gaps: monthsBetween(w.from, w.to).filter((m) => !held.has(m)),
    parts: values.map(part),
    rule: 'sum',
  };
}

/** A form without the carried-over column whose total includes it: each later sub-period's carry-over
 * is the pending total at the end of the sub-period before, taken off so that a dossier pending across
 * months is received once (window = first total + each later total − the pending before it). */
function receivedLessCarried(store: MeasureStore, unit: string, w: Window): WindowTrace | null {
  const totals = pick(store, unit, 'received_total', w);
  if (!totals || totals.length < 2) return null;
  const pending = store.series(unit, 'pending_total');
  const parts: WindowPart[] = totals.map((v) => ({ measure: 'received_total', period: v.period, value: v.value, sources: v.sources }));
  let value = totals.reduce((a, v) => a + v.value, 0);
  for (let i = 1; i < totals.length; i++) {
    const before = totals[i - 1]!;
    if (before.to + 1 !== totals[i]!.from) return null;
    const p = pending.find((v) => v.from === before.from && v.to === before.to);
    if (!p) return null;
    value -= p.value;
    parts.push({ measure: 'pending_total', period: p.period, value: -p.value, sources: p.sources });
  }
  const base = combine('received_total', totals, overTime('received_total'), w);
  return { ...base, value, sources: parts.flatMap((x) => x.sources), parts, rule: 'received_less_carried' };
}

/** A rate read for several sub-periods of the window (months of a year, say): summing them would give a
 * figure above 100 % and a met verdict nobody computed. The inputs must give the rate of the window itself. */
function rateNotCombinable(measure: MeasureId, values: StoredValue[], w: Window): ParcheckError {
  const periods = values.map((v) => v.period).join(', ');
  const first = values[0]!.sources[0];
  const window = windowLabel(w);
  return new ParcheckError(
    'INPUT_PERIOD',
    text(
      `Tỷ lệ ${measure} có số liệu của từng kỳ con (${periods}) trong kỳ cần đánh giá ${window}: không thể cộng các tỷ lệ`,
      `The rate ${measure} has figures for sub-periods (${periods}) of the period to judge, ${window}: rates do not add up`,
    ),
    {
      location: first ? { file: first.file, sheet: first.sheet, cell: first.cell, line: first.line } : {},
      expected: text('một số liệu cho cả kỳ', 'one figure for the whole period'),
      found: periods,
      hint: text(
        'Ghi tỷ lệ của cả kỳ (ví dụ một dòng kỳ 2025 trong biểu nhập số liệu) thay cho các kỳ con.',
        'Give the rate of the whole period (for example a row with period 2025 in the figures workbook) instead of the sub-periods.',
      ),
    },
  );
}

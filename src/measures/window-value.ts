/**
 * The value of one unit's measure over a window of months, built from what the inputs hold:
 * an observation of exactly that window when there is one, else the finest sub-periods inside it
 * (months, then quarters, then years), summed for flows, the last for states, the first for openings.
 * `windowParts` also says which stored figures were used, for `parcheck explain`.
 */
import type { Period, SourceRef } from '../core/types.js';
import { measureKind } from './kinds.js';
import { inside, type Window } from './period.js';
import type { MeasureStore, StoredValue } from './store.js';

export interface WindowValue {
  value: number;
  sources: SourceRef[];
  /** The months actually covered by the sub-periods used. */
  covered: Window;
}

/** One stored figure that went into a window value. */
export interface WindowPart {
  measure: string;
  period: Period;
  value: number;
  sources: SourceRef[];
}

export interface WindowTrace extends WindowValue {
  parts: WindowPart[];
  /** How the parts were combined: `sum` (flows), `last` (states), `first` (openings), or
   * `received_parts` (received_total rebuilt from online + offline + carried over). */
  rule: 'sum' | 'last' | 'first' | 'received_parts';
}

const RECEIVED_PARTS = ['received_online', 'received_offline', 'received_carried_over'];

export function windowValue(store: MeasureStore, unit: string, measure: string, w: Window): WindowValue | null {
  const t = windowParts(store, unit, measure, w);
  return t ? { value: t.value, sources: t.sources, covered: t.covered } : null;
}

export function windowParts(store: MeasureStore, unit: string, measure: string, w: Window): WindowTrace | null {
  // received_total counts the dossiers carried over from the month before: summing monthly totals
  // would count a dossier pending across months once per month (Thông tư 01/2020, biểu II.06a).
  if (measure === 'received_total' && w.to > w.from) {
    const picked = RECEIVED_PARTS.map((m) => pick(store, unit, m, w));
    if (picked.every((p) => p !== null && p.length > 1)) {
      const traces = picked.map((p, i) => combine(RECEIVED_PARTS[i]!, p!, i === 2 ? 'opening' : 'flow'));
      return {
        value: traces.reduce((a, v) => a + v.value, 0),
        sources: traces.flatMap((v) => v.sources),
        covered: traces[0]!.covered,
        parts: traces.flatMap((t) => t.parts),
        rule: 'received_parts',
      };
    }
  }
  const chosen = pick(store, unit, measure, w);
  return chosen ? combine(measure, chosen, measureKind(measure)) : null;
}

function pick(store: MeasureStore, unit: string, measure: string, w: Window): StoredValue[] | null {
  const within = store.series(unit, measure).filter((v) => inside(v, w));
  if (within.length === 0) return null;
  const exact = within.find((v) => v.from === w.from && v.to === w.to);
  if (exact) return [exact];
  const finest = Math.min(...within.map((v) => v.to - v.from));
  return within.filter((v) => v.to - v.from === finest).sort((a, b) => a.from - b.from);
}

function combine(measure: string, values: StoredValue[], kind: ReturnType<typeof measureKind>): WindowTrace {
  const covered = { from: values[0]!.from, to: values[values.length - 1]!.to };
  const part = (v: StoredValue): WindowPart => ({ measure, period: v.period, value: v.value, sources: v.sources });
  if (kind === 'state' || kind === 'opening') {
    const one = kind === 'state' ? values[values.length - 1]! : values[0]!;
    return { value: one.value, sources: one.sources, covered, parts: [part(one)], rule: kind === 'state' ? 'last' : 'first' };
  }
  return {
    value: values.reduce((a, v) => a + v.value, 0),
    sources: values.flatMap((v) => v.sources),
    covered,
    parts: values.map(part),
    rule: 'sum',
  };
}

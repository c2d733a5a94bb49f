/**
 * The value of one unit's measure over a window of months, built from what the inputs hold:
 * an observation of exactly that window when there is one, else the finest sub-periods inside it
 * (months, then quarters, then years), summed for flows, the last for states, the first for openings.
 */
import type { SourceRef } from '../core/types.js';
import { measureKind } from './kinds.js';
import { inside, type Window } from './period.js';
import type { MeasureStore, StoredValue } from './store.js';

export interface WindowValue {
  value: number;
  sources: SourceRef[];
  /** The months actually covered by the sub-periods used. */
  covered: Window;
}

export function windowValue(store: MeasureStore, unit: string, measure: string, w: Window): WindowValue | null {
  // received_total counts the dossiers carried over from the month before: summing monthly totals
  // would count a dossier pending across months once per month (Thông tư 01/2020, biểu II.06a).
  if (measure === 'received_total' && w.to > w.from) {
    const parts = ['received_online', 'received_offline', 'received_carried_over'].map((m) => pick(store, unit, m, w));
    if (parts.every((p) => p !== null && p.length > 1)) {
      const values = parts.map((p, i) => combine(p!, i === 2 ? 'opening' : 'flow'));
      return {
        value: values.reduce((a, v) => a + v.value, 0),
        sources: values.flatMap((v) => v.sources),
        covered: values[0]!.covered,
      };
    }
  }
  const chosen = pick(store, unit, measure, w);
  return chosen ? combine(chosen, measureKind(measure)) : null;
}

function pick(store: MeasureStore, unit: string, measure: string, w: Window): StoredValue[] | null {
  const within = store.series(unit, measure).filter((v) => inside(v, w));
  if (within.length === 0) return null;
  const exact = within.find((v) => v.from === w.from && v.to === w.to);
  if (exact) return [exact];
  const finest = Math.min(...within.map((v) => v.to - v.from));
  return within.filter((v) => v.to - v.from === finest).sort((a, b) => a.from - b.from);
}

function combine(values: StoredValue[], kind: ReturnType<typeof measureKind>): WindowValue {
  const covered = { from: values[0]!.from, to: values[values.length - 1]!.to };
  if (kind === 'state') {
    const last = values[values.length - 1]!;
    return { value: last.value, sources: last.sources, covered };
  }
  if (kind === 'opening') {
    const first = values[0]!;
    return { value: first.value, sources: first.sources, covered };
  }
  return { value: values.reduce((a, v) => a + v.value, 0), sources: values.flatMap((v) => v.sources), covered };
}

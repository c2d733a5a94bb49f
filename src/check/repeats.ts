/**
 * Targets that repeat another document's figure: the same indicator, scope, year, comparator, value and
 * baseline, set by two plans (the Resolution 16 programme restating the 2021-2025 plan's SIPAS top 20).
 * They are one obligation: checked once, on the earliest document's threshold, whose finding names the
 * repeats, so the summary does not count one figure twice. A tightened figure is `supersedes`, not this.
 */
import type { IngestWarning, Threshold } from '../core/types.js';
import { warning } from '../core/warnings.js';

export interface Repeats {
  kept: Threshold[];
  /** threshold id of the kept one (document#threshold) → the repeats it stands for */
  repeatsOf: Map<string, Threshold[]>;
}

const keyOf = (t: Threshold): string => JSON.stringify([t.indicator, t.level, [...(t.units ?? [])].sort(), t.deadlineDate, t.comparator, t.value, t.baseline ?? null, t.each ?? null]);

export const refOf = (t: Threshold): string => `${t.document.id}#${t.id}`;

export function foldRepeats(thresholds: Threshold[]): Repeats {
  const first = new Map<string, Threshold>();
  const repeatsOf = new Map<string, Threshold[]>();
  const ordered = [...thresholds].sort((a, b) =>
    a.document.date < b.document.date ? -1 : a.document.date > b.document.date ? 1 : a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0,
  );
  const dropped = new Set<Threshold>();
  for (const t of ordered) {
    const k = keyOf(t);
    const origin = first.get(k);
    if (!origin) {
      first.set(k, t);
      continue;
    }
    if (origin.document.id === t.document.id) continue; // two thresholds of one plan are its own business
    dropped.add(t);
    repeatsOf.set(refOf(origin), [...(repeatsOf.get(refOf(origin)) ?? []), t]);
  }
  return { kept: thresholds.filter((t) => !dropped.has(t)), repeatsOf };
}

export function repeatNote(repeats: Threshold[]): IngestWarning {
  return warning('REPEATED_TARGET', { repeats: repeats.map((r) => ({ target: r.target, document: r.document.number || r.document.id, id: r.document.id })) }, { location: {} });
}

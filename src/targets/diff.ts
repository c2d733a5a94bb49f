/**
 * What changed between two sets of target files: targets added, removed, and changed field by field.
 * Targets match by document and id; what is left matches by indicator + level + deadline (two
 * documents setting the same target). Pure.
 */
import type { TargetFile, TargetSpec } from './schema.js';

export interface DiffEntry {
  id: string;
  document: string;
  indicator: string;
  comparator: string;
  value: unknown;
  unit: string;
  deadline: number | string | null;
  level: string;
  quote: string;
}
export interface DiffChange {
  id: string;
  field: string;
  old: unknown;
  new: unknown;
}
export interface TargetDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffChange[];
}

type Keyed = { doc: string; spec: TargetSpec };

const figure = (t: TargetSpec): unknown => t.value ?? t.by_level ?? t.schedule ?? null;
const deadlineOf = (t: TargetSpec): number | string | null =>
  t.deadline ?? (t.schedule && 'until' in t.schedule ? t.schedule.until : t.schedule ? Math.max(...Object.keys(t.schedule.years).map(Number)) : null);

function entry({ doc, spec }: Keyed): DiffEntry {
  return {
    id: spec.id,
    document: doc,
    indicator: spec.indicator ?? '',
    comparator: spec.comparator,
    value: figure(spec),
    unit: spec.unit,
    deadline: deadlineOf(spec),
    level: spec.scope?.level ?? 'all',
    quote: spec.source.quote,
  };
}

const FIELDS: [string, (t: TargetSpec) => unknown][] = [
  ['indicator', (t) => t.indicator],
  ['comparator', (t) => t.comparator],
  ['value', figure],
  ['unit', (t) => t.unit],
  ['deadline', deadlineOf],
  ['scope', (t) => t.scope ?? { level: 'all' }],
  ['baseline', (t) => t.baseline ?? null],
  ['supersedes', (t) => t.supersedes ?? null],
  ['quote', (t) => t.source.quote.replace(/\s+/g, ' ').trim()],
  ['section', (t) => t.source.section],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffTargets(oldFiles: TargetFile[], newFiles: TargetFile[]): TargetDiff {
  const flat = (files: TargetFile[]): Keyed[] => files.flatMap((f) => f.targets.map((spec) => ({ doc: f.document.id, spec })));
  const olds = flat(oldFiles);
  const news = flat(newFiles);
  const pairs: [Keyed, Keyed][] = [];
  const unmatchedOld = new Set(olds);
  const unmatchedNew = new Set(news);
  const match = (key: (k: Keyed) => string) => {
    const byKey = new Map<string, Keyed>();
    for (const o of unmatchedOld) if (!byKey.has(key(o))) byKey.set(key(o), o);
    for (const n of [...unmatchedNew]) {
      const o = byKey.get(key(n));
      if (!o || !unmatchedOld.has(o)) continue;
      pairs.push([o, n]);
      unmatchedOld.delete(o);
      unmatchedNew.delete(n);
    }
  };
  match((k) => `${k.doc}#${k.spec.id}`);
  match((k) => `${k.spec.indicator}|${k.spec.scope?.level ?? 'all'}|${deadlineOf(k.spec)}`);
  const changed: DiffChange[] = [];
  for (const [o, n] of pairs) {
    const id = n.doc === o.doc ? n.spec.id : `${n.doc}#${n.spec.id}`;
    if (o.spec.id !== n.spec.id || o.doc !== n.doc) changed.push({ id, field: 'id', old: `${o.doc}#${o.spec.id}`, new: `${n.doc}#${n.spec.id}` });
    for (const [field, get] of FIELDS) {
      const a = get(o.spec);
      const b = get(n.spec);
      if (!same(a, b)) changed.push({ id, field, old: a, new: b });
    }
  }
  return { added: [...unmatchedNew].map(entry), removed: [...unmatchedOld].map(entry), changed };
}

/**
 * `parcheck reconcile A B`: the same unit and period read from two sources (the monthly form and the
 * dossier list, two exports of one system) compared measure by measure. Units are matched by folded
 * name (case, diacritics and spacing ignored) after mapping the registry's aliases to its names.
 * They agree when no shared figure differs by more than the tolerance and, over the periods both hold,
 * each holds the same units. Periods and measures found on one side only are listed, not counted as
 * disagreement (a dossier list covers months a monthly form does not, and the form has columns a list
 * cannot fill). Pure: data in, data out.
 */
import type { AuditNote, IngestWarning, Observation, Period, RegistryUnit, SourceRef } from '../core/types.js';
import { foldText } from '../ingest/text.js';
import { auditNotes } from './audit-inputs.js';

export interface ReconcileSide {
  /** The file as the user named it. */
  label: string;
  observations: Observation[];
  warnings: IngestWarning[];
}

export interface ReconcileFigure {
  value: number;
  sources: SourceRef[];
}

export interface ReconcileDifference {
  unit: string;
  period: Period;
  measure: string;
  a: ReconcileFigure;
  b: ReconcileFigure;
  /** a − b */
  difference: number;
}

export interface OneSided {
  units: string[];
  periods: Period[];
  measures: string[];
}

export interface ReconcileResult {
  a: string;
  b: string;
  tolerance: number;
  agree: boolean;
  compared: number;
  differences: ReconcileDifference[];
  only_in_a: OneSided;
  only_in_b: OneSided;
  /** The form's identities, total and group rows, declared rates, checked on each side. */
  checks: { side: 'a' | 'b'; note: AuditNote }[];
}

interface Indexed {
  names: Map<string, string>;
  figures: Map<string, Observation>;
  units: Set<string>;
  periods: Set<Period>;
  measures: Set<string>;
  unitsByPeriod: Map<Period, Set<string>>;
}

export function reconcileSources(a: ReconcileSide, b: ReconcileSide, options: { tolerance?: number; registry?: RegistryUnit[] } = {}): ReconcileResult {
  const tolerance = options.tolerance ?? 0;
  const canon = canonicalizer(options.registry);
  const ia = index(a.observations, canon);
  const ib = index(b.observations, canon);
  const differences: ReconcileDifference[] = [];
  let compared = 0;
  for (const [k, oa] of ia.figures) {
    const ob = ib.figures.get(k);
    if (!ob) continue;
    compared += 1;
    const difference = oa.value - ob.value;
    if (Math.abs(difference) <= tolerance + 1e-9) continue;
    differences.push({
      unit: ia.names.get(canon(oa.unit)) ?? oa.unit,
      period: oa.period,
      measure: oa.measure,
      a: { value: oa.value, sources: [oa.source] },
      b: { value: ob.value, sources: [ob.source] },
      difference: Math.round(difference * 1e6) / 1e6,
    });
  }
  differences.sort((x, y) => cmp(x.unit, y.unit) || cmp(x.period, y.period) || cmp(x.measure, y.measure));
  const shared = [...ia.periods].filter((p) => ib.periods.has(p));
  const only = (x: Indexed, y: Indexed): OneSided => {
    const units = new Set<string>();
    for (const p of shared) for (const u of x.unitsByPeriod.get(p) ?? []) if (!y.unitsByPeriod.get(p)?.has(u)) units.add(x.names.get(u) ?? u);
    return {
      units: [...units].sort(cmp),
      periods: [...x.periods].filter((p) => !y.periods.has(p)).sort(cmp),
      measures: [...x.measures].filter((m) => !y.measures.has(m)).sort(cmp),
    };
  };
  const onlyA = only(ia, ib);
  const onlyB = only(ib, ia);
  const checks = [...auditNotes({ files: [a] }).map((note) => ({ side: 'a' as const, note })), ...auditNotes({ files: [b] }).map((note) => ({ side: 'b' as const, note }))];
  return {
    a: a.label,
    b: b.label,
    tolerance,
    agree: differences.length === 0 && onlyA.units.length === 0 && onlyB.units.length === 0,
    compared,
    differences,
    only_in_a: onlyA,
    only_in_b: onlyB,
    checks,
  };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function canonicalizer(registry: RegistryUnit[] | undefined): (name: string) => string {
  const alias = new Map<string, string>();
  for (const u of registry ?? []) for (const n of [u.name, ...u.aliases]) alias.set(foldText(n), foldText(u.name));
  return (name) => {
    const f = foldText(name).replace(/\s+/g, ' ').trim();
    return alias.get(f) ?? f;
  };
}

function index(observations: Observation[], canon: (name: string) => string): Indexed {
  const out: Indexed = { names: new Map(), figures: new Map(), units: new Set(), periods: new Set(), measures: new Set(), unitsByPeriod: new Map() };
  for (const o of observations) {
    const u = canon(o.unit);
    if (!out.names.has(u)) out.names.set(u, o.unit);
    out.units.add(u);
    out.periods.add(o.period);
    out.measures.add(o.measure);
    let set = out.unitsByPeriod.get(o.period);
    if (!set) out.unitsByPeriod.set(o.period, (set = new Set()));
    set.add(u);
    // the last figure read wins, as in the check (measures/store.ts)
    out.figures.set(`${u}\u0000${o.period}\u0000${o.measure}`, o);
  }
  return out;
}

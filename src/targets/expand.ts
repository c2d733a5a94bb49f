/**
 * Target file data → checkable thresholds: one per year and level. Pure: no I/O.
 * A plain target gives `<id>`, a per-level split `<id>/<level>`, a schedule `<id>@<year>[/<level>]`.
 */
import type { Baseline, Bound, Comparator, DocumentRef, Level, ScopeLevel, Threshold, ThresholdUnit } from '../core/types.js';
import type { TargetFile, TargetSpec } from './schema.js';

export interface FileOrigin {
  /** Path as given by the user (or the bundled path). */
  file: string;
  version?: string;
}

const LEVEL_ORDER: Record<ScopeLevel, number> = { all: 0, province: 1, district: 2, commune: 3 };
const PER_LEVEL: Level[] = ['province', 'district', 'commune'];

type PerLevel = Partial<Record<Level, number>>;
type Figure = number | [number, number] | PerLevel;

export function documentRef(data: TargetFile): DocumentRef {
  const d = data.document;
  return { id: d.id, number: d.number, date: d.date, title: d.title, issuer: d.issuer, province: d.province };
}

function comparatorOf(target: TargetSpec): { comparator: Comparator; unit: ThresholdUnit; baseline?: Baseline } {
  switch (target.comparator) {
    case 'rank_within':
      return { comparator: '<=', unit: 'rank' };
    case 'reduction_vs':
    case 'growth_vs': {
      const kind = target.comparator === 'reduction_vs' ? 'reduction' : 'growth';
      const year = target.baseline?.year ?? 'previous';
      const baseline: Baseline = { kind, year };
      if (target.baseline?.value !== undefined) baseline.value = target.baseline.value;
      if (target.baseline?.through !== undefined && year !== 'previous') baseline.through = target.baseline.through;
      return { comparator: target.strict ? '>' : '>=', unit: 'percent_change', baseline };
    }
    default:
      return { comparator: target.comparator, unit: target.unit };
  }
}

/**
 * The comparator with its figure. The rules (rules.ts) give `between` a range and every other comparator
 * one number; a draft, which skips them, is read as the comparison always read it: a lone number as the
 * range [n, n], a range under a one-sided comparator as its first number.
 */
function boundOf(comparator: Comparator, figure: number | [number, number]): Bound {
  if (comparator === 'between') return { comparator, value: Array.isArray(figure) ? figure : [figure, figure] };
  return { comparator, value: Array.isArray(figure) ? figure[0] : figure };
}

/** The figures of each year a schedule names, in year order. */
export function scheduleYears(schedule: NonNullable<TargetSpec['schedule']>): { year: number; figure: Figure }[] {
  if ('years' in schedule) {
    return Object.entries(schedule.years)
      .map(([y, figure]) => ({ year: Number(y), figure: figure as Figure }))
      .sort((a, b) => a.year - b.year);
  }
  const out: { year: number; figure: Figure }[] = [];
  const at = (start: number, k: number) => {
    const v = start + schedule.step_per_year * k;
    return schedule.cap !== undefined ? Math.min(v, schedule.cap) : v;
  };
  for (let y = schedule.start_year, k = 0; y <= schedule.until && k <= 200; y++, k++) {
    const s = schedule.start;
    if (typeof s === 'number') out.push({ year: y, figure: at(s, k) });
    else {
      const per: PerLevel = {};
      for (const l of PER_LEVEL) if (s[l] !== undefined) per[l] = at(s[l]!, k);
      out.push({ year: y, figure: per });
    }
  }
  return out;
}

function deadlineOf(deadline: TargetSpec['deadline'], fallbackYear: number): { deadline: number; deadlineDate: string } {
  if (typeof deadline === 'string') return { deadline: Number(deadline.slice(0, 4)), deadlineDate: deadline };
  const y = deadline ?? fallbackYear;
  return { deadline: y, deadlineDate: `${y}-12-31` };
}

/** Expand one file's targets, in target order, then year, then level. */
export function expandTargetFile(data: TargetFile, origin: FileOrigin): Threshold[] {
  const document = documentRef(data);
  const docYear = Number(data.document.date.slice(0, 4));
  const out: Threshold[] = [];
  for (const target of data.targets) {
    const { comparator, unit, baseline } = comparatorOf(target);
    const scope = target.scope ?? { level: 'all' as const };
    const scheduleStart = target.schedule ? ('years' in target.schedule ? scheduleYears(target.schedule)[0]?.year : target.schedule.start_year) : undefined;
    const startYear = target.start_year ?? scheduleStart ?? docYear;
    const make = (id: string, value: number | [number, number], level: ScopeLevel, when: { deadline: number; deadlineDate: string }): Threshold => {
      const t: Threshold = {
        id,
        target: target.id,
        document,
        // null only in a draft, which loading refuses; `targets draft --format json` prints it as null.
        indicator: target.indicator ?? '',
        ...boundOf(comparator, value),
        unit,
        deadline: when.deadline,
        deadlineDate: when.deadlineDate,
        level,
        section: target.source.section,
        quote: target.source.quote,
        supersedes: null,
        superseded_by: null,
        file: origin.file,
        fileVersion: origin.version ?? data.version,
        startYear,
      };
      if (scope.units && scope.units.length > 0) t.units = [...scope.units];
      if (scope.each) t.each = scope.each;
      if (baseline) t.baseline = { ...baseline };
      return t;
    };
    const emit = (idBase: string, figure: Figure, when: { deadline: number; deadlineDate: string }) => {
      if (typeof figure === 'number' || Array.isArray(figure)) {
        out.push(make(idBase, figure, scope.level, when));
        return;
      }
      for (const level of PER_LEVEL) {
        const v = figure[level];
        if (v !== undefined) out.push(make(`${idBase}/${level}`, v, level, when));
      }
    };
    if (target.schedule) {
      for (const { year, figure } of scheduleYears(target.schedule)) {
        emit(`${target.id}@${year}`, figure, deadlineOf(year, year));
      }
    } else if (target.by_level) {
      emit(target.id, target.by_level as PerLevel, deadlineOf(target.deadline, docYear));
    } else if (target.value !== undefined) {
      emit(target.id, target.value as number | [number, number], deadlineOf(target.deadline, docYear));
    }
  }
  return out;
}

export const thresholdKey = (t: Threshold): string => `${t.document.id}#${t.id}`;

const isExpandedByYear = (t: Threshold): boolean => t.id.includes('@');

/**
 * `supersedes: doc#target` on a later target: every threshold of the earlier target (same level; same
 * year where both are schedules) is marked superseded by the matching threshold of the later one.
 */
export function linkSupersession(thresholds: Threshold[], supersedes: Map<string, string>): void {
  const byTarget = new Map<string, Threshold[]>();
  for (const t of thresholds) {
    const k = `${t.document.id}#${t.target}`;
    const list = byTarget.get(k) ?? [];
    list.push(t);
    byTarget.set(k, list);
  }
  for (const [laterKey, earlierKey] of supersedes) {
    const later = byTarget.get(laterKey) ?? [];
    const earlier = byTarget.get(earlierKey) ?? [];
    for (const old of earlier) {
      let candidates = later.filter((n) => n.level === old.level);
      if (candidates.length === 0) candidates = later.filter((n) => n.level === 'all');
      if (candidates.length === 0 && later.length > 0 && old.level === 'all') candidates = later;
      if (isExpandedByYear(old) && candidates.some(isExpandedByYear)) candidates = candidates.filter((n) => n.deadline === old.deadline);
      if (candidates.length === 0) continue;
      const winner = candidates.find((n) => n.deadline === old.deadline) ?? candidates[candidates.length - 1]!;
      old.superseded_by = thresholdKey(winner);
      winner.supersedes ??= thresholdKey(old);
    }
  }
}

/** A sortable key for a possibly partial date: `2021` and `2021-11` sort after the days of their span. */
export function dateKey(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Deterministic order: document date, document id, target order, year, level. */
export function sortThresholds(thresholds: Threshold[]): Threshold[] {
  const targetOrder = new Map<string, number>();
  thresholds.forEach((t, i) => {
    const k = `${t.document.id}#${t.target}`;
    if (!targetOrder.has(k)) targetOrder.set(k, i);
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...thresholds].sort(
    (a, b) =>
      cmp(dateKey(a.document.date), dateKey(b.document.date)) ||
      cmp(a.document.id, b.document.id) ||
      targetOrder.get(`${a.document.id}#${a.target}`)! - targetOrder.get(`${b.document.id}#${b.target}`)! ||
      a.deadline - b.deadline ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level],
  );
}

/** Expand several files, link supersession across them and sort. */
export function expandTargetFiles(files: { data: TargetFile; origin: FileOrigin }[]): Threshold[] {
  const all: Threshold[] = [];
  const supersedes = new Map<string, string>();
  for (const { data, origin } of files) {
    all.push(...expandTargetFile(data, origin));
    for (const t of data.targets) if (t.supersedes) supersedes.set(`${data.document.id}#${t.id}`, t.supersedes);
  }
  linkSupersession(all, supersedes);
  return sortThresholds(all);
}

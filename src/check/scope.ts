/**
 * The scopes a threshold is reported for: the province as a whole (a threshold on level `all`), each
 * level, and each unit of the matching level(s) in the inputs, so an officer sees which units hold the
 * province back. `--level` and `--unit` narrow the list.
 */
import type { FindingScope, Level, ScopeLevel, Threshold } from '../core/types.js';
import { LEVELS } from '../core/types.js';
import { foldText } from '../ingest/text.js';
import type { MeasureStore } from '../measures/store.js';

export interface ScopeUnits {
  scope: FindingScope;
  units: string[];
}

export interface ScopeFilter {
  level?: ScopeLevel;
  unit?: string;
}

export function scopesFor(t: Threshold, store: MeasureStore, filter: ScopeFilter = {}): ScopeUnits[] {
  const all = [...store.units.values()];
  const out: ScopeUnits[] = [];
  if (t.units && t.units.length > 0) {
    const named = new Set(t.units.map(foldText));
    for (const u of all) if (named.has(foldText(u.name))) out.push({ scope: { unit: u.name, level: u.level ?? t.level }, units: [u.name] });
    return narrow(out, filter);
  }
  const levels: Level[] = t.level === 'all' ? LEVELS.filter((l) => all.some((u) => u.level === l)) : [t.level];
  if (t.level === 'all') out.push({ scope: { level: 'all' }, units: all.map((u) => u.name) });
  for (const level of levels) {
    const members = all.filter((u) => u.level === level);
    if (members.length > 0 || t.level !== 'all') out.push({ scope: { level }, units: members.map((u) => u.name) });
  }
  for (const u of all) {
    if (t.level === 'all' || u.level === t.level) out.push({ scope: { unit: u.name, level: u.level ?? t.level }, units: [u.name] });
  }
  return narrow(out, filter);
}

function narrow(list: ScopeUnits[], filter: ScopeFilter): ScopeUnits[] {
  const unit = filter.unit ? foldText(filter.unit) : null;
  return list.filter(
    (s) =>
      (!filter.level || s.scope.level === filter.level) &&
      (!unit || (s.scope.unit !== undefined && foldText(s.scope.unit) === unit)),
  );
}

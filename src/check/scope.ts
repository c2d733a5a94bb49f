/**
 * The scopes a threshold is reported for: the province as a whole (a threshold on level `all`), each
 * level, and each unit of the matching level(s) in the inputs, so an officer sees which units hold the
 * province back. `--level` and `--unit` narrow the list.
 */
import type { FindingScope, Level, ScopeLevel, Threshold } from '../core/types.js';
import { LEVELS } from '../core/types.js';
import { foldText } from '../ingest/text.js';
import type { IndicatorDef } from '../measures/indicators.js';
import type { MeasureStore } from '../measures/store.js';
import { holdsIndicator, isWholeProvince } from './holds.js';

export interface ScopeUnits {
  scope: FindingScope;
  units: string[];
  /** false: no unit of the inputs carries the indicator (the threshold's one `no-data` finding). */
  carried?: boolean;
}

export interface ScopeFilter {
  level?: ScopeLevel;
  unit?: string;
}

export function scopesFor(t: Threshold, store: MeasureStore, filter: ScopeFilter = {}, def?: IndicatorDef): ScopeUnits[] {
  if (def) return narrow(carriedScopes(t, store, def), filter);
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

/**
 * With the indicator known (holds.ts): only units that carry it, and the level roll-ups that have
 * such units; the threshold's own scope (the province as a whole, its level, or its named units
 * together) is always there, with no units when nothing carries the indicator (one `no-data`).
 * For the province as a whole, a row naming the province itself (an index table) is used when it
 * carries the indicator, else the units are summed.
 */
function carriedScopes(t: Threshold, store: MeasureStore, def: IndicatorDef): ScopeUnits[] {
  const all = [...store.units.values()];
  const whole = all.filter((u) => isWholeProvince(u) && holdsIndicator(store, def, u.name)).map((u) => u.name);
  const parts = all.filter((u) => !isWholeProvince(u) && holdsIndicator(store, def, u.name));
  const out: ScopeUnits[] = [];
  if (t.units && t.units.length > 0) {
    const named = new Set(t.units.map(foldText));
    for (const u of parts) if (named.has(foldText(u.name))) out.push({ scope: { unit: u.name, level: u.level ?? t.level }, units: [u.name] });
    if (out.length === 0) out.push({ scope: { level: t.level }, units: [], carried: false });
    return out;
  }
  if (t.level === 'all') {
    const units = whole.length > 0 ? whole : parts.map((u) => u.name);
    out.push(units.length > 0 ? { scope: { level: 'all' }, units } : { scope: { level: 'all' }, units: [], carried: false });
  }
  const levels: Level[] = t.level === 'all' ? [...LEVELS] : [t.level];
  for (const level of levels) {
    const members = parts.filter((u) => u.level === level).map((u) => u.name);
    if (members.length > 0) out.push({ scope: { level }, units: members });
    else if (t.level === level) out.push({ scope: { level }, units: [], carried: false });
  }
  for (const u of parts) {
    if (t.level === 'all' || u.level === t.level) out.push({ scope: { unit: u.name, level: u.level ?? t.level }, units: [u.name] });
  }
  return out;
}

function narrow(list: ScopeUnits[], filter: ScopeFilter): ScopeUnits[] {
  const unit = filter.unit ? foldText(filter.unit) : null;
  return list.filter(
    (s) =>
      (!filter.level || s.scope.level === filter.level) &&
      // --unit names a unit or a part of its name (folded): the CLI has checked that something matches.
      (!unit || (s.scope.unit !== undefined && foldText(s.scope.unit).includes(unit))),
  );
}

/**
 * `each: unit` ("100% các sở, ngành … đạt từ 80%"): a level (or the province) meets the threshold only
 * when every unit of it does. The level's finding shows the worst unit's figure (so the value shown
 * agrees with the status), `needed` adds up what the failing units need, and a UNITS_BELOW problem
 * lists every failing unit with its value.
 * - Deadline reached: any unit missed → missed; else any unit without a whole period → incomplete
 *   (no-data units count as not yet known); else met.
 * - Before it: any unit off track → off-track; else on-track.
 */
import type { Finding, IngestWarning, Status } from '../core/types.js';
import { warning } from '../core/warnings.js';

const FAILING: readonly Status[] = ['missed', 'off-track', 'invalid'];
const UNKNOWN: readonly Status[] = ['incomplete', 'no-data'];

export function combineEach(level: Finding, units: Finding[]): Finding {
  if (units.length === 0) return level;
  const reached = units.some((u) => u.status === 'met' || u.status === 'missed' || u.status === 'incomplete');
  const failing = units.filter((u) => FAILING.includes(u.status));
  const unknown = units.filter((u) => UNKNOWN.includes(u.status));
  let status: Status;
  if (units.some((u) => u.status === 'invalid')) status = 'invalid';
  else if (reached) status = units.some((u) => u.status === 'missed') ? 'missed' : unknown.length > 0 ? 'incomplete' : 'met';
  else status = units.some((u) => u.status === 'off-track') ? 'off-track' : unknown.length === units.length ? 'no-data' : 'on-track';

  const valued = units.filter((u) => u.gap !== null);
  const worst = valued.reduce<Finding | null>((w, u) => (w === null || u.gap! < w.gap! ? u : w), null);
  const needed = failing.every((u) => u.needed !== null) && failing.length > 0 ? failing.reduce((a, u) => a + (u.needed ?? 0), 0) : worst?.needed ?? null;
  const listed = [...failing, ...unknown];
  const problems: IngestWarning[] = [...(level.problems ?? []).filter((p) => p.code !== 'MISSING_MEASURE' && p.code !== 'INCOMPLETE_PERIOD')];
  problems.push(
    warning('UNITS_BELOW', { total: units.length, failing: failing.length, unknown: unknown.length }, {
      location: {},
      units: listed.map((u) => ({ unit: u.scope.unit ?? '', value: u.value, status: u.status })),
    }),
  );
  return {
    ...level,
    status,
    value: worst?.value ?? null,
    gap: worst?.gap ?? null,
    needed,
    numerator: worst?.numerator ?? null,
    denominator: worst?.denominator ?? null,
    formula: `each unit: ${level.formula} (the worst unit shown)`,
    problems,
  };
}

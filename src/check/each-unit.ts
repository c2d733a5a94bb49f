/**
 * `each: unit` ("100% các sở, ngành … đạt từ 80%"): a level (or the province) meets the threshold only
 * when every unit of it does. The level's finding shows the worst unit's figure (so the value shown
 * agrees with the status), `needed` adds up what the failing units need, and a UNITS_BELOW problem
 * lists every failing unit with its value.
 * - Deadline reached: any unit missed → missed; else any unit without a whole period → incomplete
 *   (no-data units count as not yet known); else met.
 * - Before it: any unit off track → off-track; else on-track.
 */
import type { Finding, IngestWarning, Status, Trajectory } from '../core/types.js';
import { warning } from '../core/warnings.js';
import { unjudged } from './evaluate.js';
import { findingTrajectory, TRAJECTORY_RULE_NO_BASELINE } from './trajectory.js';

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

  let worst: { finding: Finding; value: number; gap: number } | null = null;
  for (const u of units) {
    if (u.value === null || u.gap === null) continue;
    if (worst === null || u.gap < worst.gap) worst = { finding: u, value: u.value, gap: u.gap };
  }
  const needed = failing.every((u) => u.needed !== null) && failing.length > 0 ? failing.reduce((a, u) => a + (u.needed ?? 0), 0) : (worst?.finding.needed ?? null);
  const listed = [...failing, ...unknown];
  const problems: IngestWarning[] = [...(level.problems ?? []).filter((p) => p.code !== 'MISSING_MEASURE' && p.code !== 'INCOMPLETE_PERIOD')];
  problems.push(
    warning(
      'UNITS_BELOW',
      { total: units.length, failing: failing.length, unknown: unknown.length },
      {
        location: {},
        units: listed.map((u) => ({ unit: u.scope.unit ?? '', value: u.value, status: u.status })),
      },
    ),
  );
  const fields = {
    ...unjudged(level),
    numerator: worst?.finding.numerator ?? null,
    denominator: worst?.finding.denominator ?? null,
    formula: `each unit: ${level.formula} (the worst unit shown)`,
  };
  // Invalid and no-data have no figure to show, even where another unit has one.
  if (status === 'invalid') return { ...fields, status, value: null, gap: null, needed: null, problems };
  if (status === 'incomplete') {
    const missingMonths = [...new Set(units.flatMap((u) => (u.status === 'incomplete' ? u.missingMonths : [])))].sort();
    return { ...fields, status, value: worst?.value ?? null, gap: worst?.gap ?? null, needed, missingMonths, problems };
  }
  // A verdict or a progress always has a unit figure behind it (a met or missed unit, an on- or off-track one).
  // Its progress rule is the level's own when it has one (as the reports have always shown), else the worst unit's.
  if (status === 'no-data' || worst === null) return { ...fields, status: 'no-data', value: null, gap: null, needed: null, problems };
  const shown = { value: worst.value, gap: worst.gap, needed };
  if (status === 'met' || status === 'missed') return { ...fields, ...shown, status, problems };
  return { ...fields, ...shown, status, trajectory: findingTrajectory(level) ?? findingTrajectory(worst.finding) ?? NO_PROGRESS_RULE, problems };
}

const NO_PROGRESS_RULE: Trajectory = { rule: TRAJECTORY_RULE_NO_BASELINE, baselineValue: null, baselinePeriod: null, ratio: null, pointsPerMonthNeeded: null };

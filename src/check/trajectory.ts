/**
 * On track or off track before a deadline: Statistics Canada's progress measure for indicators with a
 * quantitative target, as Open SDG implements it (sdg-build `ProgressMeasure.py`, "methodology 2";
 * documented in open-sdg `docs/progress-methodology.md`):
 *   CAGR_o = (current / base)^(1 / (t_current − t_base)) − 1     observed compound annual growth
 *   CAGR_r = (target / base)^(1 / (t_target − t_base)) − 1       growth required to arrive on time
 *   R = d × CAGR_o / |CAGR_r|                                     d = +1 higher is better, −1 lower
 * R ≥ 0.95 "on track"; 0.6 ≤ R < 0.95 "progress made but acceleration needed", 0 ≤ R < 0.6 "limited
 * progress", R < 0 "deterioration": parcheck reports the first as on-track and the others as off-track.
 * A value that already meets the target is on track. As in Open SDG, a base (or target) of 0 is taken
 * as 0.001. Times are in years, counted in months (a year-to-date window ends at its last month), so
 * a monthly export can be judged mid-year.
 */
import type { Bound, Finding, Trajectory } from '../core/types.js';
import { aimOf, directionOf } from './compare.js';

export const TRAJECTORY_RULE = 'statcan-open-sdg-growth-ratio';
export const TRAJECTORY_RULE_NO_BASELINE = 'current-value-no-baseline';
export const ON_TRACK_RATIO = 0.95;

export interface TrajectoryInput {
  bound: Bound;
  value: number;
  /** Last month of the current window. */
  currentMonth: number;
  baseline: { value: number; month: number; period: string } | null;
  /** Last month the target may be reached in (the deadline). */
  deadlineMonth: number;
  /** Signed gap of the current value (negative = short). */
  gap: number;
  alreadyMet: boolean;
}

export function trajectoryOf(input: TrajectoryInput): { onTrack: boolean; trajectory: Trajectory } {
  const monthsLeft = input.deadlineMonth - input.currentMonth;
  const pointsPerMonthNeeded = monthsLeft > 0 ? Math.max(0, -input.gap) / monthsLeft : null;
  const base = input.baseline;
  const usable = base !== null && base.month < input.currentMonth && base.month < input.deadlineMonth;
  if (!usable) {
    return {
      onTrack: input.alreadyMet,
      // a baseline that is not earlier than the current window is no baseline: say none, not its figure
      trajectory: { rule: TRAJECTORY_RULE_NO_BASELINE, baselineValue: null, baselinePeriod: null, ratio: null, pointsPerMonthNeeded },
    };
  }
  const nz = (x: number) => (x === 0 ? 0.001 : x);
  const b = nz(base.value);
  const target = nz(aimOf(input.value, input.bound));
  const d = directionOf(input.bound, input.value);
  const observed = growth(input.value, b, (input.currentMonth - base.month) / 12);
  const required = growth(target, b, (input.deadlineMonth - base.month) / 12);
  let ratio: number | null = null;
  if (observed !== null && required !== null && required !== 0) ratio = (d * observed) / Math.abs(required);
  const onTrack = input.alreadyMet || (ratio !== null && ratio >= ON_TRACK_RATIO);
  return {
    onTrack,
    trajectory: { rule: TRAJECTORY_RULE, baselineValue: base.value, baselinePeriod: base.period, ratio, pointsPerMonthNeeded },
  };
}

function growth(current: number, base: number, years: number): number | null {
  if (years <= 0 || current / base < 0) return null;
  return (current / base) ** (1 / years) - 1;
}

/** The progress rule an on- or off-track finding was judged by; null for every other status. */
export function findingTrajectory(f: Finding): Trajectory | null {
  return f.status === 'on-track' || f.status === 'off-track' ? f.trajectory : null;
}

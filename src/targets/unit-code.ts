/**
 * The one place a baseline becomes a string: the unit code of the stable JSON and CSV outputs
 * (`percent_reduction_vs_2023`, `percent_growth_vs_previous`), which scripts already read. Everything
 * inside parcheck keeps the baseline as a structure.
 */
import type { Baseline, Measured } from '../core/types.js';

/** The baseline as written after "vs": `2023`, `previous`, or a period `2021-2025`. */
export function baselineSince(b: Baseline): string {
  return b.through !== undefined && b.year !== 'previous' ? `${b.year}-${b.through}` : String(b.year);
}

/** `percent`, `rank`…; a change against a baseline names it: `percent_reduction_vs_2023`. */
export function unitCode(m: Measured): string {
  return m.baseline ? `percent_${m.baseline.kind}_vs_${baselineSince(m.baseline)}` : m.unit;
}

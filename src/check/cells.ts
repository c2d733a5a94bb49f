/**
 * The input cells the findings use, each once, in the order they were read: the Excel report lists
 * them with their unit, measure, period and value (a finding's SourceRef names the cell only).
 * Findings share the observations' SourceRef objects, so identity is the join.
 */
import type { Finding, Observation, SourceCell, SourceRef } from '../core/types.js';

export function usedCells(findings: readonly Finding[], observations: readonly Observation[]): SourceCell[] {
  const used = new Set<SourceRef>();
  for (const f of findings) {
    for (const s of f.sources.numerator) used.add(s);
    for (const s of f.sources.denominator) used.add(s);
  }
  const cells: SourceCell[] = [];
  for (const o of observations) {
    if (!used.has(o.source)) continue;
    used.delete(o.source);
    cells.push({ source: o.source, unit: o.unit, level: o.level, period: o.period, measure: o.measure, value: o.value });
  }
  return cells;
}

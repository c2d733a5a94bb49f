/**
 * Declared rates recomputed (an auditor's cross-check): an export that states "Tỷ lệ số hóa 95,3%" (measure
 * `<indicator>_declared`, a rate that `declares` its indicator in the measure catalogue) next to its
 * counts is checked against those counts, for the same unit and period, with the catalogue's formula. Counts are taken from the same file first, then
 * from any file. A difference above the tolerance (percentage points) is reported with the declared
 * cell and every count cell.
 */
import type { AuditNote, Observation, SourceRef } from '../core/types.js';
import { findIndicator } from '../measures/indicators.js';
import { declaredIndicator } from '../core/measure-catalogue.js';
import { round2 } from './round.js';

export const DEFAULT_RATE_TOLERANCE = 0.1;

const key = (unit: string, period: string, measure: string) => `${unit}\u0000${period}\u0000${measure}`;

export function declaredRateNotes(observations: Iterable<Observation>, tolerance = DEFAULT_RATE_TOLERANCE): AuditNote[] {
  const all = Array.isArray(observations) ? (observations as Observation[]) : [...observations];
  const declared = all.filter((o) => declaredIndicator(o.measure) !== undefined);
  // Most exports state no rate: no index of every observation (43,200 keys for 300 units × 12 months).
  if (declared.length === 0) return [];
  const index = new Map<string, Observation[]>();
  for (const o of all) {
    const k = key(o.unit, o.period, o.measure);
    const list = index.get(k);
    if (list) list.push(o);
    else index.set(k, [o]);
  }
  const out: AuditNote[] = [];
  for (const d of declared) {
    const indicator = declaredIndicator(d.measure)!;
    const def = findIndicator(indicator);
    if (def?.kind !== 'ratio') continue;
    const find = (m: string) => {
      const list = index.get(key(d.unit, d.period, m)) ?? [];
      return list.find((o) => o.source.file === d.source.file) ?? list[0];
    };
    const nums = def.numerator.map(find);
    const dens = def.denominator.map(find);
    if (nums.some((o) => !o) || dens.some((o) => !o)) continue;
    const n = nums.reduce((a, o) => a + o!.value, 0);
    const den = dens.reduce((a, o) => a + o!.value, 0);
    if (den <= 0) continue;
    const recomputed = (n * 100) / den;
    const difference = d.value - recomputed;
    if (Math.abs(difference) <= tolerance + 1e-9) continue;
    const cells: SourceRef[] = [d.source, ...nums.map((o) => o!.source), ...dens.map((o) => o!.source)];
    out.push({
      code: 'DECLARED_RATE_MISMATCH',
      data: { unit: d.unit, period: d.period, numerator: def.numerator, denominator: def.denominator, numeratorSum: n, denominatorSum: den, declared: d.value, recomputed, difference, tolerance },
      location: { file: d.source.file, sheet: d.source.sheet, cell: d.source.cell, line: d.source.line, column: d.source.column },
      cells,
      unit: d.unit,
      period: d.period,
      measure: indicator,
      declared: round2(d.value),
      recomputed: round2(recomputed),
      difference: round2(difference),
    });
  }
  return out;
}

/**
 * What an officer needs to know to supply one measure by hand: its label, the unit it is counted in
 * (hồ sơ, thủ tục, %, hạng, điểm, triệu đồng…) and the kind of value it takes, which the figures
 * workbook turns into data validation and the figures-sheet reader enforces. All of it is declared in
 * core/measure-catalogue.ts; the figures workbook asks only for measures some indicator reads.
 */
import type { Text } from '../core/i18n.js';
import { INDICATORS } from './indicators.js';
import { MEASURES, UNITS, type MeasureId, type ValueKind } from '../core/measure-catalogue.js';

export type { ValueKind } from '../core/measure-catalogue.js';

export interface MeasureInfo {
  measure: MeasureId;
  label: Text;
  /** Unit of the figure as an officer writes it: "hồ sơ", "thủ tục", "%", "hạng", "điểm"… */
  unit: Text;
  kind: ValueKind;
}

/** 63 provinces ranked up to 2024; 34 from 2025 (NQ 202/2025/QH15, in force 12/6/2025). */
export function rankMax(year: number): number {
  return year >= 2025 ? 34 : 63;
}

/** The measures the indicators read: direct ones first, then numerators and denominators, in catalogue order. */
function indicatorMeasures(): Set<MeasureId> {
  const out = new Set<MeasureId>();
  for (const def of INDICATORS) if (def.kind === 'direct') out.add(def.measure);
  for (const def of INDICATORS) if (def.kind === 'ratio') for (const m of [...def.numerator, ...def.denominator]) out.add(m);
  return out;
}

let asked: Set<MeasureId> | undefined;

/** The measure's label, unit and kind of value; undefined for a measure no indicator reads. */
export function measureInfo(measure: string): MeasureInfo | undefined {
  asked ??= indicatorMeasures();
  if (!asked.has(measure as MeasureId)) return undefined;
  const spec = MEASURES[measure as MeasureId];
  const unit = UNITS[spec.unit];
  return { measure: measure as MeasureId, label: spec.label, unit: unit.label, kind: unit.values };
}

/** Every measure the figures workbook may hold (those the indicators read). */
export function figuresSheetMeasures(): MeasureId[] {
  asked ??= indicatorMeasures();
  return [...asked];
}

/**
 * How an indicator entry is written: named fields, every measure a `MeasureId` of the catalogue
 * (core/measure-catalogue.ts), so a misspelt measure does not compile. A ratio's formula is written
 * from its measures; a direct indicator's formula is its measure.
 */
import type { Text } from '../core/i18n.js';
import type { MeasureId } from '../core/measure-catalogue.js';

export interface RatioIndicator {
  kind: 'ratio';
  numerator: MeasureId[];
  denominator: MeasureId[];
  /** Noun for `needed`: "12 more dossiers resolved on time". */
  item: Text;
}
export interface DirectIndicator {
  kind: 'direct';
  measure: MeasureId;
}
export type IndicatorUnit = 'percent' | 'rank' | 'score' | 'count' | 'days' | 'hours';
export type IndicatorDef = (RatioIndicator | DirectIndicator) & {
  id: string;
  label: Text;
  /** percent for ratios; rank, score, count… for direct ones. */
  unit: IndicatorUnit;
  /** Lower is better (ranks, days). */
  lowerIsBetter?: boolean;
  formula: string;
  source?: string;
  /** For `needed` (check/needed.ts): an item is `moved` into the numerator, the denominator staying
   * the same (the default: a late dossier that would have been on time), or `added` to both. */
  needed?: 'moved' | 'added';
};

interface RatioEntry {
  id: string;
  label: Text;
  numerator: MeasureId[];
  denominator: MeasureId[];
  item: Text;
  /** The clause or form the definition comes from. */
  source?: string;
}

interface DirectEntry {
  id: string;
  label: Text;
  measure: MeasureId;
  unit: IndicatorUnit;
  /** Lower is better (ranks, costs, days); false when left out. */
  lowerIsBetter?: boolean;
  source?: string;
}

export function ratio({ id, label, numerator, denominator, item, source }: RatioEntry): IndicatorDef {
  const over = denominator.length > 1 ? `(${denominator.join(' + ')})` : denominator[0];
  return { id, kind: 'ratio', label, unit: 'percent', numerator, denominator, item, formula: `${numerator.join(' + ')} / ${over} × 100`, source };
}

export function direct({ id, label, measure, unit, lowerIsBetter = false, source }: DirectEntry): IndicatorDef {
  return { id, kind: 'direct', label, measure, unit, lowerIsBetter, formula: measure, source };
}

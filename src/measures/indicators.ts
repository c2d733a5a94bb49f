/**
 * The indicator catalogue: every indicator a target may name, with its definition.
 * A ratio indicator is sum(numerator measures) / sum(denominator measures) × 100 over the units of a
 * scope (ratios of sums, never means of unit rates). A direct indicator reads one measure as is
 * (ranks, scores, counts). The entries are named-field objects (indicator-entry.ts), one file per
 * source: the national form and indices, then each province's plans.
 */
import type { IndicatorDef } from './indicator-entry.js';
import { NATIONAL_INDICATORS } from './indicators-national.js';
import { QUANG_BINH_INDICATORS } from './indicators-quang-binh.js';
import { QUANG_NAM_INDICATORS } from './indicators-quang-nam.js';
import { QUANG_NAM_PAR_INDEX_INDICATORS } from './indicators-quang-nam-par-index.js';

export type { IndicatorDef } from './indicator-entry.js';

export const INDICATORS: readonly IndicatorDef[] = [...NATIONAL_INDICATORS, ...QUANG_NAM_INDICATORS, ...QUANG_NAM_PAR_INDEX_INDICATORS, ...QUANG_BINH_INDICATORS];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function findIndicator(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

export function indicatorIds(): string[] {
  return [...BY_ID.keys()];
}

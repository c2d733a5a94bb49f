/**
 * Which units the inputs carry an indicator for, and which unit stands for the province as a whole.
 * - A unit holds a ratio indicator when the inputs have at least one numerator AND one denominator
 *   measure for it (any period), a direct indicator when they have its measure. Units that hold
 *   nothing of an indicator get no finding for it: a monthly form never carries e_circulated, and a
 *   `no-data` line per commune would drown the findings that matter.
 * - An index table (PAR INDEX, PCI… per year) names the province itself ("Tỉnh Quảng Nam", no
 *   level): that row is the province as a whole, not one more unit.
 */
import type { IngestWarning } from '../core/types.js';
import { foldText } from '../ingest/text.js';
import type { IndicatorDef } from '../measures/indicators.js';
import type { MeasureStore, StoredUnit } from '../measures/store.js';
import { warning } from '../core/warnings.js';

const WHOLE = /^(?:uy ban nhan dan |ubnd )?(?:tinh|thanh pho) /;

/** A unit without a level named "Tỉnh …" (or a centrally governed "Thành phố …") is the province. */
export function isWholeProvince(u: StoredUnit): boolean {
  return u.level === null && WHOLE.test(foldText(u.name));
}

export function holdsIndicator(store: MeasureStore, def: IndicatorDef, unit: string): boolean {
  if (def.kind !== 'ratio') return store.has(unit, def.measure);
  return def.numerator.some((m) => store.has(unit, m)) && def.denominator.some((m) => store.has(unit, m));
}

/** The one problem of a threshold whose indicator no unit of the inputs carries. */
export function notCarried(store: MeasureStore, def: IndicatorDef, units: string[]): IngestWarning {
  const all = def.kind === 'ratio' ? [...new Set([...def.numerator, ...def.denominator])] : [def.measure];
  const absent = all.filter((m) => !units.some((u) => store.has(u, m)));
  const named = absent.length > 0 ? absent : all;
  return warning('MISSING_MEASURE', { lacking: absent.length > 0 ? 'inputs' : 'pair', formula: def.formula }, { location: {}, measures: named });
}

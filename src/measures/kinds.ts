/**
 * How a measure adds up over time. Flows (dossiers received, resolved…) are summed over the months of
 * a window; states (pending at the period's end, number of procedures in the catalogue, ranks, scores)
 * take the last sub-period; openings (carried over from the period before) take the first one
 * (DESIGN "Periods and levels": pending is the state at the period's end).
 */
export type MeasureKind = 'flow' | 'state' | 'opening';

const STATE_PATTERNS = [/^pending_/, /^services_/, /_rank$/, /_score$/, /^index_/];
const OPENING = new Set(['received_carried_over']);

export function measureKind(measure: string): MeasureKind {
  if (OPENING.has(measure)) return 'opening';
  return STATE_PATTERNS.some((p) => p.test(measure)) ? 'state' : 'flow';
}

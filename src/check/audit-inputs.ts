/**
 * The audit list of a check: every arithmetic disagreement found in the inputs, each with
 * the cells involved. Ingest already checks the form's identities (biểu II.06a, Thông tư 01/2020/
 * TT-VPCP), total rows and group rows against their units, and carry-over between months; this stage
 * adds the declared rates recomputed from their counts. Pure: data in, data out.
 */
import type { Location } from '../core/errors.js';
import type { AuditNote, IngestWarning, Observation, SourceRef } from '../core/types.js';
import { declaredRateNotes, DEFAULT_RATE_TOLERANCE } from './declared.js';

/** Ingest warnings that are arithmetic checks of the figures (not reading notes). */
export const AUDIT_CODES: ReadonlySet<string> = new Set([
  'IDENTITY_RECEIVED',
  'IDENTITY_BALANCE',
  'IDENTITY_RESOLVED',
  'IDENTITY_PENDING',
  'TOTAL_ROW_MISMATCH',
  'GROUP_ROW_MISMATCH',
  'SUBCOUNT_EXCEEDS_TOTAL',
  'CARRY_OVER_MISMATCH',
]);

export interface AuditInput {
  files: { warnings: IngestWarning[]; observations: Observation[] }[];
  /** Percentage points a declared rate may differ from its recomputed value. */
  tolerance?: number;
}

export function auditNotes(input: AuditInput): AuditNote[] {
  const out: AuditNote[] = [];
  for (const f of input.files) {
    for (const w of f.warnings) if (AUDIT_CODES.has(w.code)) out.push(clean(w));
  }
  const observations = input.files.flatMap((f) => f.observations);
  out.push(...declaredRateNotes(observations, input.tolerance ?? DEFAULT_RATE_TOLERANCE).map(clean));
  return out;
}

/** Drops undefined keys so the JSON report never depends on how an object was built. */
function clean<T extends IngestWarning>(w: T): T {
  const out = { ...w, location: defined(w.location) } as T;
  if (w.cells) out.cells = w.cells.map((c) => defined(c) as SourceRef);
  return out;
}

function defined<T extends Location | SourceRef>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Which thresholds a check evaluates at an as-of date.
 * - Superseded thresholds are skipped; the one in force names them (`supersedes`).
 * - A schedule (one target, several deadline years for the same scope) is checked against the
 *   threshold of the as-of year; before the schedule starts, against its first year; after it ends,
 *   against its last year (whose deadline has passed: met or missed).
 * - District-level thresholds apply to periods before 2025-07-01 only (the district level was
 *   abolished then; docs/DESIGN.md, Levels and the 2025 reorganisation): later windows skip them with a note.
 */
import type { IngestWarning, Threshold } from '../core/types.js';
import { warning } from '../core/warnings.js';
import { monthIndex } from '../measures/period-windows.js';

export const DISTRICT_LEVEL_ENDS = monthIndex(2025, 6);

export function thresholdsInForce(all: Threshold[], asOfYear: number, document?: string): Threshold[] {
  const wanted = all.filter((t) => t.superseded_by === null && (!document || t.document.id === document));
  const groups = new Map<string, Threshold[]>();
  for (const t of wanted) {
    const key = [t.document.id, t.target, t.level, (t.units ?? []).join('|')].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  const out: Threshold[] = [];
  for (const list of groups.values()) {
    const years = [...new Set(list.map((t) => t.deadline))].sort((a, b) => a - b);
    if (years.length <= 1) {
      out.push(...list);
      continue;
    }
    const year = years.includes(asOfYear) ? asOfYear : (years.find((y) => y > asOfYear) ?? years[years.length - 1]!);
    out.push(...list.filter((t) => t.deadline === year));
  }
  return out;
}

export function districtNotApplicable(t: Threshold): IngestWarning {
  return warning('THRESHOLD_NOT_APPLICABLE', { document: t.document.id, threshold: t.id }, { location: { file: t.file, path: t.id } });
}

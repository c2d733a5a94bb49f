/** How findings are grouped and ordered in human reports: document, then level, worst gaps first. */
import { SCOPE_LEVELS, STATUSES, type CheckResult, type Finding, type ScopeLevel, type Status } from '../core/types.js';

export interface FindingGroup {
  document: { id: string; number: string };
  level: ScopeLevel;
  findings: Finding[];
}

const statusRank = (s: Status) => STATUSES.indexOf(s);

/** Most negative gap first; findings without a gap (no data, invalid) after, then stable keys. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.gap !== null && b.gap !== null && a.gap !== b.gap) return a.gap - b.gap;
  if ((a.gap === null) !== (b.gap === null)) return a.gap === null ? 1 : -1;
  return statusRank(a.status) - statusRank(b.status) || cmp(a.indicator, b.indicator) || cmp(a.threshold, b.threshold) || cmp(a.scope.unit ?? '', b.scope.unit ?? '') || cmp(a.period, b.period);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Documents in the order the engine listed them; levels in the order all, province, district, commune. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byDoc = new Map<string, { document: Finding['document']; byLevel: Map<ScopeLevel, Finding[]> }>();
  for (const f of findings) {
    let entry = byDoc.get(f.document.id);
    if (!entry) byDoc.set(f.document.id, (entry = { document: f.document, byLevel: new Map() }));
    const list = entry.byLevel.get(f.scope.level) ?? [];
    list.push(f);
    entry.byLevel.set(f.scope.level, list);
  }
  const groups: FindingGroup[] = [];
  for (const { document, byLevel } of byDoc.values()) {
    for (const level of SCOPE_LEVELS) {
      const list = byLevel.get(level);
      if (list) groups.push({ document, level, findings: [...list].sort(compareFindings) });
    }
  }
  return groups;
}

/**
 * Counts per status, every status present, counted from the findings listed, so a report's summary
 * always agrees with its rows (`result.summary` is not trusted over them).
 */
export function statusCounts(result: CheckResult): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const f of result.findings) counts[f.status] += 1;
  return counts;
}

/** Document id → number, to name a superseded target's document. */
export function documentNumbers(result: CheckResult): Map<string, string> {
  return new Map(result.findings.map((f) => [f.document.id, f.document.number]));
}

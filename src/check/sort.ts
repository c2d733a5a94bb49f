/**
 * Deterministic order of findings: document, then level (all, province, district, commune), then the
 * worst gap first (findings without a gap after those with one), then target id, then the roll-up
 * before its units and units by name. Code-unit comparison, so every machine sorts alike.
 */
import type { Finding, Status } from '../core/types.js';
import { SCOPE_LEVELS, STATUSES } from '../core/types.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.document.id, b.document.id) ||
    SCOPE_LEVELS.indexOf(a.scope.level) - SCOPE_LEVELS.indexOf(b.scope.level) ||
    (a.scope.unit === undefined ? 0 : 1) - (b.scope.unit === undefined ? 0 : 1) ||
    gapRank(a) - gapRank(b) ||
    cmp(a.target, b.target) ||
    cmp(a.threshold, b.threshold) ||
    cmp(a.scope.unit ?? '', b.scope.unit ?? '')
  );
}

function gapRank(f: Finding): number {
  return f.gap === null ? Number.MAX_VALUE : f.gap;
}

export function summarize(findings: Finding[]): Record<Status, number> {
  const summary = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const f of findings) summary[f.status] += 1;
  return summary;
}

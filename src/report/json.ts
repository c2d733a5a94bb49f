/**
 * The stable JSON report (documented in README; scripts depend on its shape): keys in a fixed order, numbers as numbers,
 * rates as percentages rounded to 2 decimals, 2-space indent, trailing newline, no timestamps.
 * The same result always gives the same bytes, whatever `--lang` (messages carry both languages).
 */
import { STATUSES, type CheckResult, type Finding, type IngestWarning, type SourceRef } from '../core/types.js';
import { unitCode } from '../targets/unit-code.js';
import { jsonAudit } from './audit-notes.js';
import { roundFigure, round } from './format.js';
import type { ReportOptions } from './reporters.js';
import { statusCounts } from './order.js';
import { warningText } from './warning-messages.js';

export function renderJson(result: CheckResult, _options?: ReportOptions): string {
  return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
}

/** The report as plain data, keys inserted in their documented order. */
export function jsonReport(result: CheckResult): Record<string, unknown> {
  const counts = statusCounts(result);
  return {
    as_of: result.as_of,
    province: result.province,
    inputs: result.inputs.map((i) => ({ path: i.path, sha256: i.sha256 })),
    targets: result.targets.map((t) => ({ path: t.path, sha256: t.sha256, version: t.version })),
    findings: result.findings.map(jsonFinding),
    summary: Object.fromEntries(STATUSES.map((s) => [s, counts[s]])),
    ...(result.audit ? { audit: result.audit.map(jsonAudit) } : {}),
  };
}

const fig = (value: number | null, unit: string) => (value === null ? null : roundFigure(value, unit));
// The finding's own value and gap stay exact (49.996, not 50): a program reading the JSON compares
// them with the threshold itself, and a rounded 50 would contradict a `missed`.
const exact = (value: number | null) => (value === null || !Number.isFinite(value) ? null : value);

export function jsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    target: f.target,
    threshold_id: f.threshold,
    document: { id: f.document.id, number: f.document.number },
    indicator: f.indicator,
    scope: f.scope.unit !== undefined ? { unit: f.scope.unit, level: f.scope.level } : { level: f.scope.level },
    period: f.period,
    value: exact(f.value),
    comparator: f.comparator,
    threshold: f.comparator === 'between' ? f.threshold_value.map((v) => roundFigure(v, f.unit)) : roundFigure(f.threshold_value, f.unit),
    unit: unitCode(f),
    deadline: f.deadline,
    status: f.status,
    gap: exact(f.gap),
    needed: f.needed,
    numerator: f.numerator,
    denominator: f.denominator,
    formula: f.formula,
    sources: { numerator: f.sources.numerator.map(jsonSource), denominator: f.sources.denominator.map(jsonSource) },
    clause: { section: f.clause.section, quote: f.clause.quote },
    superseded: f.superseded,
  };
  if (f.status === 'on-track' || f.status === 'off-track') {
    const t = f.trajectory;
    out.trajectory = {
      rule: t.rule,
      baseline_value: fig(t.baselineValue, f.unit),
      baseline_period: t.baselinePeriod,
      ratio: t.ratio === null ? null : round(t.ratio, 4),
      points_per_month_needed: t.pointsPerMonthNeeded === null ? null : round(t.pointsPerMonthNeeded, 2),
    };
  }
  if (f.problems && f.problems.length > 0) out.problems = f.problems.map(jsonProblem);
  return out;
}

export function jsonSource(s: SourceRef): Record<string, unknown> {
  const out: Record<string, unknown> = { file: s.file };
  if (s.sheet !== undefined) out.sheet = s.sheet;
  if (s.cell !== undefined) out.cell = s.cell;
  if (s.line !== undefined) out.line = s.line;
  if (s.column !== undefined) out.column = s.column;
  if (s.rows !== undefined) out.rows = s.rows;
  if (s.count !== undefined) out.count = s.count;
  if (s.evidence !== undefined) out.evidence = s.evidence;
  return out;
}

function jsonProblem(p: IngestWarning): Record<string, unknown> {
  const l = p.location;
  const location: Record<string, unknown> = {};
  for (const key of ['file', 'sheet', 'cell', 'line', 'column', 'path'] as const) if (l[key] !== undefined) location[key] = l[key];
  const out: Record<string, unknown> = { code: p.code, message: warningText(p), location };
  if (p.cells) out.cells = p.cells.map(jsonSource);
  if (p.months) out.months = p.months;
  if (p.units) out.units = p.units;
  return out;
}

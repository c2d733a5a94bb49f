/**
 * One flat record per finding, shared by the CSV and XLSX reporters. Keys are English and stable
 * (they are the CSV header); figures are numbers rounded like the JSON report.
 */
import type { Finding, SourceRef } from '../core/types.js';
import { findingTrajectory } from '../check/trajectory.js';
import { unitCode } from '../targets/unit-code.js';
import { lowHigh, roundFigure, round, shownGap, shownValue } from './format.js';

export const FLAT_COLUMNS = [
  'document_id',
  'document_number',
  'target',
  'threshold_id',
  'indicator',
  'level',
  'unit_name',
  'period',
  'value',
  'comparator',
  'threshold',
  'threshold_high',
  'unit',
  'deadline',
  'status',
  'gap',
  'needed',
  'numerator',
  'denominator',
  'formula',
  'clause_section',
  'clause_quote',
  'superseded',
  'trajectory_rule',
  'trajectory_ratio',
  'points_per_month_needed',
  'sources_numerator',
  'sources_denominator',
] as const;
export type FlatColumn = (typeof FLAT_COLUMNS)[number];
export type FlatRow = Record<FlatColumn, string | number | null>;

/** "file › sheet › E12" (or file:line, file › sheet › rows 2-40 (39)) as in error locations. */
export function sourceText(s: SourceRef): string {
  const parts = [s.line !== undefined ? `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}` : s.file];
  if (s.sheet) parts.push(s.sheet);
  if (s.cell) parts.push(s.cell);
  if (s.rows) parts.push(`rows ${s.rows}${s.count !== undefined ? ` (${s.count})` : ''}`);
  return parts.join(' › ');
}

export function flatRow(f: Finding): FlatRow {
  const [low, high] = lowHigh(f);
  const trajectory = findingTrajectory(f);
  return {
    document_id: f.document.id,
    document_number: f.document.number,
    target: f.target,
    threshold_id: f.threshold,
    indicator: f.indicator,
    level: f.scope.level,
    unit_name: f.scope.unit ?? null,
    period: f.period,
    value: shownValue(f),
    comparator: f.comparator,
    threshold: roundFigure(low, f.unit),
    threshold_high: high === null ? null : roundFigure(high, f.unit),
    unit: unitCode(f),
    deadline: f.deadline,
    status: f.status,
    gap: shownGap(f),
    needed: f.needed,
    numerator: f.numerator,
    denominator: f.denominator,
    formula: f.formula,
    clause_section: f.clause.section,
    clause_quote: f.clause.quote,
    superseded: f.superseded,
    trajectory_rule: trajectory?.rule ?? null,
    trajectory_ratio: trajectory?.ratio == null ? null : round(trajectory.ratio, 4),
    points_per_month_needed: trajectory?.pointsPerMonthNeeded == null ? null : round(trajectory.pointsPerMonthNeeded, 2),
    sources_numerator: f.sources.numerator.map(sourceText).join('; '),
    sources_denominator: f.sources.denominator.map(sourceText).join('; '),
  };
}

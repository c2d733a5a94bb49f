/** The JSON of `parcheck explain`: the finding as in the JSON report, plus the chain behind it. */
import type { Explanation } from '../check/explain-finding.js';
import { jsonFinding, jsonSource } from './json.js';
import { unitCode } from '../targets/unit-code.js';

export function explainJson(e: Explanation): Record<string, unknown> {
  const t = e.threshold;
  return {
    as_of: e.as_of,
    window: e.window,
    threshold: {
      id: t.id,
      target: t.target,
      document: { id: t.document.id, number: t.document.number, title: t.document.title, date: t.document.date, issuer: t.document.issuer },
      indicator: t.indicator,
      formula: e.indicator.formula,
      comparator: t.comparator,
      value: t.value,
      unit: unitCode(t),
      deadline: t.deadline,
      deadline_date: t.deadlineDate,
      level: t.level,
      clause: { section: t.section, quote: t.quote },
      file: t.file,
      file_version: t.fileVersion,
      supersedes: t.supersedes,
    },
    inputs: e.inputs.map((i) => ({
      unit: i.unit,
      measure: i.measure,
      role: i.role,
      period: i.period,
      value: i.value,
      sources: i.sources.map(jsonSource),
      ...(i.counted ? { rows_counted: i.counted.map((c) => ({ file: c.file, count: c.count, lines: c.lines, ids: c.ids, complete: c.lines.length === c.count })) } : {}),
    })),
    sums: e.sums.map((s) => ({ measure: s.measure, role: s.role, value: s.value, figures: s.figures })),
    substituted: e.substituted,
    missing: e.missing,
    other_scopes: e.otherScopes,
    finding: jsonFinding(e.finding),
  };
}

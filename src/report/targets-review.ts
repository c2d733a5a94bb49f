/** `targets review` as text: each drafted target with its confidence, figure, quote and the drafter's reason. */
import type { TargetSpec } from '../targets/schema.js';
import type { DraftedTarget } from '../targets/draft-file.js';

function figure(t: TargetSpec): string {
  const v = t.schedule ? JSON.stringify(t.schedule) : t.by_level ? JSON.stringify(t.by_level) : JSON.stringify(t.value);
  const base = t.baseline ? ` vs ${t.baseline.year}` : '';
  return `${t.comparator} ${v} ${t.unit}${base}${t.deadline !== undefined ? ` @${t.deadline}` : ''} [${t.scope.level}]`;
}

export function reviewText(drafted: DraftedTarget[]): string {
  const lines: string[] = [];
  for (const { target: t } of drafted) {
    lines.push(`${t.draft!.confidence.toFixed(2)}  ${t.id}  ${t.indicator ?? '(indicator: null)'}  ${figure(t)}`);
    lines.push(`      “${t.source.quote}”${t.draft!.line ? ` (line ${t.draft!.line})` : ''}`);
    lines.push(`      ${t.draft!.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

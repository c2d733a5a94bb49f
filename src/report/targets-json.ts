/** The stable JSON shapes of `targets list`, `targets show` and `targets draft --format json` (README documents them). */
import type { Threshold } from '../core/types.js';
import { unitCode } from '../targets/unit-code.js';
import type { LoadedTargetFile } from '../targets/load-target-files.js';

/** One threshold, keys in this order. */
export function thresholdJson(t: Threshold): Record<string, unknown> {
  const o: Record<string, unknown> = {
    id: t.id,
    target: t.target,
    document: { id: t.document.id, number: t.document.number, date: t.document.date },
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: unitCode(t),
    deadline: t.deadline,
    deadline_date: t.deadlineDate,
    level: t.level,
  };
  if (t.units) o.units = t.units;
  o.baseline = t.baseline ?? null;
  o.quote = t.quote;
  o.section = t.section;
  o.superseded_by = t.superseded_by;
  o.supersedes = t.supersedes;
  return o;
}

export function thresholdsJson(thresholds: Threshold[]): string {
  return `${JSON.stringify(thresholds.map(thresholdJson), null, 2)}\n`;
}

/** `targets show --format json`: each target named by `keys` (document#target) with its document and thresholds. */
export function targetsShowJson(keys: string[], files: LoadedTargetFile[], thresholds: Threshold[]): string {
  const out = keys.map((key) => {
    const [docId, targetId] = key.split('#') as [string, string];
    const file = files.find((f) => f.document.id === docId)!;
    return {
      id: key,
      document: file.data.document,
      target: file.data.targets.find((t) => t.id === targetId),
      thresholds: thresholds.filter((t) => t.document.id === docId && t.target === targetId).map(thresholdJson),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

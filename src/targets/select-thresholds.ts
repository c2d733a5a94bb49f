/** Which thresholds and targets the `targets` commands name: by document, year and level, or by an id. Pure. */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import { closest } from './closest.js';

export interface ThresholdFilter {
  document?: string;
  /** The year a threshold is due. */
  year?: number;
  level?: string;
}

export function filterThresholds(all: Threshold[], filter: ThresholdFilter): Threshold[] {
  let out = all;
  if (filter.document !== undefined) out = out.filter((t) => t.document.id === filter.document);
  if (filter.year !== undefined) out = out.filter((t) => t.deadline === filter.year);
  if (filter.level !== undefined) out = out.filter((t) => t.level === filter.level);
  return out;
}

/** Which targets an id names (doc#target, doc#threshold, a target id, or a threshold id), as document#target keys. */
function matchTargets(thresholds: Threshold[], id: string): string[] {
  const keys = new Set<string>();
  for (const t of thresholds) {
    const doc = t.document.id;
    if (id === `${doc}#${t.target}` || id === `${doc}#${t.id}` || id === t.target || id === t.id) keys.add(`${doc}#${t.target}`);
  }
  return [...keys];
}

/** The targets an id names; none is an error naming the closest ids. */
export function findTargets(thresholds: Threshold[], id: string): string[] {
  const keys = matchTargets(thresholds, id);
  if (keys.length > 0) return keys;
  const ids = thresholds.flatMap((t) => [t.id, t.target, `${t.document.id}#${t.target}`]);
  const near = closest(id, ids, 5);
  throw new ParcheckError('TARGET_NOT_FOUND', text(`Không có chỉ tiêu mang mã ${id}`, `No target has the id ${id}`), {
    found: id,
    hint: text(`Mã gần nhất: ${near.join(', ')}`, `Closest ids: ${near.join(', ')}`),
  });
}

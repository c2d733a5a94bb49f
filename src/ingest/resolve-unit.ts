/**
 * Which unit of the registry a name in an export refers to (apart from registry.ts, which reads registry
 * files with the YAML parser: every reading path resolves names, only `--registry` needs the parser).
 */
import type { Period, RegistryUnit } from '../core/types.js';
import { foldText } from './text.js';

/** First and last day of a period: `2025-10` → 2025-10-01…2025-10-31. */
export function periodRange(period: Period): [string, string] {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    return [`${q[1]}-${String(first).padStart(2, '0')}-01`, lastDay(Number(q[1]), first + 2)];
  }
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return [`${m[1]}-${m[2]}-01`, lastDay(Number(m[1]), Number(m[2]))];
  return [`${period}-01-01`, `${period}-12-31`];
}

function lastDay(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The registry unit a name refers to (name or alias, folded), preferring one valid in the period. */
export function resolveUnit(name: string, registry: RegistryUnit[] | undefined, period?: Period): RegistryUnit | undefined {
  if (!registry || registry.length === 0) return undefined;
  const key = foldText(name);
  const hits = registry.filter((u) => foldText(u.name) === key || u.aliases.some((a) => foldText(a) === key));
  if (hits.length <= 1 || !period) return hits[0];
  const [start, end] = periodRange(period);
  return hits.find((u) => (!u.valid_from || u.valid_from <= end) && (!u.valid_to || u.valid_to >= start)) ?? hits[0];
}

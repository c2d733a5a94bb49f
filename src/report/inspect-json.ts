/**
 * The JSON of `inspect` (stable, documented in README): files, observations, warnings; keys in a
 * fixed order, files in the order given, observations in reading order, 2-space indent.
 */
import type { Location } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { IngestedFile, SourceRef } from '../core/types.js';
import { warningMessage } from './warning-messages.js';

const SOURCE_KEYS = ['file', 'sheet', 'cell', 'line', 'column', 'rows', 'count'] as const;
const LOCATION_KEYS = ['file', 'sheet', 'cell', 'line', 'column', 'path'] as const;

function ordered<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function inspectJson(files: IngestedFile[], lang: Lang): string {
  const doc = {
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, shape: f.shape, sheet: f.sheet ?? null, ...(f.encoding !== undefined ? { encoding: f.encoding } : {}) })),
    observations: files.flatMap((f) =>
      f.observations.map((o) => ({ unit: o.unit, level: o.level, period: o.period, measure: o.measure, value: o.value, source: ordered<SourceRef>(o.source, SOURCE_KEYS) })),
    ),
    warnings: files.flatMap((f) => f.warnings.map((w) => ({ code: w.code, message: warningMessage(w, lang), location: ordered<Location>(w.location, LOCATION_KEYS) }))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

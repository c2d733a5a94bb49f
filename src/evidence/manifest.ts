/**
 * The evidence manifest's types and its writing form. Its schema (manifest-schema.ts) holds the
 * rules; this module imports it for types only, so writing a bundle loads no zod.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { evidenceFileSchema, manifestSchema, recordedRequestSchema } from './manifest-schema.js';

export const MANIFEST = 'manifest.json';
/** @2 records the pipeline request; @1 recorded only the command line (verify refuses it, with a hint). */
export const MANIFEST_SCHEMA = 'parcheck/evidence@2';
export const OLD_MANIFEST_SCHEMA = 'parcheck/evidence@1';
export const DEFAULT_EVIDENCE_FORMATS = ['json', 'xlsx'];

export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type RecordedRequest = z.infer<typeof recordedRequestSchema>;

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** JSON with keys sorted at every depth, 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

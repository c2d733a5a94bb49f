/**
 * What the build learnt about the bundled target files (dist/targets/bundled-values.json, written by
 * `npm run build` through `writeBundledValues` in validate-target-file.ts), keyed by the SHA-256 of each file's bytes:
 * its YAML value, and its validated data when it passed the schema and the rules.
 *
 * The file is trusted only by the build that wrote it: `fingerprint` hashes the built code that decides
 * what a file means and whether it is valid. A file whose bytes differ (edited, or anyone's own) hashes
 * to nothing here and is read in full. This module imports neither the YAML parser nor zod.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TargetFile } from './schema.js';

export interface CachedTargetFile {
  /** The YAML value, as parsed. */
  value: unknown;
  /** The data after the schema (defaults filled in), present when the file passed schema and rules. */
  data?: TargetFile;
}

export interface BuildCacheFile {
  fingerprint: string;
  files: Record<string, CachedTargetFile>;
}

const CACHE_FILE = new URL('./bundled-values.json', import.meta.url);
/** Built modules whose change changes what a target file means or whether it is valid. */
const DECIDING = ['./yaml-safe.js', './validate-target-file.js', './schema.js', './rules.js', './build-cache.js', '../measures/indicators.js'];

let cache: Map<string, CachedTargetFile> | undefined;

export function fingerprint(): string {
  const hash = createHash('sha256');
  for (const part of DECIDING) hash.update(readFileSync(new URL(part, import.meta.url)));
  return hash.digest('hex');
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function cachedTargetFile(sha256: string): CachedTargetFile | undefined {
  if (!cache) {
    cache = new Map();
    try {
      const saved = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as BuildCacheFile;
      if (saved.fingerprint === fingerprint()) for (const [k, v] of Object.entries(saved.files)) cache.set(k, v);
    } catch {
      // Absent, unreadable or from another build: every file is read in full.
    }
  }
  return cache.get(sha256);
}

export function saveBuildCache(files: Record<string, CachedTargetFile>): void {
  // Written whole then renamed, so a CLI starting meanwhile reads the old file or the new one, never half.
  const target = fileURLToPath(CACHE_FILE);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ fingerprint: fingerprint(), files } satisfies BuildCacheFile)}\n`);
  renameSync(temp, target);
  cache = undefined;
}

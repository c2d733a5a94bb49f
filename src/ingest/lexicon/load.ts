/**
 * The reading lexicon (lexicon/lexicon.yaml at the package root): words as data, one section per reader.
 * Parsed once per process; each reader validates its own section. The build writes its value as JSON
 * beside this module (scripts/bundle-lexicon.mjs), keyed by the SHA-256 of the YAML's bytes: a run reads
 * the JSON and never loads the YAML parser, unless the YAML was edited since the build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type LexiconSection = 'forms' | 'dossier_list';

/** The same path from src/ingest/lexicon (tests) and dist/ingest/lexicon (the built CLI). */
export const LEXICON_FILE = new URL('../../../lexicon/lexicon.yaml', import.meta.url);
/** The build-time cache: `{ sha256, value }`. */
export const LEXICON_CACHE = new URL('./lexicon.json', import.meta.url);

let parsed: Record<string, unknown> | undefined;

export function lexiconSection(name: LexiconSection): unknown {
  parsed ??= loadLexicon();
  return parsed[name];
}

export function loadLexicon(): Record<string, unknown> {
  const bytes = readFileSync(LEXICON_FILE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const cache = JSON.parse(readFileSync(LEXICON_CACHE, 'utf8')) as { sha256: string; value: Record<string, unknown> };
    if (cache.sha256 === sha256) return cache.value;
  } catch {
    // No cache (running from src/, or not built yet): parse the YAML.
  }
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(bytes.toString('utf8')) as Record<string, unknown>;
}

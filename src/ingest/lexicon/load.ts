/**
 * The reading lexicon (lexicon/lexicon.yaml at the package root): words as data, one section per reader.
 * Parsed once per process; each reader validates its own section. `npm run build` also writes its parsed
 * form as JSON beside the built loader, with the YAML text it came from, so reading an input does not
 * load the YAML parser (start-up, tests/unit/startup-modules.test.ts); an edited lexicon is parsed afresh.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type LexiconSection = 'forms' | 'dossier_list';

/** The same path from src/ingest/lexicon (tests) and dist/ingest/lexicon (the built CLI). */
export const LEXICON_FILE = new URL('../../../lexicon/lexicon.yaml', import.meta.url);
const CACHE_FILE = new URL('./lexicon.json', import.meta.url);

let parsed: Record<string, unknown> | undefined;

function parseYaml(text: string): Record<string, unknown> {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(text) as Record<string, unknown>;
}

function load(): Record<string, unknown> {
  const text = readFileSync(LEXICON_FILE, 'utf8');
  if (existsSync(CACHE_FILE)) {
    const cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { text: string; data: Record<string, unknown> };
    if (cache.text === text) return cache.data;
  }
  return parseYaml(text);
}

export function lexiconSection(name: LexiconSection): unknown {
  parsed ??= load();
  return parsed[name];
}

/** Build step: the parsed lexicon as JSON next to the built loader. */
export function writeLexiconCache(): void {
  const text = readFileSync(LEXICON_FILE, 'utf8');
  writeFileSync(CACHE_FILE, JSON.stringify({ text, data: parseYaml(text) }));
}

/**
 * The reading lexicon (lexicon/lexicon.yaml at the package root): words as data, one section per reader.
 * Parsed once per process; each reader validates its own section.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type LexiconSection = 'forms' | 'dossier_list';

/** The same path from src/ingest/lexicon (tests) and dist/ingest/lexicon (the built CLI). */
export const LEXICON_FILE = new URL('../../../lexicon/lexicon.yaml', import.meta.url);

let parsed: Record<string, unknown> | undefined;

export function lexiconSection(name: LexiconSection): unknown {
  parsed ??= parse(readFileSync(LEXICON_FILE, 'utf8')) as Record<string, unknown>;
  return parsed[name];
}

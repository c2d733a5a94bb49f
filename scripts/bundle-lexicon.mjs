#!/usr/bin/env node
/**
 * After `npm run build`: writes dist/ingest/lexicon/lexicon.json, the value of lexicon/lexicon.yaml with the
 * SHA-256 of its bytes, so a run reads the lexicon without loading the YAML parser (start-up stays lean).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const yamlUrl = new URL('../lexicon/lexicon.yaml', import.meta.url);
const out = new URL('../dist/ingest/lexicon/lexicon.json', import.meta.url);
const bytes = readFileSync(yamlUrl);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const tmp = new URL(`./lexicon.json.${process.pid}.tmp`, out);
writeFileSync(tmp, JSON.stringify({ sha256, value: parse(bytes.toString('utf8')) }));
renameSync(tmp, out);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, targetJsonSchema } from '../../src/targets/json-schema.js';
import { ROOT } from '../helpers/cli.js';

describe('the committed JSON Schema', () => {
  it('is the one generated from the zod schema (run `node bin/parcheck.js targets schema > schema/targets.schema.json` when this fails)', () => {
    expect(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8')).toBe(targetJsonSchema());
  });

  it('describes the fields editors complete', () => {
    const schema = JSON.parse(targetJsonSchema()) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['schema', 'document', 'version', 'targets']);
    expect(schema.required).toEqual(['schema', 'document', 'version', 'targets']);
  });
});

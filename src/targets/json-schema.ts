/** The JSON Schema of target files, generated from the zod schema (committed at schema/targets.schema.json). */
import { z } from 'zod';
import { targetFileSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/targets.schema.json';

export function targetJsonSchema(): string {
  // draft-7 and the input side (defaults optional): what yaml-language-server validates best.
  const schema = z.toJSONSchema(targetFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const out = {
    $schema,
    title: 'parcheck target file (parcheck/targets@1)',
    description: 'One YAML file per plan document: its quantitative targets, each citing its clause verbatim.',
    ...rest,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * The evidence manifest as a zod schema: what `check --evidence` writes and what `verify` accepts.
 * Complete means every field is there and holds together: at least one output, a size with every
 * hash, no file listed twice, outputs named inside the bundle. A manifest with its outputs emptied
 * would otherwise verify anything. Loaded only by `verify` (start-up budget: `check` loads no zod).
 */
import { z } from 'zod';
import { MANIFEST_SCHEMA } from './manifest.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const size = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const evidenceFileSchema = z.object({
  /** As typed (inputs, targets) or the name inside the bundle (outputs). */
  path: z.string(),
  /** Where it is, relative to the bundle (POSIX separators) or absolute when typed absolute; none for bundled targets. */
  file: z.string().optional(),
  role: z.enum(['data', 'mapping', 'registry']).optional(),
  sha256,
  size,
  version: z.string().optional(),
});

/** The pipeline's check request as recorded: plain data only (no working directory, no callback). */
export const recordedRequestSchema = z.strictObject({
  files: z.array(z.string()).min(1),
  targets: z.array(z.string()).optional(),
  document: z.string().optional(),
  province: z.string().optional(),
  asOf: z.string().optional(),
  level: z.enum(['all', 'province', 'district', 'commune']).optional(),
  unit: z.string().optional(),
  combine: z.boolean().optional(),
  tolerance: z.number().min(0).optional(),
  cells: z.boolean().optional(),
  series: z.boolean().optional(),
  sheet: z.string().optional(),
  period: z.string().optional(),
  mapping: z.string().optional(),
  registry: z.array(z.string()).optional(),
  limits: z.record(z.string(), z.number().positive()).optional(),
});

const uniqueFiles = (list: z.infer<typeof evidenceFileSchema>[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((f, i) => {
    const id = `${f.role ?? ''}:${f.path}`;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'path'], message: 'listed twice', input: f.path });
    seen.add(id);
  });
};

export const manifestSchema = z.object({
  schema: z.literal(MANIFEST_SCHEMA),
  parcheck: z.object({ version: z.string() }),
  /** The command line as typed, for the reader; `verify` runs `request`, not this. */
  argv: z.array(z.string()),
  /** The working directory of the run, relative to the bundle. */
  cwd: z.string(),
  as_of: z.string(),
  lang: z.enum(['vi', 'en']),
  time_zone: z.string(),
  request: recordedRequestSchema,
  /** The report formats written into the bundle. */
  formats: z.array(z.string()).min(1),
  inputs: z
    .array(evidenceFileSchema.extend({ role: z.enum(['data', 'mapping', 'registry']) }))
    .superRefine(uniqueFiles)
    .refine((list) => list.some((f) => f.role === 'data'), 'no data input'),
  targets: z.array(evidenceFileSchema).superRefine(uniqueFiles),
  outputs: z
    .array(evidenceFileSchema.extend({ path: z.string().refine((p) => !p.includes('/') && !p.includes('\\') && !p.startsWith('.') && p !== 'manifest.json', 'a name inside the bundle') }))
    .min(1)
    .superRefine(uniqueFiles),
});

/**
 * The target-file format (`schema: parcheck/targets@1`). One YAML file per plan document.
 * Every field carries a description: `parcheck targets schema` turns this into the JSON Schema that
 * editors use (yaml-language-server), so the words here are what a user sees while typing.
 */
import { z } from 'zod';
import { THRESHOLD_UNITS } from '../core/types.js';

export const TARGET_SCHEMA_ID = 'parcheck/targets@1';

const year = z.number().int().min(2000).max(2100);
/** YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists: 2025-13-45 and 2025-02-30 do not. */
function realDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate());
}
const REAL_DATE = 'a date that exists (month 01-12, a day the month has)';
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(realDate, REAL_DATE);
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY-MM-DD, or YYYY-MM / YYYY when the document leaves the day blank')
  .refine(realDate, REAL_DATE);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

export const perLevelValues = z
  .object({
    province: z.number().describe('Provincial level: Sở, Ban, ngành').optional(),
    district: z.number().describe('District level: UBND huyện, thị xã, thành phố thuộc tỉnh').optional(),
    commune: z.number().describe('Commune level: UBND xã, phường, thị trấn').optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'at least one of province, district, commune')
  .describe('One figure per administrative level (e.g. 90% / 80% / 60%).');

const scheduleValue = z.union([z.number(), perLevelValues]);

export const stepSchedule = z
  .object({
    start_year: year.describe('The first year the document gives a figure for'),
    start: scheduleValue.describe('The figure of the first year: one number or one per level'),
    step_per_year: z.number().positive().describe('Points added each following year ("mỗi năm tăng tối thiểu 20%")'),
    cap: z.number().optional().describe('Ceiling no year goes past (usually 100)'),
    until: year.describe('The last year of the schedule'),
  })
  .strict()
  .describe('A schedule that starts at a figure and rises by a fixed step each year.');

export const yearSchedule = z
  .object({
    years: z.record(z.string().regex(/^\d{4}$/, 'a four-digit year'), scheduleValue).describe('Year → figure (one number or one per level)'),
  })
  .strict()
  .describe('A schedule that names the figure of each year.');

export const COMPARATOR_KINDS = ['>=', '>', '<=', '<', 'between', 'rank_within', 'reduction_vs', 'growth_vs'] as const;

/** Written by `targets draft`; the officer accepts a target by deleting this block (`targets validate` refuses it). */
const draftBlock = z
  .object({
    confidence: z.number().min(0).max(1).describe('How sure the drafter is (0–1); `targets review` shows the least sure first'),
    reason: z.string().describe('Why: the words matched, where the deadline and level came from'),
    line: z.number().int().positive().optional().describe('Line of the plan text the quote comes from'),
  })
  .strict()
  .describe('A drafted, not yet accepted target: delete this block to accept it');

export const targetSchema = z
  .object({
    id: slug.describe('Unique within the file; stable across versions'),
    indicator: z.string().nullable().describe('An indicator of the catalogue (`parcheck targets list --format json` shows them in use); null only in a `draft:` target'),
    comparator: z.enum(COMPARATOR_KINDS).describe('>=, >, <=, < and between compare the value; rank_within N means rank ≤ N; reduction_vs / growth_vs compare the change against `baseline`'),
    value: z
      .union([z.number(), z.tuple([z.number(), z.number()])])
      .optional()
      .describe('The threshold; [lo, hi] for between. Omit when `by_level` or `schedule` gives it'),
    by_level: perLevelValues.optional(),
    schedule: z.union([stepSchedule, yearSchedule]).optional(),
    unit: z.enum(THRESHOLD_UNITS).describe('percent, rank, count, score, points, days, hours, or percent_change (reductions and growth)'),
    deadline: z.union([year, isoDate]).optional().describe('The year (2025) or the exact date (2025-06-30) by which the target must hold; a schedule sets its own'),
    scope: z
      .object({
        level: z.enum(['all', 'province', 'district', 'commune']).default('all').describe('all = the province as a whole'),
        units: z.array(z.string()).optional().describe('Named units, when the target binds only some'),
        each: z.literal('unit').optional().describe('unit: every unit of the level must meet it ("100% các sở, ngành … đạt từ 80%")'),
      })
      .strict()
      .default({ level: 'all' }),
    baseline: z
      .object({
        year: z.union([year, z.literal('previous')]).describe('Baseline year ("so với năm 2021"), or previous for year-on-year'),
        value: z.number().optional().describe('The baseline figure, when the document states it'),
        through: year.optional().describe('Last year of a baseline period ("so với giai đoạn 2021 - 2025"): the yearly average of year..through'),
      })
      .strict()
      .optional()
      .describe('Required for reduction_vs and growth_vs'),
    strict: z.boolean().optional().describe('For reduction_vs / growth_vs: the change must be strictly above the value ("giảm trên 10%", "cao hơn năm 2023")'),
    start_year: year.optional().describe('Year progress is measured from for on-track/off-track (defaults to the document year)'),
    supersedes: z
      .string()
      .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'document-id#target-id')
      .optional()
      .describe('The target of an earlier document this one tightens; the later one is in force'),
    note: z.string().optional().describe('How the clause was read, where it needed interpretation'),
    source: z
      .object({
        section: z.string().min(1).describe('Section of the document (e.g. "II.2.a")'),
        quote: z.string().min(8).describe('The clause, verbatim (whitespace may differ)'),
      })
      .strict(),
    draft: draftBlock.optional(),
  })
  .strict()
  .refine((t) => t.indicator !== null || t.draft !== undefined, { message: 'indicator: null is allowed only in a target that still holds its draft: block', path: ['indicator'] });

export const documentSchema = z
  .object({
    id: slug.describe('e.g. qn-2370-2021'),
    number: z.string().describe('Document number, e.g. 2370/QĐ-UBND'),
    number_source: z.string().optional().describe('Where the number comes from, when the text itself leaves it blank'),
    date: partialDate.describe('Date of issue'),
    date_source: z.string().optional(),
    issuer: z.string(),
    title: z.string(),
    province: slug.describe('Province slug: quang-nam, quang-binh, da-nang, quang-tri…'),
    valid_from: partialDate.optional().describe("First day the document applies to this province (plans of a merged province from 2025-07-01 sit beside its predecessors' plans)"),
    source_file: z.string().optional().describe('File name of the document text, for `targets validate --sources`'),
  })
  .strict();

export const targetFileSchema = z
  .object({
    schema: z.literal(TARGET_SCHEMA_ID),
    document: documentSchema,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'semantic version, e.g. 1.0.0')
      .describe('Version of this file; bump on any change of a target'),
    targets: z.array(targetSchema).min(1),
  })
  .strict();

export type TargetFile = z.infer<typeof targetFileSchema>;
export type TargetSpec = z.infer<typeof targetSchema>;

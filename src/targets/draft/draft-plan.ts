/**
 * `targets draft` as a library call: plan text → draft target file (data, YAML) and its thresholds
 * expanded per level and year. The lexicon is read from lexicon/draft-indicators.yaml at the package root.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ParcheckError } from '../../core/errors.js';
import { text as t2 } from '../../core/i18n.js';
import type { Threshold } from '../../core/types.js';
import { expandTargetFile } from '../expand.js';
import { targetFileSchema, type TargetFile } from '../schema.js';
import { draftFromText, type DraftResult } from './extract.js';
import { compileLexicon, type IndicatorWords } from './indicator-words.js';
import { draftTargetFile, draftYaml, type DraftDocumentOptions } from './draft-file-yaml.js';

export const DRAFT_LEXICON_FILE = new URL('../../../lexicon/draft-indicators.yaml', import.meta.url);

export function loadDraftLexicon(file: URL | string = DRAFT_LEXICON_FILE): IndicatorWords[] {
  return compileLexicon(parse(readFileSync(file, 'utf8')));
}

export interface DraftOutput {
  result: DraftResult;
  file: TargetFile;
  yaml: string;
}

export function draftPlan(text: string, options: DraftDocumentOptions & { lexicon?: IndicatorWords[] } = {}): DraftOutput {
  const lexicon = options.lexicon ?? loadDraftLexicon();
  const result = draftFromText(text, lexicon);
  if (result.targets.length === 0) {
    throw new ParcheckError('DRAFT_EMPTY', t2('Không tìm thấy chỉ tiêu định lượng nào trong văn bản', 'No quantitative commitment found in the plan'), {
      location: options.sourceFile ? { file: options.sourceFile } : undefined,
      expected: t2('các câu như "đạt tối thiểu 80%", "thuộc nhóm 10 tỉnh", "ít nhất 01 mô hình"', 'clauses such as "đạt tối thiểu 80%", "thuộc nhóm 10 tỉnh", "ít nhất 01 mô hình"'),
      found: `${result.notDrafted.length} numbers, none a commitment`,
      hint: t2('Kiểm tra đây có phải văn bản kế hoạch (văn bản thuần hoặc .docx) không.', 'Check that this is the plan’s text (plain text or .docx).'),
    });
  }
  const file = draftTargetFile(result, options);
  // The draft must always be a valid target file (drafts allowed): a failure here is a bug of the drafter.
  const checked = targetFileSchema.safeParse(file);
  if (!checked.success) throw new Error(`draft does not fit the schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { result, file, yaml: draftYaml(file, result) };
}

/** The drafted thresholds, in the shape of `targets list --format json`, plus each one's confidence. */
export function draftThresholdRows(file: TargetFile, thresholdJson: (t: Threshold) => Record<string, unknown>): Record<string, unknown>[] {
  const byId = new Map(file.targets.map((t) => [t.id, t]));
  return expandTargetFile(file, { file: '(draft)' }).map((t) => {
    const spec = byId.get(t.target)!;
    return { ...thresholdJson(t), indicator: spec.indicator, confidence: spec.draft?.confidence ?? 1, line: spec.draft?.line };
  });
}

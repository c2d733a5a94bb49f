/**
 * `parcheck targets draft PLAN.txt|PLAN.docx [--document-id ID] [--province P] [--output draft.yaml]
 * [--format yaml|json]`: a draft target file from a plan's text, every target marked `draft:` for review.
 * With --output, a .docx's text is written beside the draft so `targets validate --sources DIR` can
 * check the quotes.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import { writeOutputAtomic } from '../files/write-output.js';
import { thresholdJson } from '../report/targets-json.js';
import { readPlanText } from '../targets/plan-text.js';
import { EXIT, type CliContext } from './context.js';

export interface DraftOptions {
  plan: string;
  documentId?: string;
  province?: string;
  output?: string;
  format: 'yaml' | 'json';
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export async function runTargetsDraft(ctx: CliContext, options: DraftOptions): Promise<number> {
  for (const [flag, v] of [
    ['--document-id', options.documentId],
    ['--province', options.province],
  ] as const) {
    if (v !== undefined && !SLUG.test(v)) {
      throw new ParcheckError('USAGE', text(`${flag} cần chữ thường, số và dấu gạch nối`, `${flag} takes lower-case letters, digits and hyphens`), {
        expected: flag === '--province' ? 'da-nang' : 'dn-123-2026',
        found: v,
      });
    }
  }
  const planPath = path.resolve(ctx.cwd, options.plan);
  const plan = await readPlanText(planPath, options.plan);
  const { draftPlan, draftThresholdRows } = await import('../targets/draft/draft-plan.js');
  const draft = draftPlan(plan.text, { documentId: options.documentId, province: options.province, sourceFile: plan.textName });
  const data = options.format === 'json' ? `${JSON.stringify(draftThresholdRows(draft.file, thresholdJson), null, 2)}\n` : draft.yaml;
  if (!options.output) {
    ctx.stdout(data);
    return EXIT.ok;
  }
  const out = path.resolve(ctx.cwd, options.output);
  if (plan.isDocx) await writeOutputAtomic(path.join(path.dirname(out), plan.textName), plan.text, { protect: [planPath] });
  await writeOutputAtomic(out, data, { protect: [planPath] });
  const n = draft.file.targets.length;
  const notDrafted = draft.result.notDrafted.length;
  ctx.stderr(
    `${pick(
      text(
        `${n} chỉ tiêu nháp, ${notDrafted} số không phải cam kết → ${options.output}. Tiếp theo: parcheck targets review ${options.output} --interactive`,
        `${n} drafted targets, ${notDrafted} numbers not drafted → ${options.output}. Next: parcheck targets review ${options.output} --interactive`,
      ),
      ctx.lang,
    )}\n`,
  );
  return EXIT.ok;
}

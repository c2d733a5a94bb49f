/**
 * `parcheck targets draft PLAN.txt|PLAN.docx [--document-id ID] [--province P] [--output draft.yaml]
 * [--format yaml|json]`: a draft target file from a plan's text, every target marked `draft:` for review.
 * A .docx is read as text (paragraphs; table rows as tab-separated cells) and, with --output, that text
 * is written beside the draft so `targets validate --sources DIR` can check the quotes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import { EXIT, type CliContext } from './context.js';
import { writeOutputAtomic } from './output.js';
import { thresholdJson } from './targets-list.js';

export interface DraftOptions {
  plan: string;
  documentId?: string;
  province?: string;
  output?: string;
  format: 'yaml' | 'json';
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export async function runTargetsDraft(ctx: CliContext, options: DraftOptions): Promise<number> {
  for (const [flag, v] of [['--document-id', options.documentId], ['--province', options.province]] as const) {
    if (v !== undefined && !SLUG.test(v)) {
      throw new ParcheckError('USAGE', text(`${flag} cần chữ thường, số và dấu gạch nối`, `${flag} takes lower-case letters, digits and hyphens`), { expected: flag === '--province' ? 'da-nang' : 'dn-123-2026', found: v });
    }
  }
  const planPath = path.resolve(ctx.cwd, options.plan);
  if (!existsSync(planPath) || !statSync(planPath).isFile()) {
    throw new ParcheckError('INPUT_NOT_FOUND', text('Không tìm thấy tệp kế hoạch', 'Plan file not found'), { location: { file: options.plan }, hint: text('Cho đường dẫn tệp .txt hoặc .docx của văn bản.', 'Give the path of the plan’s .txt or .docx file.') });
  }
  const isDocx = /\.docx$/i.test(planPath);
  let planText: string;
  if (isDocx) {
    const { readDocxText } = await import('../targets/draft/docx.js');
    planText = await readDocxText(planPath, options.plan);
  } else {
    const bytes = readFileSync(planPath);
    if (bytes.includes(0)) {
      throw new ParcheckError('INPUT_FORMAT', text('Tệp kế hoạch không phải văn bản thuần', 'The plan file is not plain text'), {
        location: { file: options.plan },
        expected: text('văn bản UTF-8 (.txt) hoặc .docx', 'UTF-8 text (.txt) or .docx'),
        found: 'binary data (NUL bytes)',
        hint: text('Lưu văn bản dạng .docx hoặc "Plain Text (UTF-8)".', 'Save the document as .docx or as "Plain Text (UTF-8)".'),
      });
    }
    planText = bytes.toString('utf8');
  }
  const textName = isDocx ? `${path.basename(planPath).replace(/\.docx$/i, '')}.txt` : path.basename(planPath);
  const { draftPlan, draftThresholdRows } = await import('../targets/draft/draft-plan.js');
  const draft = draftPlan(planText, { documentId: options.documentId, province: options.province, sourceFile: textName });
  const data = options.format === 'json' ? `${JSON.stringify(draftThresholdRows(draft.file, thresholdJson), null, 2)}\n` : draft.yaml;
  if (options.output) {
    const out = path.resolve(ctx.cwd, options.output);
    if (isDocx) await writeOutputAtomic(path.join(path.dirname(out), textName), planText, { protect: [planPath] });
    await writeOutputAtomic(out, data, { protect: [planPath] });
    const n = draft.file.targets.length;
    ctx.stderr(
      `${pick(
        text(
          `${n} chỉ tiêu nháp, ${draft.result.notDrafted.length} số không phải cam kết → ${options.output}. Tiếp theo: parcheck targets review ${options.output} --interactive`,
          `${n} drafted targets, ${draft.result.notDrafted.length} numbers not drafted → ${options.output}. Next: parcheck targets review ${options.output} --interactive`,
        ),
        ctx.lang,
      )}\n`,
    );
  } else ctx.stdout(data);
  return EXIT.ok;
}

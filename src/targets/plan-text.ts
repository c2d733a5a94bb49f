/**
 * The text of a plan to draft targets from: a .docx read as text (paragraphs; table rows as
 * tab-separated cells), anything else as UTF-8 plain text (binary data refused).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';

export interface PlanText {
  text: string;
  isDocx: boolean;
  /** The name the text is known by in the draft's `source.file` (a .docx's text becomes NAME.txt). */
  textName: string;
}

/** `shown` is the path as typed, for error locations. */
export async function readPlanText(planPath: string, shown: string): Promise<PlanText> {
  if (!existsSync(planPath) || !statSync(planPath).isFile()) {
    throw new ParcheckError('INPUT_NOT_FOUND', text('Không tìm thấy tệp kế hoạch', 'Plan file not found'), {
      location: { file: shown },
      hint: text('Cho đường dẫn tệp .txt hoặc .docx của văn bản.', 'Give the path of the plan’s .txt or .docx file.'),
    });
  }
  const isDocx = /\.docx$/i.test(planPath);
  const textName = isDocx ? `${path.basename(planPath).replace(/\.docx$/i, '')}.txt` : path.basename(planPath);
  if (isDocx) {
    const { readDocxText } = await import('./draft/docx.js');
    return { text: await readDocxText(planPath, shown), isDocx, textName };
  }
  const bytes = readFileSync(planPath);
  if (bytes.includes(0)) {
    throw new ParcheckError('INPUT_FORMAT', text('Tệp kế hoạch không phải văn bản thuần', 'The plan file is not plain text'), {
      location: { file: shown },
      expected: text('văn bản UTF-8 (.txt) hoặc .docx', 'UTF-8 text (.txt) or .docx'),
      found: 'binary data (NUL bytes)',
      hint: text('Lưu văn bản dạng .docx hoặc "Plain Text (UTF-8)".', 'Save the document as .docx or as "Plain Text (UTF-8)".'),
    });
  }
  return { text: bytes.toString('utf8'), isDocx, textName };
}

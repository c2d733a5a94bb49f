/** `parcheck targets validate`: every problem of every file at once (thrown, exit 2), or a one-line OK. */
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import { loadTargets } from '../targets/load-target-files.js';
import { targetPathsOrBundled } from '../targets/paths-or-bundled.js';
import { EXIT, type CliContext } from './context.js';

export interface ValidateOptions {
  paths: string[];
  sources?: string;
  maxBytes?: string;
}

export async function runTargetsValidate(ctx: CliContext, options: ValidateOptions): Promise<number> {
  let maxBytes: number | undefined;
  if (options.maxBytes !== undefined) {
    maxBytes = Number(options.maxBytes);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new ParcheckError('USAGE', text('--max-bytes cần một số nguyên dương', '--max-bytes needs a positive integer'), { expected: '5242880', found: options.maxBytes });
    }
  }
  const loaded = await loadTargets(targetPathsOrBundled(ctx.cwd, options.paths), { sources: options.sources, limits: maxBytes ? { maxBytes } : {} });
  const files = loaded.files.length;
  const targets = loaded.files.reduce((n, f) => n + f.data.targets.length, 0);
  const thresholds = loaded.thresholds.length;
  const quotes = options.sources ? pick(text(', trích dẫn khớp văn bản gốc', ', quotes found in the sources'), ctx.lang) : '';
  ctx.stdout(`${pick(text(`${files} tệp, ${targets} chỉ tiêu, ${thresholds} ngưỡng: hợp lệ`, `${files} files, ${targets} targets, ${thresholds} thresholds: OK`), ctx.lang)}${quotes}\n`);
  return EXIT.ok;
}

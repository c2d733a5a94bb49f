/** `parcheck targets diff OLD NEW`: targets added, removed and changed, as a table or JSON. Exit 0. */
import { diffTable } from '../report/targets-diff.js';
import { diffTargets } from '../targets/diff.js';
import { loadTargetFiles } from '../targets/load-target-files.js';
import { EXIT, type CliContext } from './context.js';

export interface DiffOptions {
  oldPath: string;
  newPath: string;
  format: 'table' | 'json';
}

export async function runTargetsDiff(ctx: CliContext, options: DiffOptions): Promise<number> {
  const lenient = { strictSupersedes: false };
  const [a, b] = [await loadTargetFiles([options.oldPath], lenient), await loadTargetFiles([options.newPath], lenient)];
  const diff = diffTargets(
    a.files.map((f) => f.data),
    b.files.map((f) => f.data),
  );
  if (options.format === 'json') ctx.stdout(`${JSON.stringify(diff, null, 2)}\n`);
  else ctx.stdout(diffTable(diff, ctx.lang, ctx.color));
  return EXIT.ok;
}

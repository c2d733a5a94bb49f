/**
 * `parcheck explain`: the options made into a request for the pipeline's runExplain, and the chain
 * behind one finding printed (report/explain-text.ts) or its JSON. Exit 0; 2 on errors.
 */
import { wrapLine } from '../report/box.js';
import { explainJson } from '../report/explain-json.js';
import { renderExplanation } from '../report/explain-text.js';
import { EXIT, type CliContext } from './context.js';
import { targetRequestFrom, type TargetFlags } from './ingest-options.js';

export interface ExplainCommandOptions extends TargetFlags {
  target: string;
  format?: string;
  /** False with --no-rows: do not read dossier lists again to name their rows. */
  rows?: boolean;
}

export async function runExplainCommand(ctx: CliContext, opts: ExplainCommandOptions): Promise<number> {
  const { runExplain } = await import('../pipeline/explain.js');
  const explanation = await runExplain({ ...(await targetRequestFrom(opts, ctx)), target: opts.target, ...(opts.rows === false ? { rows: false } : {}) });
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify(explainJson(explanation), null, 2)}\n`);
  // Every line fits the terminal: a long clause or cell list wraps under itself.
  else ctx.stdout(`${renderExplanation(explanation, ctx.lang).replace(/\n$/, '').split('\n').flatMap((l) => wrapLine(l, ctx.proseWidth, '  ')).join('\n')}\n`);
  return EXIT.ok;
}

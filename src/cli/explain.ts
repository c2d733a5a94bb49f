/**
 * `parcheck explain`: reads the inputs and targets as `check` does, asks the pure explainFinding for
 * the chain behind one finding, and prints it (explain-text.ts) or its JSON. Exit 0; 2 on errors.
 */
import type { ScopeLevel } from '../core/types.js';
import { readCheckInputs, type CheckInputFlags } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';
import { explainJson } from './explain-json.js';
import { renderExplanation } from './explain-text.js';

export interface ExplainCommandOptions extends CheckInputFlags {
  target: string;
  format?: string;
  level?: ScopeLevel;
}

export async function runExplainCommand(ctx: CliContext, opts: ExplainCommandOptions): Promise<number> {
  const run = await readCheckInputs(ctx, opts);
  const { explainFinding } = await import('../check/explain.js');
  const explanation = explainFinding({
    target: opts.target,
    observations: run.request.observations,
    thresholds: run.thresholds,
    asOf: opts.asOf,
    period: opts.period,
    level: opts.level,
    unit: opts.unit,
    combine: run.request.combine,
  });
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify(explainJson(explanation), null, 2)}\n`);
  else ctx.stdout(renderExplanation(explanation, ctx.lang));
  return EXIT.ok;
}

/**
 * `parcheck reconcile A B`: the options made into a request for the pipeline's runReconcile, and every
 * difference printed with both cells (report/reconcile-text.ts). Exit 0 when the sources agree, 1 when
 * they differ, 2 on errors.
 */
import { renderReconcile } from '../report/reconcile-text.js';
import { EXIT, type CliContext } from './context.js';
import { inputRequestFrom, toleranceOf, type IngestFlags } from './ingest-options.js';

export interface ReconcileCommandOptions extends IngestFlags {
  a: string;
  b: string;
  tolerance?: string;
  asOf?: string;
  format?: string;
}

export async function runReconcileCommand(ctx: CliContext, opts: ReconcileCommandOptions): Promise<number> {
  const tolerance = toleranceOf(opts.tolerance, 0);
  const { runReconcile } = await import('../pipeline/reconcile.js');
  const result = await runReconcile({ a: opts.a, b: opts.b, ...(await inputRequestFrom(opts, ctx)), tolerance, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
  ctx.stdout(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderReconcile(result, ctx.lang));
  return result.agree ? EXIT.ok : EXIT.failing;
}

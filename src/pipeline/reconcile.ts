/**
 * `runReconcile`: reads both sources (each on its own, so a carry-over check never mixes them) and
 * compares them with the pure reconcileSources: every difference with the cells of both sides.
 */
import type { IngestedFile } from '../core/types.js';
import type { ReconcileResult } from '../check/reconcile-sources.js';
import { ingestOptionsOf, resolverFor, toleranceOf } from './inputs.js';
import type { ReconcileRequest } from './request.js';

export type { ReconcileResult } from '../check/reconcile-sources.js';

export async function runReconcile(request: ReconcileRequest): Promise<ReconcileResult> {
  const tolerance = toleranceOf(request.tolerance, 0);
  const at = resolverFor(request.cwd);
  const options = await ingestOptionsOf(request);
  if (request.asOf) options.asOf = request.asOf;
  const { ingestFiles } = await import('../ingest/ingest-file.js');
  const read = async (typed: string): Promise<IngestedFile> => {
    const [f] = await ingestFiles([at(typed)], options);
    const abs = f!.path;
    const fix = (o: { file?: string }) => {
      if (o.file === abs) o.file = typed;
    };
    for (const o of f!.observations) fix(o.source);
    for (const w of f!.warnings) {
      fix(w.location);
      w.cells?.forEach(fix);
    }
    return { ...f!, path: typed };
  };
  const fa = await read(request.a);
  const fb = await read(request.b);
  const { reconcileSources } = await import('../check/reconcile-sources.js');
  return reconcileSources(
    { label: request.a, observations: fa.observations, warnings: fa.warnings },
    { label: request.b, observations: fb.observations, warnings: fb.warnings },
    { tolerance, registry: options.registry },
  );
}

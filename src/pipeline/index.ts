/** The library: typed requests in, typed results out; no process, no terminal, no command line. */
export { runCheck, type CheckRun } from './check.js';
export { runInspect, suggestMappings, type InspectRun } from './inspect.js';
export { runExplain, type Explanation } from './explain.js';
export { runReconcile, type ReconcileResult } from './reconcile.js';
export type { CheckRequest, ExplainRequest, InputRequest, InspectRequest, ReconcileRequest, TargetRequest } from './request.js';

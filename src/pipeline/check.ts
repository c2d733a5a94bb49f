/**
 * `runCheck`: the inputs read, the targets loaded, the pure check and the audit of the inputs, as one
 * result a reporter renders. Warnings are returned, never printed.
 */
import type { CheckResult, IngestWarning } from '../core/types.js';
import { readCheckInputs, type CheckInputs } from './check-inputs.js';
import type { CheckRequest } from './request.js';

export interface CheckRun {
  /** The findings, their summary, and the audit of the inputs: what every report renders. */
  result: CheckResult;
  /** The audit notes, then the check's own (duplicates, thresholds not applicable, unknown indicators). */
  warnings: IngestWarning[];
  /** What was read and loaded, for an evidence bundle and for outputs that must not overwrite an input. */
  inputs: CheckInputs;
}

export async function runCheck(request: CheckRequest): Promise<CheckRun> {
  const inputs = await readCheckInputs(request);
  const { runCheck: checkFindings } = await import('../check/run-check.js');
  const { warnings, ...findings } = checkFindings({ ...inputs.findingsRequest, cells: request.cells, series: request.series });
  return { result: { ...findings, audit: inputs.audit }, warnings: [...inputs.audit, ...warnings], inputs };
}

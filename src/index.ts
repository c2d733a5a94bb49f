/**
 * parcheck as a library: what the CLI calls, for a Node script or a cron job. Typed requests in,
 * typed results out; nothing here prints, reads the command line or exits.
 *
 *   import { runCheck } from 'parcheck';
 *   const { result, warnings } = await runCheck({ files: ['exports/'], asOf: '2025-06' });
 */
export { runCheck, type CheckRun } from './pipeline/check.js';
export { runInspect, suggestMappings, type InspectRun } from './pipeline/inspect.js';
export { runExplain } from './pipeline/explain.js';
export { runReconcile } from './pipeline/reconcile.js';
export { runFigureNeeds, type FigureNeedsRequest, type FigureNeedsRun } from './pipeline/figure-needs.js';
export type { CheckRequest, ExplainRequest, InputRequest, InspectRequest, ReconcileRequest, TargetRequest } from './pipeline/request.js';
export type { CheckInputs } from './pipeline/check-inputs.js';
export type { Explanation } from './check/explain-finding.js';
export type { ReconcileResult } from './check/reconcile-sources.js';

export { reporterFor, REPORT_FORMATS, type Reporter, type ReportFormat, type ReportOptions } from './report/reporters.js';

export { writeEvidence, type EvidenceRequest, type WriteFile, type WrittenEvidence } from './evidence/write.js';
export { verifyBundle, type VerifyItem, type VerifyOptions, type VerifyReport, type VerifyState } from './evidence/verify.js';
export type { EvidenceFile, Manifest, RecordedRequest } from './evidence/manifest.js';

export { ParcheckError, isParcheckError, type ErrorCode, type Location } from './core/errors.js';
export type { Lang, Text } from './core/i18n.js';
export type {
  AuditNote,
  Baseline,
  Bound,
  CheckResult,
  Finding,
  FindingBound,
  IngestedFile,
  IngestWarning,
  InputLimits,
  Observation,
  ReadProgress,
  ScopeLevel,
  Status,
  Threshold,
  Trajectory,
  Verdict,
} from './core/types.js';
export type { WarningCode } from './core/warnings.js';
/** A warning's words in vi or en, from its code and data (warnings carry no prebuilt text). */
export { warningMessage } from './report/warning-messages.js';
/** `PARCHECK_LIMITS`-style `NAME=VALUE` specs as the `limits` of a request (`unpacked-mb=4096`). */
export { limitsFromSpecs } from './files/limits.js';

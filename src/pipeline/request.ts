/**
 * The typed requests of the library: what a command line or a Node script asks for. Every field is
 * plain data (JSON), so an evidence manifest records the request and `verify` runs it again; only the
 * progress callback is not recorded.
 */
import type { InputLimits, ReadProgress, ScopeLevel } from '../core/types.js';

/** Which files to read, and how. */
export interface InputRequest {
  /** Files, folders (every .xlsx/.xlsm/.csv/.tsv in it) or patterns (`exports/*.xlsx`), as typed; shown so in reports. */
  files: string[];
  /** Where relative paths are taken from; default: the working directory of the process. */
  cwd?: string;
  /** Sheet name or 1-based index. */
  sheet?: string;
  /** The report period of files that do not state one: `2025-10`, `2025-Q4`, `2025`. */
  period?: string;
  /** A YAML file mapping column headers to measures. */
  mapping?: string;
  /** Unit registries (YAML: names, aliases, levels). */
  registry?: string[];
  /** Size guards on reading; an omitted one keeps its default (src/files/limits.ts). */
  limits?: InputLimits;
  /** Called now and then on long reads, with the file being read as given. Not recorded. */
  onProgress?: (file: string, progress: ReadProgress) => void;
}

/** Which targets to check the figures against, and where. */
export interface TargetRequest extends InputRequest {
  /** Target files or folders; default: the bundled plans of the inputs' province. */
  targets?: string[];
  /** Only this plan document. */
  document?: string;
  /** The province, when the files do not name it (`quang-nam`). */
  province?: string;
  /** The as-of period; default: the latest period in the inputs. */
  asOf?: string;
  level?: ScopeLevel;
  /** Part of a unit's name, folded (`duy xuyen`). */
  unit?: string;
  /** Sum duplicate figures read from different files (parts of one report) instead of keeping the last. */
  combine?: boolean;
  /** Allowed difference between a declared rate and its recomputed value, in points; default 0.1. */
  tolerance?: number;
}

export interface CheckRequest extends TargetRequest {
  /** List the input cells the findings use (the Excel report's sources sheet); default true. */
  cells?: boolean;
  /** Each roll-up finding's value over time (the HTML report's charts); default false. */
  series?: boolean;
}

export interface InspectRequest extends InputRequest {}

export interface ExplainRequest extends TargetRequest {
  /** A threshold id, a target id or `document#target`. */
  target: string;
  /** Read dossier lists again to name the rows each figure counts; default true. */
  rows?: boolean;
}

export interface ReconcileRequest extends Omit<InputRequest, 'files'> {
  /** The two sources, as typed. */
  a: string;
  b: string;
  /** The last period of a dossier list. */
  asOf?: string;
  /** Allowed difference between the two sources; default 0. */
  tolerance?: number;
}

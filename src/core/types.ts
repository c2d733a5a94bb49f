/**
 * The data contracts between stages. Every stage speaks these types; nothing here does I/O.
 */

/** Administrative level of a unit: Sở/Ban/ngành, UBND huyện/thị xã/thành phố, UBND xã/phường/thị trấn. */
export type Level = 'province' | 'district' | 'commune';
export const LEVELS: readonly Level[] = ['province', 'district', 'commune'];
/** A scope level: `all` is the province as a whole (every level together). */
export type ScopeLevel = 'all' | Level;
export const SCOPE_LEVELS: readonly ScopeLevel[] = ['all', 'province', 'district', 'commune'];

/** `2025-10` (month), `2025-Q4` (quarter) or `2025` (year). */
export type Period = string;

/** Where a figure was read: a cell of a sheet, a line of a CSV, or a range of rows counted. */
export interface SourceRef {
  file: string;
  sheet?: string;
  /** A1 address, e.g. `E12`. */
  cell?: string;
  /** 1-based physical line of a CSV (the first line of the record). */
  line?: number;
  /** 1-based field of that CSV line (with `line`). */
  column?: number;
  /** For aggregates of a dossier list: the rows counted, e.g. `2-1048577` or a list `5,9,12`. */
  rows?: string;
  /** For aggregates: how many rows were counted. */
  count?: number;
  /** For a hand-typed figure (figures sheet): where it comes from, as the officer wrote it. */
  evidence?: string;
}

/** One figure for one unit, period and canonical measure (docs/DESIGN.md, Measures). */
export interface Observation {
  unit: string;
  level: Level | null;
  period: Period;
  measure: string;
  value: number;
  source: SourceRef;
}

export type InputShape = 'monthly_report' | 'dossier_list' | 'rate_table' | 'figures_sheet';

export type { IngestWarning } from './warnings.js';
import type { IngestWarning } from './warnings.js';

/** How a column was understood: shown by `inspect`. */
export interface ColumnMapping {
  column: string;
  header: string;
  measure: string | null;
  role?: 'unit' | 'level' | 'index' | 'date' | 'status' | 'flag' | 'code' | 'measure' | 'declared_rate' | 'ignored';
}

/** Everything ingest learned from one input file. */
export interface IngestedFile {
  path: string;
  sha256: string;
  shape: InputShape;
  sheet?: string;
  /** Province named in the title rows (e.g. "QUẢNG NAM"), normalized to a slug `quang-nam`. */
  province?: string;
  headerRows?: number[];
  /** A figures sheet's as-of period (the check it was written for). */
  asOf?: Period;
  columns: ColumnMapping[];
  periods: Period[];
  units: { name: string; level: Level | null; levelFrom: 'registry' | 'column' | 'group' | 'name' | 'unknown' }[];
  observations: Observation[];
  warnings: IngestWarning[];
  rowsRead?: number;
  /** What the file really is and how its text was decoded, when that is worth saying (`windows-1258`, `html`…). */
  encoding?: string;
  /** The as-of a dossier list states (its title's period end or export line), as written. */
  listAsOf?: string;
}

// ---------------------------------------------------------------------------------------------
// Targets, expanded: one checkable threshold per year and level (the JSON of `targets list`).

export type Comparator = '>=' | '>' | '<=' | '<' | 'between';
/** The comparators that hold one number. */
export type OneSidedComparator = Exclude<Comparator, 'between'>;
/** A threshold's figure with its comparator: a range (`between`) holds two numbers, lower first; the others one. */
export type Bound = { comparator: OneSidedComparator; value: number } | { comparator: 'between'; value: [number, number] };

/** The unit a target file gives a threshold in; `percent_change` for a change against a baseline. */
export type ThresholdUnit = 'percent' | 'rank' | 'count' | 'score' | 'points' | 'days' | 'hours' | 'percent_change';
export const THRESHOLD_UNITS = ['percent', 'rank', 'count', 'score', 'points', 'days', 'hours', 'percent_change'] as const satisfies readonly ThresholdUnit[];

/** What a threshold is measured against, where it is not an absolute level. */
export interface Baseline {
  kind: 'reduction' | 'growth';
  /** The baseline year (`so với năm 2021`), or `previous` for year-on-year growth. */
  year: number | 'previous';
  /** Optional baseline figure the document itself gives. */
  value?: number;
  /** A baseline period `year`..`through` ("so với giai đoạn 2021 - 2025"): its yearly average. */
  through?: number;
}

/** A figure's unit, and for a reduction or growth the baseline it is a percent change against
 * (`unit: percent_change`); reporters word the change from the baseline, never from the unit's name. */
export interface Measured {
  unit: ThresholdUnit;
  baseline?: Baseline;
}

export interface DocumentRef {
  id: string;
  number: string;
  date: string;
  title: string;
  issuer: string;
  province: string;
}

/** One checkable threshold: its comparator and figure (`Bound`) and everything else about it. */
export type Threshold = ThresholdFields & Bound;

export interface ThresholdFields extends Measured {
  /** `<target-id>` or `<target-id>@<year>/<level>` when expanded from a schedule or a per-level split. */
  id: string;
  target: string;
  document: DocumentRef;
  indicator: string;
  deadline: number;
  /** Exact deadline date when the document gives one (`2025-06-30`), else the year's end. */
  deadlineDate: string;
  level: ScopeLevel;
  /** Named units when a target applies to some units only. */
  units?: string[];
  /** `unit`: every unit of the level must meet the threshold ("100% các sở … đạt từ 80%"). */
  each?: 'unit';
  /** For targets that start from a known point (schedules): the year progress is measured from. */
  startYear?: number;
  section: string;
  quote: string;
  supersedes: string | null;
  superseded_by: string | null;
  /** The target file it came from (path as given) and that file's version. */
  file: string;
  fileVersion: string;
}

// ---------------------------------------------------------------------------------------------
// Findings.

/** `incomplete`: the deadline is reached but the target's period is not whole in the inputs (months or
 * the index year missing): no final verdict. */
export type Status = 'met' | 'missed' | 'incomplete' | 'on-track' | 'off-track' | 'no-data' | 'invalid';
export const STATUSES: readonly Status[] = ['met', 'missed', 'incomplete', 'on-track', 'off-track', 'no-data', 'invalid'];

export interface FindingScope {
  unit?: string;
  level: ScopeLevel;
}

/** The progress rule used for on-track/off-track, named in each finding. */
export interface Trajectory {
  rule: string;
  baselineValue: number | null;
  baselinePeriod: Period | null;
  /** Ratio of observed to required progress (Statistics Canada / Open SDG), or null. */
  ratio: number | null;
  /** Points a month needed from the as-of period to the deadline. */
  pointsPerMonthNeeded: number | null;
}

/** The threshold a finding was judged against, as `Bound` but named `threshold_value` beside the finding's own value. */
export type FindingBound = { comparator: OneSidedComparator; threshold_value: number } | { comparator: 'between'; threshold_value: [number, number] };

/**
 * What each status carries. A verdict (met, missed) and a progress (on-track, off-track) have a value
 * and its gap; progress names the rule it was judged by; incomplete may know a value so far and names
 * the months it lacks; no-data and invalid have no value at all, and invalid says what contradicts what.
 * `gap` is signed: negative means short of the target (percentage points, ranks or units). `needed`: how
 * many more numerator items would meet the target (null when not countable).
 */
export type Verdict =
  | { status: 'met' | 'missed'; value: number; gap: number; needed: number | null }
  | { status: 'on-track' | 'off-track'; value: number; gap: number; needed: number | null; trajectory: Trajectory }
  | { status: 'incomplete'; value: number | null; gap: number | null; needed: number | null; missingMonths: Period[] }
  | { status: 'no-data'; value: null; gap: null; needed: null }
  | { status: 'invalid'; value: null; gap: null; needed: null; problems: IngestWarning[] };

/** A threshold × a scope, judged: what it was judged against (`FindingBound`), how (`Verdict`), and the rest. */
export type Finding = FindingFields & FindingBound & Verdict;

export interface FindingFields extends Measured {
  target: string;
  threshold: string;
  document: { id: string; number: string };
  indicator: string;
  scope: FindingScope;
  period: Period;
  deadline: number;
  numerator: number | null;
  denominator: number | null;
  formula: string;
  sources: { numerator: SourceRef[]; denominator: SourceRef[] };
  clause: { section: string; quote: string };
  superseded: string | null;
  /** Notes on the verdict (measures missing, months lacking, units below, a repeated target); for `invalid`, what contradicts what. */
  problems?: IngestWarning[];
  /** The value as of each earlier period the inputs hold (charts); only when the caller asks. */
  series?: FindingSeries;
}

/** A finding's value over time: each point measured as the finding is, as of its `period`. */
export interface FindingSeries {
  /** Oldest first; the last point is the finding's own value. */
  points: { period: Period; covers: Period; value: number }[];
  /** The month the threshold must be reached in (`2025-12`). */
  deadline: Period;
}

/** An input cell behind at least one finding, with what was read from it (the XLSX sources sheet). */
export interface SourceCell {
  source: SourceRef;
  unit: string;
  level: Level | null;
  period: Period;
  measure: string;
  value: number;
}

export interface CheckResult {
  as_of: Period;
  province: string | null;
  inputs: { path: string; sha256: string }[];
  targets: { path: string; sha256: string; version: string }[];
  findings: Finding[];
  summary: Record<Status, number>;
  /** The plan documents of the findings, in the order the findings list them (report headings). */
  documents?: DocumentRef[];
  /** Arithmetic checks of the inputs: declared rates recomputed, total and group rows,
   * the form's identities. Absent when the caller did not audit; an empty list means all agreed. */
  audit?: AuditNote[];
  /** Every input cell the findings use, once, in the order read (absent: reporters fall back to the
   * findings' own source lists). */
  cells?: SourceCell[];
}

/** One arithmetic disagreement found in the inputs, with every cell involved. */
export type AuditNote = IngestWarning & {
  unit?: string;
  period?: Period;
  /** The measure or indicator concerned (`digitized_result_rate`, `received_total`…). */
  measure?: string;
  /** What the export states (a declared rate, a total row) and what its parts give. */
  declared?: number;
  recomputed?: number;
  /** declared − recomputed. */
  difference?: number;
};

// ---------------------------------------------------------------------------------------------
// Ingest options (shared by every input shape).

/** A unit of the registry (`targets/units/*.yaml`): canonical name, aliases, level, validity. */
export interface RegistryUnit {
  name: string;
  aliases: string[];
  level: Level;
  valid_from?: string;
  valid_to?: string;
  succeeded_by?: string;
}

export interface ReadProgress {
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

export interface IngestOptions {
  /** Sheet name or 1-based index (`--sheet`). */
  sheet?: string;
  /** Period forced by `--period` (`2025-10`, `2025-Q4`, `2025`). */
  period?: Period;
  /** Path of a YAML header mapping (`--mapping`). */
  mapping?: string;
  registry?: RegistryUnit[];
  /** Called now and then on long reads; the CLI draws a progress bar from it on a TTY. */
  onProgress?: (progress: ReadProgress) => void;
  /** Report period for dossier lists: months are aggregated; state measures are taken at month end. */
  asOf?: Period;
  /** Size guards: `--limit NAME=VALUE` / PARCHECK_LIMITS; defaults in src/files/limits.ts. */
  limits?: InputLimits;
}

/** Size guards on inputs; any omitted field keeps its default (src/files/limits.ts says why each). */
export interface InputLimits {
  /** Sum of the unpacked sizes of an XLSX's zip entries, in bytes. */
  unpackedBytes?: number;
  /** Unpacked / packed size of one zip entry (entries over 1 MB). */
  ratio?: number;
  /** Zip entries in an XLSX. */
  entries?: number;
  /** Cells a sheet's `<dimension>` may declare. */
  sheetCells?: number;
  /** Cells read into memory for a summary table (monthly report, rate or index table). */
  tableCells?: number;
  /** Bytes of a CSV read whole (every shape but the dossier list). */
  tableBytes?: number;
  /** Bytes of one physical CSV line. */
  lineBytes?: number;
  /** Entries of an XLSX's shared-string table. */
  sharedStrings?: number;
}

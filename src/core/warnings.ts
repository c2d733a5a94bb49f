/**
 * Warning codes and the data each carries. A warning is raised with its code, where it is and the
 * figures and names its message needs; the words are written at the edge, in the reader's language,
 * by the one message catalogue (src/report/warning-messages.ts), which must say every code here.
 */
import type { Location } from './errors.js';
import type { SourceRef } from './types.js';

/** Where a figure sits in its file, as a message names it: the cell, else the CSV line. */
export interface CellPlace {
  cell?: string;
  line?: number;
}

/** A value of a column that was not understood, with how many dossiers hold it (most frequent first). */
export interface CountedValue {
  value: string;
  count: number;
}

/** Dossiers counted under one kind of oddity, with the first row or line where one was seen. */
export interface CountedRows {
  count: number;
  line: number;
  /** The list is a sheet of a workbook (its lines are sheet rows). */
  sheetRows: boolean;
}

/** What each warning code carries. */
export interface WarningData {
  // reading a file
  FILE_CONTENT_NOT_EXTENSION: { ext: string; format: 'xlsx' | 'csv' | 'html' };
  HIDDEN_SHEET: { sheet: string | undefined };
  HIDDEN_ROW: { row: number };
  HIDDEN_COLUMN: { column: string; header: string };
  SECOND_TOTAL_ROW: { label: string; row: number };
  UNIT_FOOTNOTE: { name: string; unit: string };
  COLUMN_NEGATED: { column: string; header: string; negated: string[] };
  /** One column no lexicon word matches (with the closest word), or columns under an unknown group. */
  COLUMN_UNKNOWN: { under: 'lexicon'; column: string; header: string; closest?: { words: string; measure: string; mapping: string } } | { under: 'group'; range: string; groups: string[] };
  /** The groups of columns a monthly form lacks (their measures are in the warning's `measures`). */
  MISSING_GROUP: { groups: { key: string; name: string }[] };
  DUPLICATE_UNIT: { unit: string; first: string };
  UNIT_LEVEL_UNKNOWN: { unit: string };
  // arithmetic of the form (biểu II.06a identities, total and group rows)
  IDENTITY_RECEIVED: IdentityMismatch;
  IDENTITY_RECEIVED_NEW: IdentityMismatch;
  IDENTITY_BALANCE: IdentityMismatch;
  IDENTITY_RESOLVED: IdentityMismatch;
  IDENTITY_PENDING: IdentityMismatch;
  TOTAL_ROW_MISMATCH: RowSumMismatch;
  GROUP_ROW_MISMATCH: RowSumMismatch & { label: string };
  /** A count above the count it is part of: two cells of a row, or the sums of an indicator's ratio. */
  SUBCOUNT_EXCEEDS_TOTAL:
    | { of: 'cells'; unit: string; part: string; partValue: number; partAt: CellPlace; whole: string; wholeValue: number; wholeAt: CellPlace }
    | { of: 'ratio'; unit: string; numerator: string[]; numeratorSum: number; denominator: string[]; denominatorSum: number };
  /** `pendingAt` is a copy of the cell as read: paths rewritten later for display do not change the message. */
  CARRY_OVER_MISMATCH: { unit: string; period: string; carried: number; previous: string | null; pending: number; pendingAt: SourceRef };
  // dossier lists
  DOSSIER_PLACEHOLDER_DATE: CountedRows;
  DOSSIER_DATE_BEFORE_2000: CountedRows;
  DOSSIER_DATE_AFTER_EXPORT: CountedRows & { exportDay: string };
  DOSSIER_STATUS_PENDING_RETURNED: CountedRows;
  DOSSIER_STATUS_RETURNED_NO_DATE: CountedRows;
  DOSSIER_FLAG_UNKNOWN: { count: number; column: string; values: CountedValue[] };
  DOSSIER_COUNT_MISMATCH: { stated: number; read: number };
  DOSSIER_STATUS_UNKNOWN: { count: number; column: string; values: CountedValue[] };
  DOSSIER_CHANNEL_UNKNOWN: { count: number; column: string; values: CountedValue[] };
  DOSSIER_NO_DUE_DATE: { count: number };
  DOSSIER_RETURN_BEFORE_RECEIPT: { count: number };
  DOSSIER_CARRY_OVER_FIRST_MONTH: { month: string };
  DOSSIER_UNIT_BLANK: { count: number };
  // figures as stored
  NEGATIVE_VALUE: { unit: string; value: number };
  /** The same figure read twice: `merged` when equal (counted once), `summed` across files. */
  DUPLICATE_OBSERVATION:
    | { how: 'merged'; count: number; firstFile: string; secondFile: string; unit: string; period: string; measure: string }
    | { how: 'summed'; unit: string; period: string; measure: string };
  DECLARED_RATE_MISMATCH: {
    unit: string;
    period: string;
    numerator: string[];
    denominator: string[];
    numeratorSum: number;
    denominatorSum: number;
    declared: number;
    recomputed: number;
    difference: number;
    tolerance: number;
  };
  // thresholds and findings
  UNKNOWN_INDICATOR: { threshold: string; indicator: string };
  THRESHOLD_NOT_APPLICABLE: { document: string; threshold: string };
  REPEATED_TARGET: { repeats: { target: string; document: string; id: string }[] };
  /** Measures lacking (listed in the warning's `measures`): for one unit (`*`: the scope), or in every input. */
  MISSING_MEASURE: { lacking: 'unit'; unit: string } | { lacking: 'inputs' | 'pair'; formula: string };
  MISSING_BASELINE: { year: number | string | undefined };
  /** The target's period (`2025`), the months lacking as runs (`2025-07..2025-12`), and what the figures show. */
  INCOMPLETE_PERIOD: { period: string; missing: string; whole: boolean; soFar: number | null; latest?: string };
  PARTIAL_PERIOD_FINAL: { period: string; missing: string; whole: boolean };
  /** `each: unit`: how many units, how many fall short and how many lack figures (listed in `units`). */
  UNITS_BELOW: { total: number; failing: number; unknown: number };
  // reports
  XLSX_TEXT: { replaced: number; cut: number; limit: number; example: string };
}

export interface IdentityMismatch {
  unit: string;
  total: string;
  totalValue: number;
  totalAt: CellPlace;
  parts: string[];
  sum: number;
  partsAt: CellPlace[];
}

export interface RowSumMismatch {
  measure: string;
  total: number;
  totalAt: CellPlace;
  sum: number;
  /** The first and last unit cells summed (none when no unit has the measure). */
  span?: [CellPlace, CellPlace];
}

export type WarningCode = keyof WarningData;

interface WarningBase {
  location: Location;
  /** Further cells involved (for a total mismatch: the total cell and the unit cells). */
  cells?: SourceRef[];
  /** For `MISSING_MEASURE`: the measures lacking (shown by the table and Markdown no-data lists). */
  measures?: string[];
  /** For `INCOMPLETE_PERIOD`: the months of the target's period the inputs lack (`2025-07`…). */
  months?: string[];
  /** For `UNITS_BELOW` (`each: unit`): the units that fail, with their values. */
  units?: { unit: string; value: number | null; status: string }[];
}

/** A warning of one code. */
export type WarningOf<C extends WarningCode> = WarningBase & { code: C; data: WarningData[C] };

/** Any warning: a union on `code`, so the data of each is known where it is read. */
export type IngestWarning = { [C in WarningCode]: WarningOf<C> }[WarningCode];

/** A warning built from its code and data (`extra`: location and the lists renderers read). */
export function warning<C extends WarningCode>(code: C, data: WarningData[C], extra: WarningBase): IngestWarning {
  return { code, data, ...extra } as IngestWarning;
}

import type { Text } from './i18n.js';

/** Stable error codes. Tests assert these, never the wording. */
export const ERROR_CODES = [
  // usage
  'USAGE',
  // target files
  'TARGET_FILE_NOT_FOUND',
  'TARGET_YAML_SYNTAX',
  'TARGET_YAML_UNSAFE',
  'TARGET_SCHEMA',
  'TARGET_RULE',
  'TARGET_QUOTE_NOT_FOUND',
  'TARGET_NOT_FOUND',
  'TARGET_PROVINCE_UNKNOWN',
  'DRAFT_EMPTY',
  // input files
  'INPUT_NOT_FOUND',
  'INPUT_EMPTY',
  'INPUT_FORMAT',
  'INPUT_ENCODING',
  'INPUT_ENCRYPTED',
  'INPUT_TOO_LARGE',
  'INPUT_SHEET',
  'INPUT_HEADER',
  'INPUT_NUMBER',
  'INPUT_DATE',
  'INPUT_NEGATIVE',
  'INPUT_PERIOD',
  'INPUT_PERIOD_CONFLICT',
  'INPUT_PROVINCE_CONFLICT',
  'INPUT_DUPLICATE',
  'INPUT_INCONSISTENT',
  'INPUT_FIGURES',
  'MAPPING_SCHEMA',
  'REGISTRY_SCHEMA',
  // outputs and evidence
  'OUTPUT_PATH',
  'OUTPUT_WRITE',
  'EVIDENCE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where a problem is. Any subset may be known; the CLI prints what is there. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  column?: number;
  /** A path inside a structured file, e.g. `targets[3].value`. */
  path?: string;
}

export interface ErrorDetails {
  location?: Location;
  expected?: Text | string;
  found?: string;
  hint?: Text | string;
  cause?: unknown;
  /** Further problems found in the same pass (validation reports them all at once). */
  more?: ParcheckError[];
}

/**
 * The one error type of parcheck. It carries data; words for the user are chosen by the CLI
 * according to --lang (a message may be given in both languages as a Text).
 */
export class ParcheckError extends Error {
  readonly code: ErrorCode;
  readonly text: Text | string;
  readonly location: Location;
  readonly expected?: Text | string;
  readonly found?: string;
  readonly hint?: Text | string;
  readonly more: ParcheckError[];

  constructor(code: ErrorCode, message: Text | string, details: ErrorDetails = {}) {
    super(typeof message === 'string' ? message : message.en, { cause: details.cause });
    this.name = 'ParcheckError';
    this.code = code;
    this.text = message;
    this.location = details.location ?? {};
    this.expected = details.expected;
    this.found = details.found;
    this.hint = details.hint;
    this.more = details.more ?? [];
  }
}

export function isParcheckError(error: unknown): error is ParcheckError {
  return error instanceof ParcheckError;
}

/** "file.xlsx › Sheet1 › C7" or "file.csv:12:3": a location as users read it. */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.file) {
    let head = location.file;
    if (location.line !== undefined) head += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined) head += `:${location.column}`;
    parts.push(head);
  } else if (location.line !== undefined) {
    parts.push(`line ${location.line}${location.column !== undefined ? `:${location.column}` : ''}`);
  }
  if (location.sheet) parts.push(location.sheet);
  if (location.cell) parts.push(location.cell);
  if (location.path) parts.push(location.path);
  return parts.join(' › ');
}

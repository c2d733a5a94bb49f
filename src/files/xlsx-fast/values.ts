/**
 * A cell's value from its type attribute and texts (ECMA-376 Part 1 §18.18.11 ST_CellType): shared
 * string index, inline or formula string, boolean, error, ISO date, or number; a number whose style
 * is a date format becomes a Date (1900 or 1904 system), as exceljs gives it. Formulas give their
 * cached `<v>`. The texts come from the sheet XML read as latin1 (see workbook.ts).
 */
import { cellString } from './xml.js';

export type RawValue = string | number | boolean | Date;

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system counts 1,462 days fewer. */
const EPOCH_1900 = 25_569;
const SHIFT_1904 = 1_462;

export class CellTypes {
  constructor(
    readonly shared: string[],
    private readonly dates: Uint8Array,
    readonly date1904: boolean,
    /** Dates as 1900-system serial numbers instead of Date objects (the dossier list parses serials). */
    readonly serialDates: boolean,
  ) {}

  /** 1 when style `s` shows dates; a style the workbook does not define keeps `fallback`. */
  dateStyle(s: number, fallback = 0): number {
    const d = this.dates[s];
    return d === undefined ? fallback : d;
  }

  fromSerial(n: number): number | Date {
    const serial = this.date1904 ? n + SHIFT_1904 : n;
    return this.serialDates ? serial : new Date(Math.round((serial - EPOCH_1900) * DAY_MS));
  }
}

/**
 * A value no writer produces: a shared-string index past the table, a number that is not an
 * xsd:double (`1,234`, which parseFloat would read as 1), a boolean other than 0/1. Excel itself
 * refuses such a file; reading it as a blank or a truncated number would be a silent wrong figure.
 */
export class BadCellValue {
  constructor(
    readonly kind: 'shared' | 'number' | 'boolean',
    readonly raw: string,
  ) {}
}

/** ECMA-376 numbers are xsd:double (XML Schema Part 2 §3.2.5): digits, one point, an exponent; no grouping. */
const XSD_DOUBLE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** `<v>` of a number cell → its finite value, or BadCellValue. */
export function numberOf(v: string): number | BadCellValue {
  const n = XSD_DOUBLE.test(v) ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : new BadCellValue('number', v);
}

/** `<v>` of a shared-string cell → the string, or BadCellValue when it is no index into the table. */
export function sharedOf(v: string, shared: readonly string[]): string | BadCellValue {
  const value = /^\s*\d{1,10}\s*$/.test(v) ? shared[Number(v)] : undefined;
  return value ?? new BadCellValue('shared', v);
}

export function cellValue(t: string | undefined, v: string | undefined, inline: string | undefined, isDate: boolean, types: CellTypes): RawValue | BadCellValue | undefined {
  switch (t) {
    case 's':
      return v === undefined ? undefined : sharedOf(v, types.shared);
    case 'inlineStr':
    case 'str': {
      const raw = inline ?? v;
      return raw === undefined ? undefined : cellString(raw, true);
    }
    case 'b': {
      if (v === undefined || v === '') return undefined;
      const b = v.trim();
      return b === '1' || b === 'true' ? true : b === '0' || b === 'false' ? false : new BadCellValue('boolean', v);
    }
    case 'e':
      return v === undefined ? undefined : cellString(v, true);
    case 'd':
      return v ? isoDate(v, types) : undefined;
    default: {
      if (v === undefined || v === '') return inline === undefined ? undefined : cellString(inline, true);
      const n = numberOf(v);
      return isDate && typeof n === 'number' ? types.fromSerial(n) : n;
    }
  }
}

/** `t="d"`: an ISO 8601 date-time written as text (strict Open XML); without a zone it is wall time. */
function isoDate(v: string, types: CellTypes): RawValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
  if (Number.isNaN(ms)) return v;
  return types.serialDates ? ms / DAY_MS + EPOCH_1900 : new Date(ms);
}

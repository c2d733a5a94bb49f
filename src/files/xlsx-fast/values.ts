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

export function cellValue(t: string | undefined, v: string | undefined, inline: string | undefined, isDate: boolean, types: CellTypes): RawValue | undefined {
  switch (t) {
    case 's':
      return v === undefined ? undefined : types.shared[Number.parseInt(v, 10)];
    case 'inlineStr':
    case 'str': {
      const raw = inline ?? v;
      return raw === undefined ? undefined : cellString(raw, true);
    }
    case 'b':
      return v === undefined || v === '' ? undefined : Number.parseInt(v, 10) !== 0;
    case 'e':
      return v === undefined ? undefined : cellString(v, true);
    case 'd':
      return v ? isoDate(v, types) : undefined;
    default: {
      if (v === undefined || v === '') return inline === undefined ? undefined : cellString(inline, true);
      const n = Number.parseFloat(v);
      return isDate ? types.fromSerial(n) : n;
    }
  }
}

/** `t="d"`: an ISO 8601 date-time written as text (strict Open XML); without a zone it is wall time. */
function isoDate(v: string, types: CellTypes): RawValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
  if (Number.isNaN(ms)) return v;
  return types.serialDates ? ms / DAY_MS + EPOCH_1900 : new Date(ms);
}

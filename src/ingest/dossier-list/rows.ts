/**
 * From the byte ranges of one record to one `Tally.add`: field values are interned by their bytes
 * (ByteDict) and classified once per distinct value; dates are parsed from bytes. The same handler
 * serves the main thread, the worker threads and (through `handleTextRow`) the XLSX path.
 */
import { ByteDict, fieldText } from '../../files/byte-dict.js';
import type { ColumnIndex, DossierField } from './columns.js';
import { BLANK, INVALID, lastSeconds, parseDateBytes, PLACEHOLDER } from './list-dates.js';
import { countLineValue } from './list-title.js';
import { emptyRow, MAX_DAYS_FROM_RECEIPT, OUTCOME_BY_DATES, OUTCOME_REJECTED, OUTCOME_WITHDRAWN, type Tally } from './tally.js';
import {
  CHANNEL_UNKNOWN,
  classifyChannel,
  classifyFlag,
  classifyFullOnline,
  classifyStatus,
  feeIsPayable,
  FLAG_UNKNOWN,
  FLAG_YES,
  paymentIsPayable,
  STATUS_DONE,
  STATUS_PENDING,
  STATUS_REJECTED,
  STATUS_UNKNOWN,
  STATUS_WITHDRAWN,
} from './list-values.js';

/** The fields read from each row; `code` (the dossier id) only for a tally that keeps ids (trace.ts). */
export const SLOT_FIELDS: DossierField[] = [
  'unit',
  'level',
  'channel',
  'received',
  'due',
  'returned',
  'status',
  'digitized',
  'paid_online',
  'fee',
  'e_circulated',
  'code',
  'service_level',
  'dossier_digitized',
];
/** A field's slot in a row's values: its place in SLOT_FIELDS. */
const slot = (field: DossierField): number => SLOT_FIELDS.indexOf(field);
const [U, LV, CH, RC, DU, RT, ST, DG, PD, FE, EC, CD, SL, DD] = [
  slot('unit'),
  slot('level'),
  slot('channel'),
  slot('received'),
  slot('due'),
  slot('returned'),
  slot('status'),
  slot('digitized'),
  slot('paid_online'),
  slot('fee'),
  slot('e_circulated'),
  slot('code'),
  slot('service_level'),
  slot('dossier_digitized'),
] as const;

/** One more slot past the fields: the record's first column, where a trailing count line says its number. */
export const FIRST_SLOT = SLOT_FIELDS.length;
export const SLOTS = SLOT_FIELDS.length + 1;

/** Whether a slot is read for this tally: the code column only when the tally keeps dossier ids. */
export function slotRead(field: DossierField, tally: Tally): boolean {
  return field !== 'code' || tally.keepsCodes;
}

/** Column index → slot (−1 when not read); absent fields get a slot past the record's columns. */
export function wantedColumns(columns: ColumnIndex, width: number, tally: Tally): Int32Array {
  const wanted = new Int32Array(width).fill(-1);
  SLOT_FIELDS.forEach((field, slot) => {
    const col = columns[field];
    if (col !== undefined && col < width && slotRead(field, tally)) wanted[col] = slot;
  });
  if (width > 0 && wanted[0] === -1) wanted[0] = FIRST_SLOT;
  return wanted;
}

/**
 * A bad value: thrown out of the scan, turned into INPUT_DATE by the caller (line is scan-local).
 * `absurd`: a date that parses but lies further than MAX_DAYS_FROM_RECEIPT from its receipt date.
 */
export class RowFailure {
  constructor(
    readonly line: number,
    readonly field: DossierField,
    readonly raw: string,
    readonly absurd = false,
  ) {}
}

/** How many rows fell in a class, and the first of them (scan-local line; 0 when none). */
export interface Tallied {
  n: number;
  line: number;
}

export interface RowCounts {
  rows: number;
  blankRows: number;
  blankUnit: number;
  unknownChannel: Record<string, number>;
  unknownStatus: Record<string, number>;
  /** Yes/no cells with another word, keyed by `field\0value` (read as no). */
  unknownFlag: Record<string, number>;
  /** Date cells holding 01/01/1900, the "no date" placeholder: read as blank. */
  placeholder: Tallied;
  /** Dates before 2000 (plausible only as a typo or placeholder). */
  before2000: Tallied;
  /** Receipt or return dates after the as-of moment the list states. */
  afterAsOf: Tallied;
  /** Status says waiting for supplements (pending) while a return date is filled: read as pending. */
  pendingWithReturn: Tallied;
  /** Status says done while no return date is filled: pending by the dates. */
  doneWithoutReturn: Tallied;
  /** The trailing count line ("Tổng số: N hồ sơ"), never a dossier: its number and (scan-local) line. */
  countLine?: { n: number; line: number };
}

/** Day number of 01/01/2000. */
const DAY_2000 = 36524;

const MAX_DISTINCT = 4096;

/** A column of few distinct values: bytes → class, classified on first sight. */
function classifier(classify: (text: string) => number): (buf: Uint8Array, s: number, e: number) => number {
  const dict = new ByteDict(MAX_DISTINCT);
  let classes = new Int32Array(64);
  return (buf, s, e) => {
    const id = dict.id(buf, s, e);
    if (id < 0) return classify(fieldText(buf, s, e));
    if (id >= classes.length) {
      const bigger = new Int32Array(classes.length * 2);
      bigger.set(classes);
      classes = bigger;
    }
    let c = classes[id]!;
    if (c === 0) classes[id] = c = classify(fieldText(buf, s, e)) + 1;
    return c - 1;
  };
}

const MAX_LISTED = 50;

/** Counts by value, at most MAX_LISTED values named (the rest under "…"): bounded whatever the input. */
function bump(map: Record<string, number>, key: string): void {
  if (map[key] === undefined && Object.keys(map).length >= MAX_LISTED) key = '…';
  map[key] = (map[key] ?? 0) + 1;
}

function note(t: Tallied, line: number): void {
  if (t.n++ === 0) t.line = line;
}

/** `asOfDay`: the last day a date may plausibly fall on (the list's export moment), if it states one. */
export function makeRowHandler(columns: ColumnIndex, tally: Tally, counts: RowCounts, asOfDay = Number.MAX_SAFE_INTEGER) {
  const has = (f: DossierField) => columns[f] !== undefined;
  const hasLevel = has('level');
  const hasChannel = has('channel');
  const hasStatus = has('status');
  const hasDigitized = has('digitized');
  const hasPaid = has('paid_online');
  const hasFee = has('fee');
  const hasEc = has('e_circulated');
  const hasLevelOfService = has('service_level');
  const hasDossierDigitized = has('dossier_digitized');
  const keepCode = tally.keepsCodes && has('code');
  const units = new ByteDict(1 << 20);
  let unitIds = new Int32Array(1024).fill(-2);
  const levelKnown: boolean[] = [];
  const channel = classifier(classifyChannel);
  const status = classifier(classifyStatus);
  const row = emptyRow();
  const flag = classifier(classifyFlag);
  const fullOnline = classifier(classifyFullOnline);
  const fee = classifier((t) => (feeIsPayable(t) ? 1 : 0));
  const payment = classifier((t) => {
    const f = classifyFlag(t);
    return (paymentIsPayable(t) ? 1 : 0) + (f === FLAG_YES ? 2 : 0) + (f === FLAG_UNKNOWN && paymentIsPayable(t) ? 4 : 0);
  });
  /** A yes/no cell: an unknown word counts as no and is reported with its column. */
  const yesNo = (buf: Uint8Array, s: Int32Array, e: Int32Array, slot: number, field: DossierField): number => {
    const f = flag(buf, s[slot]!, e[slot]!);
    if (f === FLAG_YES) return 1;
    if (f === FLAG_UNKNOWN) bump(counts.unknownFlag, `${field}\u0000${fieldText(buf, s[slot]!, e[slot]!)}`);
    return 0;
  };

  let firstSlot = FIRST_SLOT;
  SLOT_FIELDS.forEach((f, slot) => {
    if (columns[f] === 0 && slotRead(f, tally)) firstSlot = slot;
  });
  /** A row that cannot be a dossier may be the count line: noted, and the row skipped. */
  let countLineSeen = false;
  const isCountLine = (buf: Uint8Array, s: Int32Array, e: Int32Array, line: number): boolean => {
    for (const slot of [firstSlot, U]) {
      const n = countLineValue(fieldText(buf, s[slot]!, e[slot]!));
      if (n !== null) {
        counts.countLine = { n, line };
        countLineSeen = true;
        return true;
      }
    }
    return false;
  };
  const date = (buf: Uint8Array, s: Int32Array, e: Int32Array, slot: number, field: DossierField, line: number): number => {
    const day = parseDateBytes(buf, s[slot]!, e[slot]!);
    if (day < DAY_2000) {
      if (day === INVALID) {
        if (isCountLine(buf, s, e, line)) return BLANK;
        throw new RowFailure(line, field, fieldText(buf, s[slot]!, e[slot]!));
      }
      if (day === PLACEHOLDER) {
        note(counts.placeholder, line);
        return BLANK;
      }
      if (day !== BLANK) note(counts.before2000, line);
    }
    return day;
  };
  const absurd = (buf: Uint8Array, s: Int32Array, e: Int32Array, slot: number, field: DossierField, line: number): never => {
    throw new RowFailure(line, field, fieldText(buf, s[slot]!, e[slot]!), true);
  };

  return (buf: Uint8Array, s: Int32Array, e: Int32Array, line: number): void => {
    const recv = date(buf, s, e, RC, 'received', line);
    if (countLineSeen) {
      countLineSeen = false;
      return;
    }
    if (recv === BLANK && isCountLine(buf, s, e, line)) {
      countLineSeen = false;
      return;
    }
    const d = units.id(buf, s[U]!, e[U]!);
    let uid: number;
    if (d < 0) uid = unitFor(fieldText(buf, s[U]!, e[U]!));
    else {
      if (d >= unitIds.length) {
        const bigger = new Int32Array(unitIds.length * 2).fill(-2);
        bigger.set(unitIds);
        unitIds = bigger;
      }
      uid = unitIds[d]!;
      if (uid === -2) uid = unitIds[d] = unitFor(fieldText(buf, s[U]!, e[U]!));
    }
    if (uid < 0 || recv === BLANK) {
      if (uid >= 0) throw new RowFailure(line, 'received', '');
      if (recv === BLANK) counts.blankRows++;
      else counts.blankUnit++;
      return;
    }
    if (recv > asOfDay) note(counts.afterAsOf, line);
    const due = date(buf, s, e, DU, 'due', line);
    const dueSeconds = lastSeconds;
    let ret = date(buf, s, e, RT, 'returned', line);
    const retSeconds = lastSeconds;
    if (countLineSeen) {
      countLineSeen = false;
      return;
    }
    if (due >= 0 && (due - recv > MAX_DAYS_FROM_RECEIPT || recv - due > MAX_DAYS_FROM_RECEIPT)) absurd(buf, s, e, DU, 'due', line);
    if (ret >= 0 && (ret - recv > MAX_DAYS_FROM_RECEIPT || recv - ret > MAX_DAYS_FROM_RECEIPT)) absurd(buf, s, e, RT, 'returned', line);
    if (ret > asOfDay) note(counts.afterAsOf, line);
    if (hasLevel && !levelKnown[uid]) {
      const label = fieldText(buf, s[LV]!, e[LV]!);
      if (label !== '') {
        tally.levelLabels[uid] = label;
        levelKnown[uid] = true;
      }
    }
    let ch = CHANNEL_UNKNOWN;
    if (hasChannel) {
      ch = channel(buf, s[CH]!, e[CH]!);
      if (ch === CHANNEL_UNKNOWN) bump(counts.unknownChannel, fieldText(buf, s[CH]!, e[CH]!));
    }
    let outcome = OUTCOME_BY_DATES;
    if (hasStatus) {
      const st = status(buf, s[ST]!, e[ST]!);
      if (st === STATUS_REJECTED) outcome = OUTCOME_REJECTED;
      else if (st === STATUS_WITHDRAWN) outcome = OUTCOME_WITHDRAWN;
      else if (st === STATUS_PENDING && ret >= 0) {
        note(counts.pendingWithReturn, line);
        ret = -1;
      } else if (st === STATUS_DONE && ret < 0) note(counts.doneWithoutReturn, line);
      else if (st === STATUS_UNKNOWN) bump(counts.unknownStatus, fieldText(buf, s[ST]!, e[ST]!));
    }
    const dig = hasDigitized ? yesNo(buf, s, e, DG, 'digitized') : 0;
    const pay = hasPaid ? payment(buf, s[PD]!, e[PD]!) : 0;
    if (pay & 4) bump(counts.unknownFlag, `paid_online\u0000${fieldText(buf, s[PD]!, e[PD]!)}`);
    const payable = hasFee ? fee(buf, s[FE]!, e[FE]!) : pay & 1;
    const paid = payable && pay & 2 ? 1 : 0;
    const ec = hasEc ? yesNo(buf, s, e, EC, 'e_circulated') : 0;
    counts.rows++;
    if (keepCode) tally.code = fieldText(buf, s[CD]!, e[CD]!);
    row.unit = uid;
    row.recv = recv;
    row.due = due;
    row.dueSeconds = dueSeconds;
    row.ret = ret;
    row.retSeconds = retSeconds;
    row.channel = ch;
    row.digitized = dig;
    row.payable = payable;
    row.paid = paid;
    row.eCirc = ec;
    row.fullOnline = hasLevelOfService ? fullOnline(buf, s[SL]!, e[SL]!) : 0;
    row.dossierDigitized = hasDossierDigitized ? yesNo(buf, s, e, DD, 'dossier_digitized') : 0;
    row.outcome = outcome;
    row.line = line;
    tally.add(row);
  };

  function unitFor(name: string): number {
    return name === '' ? -1 : tally.unitId(name);
  }
}

const none = (): Tallied => ({ n: 0, line: 0 });
const TALLIED = ['placeholder', 'before2000', 'afterAsOf', 'pendingWithReturn', 'doneWithoutReturn'] as const;

export function emptyCounts(): RowCounts {
  return {
    rows: 0,
    blankRows: 0,
    blankUnit: 0,
    unknownChannel: {},
    unknownStatus: {},
    unknownFlag: {},
    placeholder: none(),
    before2000: none(),
    afterAsOf: none(),
    pendingWithReturn: none(),
    doneWithoutReturn: none(),
  };
}

/** `lineOffset`: what turns `from`'s scan-local lines into `into`'s. */
export function mergeCounts(into: RowCounts, from: RowCounts, lineOffset = 0): void {
  into.rows += from.rows;
  into.blankRows += from.blankRows;
  into.blankUnit += from.blankUnit;
  for (const [k, v] of Object.entries(from.unknownChannel)) into.unknownChannel[k] = (into.unknownChannel[k] ?? 0) + v;
  for (const [k, v] of Object.entries(from.unknownStatus)) into.unknownStatus[k] = (into.unknownStatus[k] ?? 0) + v;
  for (const [k, v] of Object.entries(from.unknownFlag)) into.unknownFlag[k] = (into.unknownFlag[k] ?? 0) + v;
  if (from.countLine) into.countLine = { n: from.countLine.n, line: from.countLine.line + lineOffset };
  for (const k of TALLIED) {
    if (from[k].n > 0 && into[k].n === 0) into[k].line = from[k].line + lineOffset;
    into[k].n += from[k].n;
  }
}

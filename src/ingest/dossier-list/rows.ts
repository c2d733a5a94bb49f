/**
 * From the byte ranges of one record to one `Tally.add`: field values are interned by their bytes
 * (ByteDict) and classified once per distinct value; dates are parsed from bytes. The same handler
 * serves the main thread, the worker threads and (through `handleTextRow`) the XLSX path.
 */
import { ByteDict, fieldText } from '../../files/byte-dict.js';
import type { ColumnIndex, DossierField } from './columns.js';
import { BLANK, INVALID, parseDateBytes } from './dates.js';
import type { Tally } from './tally.js';
import { CHANNEL_UNKNOWN, classifyChannel, feeIsPayable, isKnownStatus, isYes, paymentIsPayable } from './values.js';

/** The fields read from each row; `code` (the dossier id) only for a tally that keeps ids (trace.ts). */
export const SLOT_FIELDS: DossierField[] = ['unit', 'level', 'channel', 'received', 'due', 'returned', 'status', 'digitized', 'paid_online', 'fee', 'e_circulated', 'code'];
const [U, LV, CH, RC, DU, RT, ST, DG, PD, FE, EC, CD] = SLOT_FIELDS.map((_, i) => i) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number];

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
  return wanted;
}

/** A bad value: thrown out of the scan, turned into INPUT_DATE by the caller (line is scan-local). */
export class RowFailure {
  constructor(
    readonly line: number,
    readonly field: DossierField,
    readonly raw: string,
  ) {}
}

export interface RowCounts {
  rows: number;
  blankRows: number;
  blankUnit: number;
  unknownChannel: Record<string, number>;
  unknownStatus: Record<string, number>;
}

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

export function makeRowHandler(columns: ColumnIndex, tally: Tally, counts: RowCounts) {
  const has = (f: DossierField) => columns[f] !== undefined;
  const hasLevel = has('level');
  const hasChannel = has('channel');
  const hasStatus = has('status');
  const hasDigitized = has('digitized');
  const hasPaid = has('paid_online');
  const hasFee = has('fee');
  const hasEc = has('e_circulated');
  const keepCode = tally.keepsCodes && has('code');
  const units = new ByteDict(1 << 20);
  let unitIds = new Int32Array(1024).fill(-2);
  const levelKnown: boolean[] = [];
  const channel = classifier(classifyChannel);
  const status = classifier((t) => (isKnownStatus(t) ? 1 : 0));
  const yes = classifier((t) => (isYes(t) ? 1 : 0));
  const fee = classifier((t) => (feeIsPayable(t) ? 1 : 0));
  const payment = classifier((t) => (paymentIsPayable(t) ? 1 : 0) + (isYes(t) ? 2 : 0));

  const date = (buf: Uint8Array, s: Int32Array, e: Int32Array, slot: number, field: DossierField, line: number): number => {
    const day = parseDateBytes(buf, s[slot]!, e[slot]!);
    if (day === INVALID) throw new RowFailure(line, field, fieldText(buf, s[slot]!, e[slot]!));
    return day;
  };

  return (buf: Uint8Array, s: Int32Array, e: Int32Array, line: number): void => {
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
    const recv = date(buf, s, e, RC, 'received', line);
    if (uid < 0 || recv === BLANK) {
      if (uid >= 0) throw new RowFailure(line, 'received', '');
      if (recv === BLANK) counts.blankRows++;
      else counts.blankUnit++;
      return;
    }
    const due = date(buf, s, e, DU, 'due', line);
    const ret = date(buf, s, e, RT, 'returned', line);
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
    if (hasStatus && status(buf, s[ST]!, e[ST]!) === 0) bump(counts.unknownStatus, fieldText(buf, s[ST]!, e[ST]!));
    const dig = hasDigitized ? yes(buf, s[DG]!, e[DG]!) : 0;
    const pay = hasPaid ? payment(buf, s[PD]!, e[PD]!) : 0;
    const payable = hasFee ? fee(buf, s[FE]!, e[FE]!) : pay & 1;
    const paid = payable && pay & 2 ? 1 : 0;
    const ec = hasEc ? yes(buf, s[EC]!, e[EC]!) : 0;
    counts.rows++;
    if (keepCode) tally.code = fieldText(buf, s[CD]!, e[CD]!);
    tally.add(uid, recv, due, ret, ch, dig, payable, paid, ec, line);
  };

  function unitFor(name: string): number {
    return name === '' ? -1 : tally.unitId(name);
  }
}

export function emptyCounts(): RowCounts {
  return { rows: 0, blankRows: 0, blankUnit: 0, unknownChannel: {}, unknownStatus: {} };
}

export function mergeCounts(into: RowCounts, from: RowCounts): void {
  into.rows += from.rows;
  into.blankRows += from.blankRows;
  into.blankUnit += from.blankUnit;
  for (const [k, v] of Object.entries(from.unknownChannel)) into.unknownChannel[k] = (into.unknownChannel[k] ?? 0) + v;
  for (const [k, v] of Object.entries(from.unknownStatus)) into.unknownStatus[k] = (into.unknownStatus[k] ?? 0) + v;
}

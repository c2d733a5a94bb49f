/**
 * Reproducible zips: JSZip (used by exceljs) stamps every entry with the current time. We rewrite the
 * MS-DOS date/time of each local header and central-directory record to one fixed instant (PKWARE
 * APPNOTE.TXT 4.3.7 and 4.3.12: offsets 10/12 in a local header, 12/14 in a central record). CRCs
 * and sizes cover the data only, so they are unaffected.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS time and date words for a UTC date (2-second resolution, years from 1980). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Sets every entry's modification time to `when`, in place; returns the same bytes. */
export function stampZipTimes(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEocd(view);
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const { time, date } = dosDateTime(when);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`zip: central record ${i} not found at ${at}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`zip: local header of entry ${i} not found at ${local}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error('zip: end of central directory not found');
}

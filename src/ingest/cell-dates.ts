/**
 * Dates as agencies export them: `dd/mm/yyyy`, `d/m/yyyy` (with or without a time), ISO, and Excel
 * serial numbers in the 1900 date system, which counts a 29 February 1900 that never was (Lotus 1-2-3
 * compatibility), so serials from 61 on are one day ahead of a plain day count from 1899-12-31.
 */
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDate(raw: string | number | Date | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    // exceljs builds dates in UTC from the serial; a time part rounding up near midnight stays the same day
    return iso(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') return fromSerial(raw);
  const s = raw.trim();
  if (s === '') return null;
  let m = DMY.exec(s);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  return null;
}

/** Excel 1900-system serial → day. Serial 60 is the phantom 1900-02-29: no such day. */
export function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const offset = day < 60 ? day : day - 1;
  const ms = Date.UTC(1899, 11, 31) + offset * 86_400_000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function checked(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : iso(y, m, d);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

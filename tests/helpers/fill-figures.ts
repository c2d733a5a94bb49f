/**
 * Fills a figures template (CSV form) the way an officer would: a plausible value on every row, by the
 * measure's kind, with every numerator below its denominators so no rate passes 100%. Written
 * independently of the reader: its own CSV splitting, its own view of which measures pair up.
 */
import { INDICATORS } from '../../src/measures/indicators.js';
import { measureInfo } from '../../src/measures/measure-info.js';

export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Counts for every measure such that each ratio's numerators sum to at most 90% of its denominators. */
export function plausibleCounts(): Map<string, number> {
  const v = new Map<string, number>();
  const get = (m: string) => v.get(m) ?? 1000;
  for (let pass = 0; pass < 60; pass++) {
    for (const d of INDICATORS) {
      if (d.kind !== 'ratio') continue;
      const num = d.numerator.reduce((a, m) => a + get(m), 0);
      const den = d.denominator.reduce((a, m) => a + get(m), 0);
      if (num > 0.9 * den) for (const m of d.numerator) v.set(m, get(m) * ((0.9 * den) / num));
    }
  }
  return new Map([...new Set(INDICATORS.flatMap((d) => (d.kind === 'ratio' ? [...d.numerator, ...d.denominator] : [d.measure])))].map((m) => [m, Math.max(1, Math.floor(get(m)))]));
}

export function plausibleValue(measure: string, rowMeasures: Set<string>, counts = plausibleCounts()): number {
  const kind = measureInfo(measure)?.kind ?? 'count';
  if (kind === 'rank') return 12;
  if (kind === 'score') return 86.75;
  if (kind === 'percent') return 91.5;
  if (kind === 'flag') return 1;
  if (kind === 'amount') return 1250.5;
  // A numerator whose denominators come from the exports, not the sheet: the sheet cannot see them
  // (a unit may have received 2 dossiers, or none), so 0 keeps the rate a rate whatever they hold.
  const pairedWithExport = INDICATORS.some((d) => d.kind === 'ratio' && (d.numerator as readonly string[]).includes(measure) && d.denominator.every((m) => !rowMeasures.has(m)));
  return pairedWithExport ? 0 : (counts.get(measure) ?? 10);
}

/** The CSV with every `value` filled and `source` set; `skip(row)` leaves a row blank, `override(row)` gives its value. */
export function fillCsv(text: string, skip: (row: Record<string, string>) => boolean = () => false, override?: (row: Record<string, string>) => string | undefined): string {
  const [header, ...body] = splitCsv(text).filter((r) => r.length > 1);
  const at = (name: string) => header!.indexOf(name);
  // which measures the sheet asks for each scope and period: a numerator is paired with the sheet's
  // own denominators only within one unit (or level) and period
  const scopeOf = (r: string[]) => [r[at('unit_name')], r[at('level')], r[at('period')]].join('|');
  const byScope = new Map<string, Set<string>>();
  for (const r of body) byScope.set(scopeOf(r), (byScope.get(scopeOf(r)) ?? new Set()).add(r[at('measure')]!));
  const counts = plausibleCounts();
  const out = [header!.map(quote).join(',')];
  for (const r of body) {
    const record = Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']));
    const cells = [...r];
    if (!skip(record)) {
      cells[at('value')] = override?.(record) ?? String(plausibleValue(record.measure!, byScope.get(scopeOf(r))!, counts)).replace('.', ',');
      cells[at('source')] = `Báo cáo số ${100 + out.length}/BC-UBND`;
    }
    out.push(cells.map(quote).join(','));
  }
  return `\ufeff${out.join('\r\n')}\r\n`;
}

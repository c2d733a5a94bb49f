/**
 * An independent tally of dossier lists for tests, written straight from the definitions (README
 * "Dossier lists", docs/DESIGN.md "Dossier lists") with plain loops over months and dossiers; it shares no code with
 * src/ingest/dossier-list. Rows come already understood (dates as UTC day numbers with seconds), so a
 * test writes a list from the same rows in whatever wording, order or container it exercises.
 */
export interface RefMoment {
  /** Days since 1970-01-01. */
  day: number;
  /** Time of day in seconds, or null for a date alone (or midnight). */
  sec: number | null;
}

export type RefOutcome = 'by_dates' | 'pending' | 'rejected' | 'withdrawn';

export interface RefRow {
  unit: string;
  recv: RefMoment;
  due: RefMoment | null;
  ret: RefMoment | null;
  channel: 'online' | 'offline' | 'unknown';
  outcome: RefOutcome;
  digitized: boolean;
  payable: boolean;
  paid: boolean;
  eCirc: boolean;
}

export const refDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;
const monthOf = (day: number) => {
  const t = new Date(day * 86400000);
  return t.getUTCFullYear() * 12 + t.getUTCMonth();
};
const lastDayOf = (m: number) => Date.UTC(Math.floor(m / 12), (m % 12) + 1, 0) / 86400000;
export const refMonthLabel = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

export interface RefOptions {
  /** The as-of moment a list states (its month's stock is taken there). */
  asOf?: RefMoment;
  /** Measures to leave out (their column is absent). */
  without?: string[];
}

/** unit|yyyy-mm|measure → value, non-zero cells only. */
export function referenceTally(rows: RefRow[], options: RefOptions = {}): Record<string, number> {
  const out: Record<string, number> = {};
  if (rows.length === 0) return out;
  const first = Math.min(...rows.map((r) => monthOf(r.recv.day)));
  const asOfMonth = options.asOf ? monthOf(options.asOf.day) : undefined;
  const last = asOfMonth ?? Math.max(...rows.flatMap((r) => [monthOf(r.recv.day), ...(r.ret && r.outcome !== 'pending' ? [monthOf(r.ret.day)] : [])]));
  const skip = new Set(options.without ?? []);
  const add = (u: string, m: number, k: string, yes: boolean) => {
    if (!yes || skip.has(k)) return;
    const key = `${u}|${refMonthLabel(m)}|${k}`;
    out[key] = (out[key] ?? 0) + 1;
  };
  for (const r of rows) {
    const ret = r.outcome === 'pending' ? null : r.ret;
    const counted = r.outcome === 'by_dates' || r.outcome === 'pending';
    const pendingAtEnd = (m: number) => counted && r.recv.day <= lastDayOf(m) && (ret === null || ret.day > lastDayOf(m));
    const overdueAtEnd = (m: number) => {
      if (!pendingAtEnd(m) || r.due === null) return false;
      if (options.asOf && m === asOfMonth) {
        const t = options.asOf;
        const tsec = t.sec ?? 86399;
        return r.due.day < t.day || (r.due.day === t.day && r.due.sec !== null && r.due.sec < tsec);
      }
      return r.due.day < lastDayOf(m);
    };
    for (let m = first; m <= last; m++) {
      const inM = (x: RefMoment | null) => x !== null && monthOf(x.day) === m;
      const carried = m > first && pendingAtEnd(m - 1);
      add(r.unit, m, 'received_carried_over', carried);
      add(r.unit, m, 'received_total', inM(r.recv) || carried);
      if (inM(r.recv)) {
        add(r.unit, m, 'received_online', r.channel === 'online');
        add(r.unit, m, 'received_offline', r.channel === 'offline');
        add(r.unit, m, 'payable_dossiers', r.payable);
        add(r.unit, m, 'paid_online', r.payable && r.paid);
        add(r.unit, m, 'e_circulated', r.eCirc);
        add(r.unit, m, 'dossiers_rejected', r.outcome === 'rejected');
        add(r.unit, m, 'dossiers_withdrawn', r.outcome === 'withdrawn');
        // received in M and resolved early / on time, whenever the list shows the return
        if (counted && ret !== null) {
          const { early, late } = timeliness(r.due, ret);
          add(r.unit, m, 'received_in_period_resolved_early', early);
          add(r.unit, m, 'received_in_period_resolved_on_time', !early && !late);
        }
      }
      if (counted && inM(ret)) {
        add(r.unit, m, 'resolved_total', true);
        const { early, late } = timeliness(r.due, ret!);
        add(r.unit, m, 'resolved_early', early);
        add(r.unit, m, 'resolved_late', late);
        add(r.unit, m, 'resolved_on_time', !early && !late);
        add(r.unit, m, 'digitized_results', r.digitized);
      }
      add(r.unit, m, 'pending_total', pendingAtEnd(m));
      add(r.unit, m, 'pending_overdue', overdueAtEnd(m));
      add(r.unit, m, 'pending_in_time', pendingAtEnd(m) && !overdueAtEnd(m));
    }
  }
  return out;
}

/** Early: returned on a day before the due day; late: after the due day, or after the due moment on it. */
function timeliness(due: RefMoment | null, ret: RefMoment): { early: boolean; late: boolean } {
  const early = due !== null && ret.day < due.day;
  const late = due !== null && (ret.day > due.day || (ret.day === due.day && due.sec !== null && ret.sec !== null && ret.sec > due.sec));
  return { early, late };
}

/** An ingest result's observations as unit|period|measure → value, zeros dropped. */
export function observedTally(observations: { unit: string; period: string; measure: string; value: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of observations) if (o.value !== 0) out[`${o.unit}|${o.period}|${o.measure}`] = o.value;
  return out;
}

/**
 * Across files: carried_over of a month = pending_total of the month before (biểu II.06a identity,
 * docs/DESIGN.md, The form and its identities). A mismatch is a warning on the later file, naming both cells.
 */
import type { IngestedFile, Observation } from '../core/types.js';

function previousMonth(period: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

export function checkCarryOver(files: IngestedFile[]): void {
  const pending = new Map<string, Observation>();
  for (const f of files) for (const o of f.observations) if (o.measure === 'pending_total') pending.set(`${o.unit}\u0000${o.period}`, o);
  for (const f of files) {
    if (f.shape !== 'monthly_report') continue;
    for (const o of f.observations) {
      if (o.measure !== 'received_carried_over') continue;
      const prev = previousMonth(o.period);
      const before = prev ? pending.get(`${o.unit}\u0000${prev}`) : undefined;
      if (!before || before.value === o.value) continue;
      f.warnings.push({
        code: 'CARRY_OVER_MISMATCH',
        location: { file: o.source.file, sheet: o.source.sheet, cell: o.source.cell, line: o.source.line },
        cells: [o.source, before.source],
        data: { unit: o.unit, period: o.period, carried: o.value, previous: prev, pending: before.value, pendingAt: { ...before.source } },
      });
    }
  }
}

/**
 * Cross-checks made while reading, so a contradiction in an agency's figures is never silently
 * accepted. The identities of biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP; docs/DESIGN.md, The form and its identities):
 *   received_total = online + offline + carried_over;  received_total = resolved_total + pending_total;
 *   resolved_total = early + on_time + late;            pending_total = in_time + overdue.
 */
import type { IngestWarning, SourceRef } from '../core/types.js';
import type { Figure, TableRows, UnitRow } from './table.js';
import { warning, type CellPlace } from '../core/warnings.js';
import { isMeasureId, sumsAcrossUnits } from '../core/measure-catalogue.js';

// `optional` parts join the sum when the form has their column (rejected and withdrawn dossiers leave
// the balance when a form counts them apart: received = resolved + rejected + withdrawn + pending).
const IDENTITIES: { code: 'IDENTITY_RECEIVED' | 'IDENTITY_RECEIVED_NEW' | 'IDENTITY_BALANCE' | 'IDENTITY_RESOLVED' | 'IDENTITY_PENDING'; total: string; parts: string[]; optional?: string[] }[] = [
  { code: 'IDENTITY_RECEIVED', total: 'received_total', parts: ['received_online', 'received_offline', 'received_carried_over'] },
  { code: 'IDENTITY_RECEIVED', total: 'received_total', parts: ['received_new', 'received_carried_over'] },
  { code: 'IDENTITY_RECEIVED_NEW', total: 'received_new', parts: ['received_online', 'received_offline'] },
  { code: 'IDENTITY_BALANCE', total: 'received_total', parts: ['resolved_total', 'pending_total'], optional: ['rejected', 'withdrawn'] },
  { code: 'IDENTITY_RESOLVED', total: 'resolved_total', parts: ['resolved_early', 'resolved_on_time', 'resolved_late'] },
  { code: 'IDENTITY_PENDING', total: 'pending_total', parts: ['pending_in_time', 'pending_overdue'] },
];

/** Counts that can never exceed another count of the same row (numerator ≤ denominator). */
const BOUNDS: [string, string][] = [
  ['digitized_results', 'resolved_total'],
  ['paid_online', 'payable_dossiers'],
  ['e_circulated', 'received_total'],
  ['received_online', 'received_total'],
];

const where = (s: SourceRef) => ({ file: s.file, sheet: s.sheet, cell: s.cell, line: s.line });
const place = (s: SourceRef): CellPlace => ({ cell: s.cell, line: s.line });

export function crossCheck(rows: TableRows): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  for (const u of rows.units) warnings.push(...checkUnit(u));
  for (const total of rows.totals.length > 0 ? rows.totals : rows.total ? [rows.total] : []) warnings.push(...checkSum(total, rows.units));
  for (const g of rows.groups) {
    if (g.figures.size > 0 && g.units.length > 0) warnings.push(...checkSum(g.figures, g.units, g.label));
  }
  return warnings;
}

function checkUnit(u: UnitRow): IngestWarning[] {
  const out: IngestWarning[] = [];
  const f = u.figures;
  for (const id of IDENTITIES) {
    const total = f.get(id.total);
    const names = [...id.parts, ...(id.optional ?? []).filter((p) => f.has(p))];
    const parts = names.map((p) => f.get(p));
    if (!total || parts.some((p) => !p)) continue;
    const over = parts.find((p) => p!.value > total.value);
    if (over) {
      const name = names[parts.indexOf(over)]!;
      out.push(exceeds(u.unit, name, over, id.total, total));
      continue;
    }
    const sum = parts.reduce((s, p) => s + p!.value, 0);
    if (sum !== total.value) {
      const data = { unit: u.unit, total: id.total, totalValue: total.value, totalAt: place(total.source), parts: names, sum, partsAt: parts.map((p) => place(p!.source)) };
      out.push(warning(id.code, data, { location: where(total.source), cells: [total.source, ...parts.map((p) => p!.source)] }));
    }
  }
  for (const [part, whole] of BOUNDS) {
    const p = f.get(part);
    const w = f.get(whole);
    if (p && w && p.value > w.value) {
      out.push(exceeds(u.unit, part, p, whole, w));
    }
  }
  return out;
}

/** A total row's figures (`group`: a group row's, with its label) against the sum of its units. */
function checkSum(totals: Map<string, Figure>, units: UnitRow[], group?: string): IngestWarning[] {
  const out: IngestWarning[] = [];
  for (const [measure, total] of totals) {
    if (isMeasureId(measure) && !sumsAcrossUnits(measure)) continue;
    const cells = units.map((u) => u.figures.get(measure)).filter((x): x is Figure => x !== undefined);
    const sum = cells.reduce((s, c) => s + c.value, 0);
    if (sum === total.value) continue;
    const data = {
      measure,
      total: total.value,
      totalAt: place(total.source),
      sum,
      ...(cells.length > 0 ? { span: [place(cells[0]!.source), place(cells[cells.length - 1]!.source)] as [CellPlace, CellPlace] } : {}),
    };
    const extra = { location: where(total.source), cells: [total.source, ...cells.map((c) => c.source)] };
    out.push(group === undefined ? warning('TOTAL_ROW_MISMATCH', data, extra) : warning('GROUP_ROW_MISMATCH', { ...data, label: group }, extra));
  }
  return out;
}

function exceeds(unit: string, part: string, p: Figure, whole: string, w: Figure): IngestWarning {
  const data = { of: 'cells' as const, unit, part, partValue: p.value, partAt: place(p.source), whole, wholeValue: w.value, wholeAt: place(w.source) };
  return warning('SUBCOUNT_EXCEEDS_TOTAL', data, { location: where(p.source), cells: [p.source, w.source] });
}

/**
 * Cross-checks made while reading, so a contradiction in an agency's figures is never silently
 * accepted. The identities of biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP; docs/DESIGN.md, The form and its identities):
 *   received_total = online + offline + carried_over;  received_total = resolved_total + pending_total;
 *   resolved_total = early + on_time + late;            pending_total = in_time + overdue.
 */
import type { IngestWarning, SourceRef } from '../core/types.js';
import type { Figure, TableRows, UnitRow } from './table.js';
import { formatNumber } from '../core/i18n.js';
import { isMeasureId, sumsAcrossUnits } from '../core/measure-catalogue.js';

/** Figures in messages as each language writes them (one formatter for every message and report). */
const nv = (x: number) => formatNumber(x, 'vi', 4);
const ne = (x: number) => formatNumber(x, 'en', 4);

// `optional` parts join the sum when the form has their column (rejected and withdrawn dossiers leave
// the balance when a form counts them apart: received = resolved + rejected + withdrawn + pending).
const IDENTITIES: { code: string; total: string; parts: string[]; optional?: string[] }[] = [
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
const addr = (s: SourceRef) => s.cell ?? (s.line !== undefined ? `line ${s.line}` : '');
const addrVi = (s: SourceRef) => s.cell ?? (s.line !== undefined ? `dòng ${s.line}` : '');

export function crossCheck(rows: TableRows): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  for (const u of rows.units) warnings.push(...checkUnit(u));
  for (const total of rows.totals.length > 0 ? rows.totals : rows.total ? [rows.total] : []) warnings.push(...checkSum(total, rows.units, 'TOTAL_ROW_MISMATCH', 'dòng tổng cộng', 'total row'));
  for (const g of rows.groups) {
    if (g.figures.size > 0 && g.units.length > 0) warnings.push(...checkSum(g.figures, g.units, 'GROUP_ROW_MISMATCH', `dòng nhóm "${g.label}"`, `group row "${g.label}"`));
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
      out.push(warning('SUBCOUNT_EXCEEDS_TOTAL', over.source, [over.source, total.source],
        `${u.unit}: ${name} (${nv(over.value)}, ô ${addrVi(over.source)}) lớn hơn ${id.total} (${nv(total.value)}, ô ${addrVi(total.source)})`,
        `${u.unit}: ${name} (${ne(over.value)}, cell ${addr(over.source)}) exceeds ${id.total} (${ne(total.value)}, cell ${addr(total.source)})`));
      continue;
    }
    const sum = parts.reduce((s, p) => s + p!.value, 0);
    if (sum !== total.value) {
      out.push(warning(id.code, total.source, [total.source, ...parts.map((p) => p!.source)],
        `${u.unit}: ${id.total} = ${nv(total.value)} (ô ${addrVi(total.source)}) nhưng ${names.join(' + ')} = ${nv(sum)} (ô ${parts.map((p) => addrVi(p!.source)).join(', ')})`,
        `${u.unit}: ${id.total} = ${ne(total.value)} (cell ${addr(total.source)}) but ${names.join(' + ')} = ${ne(sum)} (cells ${parts.map((p) => addr(p!.source)).join(', ')})`));
    }
  }
  for (const [part, whole] of BOUNDS) {
    const p = f.get(part);
    const w = f.get(whole);
    if (p && w && p.value > w.value) {
      out.push(warning('SUBCOUNT_EXCEEDS_TOTAL', p.source, [p.source, w.source],
        `${u.unit}: ${part} (${nv(p.value)}, ô ${addrVi(p.source)}) lớn hơn ${whole} (${nv(w.value)}, ô ${addrVi(w.source)})`,
        `${u.unit}: ${part} (${ne(p.value)}, cell ${addr(p.source)}) exceeds ${whole} (${ne(w.value)}, cell ${addr(w.source)})`));
    }
  }
  return out;
}

function checkSum(totals: Map<string, Figure>, units: UnitRow[], code: string, vi: string, en: string): IngestWarning[] {
  const out: IngestWarning[] = [];
  for (const [measure, total] of totals) {
    if (isMeasureId(measure) && !sumsAcrossUnits(measure)) continue;
    const cells = units.map((u) => u.figures.get(measure)).filter((x): x is Figure => x !== undefined);
    const sum = cells.reduce((s, c) => s + c.value, 0);
    if (sum === total.value) continue;
    const span = (a: (s: SourceRef) => string) => (cells.length > 0 ? `${a(cells[0]!.source)}…${a(cells[cells.length - 1]!.source)}` : '');
    out.push(warning(code, total.source, [total.source, ...cells.map((c) => c.source)],
      `${measure}: ${vi} ghi ${nv(total.value)} (ô ${addrVi(total.source)}) nhưng tổng các đơn vị là ${nv(sum)} (${span(addrVi)})`,
      `${measure}: the ${en} says ${ne(total.value)} (cell ${addr(total.source)}) but the units sum to ${ne(sum)} (${span(addr)})`));
  }
  return out;
}

function warning(code: string, at: SourceRef, cells: SourceRef[], vi: string, en: string): IngestWarning {
  return { code, message: { vi, en }, location: where(at), cells };
}

export type { Figure };

/** The text of `parcheck reconcile`: both sources, every difference with the cells of both sides, the verdict. */
import { pick, text, type Lang } from '../core/i18n.js';
import type { ReconcileResult } from '../check/reconcile-sources.js';
import { escapeControl } from './escape.js';
import { where } from './explain-text.js';
import { warningMessage } from './warning-messages.js';

const W = {
  agree: text('Hai nguồn khớp nhau', 'The two sources agree'),
  differ: text('Hai nguồn KHÔNG khớp', 'The two sources DIFFER'),
  compared: text('số liệu được so', 'figures compared'),
  differences: text('Chênh lệch', 'Differences'),
  onlyIn: text('Chỉ có trong', 'Only in'),
  units: text('đơn vị', 'units'),
  periods: text('kỳ', 'periods'),
  measures: text('chỉ số đo', 'measures'),
  checks: text('Kiểm tra nội bộ từng nguồn (đẳng thức biểu mẫu, dòng tổng, dòng nhóm, tỷ lệ ghi sẵn)', 'Internal checks of each source (form identities, total and group rows, declared rates)'),
};

export function renderReconcile(r: ReconcileResult, lang: Lang): string {
  const p = (t: { vi: string; en: string }) => pick(t, lang);
  const out = [`A = ${r.a}`, `B = ${r.b}`, `${r.compared} ${p(W.compared)}; tolerance ${r.tolerance}`, ''];
  if (r.differences.length > 0) out.push(`${p(W.differences)} (${r.differences.length}):`);
  for (const d of r.differences) {
    out.push(`  ${d.unit} · ${d.period} · ${d.measure}: A = ${d.a.value}, B = ${d.b.value} (A − B = ${d.difference > 0 ? '+' : ''}${d.difference})`);
    out.push(`      A: ${d.a.sources.map(where).join('; ')}`);
    out.push(`      B: ${d.b.sources.map(where).join('; ')}`);
  }
  for (const [side, one] of [['A', r.only_in_a], ['B', r.only_in_b]] as const) {
    for (const [key, word] of [['units', W.units], ['periods', W.periods], ['measures', W.measures]] as const) {
      if (one[key].length > 0) out.push(`${p(W.onlyIn)} ${side} (${p(word)}): ${one[key].join(', ')}`);
    }
  }
  if (r.checks.length > 0) {
    out.push('', `${p(W.checks)}:`);
    for (const c of r.checks) out.push(`  ${c.side.toUpperCase()} [${c.note.code}] ${warningMessage(c.note, lang)}`);
  }
  out.push('', r.agree ? p(W.agree) : p(W.differ));
  // Unit names, file names and messages come from the inputs: their ESC, BEL and bidi overrides are
  // shown (`\x1b`, `\u202e`), never sent to the terminal, as check, inspect and explain do. Every
  // line is escaped whole, so no field can be missed; the text itself holds no control character.
  return `${out.map(escapeControl).join('\n')}\n`;
}

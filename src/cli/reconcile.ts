/**
 * `parcheck reconcile A B`: reads both sources (each on its own, so a carry-over check never mixes
 * them), compares them with the pure reconcileSources, and prints every difference with both cells.
 * Exit 0 when they agree, 1 when they differ, 2 on errors.
 */
import path from 'node:path';
import { pick, text } from '../core/i18n.js';
import type { IngestedFile } from '../core/types.js';
import type { ReconcileResult } from '../check/reconcile-sources.js';
import { escapeControl } from '../report/escape.js';
import { toleranceOf } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';
import { where } from './explain-text.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';

export interface ReconcileCommandOptions extends IngestFlags {
  a: string;
  b: string;
  tolerance?: string;
  asOf?: string;
  format?: string;
}

export async function runReconcileCommand(ctx: CliContext, opts: ReconcileCommandOptions): Promise<number> {
  const tolerance = toleranceOf(opts.tolerance, 0);
  const options = await ingestOptionsFrom(opts, ctx);
  if (opts.asOf) options.asOf = opts.asOf;
  const { ingestFiles } = await import('../ingest/index.js');
  const read = async (typed: string): Promise<IngestedFile> => {
    const [f] = await ingestFiles([path.resolve(ctx.cwd, typed)], options);
    const abs = f!.path;
    const fix = (o: { file?: string }) => {
      if (o.file === abs) o.file = typed;
    };
    f!.observations.forEach((o) => fix(o.source));
    f!.warnings.forEach((w) => (fix(w.location), w.cells?.forEach(fix)));
    return { ...f!, path: typed };
  };
  const fa = await read(opts.a);
  const fb = await read(opts.b);
  const { reconcileSources } = await import('../check/reconcile-sources.js');
  const result = reconcileSources(
    { label: opts.a, observations: fa.observations, warnings: fa.warnings },
    { label: opts.b, observations: fb.observations, warnings: fb.warnings },
    { tolerance, registry: options.registry },
  );
  ctx.stdout(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderReconcile(result, ctx));
  return result.agree ? EXIT.ok : EXIT.failing;
}

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

function renderReconcile(r: ReconcileResult, ctx: CliContext): string {
  const p = (t: { vi: string; en: string }) => pick(t, ctx.lang);
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
    for (const c of r.checks) out.push(`  ${c.side.toUpperCase()} [${c.note.code}] ${pick(c.note.message, ctx.lang)}`);
  }
  out.push('', r.agree ? p(W.agree) : p(W.differ));
  // Unit names, file names and messages come from the inputs: their ESC, BEL and bidi overrides are
  // shown (`\x1b`, `\u202e`), never sent to the terminal, as check, inspect and explain do. Every
  // line is escaped whole, so no field can be missed; the text itself holds no control character.
  return `${out.map(escapeControl).join('\n')}\n`;
}

/** `parcheck targets diff OLD NEW`: targets added, removed and changed, as a table or JSON. Exit 0. */
import Table from 'cli-table3';
import { pick, text, type Lang } from '../core/i18n.js';
import { diffTargets, type TargetDiff } from '../targets/diff.js';
import { loadTargetFiles } from '../targets/load-target-files.js';
import { EXIT, type CliContext } from './context.js';
import { tableStyle } from './targets-common.js';

export interface DiffOptions {
  oldPath: string;
  newPath: string;
  format: 'table' | 'json';
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');

export function diffTable(diff: TargetDiff, lang: Lang, color: boolean): string {
  const table = new Table({
    head: [pick(text('Thay đổi', 'Change'), lang), pick(text('Chỉ tiêu', 'Target'), lang), pick(text('Trường', 'Field'), lang), pick(text('Cũ', 'Old'), lang), pick(text('Mới', 'New'), lang)],
    style: tableStyle(color),
    wordWrap: true,
    colWidths: [null, null, null, 40, 40] as unknown as number[],
  });
  const sign = { added: '+', removed: '-', changed: '~' };
  for (const a of diff.added) table.push([sign.added, `${a.document}#${a.id}`, '', '', `${a.comparator} ${show(a.value)} ${a.unit} (${a.deadline ?? ''})`]);
  for (const r of diff.removed) table.push([sign.removed, `${r.document}#${r.id}`, '', `${r.comparator} ${show(r.value)} ${r.unit} (${r.deadline ?? ''})`, '']);
  for (const c of diff.changed) table.push([sign.changed, c.id, c.field, show(c.old), show(c.new)]);
  const summary = pick(
    text(
      `${diff.added.length} thêm, ${diff.removed.length} bỏ, ${diff.changed.length} thay đổi`,
      `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`,
    ),
    lang,
  );
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return empty ? `${summary}\n` : `${table.toString()}\n${summary}\n`;
}

export async function runTargetsDiff(ctx: CliContext, options: DiffOptions): Promise<number> {
  const lenient = { strictSupersedes: false };
  const [a, b] = [await loadTargetFiles([options.oldPath], lenient), await loadTargetFiles([options.newPath], lenient)];
  const diff = diffTargets(
    a.files.map((f) => f.data),
    b.files.map((f) => f.data),
  );
  if (options.format === 'json') ctx.stdout(`${JSON.stringify(diff, null, 2)}\n`);
  else ctx.stdout(diffTable(diff, ctx.lang, ctx.color));
  return EXIT.ok;
}

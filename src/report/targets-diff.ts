/** `targets diff` as text: a row per target added (+), removed (-) or field changed (~), then a one-line summary. */
import { Chalk } from 'chalk';
import { pick, text, type Lang } from '../core/i18n.js';
import type { TargetDiff } from '../targets/diff.js';
import { fitBox } from './box.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

const HEAD = [text('Thay đổi', 'Change'), text('Chỉ tiêu', 'Target'), text('Trường', 'Field'), text('Cũ', 'Old'), text('Mới', 'New')];
/** Old and new values side by side, each wrapped to 38 columns (a long word cut short with "…"). */
const FIXED = [undefined, undefined, undefined, 38, 38];

export function diffTable(diff: TargetDiff, lang: Lang, color: boolean): string {
  // A chalk of level 0 when colour is off: chalk's own TTY detection is never relied on.
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const sign = { added: '+', removed: '-', changed: '~' };
  const rows = [
    ...diff.added.map((a) => [sign.added, `${a.document}#${a.id}`, '', '', `${a.comparator} ${show(a.value)} ${a.unit} (${a.deadline ?? ''})`]),
    ...diff.removed.map((r) => [sign.removed, `${r.document}#${r.id}`, '', `${r.comparator} ${show(r.value)} ${r.unit} (${r.deadline ?? ''})`, '']),
    ...diff.changed.map((c) => [sign.changed, c.id, c.field, show(c.old), show(c.new)]),
  ];
  const table = fitBox(
    HEAD.map((h) => pick(h, lang)),
    rows,
    HEAD.map(() => 'left'),
    { fixed: FIXED, rowRules: true, border: (s) => chalk.gray(s), heading: (s) => chalk.cyan(s) },
  );
  const summary = pick(
    text(`${diff.added.length} thêm, ${diff.removed.length} bỏ, ${diff.changed.length} thay đổi`, `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`),
    lang,
  );
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return empty ? `${summary}\n` : `${table.text}\n${summary}\n`;
}

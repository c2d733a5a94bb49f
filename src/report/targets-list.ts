/** `targets list` as text: per document, its heading and a box of its thresholds fitted to the terminal. */
import { formatNumber, pick, text, type Lang } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import { fitBox, wrapLine } from './box.js';
import { conditionText, deadlineText, levelText } from './target-words.js';

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const H = {
  id: text('Mã ngưỡng', 'Threshold'),
  indicator: text('Chỉ số', 'Indicator'),
  level: text('Cấp', 'Level'),
  condition: text('Ngưỡng', 'Condition'),
  deadline: text('Hạn', 'Deadline'),
  section: text('Mục', 'Section'),
  superseded: text('Bị thay bởi', 'Superseded by'),
};

const HIDDEN = text('(Ẩn cột {columns} cho vừa màn hình; --format json có đủ)', '(Columns {columns} hidden to fit the terminal; --format json has them all)');

/** Columns left out, first to last, when the terminal is too narrow even with wrapping: section, then the supersession. */
const DROP_ORDER = [5, 6];
const MIN_WIDTH = [20, 16, 9, 14, 4, 12, 16];

export function listTable(thresholds: Threshold[], lang: Lang, width?: number): string {
  const groups = new Map<string, Threshold[]>();
  for (const t of thresholds) groups.set(t.document.id, [...(groups.get(t.document.id) ?? []), t]);
  const parts: string[] = [];
  for (const list of groups.values()) {
    const d = list[0]!.document;
    parts.push([`${d.number} · ${d.date} · ${d.id}`, d.title].flatMap((l) => wrapLine(l, width)).join('\n'));
    // The box of the check table: fitted to the terminal, ids broken only where they must be.
    const rows = list.map((t) => [t.id, t.indicator, levelText(t.level, lang), conditionText(t, lang), deadlineText(t), short(t.section, 28), t.superseded_by ?? '']);
    const box = fitBox(
      Object.values(H).map((h) => pick(h, lang)),
      rows,
      ['left', 'left', 'left', 'left', 'left', 'left', 'left'],
      { width, minWidth: MIN_WIDTH, dropOrder: DROP_ORDER },
    );
    const hidden = box.hidden.map((i) => pick(Object.values(H)[i]!, lang)).join(', ');
    parts.push(box.hidden.length > 0 ? `${box.text}\n${wrapLine(`  ${pick(HIDDEN, lang).replace('{columns}', hidden)}`, width).join('\n')}` : box.text);
  }
  const docs = groups.size;
  const n = (v: number) => formatNumber(v, lang, 0);
  parts.push(pick(text(`${n(thresholds.length)} ngưỡng chỉ tiêu, ${n(docs)} văn bản`, `${n(thresholds.length)} thresholds, ${n(docs)} documents`), lang));
  return `${parts.join('\n\n')}\n`;
}

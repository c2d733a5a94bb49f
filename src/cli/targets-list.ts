/** `parcheck targets list`: one row (or one JSON object) per checkable threshold. */
import { fitBox, wrapLine } from '../report/box.js';
import { ParcheckError } from '../core/errors.js';
import { formatNumber, pick, text, type Lang } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import { unitCode } from '../targets/unit-code.js';
import { EXIT, type CliContext } from './context.js';
import { conditionText, deadlineText, levelText, loadForCli, tableStyle } from './targets-common.js';

export interface ListOptions {
  paths: string[];
  document?: string;
  year?: string;
  level?: string;
  format: 'table' | 'json';
}

/** The stable JSON shape of a threshold (README documents it; keys in this order). */
export function thresholdJson(t: Threshold): Record<string, unknown> {
  const o: Record<string, unknown> = {
    id: t.id,
    target: t.target,
    document: { id: t.document.id, number: t.document.number, date: t.document.date },
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: unitCode(t),
    deadline: t.deadline,
    deadline_date: t.deadlineDate,
    level: t.level,
  };
  if (t.units) o.units = t.units;
  o.baseline = t.baseline ?? null;
  o.quote = t.quote;
  o.section = t.section;
  o.superseded_by = t.superseded_by;
  o.supersedes = t.supersedes;
  return o;
}

export function filterThresholds(all: Threshold[], o: Pick<ListOptions, 'document' | 'year' | 'level'>): Threshold[] {
  let out = all;
  if (o.document !== undefined) out = out.filter((t) => t.document.id === o.document);
  if (o.year !== undefined) {
    const y = Number(o.year);
    if (!/^\d{4}$/.test(o.year)) {
      throw new ParcheckError('USAGE', text(`--year cần một năm bốn chữ số, gặp: ${o.year}`, `--year needs a four-digit year, got: ${o.year}`), { expected: '2025', found: o.year });
    }
    out = out.filter((t) => t.deadline === y);
  }
  if (o.level !== undefined) out = out.filter((t) => t.level === o.level);
  return out;
}

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

export function listTable(thresholds: Threshold[], lang: Lang, _color: boolean, width?: number): string {
  const groups = new Map<string, Threshold[]>();
  for (const t of thresholds) groups.set(t.document.id, [...(groups.get(t.document.id) ?? []), t]);
  const parts: string[] = [];
  for (const list of groups.values()) {
    const d = list[0]!.document;
    parts.push([`${d.number} · ${d.date} · ${d.id}`, d.title].flatMap((l) => wrapLine(l, width)).join('\n'));
    // The box of the check table: fitted to the terminal, ids broken only where they must be.
    const rows = list.map((t) => [t.id, t.indicator, levelText(t.level, lang), conditionText(t, lang), deadlineText(t), short(t.section, 28), t.superseded_by ?? '']);
    const box = fitBox(Object.values(H).map((h) => pick(h, lang)), rows, ['left', 'left', 'left', 'left', 'left', 'left', 'left'], { width, minWidth: MIN_WIDTH, dropOrder: DROP_ORDER });
    const hidden = box.hidden.map((i) => pick(Object.values(H)[i]!, lang)).join(', ');
    parts.push(box.hidden.length > 0 ? `${box.text}\n${wrapLine(`  ${pick(HIDDEN, lang).replace('{columns}', hidden)}`, width).join('\n')}` : box.text);
  }
  const docs = groups.size;
  const n = (v: number) => formatNumber(v, lang, 0);
  parts.push(pick(text(`${n(thresholds.length)} ngưỡng chỉ tiêu, ${n(docs)} văn bản`, `${n(thresholds.length)} thresholds, ${n(docs)} documents`), lang));
  return `${parts.join('\n\n')}\n`;
}

export async function runTargetsList(ctx: CliContext, options: ListOptions): Promise<number> {
  const loaded = await loadForCli(ctx, options.paths);
  const shown = filterThresholds(loaded.thresholds, options);
  if (options.format === 'json') ctx.stdout(`${JSON.stringify(shown.map(thresholdJson), null, 2)}\n`);
  else ctx.stdout(listTable(shown, ctx.lang, ctx.color, ctx.width));
  return EXIT.ok;
}

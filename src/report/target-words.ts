/** How a threshold reads in the `targets` listings: its unit, condition, level and deadline in words. */
import { LABELS, pick, text, type Lang, type Text } from '../core/i18n.js';
import type { Bound, Measured, Threshold } from '../core/types.js';
import { baselineSince } from '../targets/unit-code.js';

const UNIT_NAMES: Record<string, Text> = {
  rank: text('(hạng)', '(rank)'),
  count: text('(số lượng)', '(count)'),
  score: text('điểm', 'points'),
  points: text('điểm %', 'pp'),
  days: text('ngày', 'days'),
  hours: text('giờ', 'hours'),
};

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', between: '∈' };

function unitLabel({ unit, baseline }: Measured, lang: Lang): string {
  if (baseline) {
    const since = baselineSince(baseline);
    const prev = since === 'previous';
    if (lang === 'vi') return `% ${baseline.kind === 'reduction' ? 'giảm' : 'tăng'} so với ${prev ? 'năm trước' : since}`;
    return `% ${baseline.kind} vs ${prev ? 'previous year' : since}`;
  }
  if (unit === 'percent') return '%';
  const named = UNIT_NAMES[unit];
  if (named) return pick(named, lang);
  return unit;
}

export function conditionText(t: Bound & Measured, lang: Lang): string {
  const v = t.comparator === 'between' ? `[${t.value[0]}, ${t.value[1]}]` : String(t.value);
  const u = unitLabel(t, lang);
  return `${SYMBOL[t.comparator] ?? t.comparator} ${v}${u === '%' ? '%' : ` ${u}`}`;
}

export function levelText(level: string, lang: Lang): string {
  const key = `level_${level}` as keyof typeof LABELS;
  return key in LABELS ? pick(LABELS[key], lang) : level;
}

export function deadlineText(t: Pick<Threshold, 'deadline' | 'deadlineDate'>): string {
  return t.deadlineDate === `${t.deadline}-12-31` ? String(t.deadline) : t.deadlineDate;
}

/** Shared by the `targets` commands: which files to read, and how a threshold reads in a table. */
import path from 'node:path';
import { LABELS, pick, text, type Lang, type Text } from '../core/i18n.js';
import type { Measured, Threshold } from '../core/types.js';
import { bundledTargetPaths } from '../targets/catalogue.js';
import { baselineSince } from '../targets/unit-code.js';
import type { LoadedTargets, LoadOptions } from '../targets/load.js';
import { loadTargets } from '../targets/load-targets.js';
import type { CliContext } from './context.js';

/** Paths as typed (relative to the working directory), or the bundled files shown relative to it. */
export function targetPathsFor(ctx: CliContext, paths: string[]): string[] {
  if (paths.length > 0) return paths;
  return bundledTargetPaths().map((p) => {
    const rel = path.relative(ctx.cwd, p);
    return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
  });
}

export function loadForCli(ctx: CliContext, paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
  return loadTargets(targetPathsFor(ctx, paths), options);
}

const UNIT_NAMES: Record<string, Text> = {
  rank: text('(hạng)', '(rank)'),
  count: text('(số lượng)', '(count)'),
  score: text('điểm', 'points'),
  points: text('điểm %', 'pp'),
  days: text('ngày', 'days'),
  hours: text('giờ', 'hours'),
};

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', between: '∈' };

export function unitLabel({ unit, baseline }: Measured, lang: Lang): string {
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

export function conditionText(t: Pick<Threshold, 'comparator' | 'value' | 'unit' | 'baseline'>, lang: Lang): string {
  const v = Array.isArray(t.value) ? `[${t.value[0]}, ${t.value[1]}]` : String(t.value);
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

/** cli-table3 options without colour when colour is off (it would otherwise colour the heading). */
export function tableStyle(color: boolean): { head: string[]; border: string[] } {
  return color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] };
}

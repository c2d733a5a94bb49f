/**
 * Warnings on stderr, as an officer can read them after a run: one line per kind when a kind repeats
 * (13 district-level thresholds skipped after 07/2025 are one line with their count), the first
 * SHOWN kinds, then "và 28 cảnh báo khác (xem --format json)". Line breaks stay line breaks; other
 * control characters from the inputs are shown (`\x1b`), never sent. Every line fits the terminal.
 */
import { formatNumber, pick, text, type Lang } from '../core/i18n.js';
import type { IngestWarning } from '../core/types.js';
import { wrapLine } from './box.js';
import { escapeControl } from './escape.js';
import { warningMessage } from './warning-messages.js';

const SHOWN = 20;
/** Subjects named on a grouped line before "và N khác". */
const NAMED = 3;
/** A kind whose messages differ (each names its own figures) is grouped from this many on. */
const GROUP_DIFFERENT = 3;

const W = {
  warning: text('Cảnh báo', 'Warning'),
  others: text('và {n} khác', 'and {n} more'),
  sameKind: text('và {n} cảnh báo cùng loại', 'and {n} more of this kind'),
  moreCells: text('và {n} ô khác', 'and {n} more cells'),
  tail: text('và {n} cảnh báo khác (xem --format json)', 'and {n} more warnings (see --format json)'),
};

export interface WarningLayout {
  lang: Lang;
  /** Columns of the terminal; undefined: no wrapping. */
  width?: number;
}

export function warningLines(warnings: IngestWarning[], layout: WarningLayout): string[] {
  const { lang } = layout;
  const p = (t: { vi: string; en: string }) => pick(t, lang);
  const n = (v: number) => formatNumber(v, lang, 0);
  const word = p(W.warning);
  const groups = new Map<string, IngestWarning[]>();
  for (const w of warnings) groups.set(w.code, [...(groups.get(w.code) ?? []), w]);
  const blocks: string[][] = [];
  let kinds = 0;
  let rest = 0;
  for (const [code, list] of groups) {
    if (kinds >= SHOWN) {
      rest += list.length;
      continue;
    }
    kinds++;
    if (list.length === 1) {
      blocks.push([`${word} [${code}]: ${messageLines(list[0]!, lang).join('\n')}`, ...cellLines(list[0]!, lang)]);
      continue;
    }
    const split = list.map((w) => subjectAndReason(firstLine(warningMessage(w, lang))));
    const reason = split[0]!.reason;
    if (reason !== null && split.every((s) => s.reason === reason)) {
      const subjects = split.map((s) => s.subject);
      const more = subjects.length > NAMED ? ` ${p(W.others).replace('{n}', n(subjects.length - NAMED))}` : '';
      blocks.push([`${word} [${code}] (${n(list.length)}): ${reason}: ${subjects.slice(0, NAMED).join(', ')}${more}`]);
    } else if (list.length >= GROUP_DIFFERENT) {
      const first = messageLines(list[0]!, lang);
      blocks.push([`${word} [${code}] (${n(list.length)}): ${first[0]} (${p(W.sameKind).replace('{n}', n(list.length - 1))})`]);
    } else {
      for (const w of list) blocks.push([`${word} [${code}]: ${messageLines(w, lang).join('\n')}`, ...cellLines(w, lang)]);
    }
  }
  const lines = blocks.flat().flatMap((l) => l.split('\n'));
  if (rest > 0) lines.push(`… ${p(W.tail).replace('{n}', n(rest))}`);
  return lines.flatMap((l) => wrapLine(l, layout.width, '    '));
}

/** The message, its own line breaks kept (continuations indented), every other control shown. */
function messageLines(w: IngestWarning, lang: Lang): string[] {
  return warningMessage(w, lang)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => (i === 0 ? escapeControl(line) : `    ${escapeControl(line)}`));
}

const firstLine = (s: string) => escapeControl(s.split(/\r\n?|\n/)[0] ?? '');

/** "qn-2370-2021#x@2025/district: chỉ tiêu cấp huyện …" → subject and the reason it shares with its kind. */
function subjectAndReason(line: string): { subject: string; reason: string | null } {
  const at = line.indexOf(': ');
  return at > 0 ? { subject: line.slice(0, at), reason: line.slice(at + 2) } : { subject: line, reason: null };
}

/** The cells behind a warning, "file:line:col" or "file › sheet › E12", so an auditor can open them. */
export function cellLines(w: IngestWarning, lang: Lang): string[] {
  if (!w.cells || w.cells.length === 0) return [];
  const one = (c: NonNullable<IngestWarning['cells']>[number]) => {
    const head = c.line !== undefined ? `${c.file}:${c.line}${c.column !== undefined ? `:${c.column}` : ''}` : c.file;
    return escapeControl([head, c.sheet, c.cell, c.rows !== undefined ? `rows ${c.rows}${c.count !== undefined ? ` (${c.count})` : ''}` : undefined].filter(Boolean).join(' › '));
  };
  const list = w.cells.slice(0, 12).map((c) => `    ${one(c)}`);
  if (w.cells.length > 12) list.push(`    … ${pick(W.moreCells, lang).replace('{n}', formatNumber(w.cells.length - 12, lang, 0))}`);
  return list;
}

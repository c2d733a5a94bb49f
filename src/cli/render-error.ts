import { Chalk } from 'chalk';
import { formatLocation, type ParcheckError } from '../core/errors.js';
import { LABELS, pick, type Lang } from '../core/i18n.js';
import { escapeControl } from '../report/escape.js';

/** The words a user reads for a ParcheckError: message, where, expected/found, what to do. */
export function renderError(error: ParcheckError, lang: Lang, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const red = (s: string) => chalk.red(s);
  const dim = (s: string) => chalk.dim(s);
  const lines: string[] = [];
  // Messages quote inputs (a header found, a cell, a file name): their controls are shown, never acted on.
  const say = (t: Parameters<typeof pick>[0]) => escapeControl(pick(t, lang));
  const one = (e: ParcheckError, prefix: string) => {
    const where = escapeControl(formatLocation(e.location));
    lines.push(`${prefix}${red(`${pick(LABELS.error, lang)} [${e.code}]`)}${where ? ` ${where}` : ''}: ${say(e.text)}`);
    if (e.expected !== undefined) lines.push(`  ${pick(LABELS.expected, lang)}: ${say(e.expected)}`);
    if (e.found !== undefined) lines.push(`  ${pick(LABELS.found, lang)}: ${escapeControl(e.found)}`);
    if (e.hint !== undefined) lines.push(dim(`  ${pick(LABELS.hint, lang)}: ${say(e.hint)}`));
  };
  one(error, '');
  for (const more of error.more) one(more, '');
  return `${lines.join('\n')}\n`;
}

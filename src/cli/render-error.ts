import { formatLocation, type ParcheckError } from '../core/errors.js';
import { LABELS, pick, type Lang } from '../core/i18n.js';

/** The words a user reads for a ParcheckError: message, where, expected/found, what to do. */
export function renderError(error: ParcheckError, lang: Lang, color: boolean): string {
  const red = (s: string) => (color ? `\u001b[31m${s}\u001b[39m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const lines: string[] = [];
  const one = (e: ParcheckError, prefix: string) => {
    const where = formatLocation(e.location);
    lines.push(`${prefix}${red(`${pick(LABELS.error, lang)} [${e.code}]`)}${where ? ` ${where}` : ''}: ${pick(e.text, lang)}`);
    if (e.expected !== undefined) lines.push(`  ${pick(LABELS.expected, lang)}: ${pick(e.expected, lang)}`);
    if (e.found !== undefined) lines.push(`  ${pick(LABELS.found, lang)}: ${e.found}`);
    if (e.hint !== undefined) lines.push(dim(`  ${pick(LABELS.hint, lang)}: ${pick(e.hint, lang)}`));
  };
  one(error, '');
  for (const more of error.more) one(more, '');
  return `${lines.join('\n')}\n`;
}

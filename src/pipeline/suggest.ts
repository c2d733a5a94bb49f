/**
 * "Did you mean …?" for option values and unit names, compared without case, diacritics or extra
 * spaces (an officer types "Duy Xuyen" for "UBND huyện Duy Xuyên"). A name is as close as its
 * closest run of words to the query, so a short query is not penalised for the name's prefix.
 */
import { editDistance } from '../core/edit-distance.js';
import { foldText } from '../ingest/text.js';

/** How far `query` is from `name`: the best over runs of about as many words as the query has (folded). */
export function nameDistance(query: string, name: string): number {
  const q = foldText(query);
  const words = foldText(name).split(' ');
  const span = Math.max(1, q.split(' ').length);
  let best = editDistance(q, words.join(' '));
  // Runs one word shorter or longer too: a stray word in the query ("Duy Xuyen ha") still finds its name.
  for (let n = Math.max(1, span - 1); n <= span + 1; n++) {
    for (let i = 0; i + n <= words.length; i++) best = Math.min(best, editDistance(q, words.slice(i, i + n).join(' ')));
  }
  return best;
}

/**
 * Up to `count` candidates nearest to `query`, nearest first (ties in the given order); only those
 * within about a third of the query's length, so a wild guess gets no suggestion at all.
 */
export function closest(query: string, candidates: readonly string[], count = 5, limit = Math.max(2, Math.ceil(foldText(query).length / 3))): string[] {
  return candidates
    .map((c, i) => ({ c, i, d: nameDistance(query, c) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.c);
}

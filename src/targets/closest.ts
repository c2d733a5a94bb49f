/** Closest names to a mistyped one (edit distance), for "did you mean" hints. */
import { editDistance } from '../core/edit-distance.js';

/** Up to `n` candidates, closest first; names containing the query (or contained in it) rank first. */
export function closest(query: string, candidates: readonly string[], n = 3): string[] {
  const q = query.toLowerCase();
  return [...new Set(candidates)]
    .map((c) => {
      const l = c.toLowerCase();
      const contains = l.includes(q) || q.includes(l);
      return { c, score: editDistance(q, l) - (contains ? 100 : 0) };
    })
    .sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : 1))
    .slice(0, n)
    .map((x) => x.c);
}

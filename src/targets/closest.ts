/** Closest names to a mistyped one (edit distance), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

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

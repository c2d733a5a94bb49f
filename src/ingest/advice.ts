/**
 * Advice that fits the cause: the lexicon word closest to an unknown header, and the `--mapping` line
 * that would make parcheck read a column as a measure.
 */
import { words } from './lexicon/forms.js';
import { lexiconWords } from './profiles.js';

/** The `columns:` entry of a mapping file naming one column's measure (or `ignore`). */
export function mappingLine(letter: string, measure: string): string {
  return measure === 'ignore' ? `- { column: ${letter}, role: ignore }` : `- { column: ${letter}, measure: ${measure} }`;
}

/** The lexicon word nearest to a header's words (Dice coefficient on letter pairs), when any is near. */
export function closestWord(labels: string[]): { words: string; measure: string; score: number } | null {
  const text = labels.map((l) => words(l).join(' ')).join(' ');
  if (text === '') return null;
  const mine = pairs(text);
  let best: { words: string; measure: string; score: number } | null = null;
  for (const w of lexiconWords()) {
    const theirs = pairs(w.words);
    let common = 0;
    const pool = new Map(theirs);
    for (const [p, n] of mine) {
      const m = pool.get(p) ?? 0;
      common += Math.min(n, m);
    }
    const total = [...mine.values()].reduce((a, b) => a + b, 0) + [...theirs.values()].reduce((a, b) => a + b, 0);
    const score = total === 0 ? 0 : (2 * common) / total;
    if (!best || score > best.score) best = { ...w, score: Math.round(score * 100) / 100 };
  }
  return best && best.score >= 0.3 ? best : null;
}

function pairs(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = s.replace(/ /g, '');
  for (let i = 0; i + 1 < t.length; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

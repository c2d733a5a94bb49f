/**
 * Is a quote verbatim in the document text? Whitespace is normalised (runs of spaces, tabs, newlines,
 * no-break spaces → one space), markdown emphasis asterisks are dropped (the Quảng Bình seed is markdown
 * with **bold**), and both sides are NFC so composed and decomposed Vietnamese letters compare equal.
 * An ellipsis (… or ...) in a quote marks an omission: the pieces must appear in order.
 */
export function normalizeForQuote(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\*/g, '')
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ')
    .trim();
}

export type QuoteMatch =
  | { found: true }
  | {
      found: false;
      /** The longest start of the (missing piece of the) quote found in the text. */
      prefix: string;
      /** What the quote says next, and what the text says after the prefix. */
      quoteNext: string;
      textNext: string;
    };

const pieces = (quote: string): string[] =>
  normalizeForQuote(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export function findQuote(normalizedText: string, quote: string): QuoteMatch {
  let from = 0;
  for (const piece of pieces(quote)) {
    const at = normalizedText.indexOf(piece, from);
    if (at !== -1) {
      from = at + piece.length;
      continue;
    }
    // Prefix presence is monotone in its length: binary search the longest prefix present.
    let lo = 0;
    let hi = piece.length;
    let where = -1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const i = normalizedText.indexOf(piece.slice(0, mid), from);
      if (i !== -1) {
        lo = mid;
        where = i;
      } else hi = mid - 1;
    }
    const prefix = piece.slice(0, lo);
    const textNext = where === -1 ? '' : normalizedText.slice(where + lo, where + lo + 50);
    return { found: false, prefix, quoteNext: piece.slice(lo, lo + 50), textNext };
  }
  return { found: true };
}

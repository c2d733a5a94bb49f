/**
 * Folding Vietnamese text for matching: headers and unit names vary in case, diacritics, spacing and
 * the two spellings of "Ủy"/"Uỷ", so every comparison is made on the folded form.
 */
export function foldText(value: string): string {
  // Exports repeat the same unit names and headers on every row and in every file: fold each once.
  const known = FOLDED.get(value);
  if (known !== undefined) return known;
  const folded = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (value.length <= 256) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear(); // bounded: hostile inputs cannot grow it
    FOLDED.set(value, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** The province slug of a name: "TỈNH QUẢNG NAM" → `quang-nam`. */
export function slugify(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// C0/C1 controls and bidi overrides (CVE-2021-42574), as src/report/escape.ts lists them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Warning texts quote unit names from the inputs and are printed to a terminal by every command:
 * an ESC or BEL in a name is shown as `\x1b`, never sent. Figures and names in data stay as read.
 */
export function showControls(value: string): string {
  return value.replace(CONTROLS, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

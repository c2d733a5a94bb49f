/**
 * Folding Vietnamese text for matching: headers and unit names vary in case, diacritics, spacing and
 * the two spellings of "Ủy"/"Uỷ", so every comparison is made on the folded form.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The province slug of a name: "TỈNH QUẢNG NAM" → `quang-nam`. */
export function slugify(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

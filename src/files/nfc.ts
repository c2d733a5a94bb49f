/**
 * Unicode normalisation at the edge. Vietnamese text reaches parcheck in two spellings: precomposed
 * (NFC, what most keyboards and exports write) and decomposed (NFD: Unikey's "combining" mode, macOS
 * file names, some web forms), where "ộ" is "o" + U+0323 + U+0302. Compared as strings, the two
 * spellings of one unit are two units. Every reader turns text into NFC once, as it reads it, so
 * nothing after the files stage ever sees two spellings (Unicode Standard Annex #15).
 */

/** Below U+0300 every character is already NFC and composes with nothing before it. */
const MAY_CHANGE = /[\u0300-\uffff]/;

export function toNfc(value: string): string {
  return MAY_CHANGE.test(value) ? value.normalize('NFC') : value;
}

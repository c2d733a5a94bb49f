/**
 * Text that comes from inputs (unit names, file names, quotes) is untrusted: it may carry ANSI
 * escapes, control characters, bidi overrides, Markdown/HTML or spreadsheet formulas.
 */

// C0 and C1 controls, DEL, and the bidi embedding/override/isolate characters ("Trojan Source",
// CVE-2021-42574) that can reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Make control characters visible instead of acting on the terminal: ESC becomes the four
 * characters `\x1b`, so an ANSI sequence from a unit name is shown, never executed.
 */
export function escapeControl(value: string): string {
  return value.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Markdown table cell: controls made visible, then Markdown and HTML neutralised. */
export function escapeMarkdown(value: string): string {
  return escapeControl(value)
    .replace(/[\\`*_[\]|#~!{}]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * CSV/XLSX formula injection (OWASP "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection): a text cell beginning with `=`, `+`, `-`,
 * `@`, tab or carriage return is prefixed with a single quote so spreadsheet software shows it as
 * text. Also caught: those signs after leading spaces or a line feed (some importers trim them) and
 * their full-width forms ＝＋－＠ (East Asian input methods). True numbers are written as numbers and
 * never pass through here.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

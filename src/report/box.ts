/**
 * The one drawer of every terminal table (check, targets list, targets diff): a box drawn in one linear
 * pass, with cli-table3's look (same border characters, one space of padding), which parcheck used
 * before. cli-table3 took 3–4 s for 2,400 rows (its layout is quadratic in cells and it rebuilds
 * regexes per cell to measure widths), far from the budget of well under a second for a whole report.
 */
export type Align = 'left' | 'right';

// Only parcheck's own colour codes reach here: text from inputs has been through escapeControl.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2013\u2014\u2022\u2264\u2265\u00b7]*$/;
// Variation selectors (U+FE00–FE0F) are Mn.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns a string takes in a terminal: combining marks (decomposed Vietnamese) take none, CJK two. */
export function displayWidth(value: string): number {
  const plain = value.includes('\u001b') ? value.replace(SGR, '') : value;
  // Fast path: ASCII, Latin-1, Latin Extended and precomposed Vietnamese are one column per unit.
  if (NARROW.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Every column at its natural width, whatever the terminal's. */
export function renderBox(head: string[], rows: string[][], align: readonly Align[]): string {
  return fitBox(head, rows, align).text;
}

/** How a box is fitted to a terminal (see fitBox). */
export interface FitOptions {
  /** Columns available; undefined draws every column at its natural width (`--wide`, files). */
  width?: number;
  /** Narrowest a column is wrapped to before a column is dropped (its longest word is kept whole). */
  minWidth?: readonly number[];
  /** Columns dropped, first to last, when even the narrowest wrapping does not fit. */
  dropOrder?: readonly number[];
  /** Colours a piece of a body cell after wrapping (SGR codes never count towards a width). */
  paint?: (row: number, column: number, text: string) => string;
  /**
   * Columns of a fixed width, whatever their content and the terminal's: their cells wrap at
   * whitespace and a word too long for the column is cut short with "…" (targets diff: old and new
   * values side by side). Such a table is drawn at its fixed and natural widths (`width` is not used).
   */
  fixed?: readonly (number | undefined)[];
  /** A rule between body rows too, not only under the heading. */
  rowRules?: boolean;
  /** Colours each piece of the border, as drawn cell by cell. */
  border?: (piece: string) => string;
  /** Colours each heading cell, its padding included. */
  heading?: (cell: string) => string;
}

export interface FittedBox {
  text: string;
  /** Columns left out, as indices into `head`: empty columns first, then by `dropOrder`. */
  dropped: number[];
  /** Of those, the ones that held something (the reader should be told). */
  hidden: number[];
}

const border = (n: number) => 3 * n + 1;

/**
 * A box that fits `width` columns. In order: every column at its natural width if that fits; else
 * columns empty in every row are left out; then the widest columns are wrapped at spaces (and after
 * "..", so `2025-01..2025-06` breaks into its two months) down to `minWidth`; then the columns of
 * `dropOrder` are left out one by one; and as a last resort words are broken inside.
 */
export function fitBox(head: string[], rows: string[][], align: readonly Align[], options: FitOptions = {}): FittedBox {
  const n = head.length;
  const fixed = options.fixed ?? [];
  const natural = head.map((h, i) => fixed[i] ?? Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  let keep = head.map((_, i) => i);
  const dropped: number[] = [];
  const hidden: number[] = [];
  const width = options.fixed ? undefined : options.width;
  const sum = (cols: number[], w: (i: number) => number) => cols.reduce((a, i) => a + w(i), 0) + border(cols.length);
  if (width !== undefined && sum(keep, (i) => natural[i]!) > width) {
    const empty = keep.filter((i) => rows.every((r) => (r[i] ?? '') === ''));
    keep = keep.filter((i) => !empty.includes(i));
    dropped.push(...empty);
  }
  const longestWord = head.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i] ?? '')].flatMap(tokens).map((t) => displayWidth(t.trimEnd())), 1));
  const floor = (i: number) => Math.min(natural[i]!, Math.max(longestWord[i]!, options.minWidth?.[i] ?? 0));
  const drops = [...(options.dropOrder ?? [])];
  while (width !== undefined && sum(keep, floor) > width && keep.length > 1) {
    const next = drops.shift();
    if (next === undefined) break;
    if (!keep.includes(next)) continue;
    keep = keep.filter((i) => i !== next);
    dropped.push(next);
    hidden.push(next);
  }
  const widths = new Array<number>(n).fill(0);
  for (const i of keep) widths[i] = natural[i]!;
  if (width !== undefined) {
    // Shave the widest column first, down to its floor; then, if still too wide, below it.
    for (const limit of [floor, () => 1]) {
      while (sum(keep, (i) => widths[i]!) > width) {
        let pick = -1;
        for (const i of keep) if (widths[i]! > limit(i) && (pick < 0 || widths[i]! > widths[pick]!)) pick = i;
        if (pick < 0) break;
        widths[pick]!--;
      }
    }
    // A wrapped column may need less than it was given ("2025-01.." under 12 columns needs 9): tighten
    // every column to its widest piece, then give what is freed to the columns still wrapped most.
    const cells = (i: number) => [head[i] ?? '', ...rows.map((r) => r[i] ?? '')];
    const tighten = (i: number) => {
      if (widths[i]! < natural[i]!)
        widths[i] = Math.max(
          1,
          ...cells(i)
            .flatMap((c) => wrapCell(c, widths[i]!))
            .map(displayWidth),
        );
    };
    keep.forEach(tighten);
    for (const i of [...keep].sort((a, b) => natural[b]! - widths[b]! - (natural[a]! - widths[a]!))) {
      const slack = width - sum(keep, (k) => widths[k]!);
      if (slack <= 0) break;
      if (widths[i]! >= natural[i]!) continue;
      widths[i] = Math.min(natural[i]!, widths[i]! + slack);
      tighten(i);
    }
  }
  const cols = keep;
  const edge = options.border ?? ((piece: string) => piece);
  const last = cols.length - 1;
  const rule = (left: string, mid: string, right: string) => cols.map((i, j) => edge(`${j === 0 ? left : mid}${'─'.repeat(widths[i]! + 2)}${j === last ? right : ''}`)).join('');
  const block = (cells: string[], aligns: readonly Align[], row: number | null): string[] => {
    const wrapped = cols.map((i) => (fixed[i] !== undefined ? wrapWords(cells[i] ?? '', fixed[i]!) : wrapCell(cells[i] ?? '', widths[i]!)));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = cols.map((i, j) => {
        const piece = wrapped[j]![k] ?? '';
        const fill = ' '.repeat(Math.max(0, widths[i]! - displayWidth(piece)));
        const shown = row !== null && options.paint && piece !== '' ? options.paint(row, i, piece) : piece;
        const cell = ` ${aligns[i] === 'right' ? fill + shown : shown + fill} `;
        return edge('│') + (row === null && options.heading ? options.heading(cell) : cell);
      });
      out.push(parts.join('') + edge('│'));
    }
    return out;
  };
  const out = [
    rule('┌', '┬', '┐'),
    ...block(
      head,
      head.map(() => 'left'),
      null,
    ),
  ];
  rows.forEach((r, k) => {
    if (k === 0 || options.rowRules) out.push(rule('├', '┼', '┤'));
    out.push(...block(r, align, k));
  });
  if (rows.length === 0) out.push(rule('├', '┼', '┤'));
  out.push(rule('└', '┴', '┘'));
  return { text: out.join('\n'), dropped, hidden };
}

/**
 * A cell of a fixed-width column: each of its lines wrapped at whitespace (kept as written between the
 * words of a line; a line break starts a new line, blank lines are dropped), and a word wider than the
 * column cut short with "…".
 */
export function wrapWords(value: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    const parts = paragraph.split(/(\s+)/);
    let line = '';
    let used = 0;
    let gap = '';
    for (let k = 0; k < parts.length; k += 2) {
      const word = parts[k]!;
      const grown = used + displayWidth(word) + (used > 0 ? gap.length : 0);
      if (grown > width) {
        if (used !== 0) lines.push(line);
        line = word;
        used = displayWidth(word);
      } else {
        line += gap + word;
        used = grown;
      }
      gap = parts[k + 1] ?? '';
    }
    if (used > 0) lines.push(line);
  }
  return lines.map((l) => (displayWidth(l) > width ? `${cutToWidth(l, width - 1)}…` : l));
}

function cutToWidth(value: string, width: number): string {
  if (value.length === displayWidth(value)) return value.slice(0, width);
  let cut = value;
  while (displayWidth(cut) > width) cut = cut.slice(0, -1);
  return cut;
}

/** Break opportunities: after spaces and after ".." (never before a lone "%": "điểm %" stays whole). */
function tokens(value: string): string[] {
  const out: string[] = [];
  for (const [word] of value.matchAll(/ *[^ ]+ */g)) {
    if (word.trim() === '%' && out.length > 0) out[out.length - 1] += word;
    else out.push(...word.split(/(?<=\.\.)(?=[^ .])/));
  }
  return out;
}

/** A cell wrapped to `width` columns: at break opportunities, and inside a word only when it must. */
export function wrapCell(value: string, width: number): string[] {
  if (displayWidth(value) <= width) return [value];
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(value)) {
    if (displayWidth((line + token).trimEnd()) <= width) {
      line += token;
      continue;
    }
    flush();
    let rest = token;
    while (displayWidth(rest.trimEnd()) > width) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(cut + ch) > width) break;
        cut += ch;
      }
      if (cut === '') cut = [...rest][0]!;
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  flush();
  return lines.length > 0 ? lines : [''];
}

/**
 * A line of prose wrapped to `width` columns, continuation lines indented under the first one's text
 * (its leading spaces plus `extra`). Lines that fit, and lines of a terminal of unknown width, pass as they are.
 */
export function wrapLine(line: string, width: number | undefined, extra = '  '): string[] {
  if (width === undefined || displayWidth(line) <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const indent = lead + extra;
  const parts = tokens(line.slice(lead.length));
  let first = '';
  let k = 0;
  while (k < parts.length && displayWidth((first + parts[k]!).trimEnd()) <= width - lead.length) first += parts[k++]!;
  if (k === 0) {
    // One word longer than the line (a long path): break it where it must.
    const [head = '', ...more] = wrapCell(line.slice(lead.length), Math.max(8, width - lead.length));
    return [lead + head, ...wrapCell(more.join(''), Math.max(8, width - indent.length)).map((l) => indent + l)];
  }
  const rest = parts.slice(k).join('');
  return [lead + first.trimEnd(), ...(rest.trim() === '' ? [] : wrapCell(rest, Math.max(8, width - indent.length)).map((l) => indent + l))];
}

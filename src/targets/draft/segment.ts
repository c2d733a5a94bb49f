/**
 * A plan's text → lines with their heading context → clauses. Pure.
 * A clause is the smallest span a commitment is quoted from: a line is cut at sentence ends, at
 * semicolons and at inline bullets (" - "), never inside a range ("25% - 35%").
 * Table rows come as tab-separated cells (a .docx table is written that way by docx.ts, and plan texts
 * pasted from Word keep the tabs); a row continued on the next line (first cells empty) shares the row's
 * context (its title, deadline cell, baseline) but each line is quoted on its own, so quotes stay verbatim.
 */

export interface Clause {
  /** 1-based line number in the plan text. */
  line: number;
  /** Verbatim text of the clause (a substring of the line). */
  text: string;
  /** The whole line (or table row, its cells and continuation lines joined), for context words. */
  context: string;
  /** For table rows: the title cell (what the row is about), used for level words. */
  rowTitle?: string;
  /** For table rows: the deadline cell ("Trong năm 2024"). */
  rowWhen?: string;
  /** Heading texts from the outermost to the innermost that hold this clause. */
  headings: Heading[];
  /** Index of the sentence within its line (clauses of one sentence share it). */
  sentence: number;
}

export interface Heading {
  marker: string;
  text: string;
  rank: number;
  line: number;
}

// Heading ranks: I. > 1. > 1.1. > a) > - > +; a plain paragraph is content, never a heading.
function markerOf(line: string): { marker: string; rank: number; rest: string } | undefined {
  const m = /^\s*([IVX]{1,5})\.\s+(.*)$/.exec(line) ?? /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(.*)$/.exec(line) ?? /^\s*([a-zđ])\)\s+(.*)$/.exec(line) ?? /^\s*([-–·•+*])\s*(.*)$/.exec(line);
  if (!m) return undefined;
  const marker = m[1]!;
  let rank: number;
  if (/^[IVX]+$/.test(marker)) rank = 1;
  else if (/^\d/.test(marker)) rank = 2 + (marker.split('.').length - 1);
  else if (/^[a-zđ]$/.test(marker)) rank = 6;
  else if (marker === '+' || marker === '*') rank = 8;
  else rank = 7;
  return { marker, rank, rest: m[2]! };
}

/** Markdown emphasis, html tags, Word bookmarks: dropped from the context (quotes keep the raw text). */
export function cleanLine(raw: string): string {
  return raw
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/\[bookmark:[^\]]*\]/g, ' ')
    .replace(/\*\*/g, '');
}

const isTableRow = (raw: string) => (raw.match(/\t/g) ?? []).length >= 2 && raw.trim().length > 0;
const WHEN_CELL = /^(?:trong năm|năm|đến năm|đến hết năm|quý\s+[IV1-4]+\s+năm|tháng\s+\d{1,2}\s*(?:\/|năm)\s*)?\s*\d{4}\s*$|^thường xuyên$|^hằng năm$|^hàng năm$|^theo /i;

/** Cut a text into clauses: sentence ends, semicolons, inline bullets. Returns [start, end) offsets. */
export function clauseSpans(text: string): { start: number; end: number; sentence: number }[] {
  const spans: { start: number; end: number; sentence: number }[] = [];
  let start = 0;
  let sentence = 0;
  const push = (end: number, nextSentence: boolean) => {
    if (end > start) spans.push({ start, end, sentence });
    if (nextSentence) sentence++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ';' || ch === '\n') {
      push(i, false);
      start = i + 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '') && /^\s+["“(]?[A-ZĐÀ-Ỹ0-9]/u.test(text.slice(i + 1, i + 4))) {
      push(i + 1, true);
      start = i + 1;
    } else if ((ch === '-' || ch === '–' || ch === '•') && /\s/.test(text[i - 1] ?? '') && i > start + 1) {
      const before = text.slice(start, i).trimEnd();
      const after = text.slice(i + 1).trimStart();
      // "25% - 35%", "2021 - 2025", "tỉnh - thành phố": not a bullet.
      if (/[\d%]$/.test(before) && /^\d/.test(after)) continue;
      if (!/^\S/.test(after) || /^[a-zà-ỹđ]/u.test(after)) continue;
      push(i, false);
      start = i + 1;
    }
  }
  push(text.length, false);
  return spans
    .map((s) => {
      let a = s.start;
      let b = s.end;
      while (a < b && /[\s\-–·•+*:,]/.test(text[a]!)) a++;
      while (b > a && text[b - 1] === '\n') b--;
      while (b > a && /[\s,]/.test(text[b - 1]!)) b--;
      return { start: a, end: b, sentence: s.sentence };
    })
    .filter((s) => s.end - s.start >= 4);
}

export interface PlanLine {
  no: number;
  raw: string;
}

export function planLines(text: string): PlanLine[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\n|\r/)
    .map((raw, i) => ({ no: i + 1, raw }));
}

/** Every clause of the plan with its heading context. */
/** Html tags and bookmarks inside a line become hard breaks for clause cutting (offsets unchanged). */
const shadowOf = (raw: string) => raw.replace(/<[^>]{1,200}>|\[bookmark:[^\]]*\]/g, (m) => '\n'.repeat(m.length));

interface Row {
  lines: PlanLine[];
  title?: string;
  when?: string;
  context: string;
}

const cellsOf = (raw: string) => raw.split('\t');
const isWhen = (c: string) => WHEN_CELL.test(cleanLine(c).trim());

/** Table lines grouped into rows: a line whose first cell is empty and names no deadline continues the row above. */
function tableRows(lines: PlanLine[], from: number): { rows: Row[]; next: number } {
  const rows: Row[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    if (lines[i]!.raw.trim() === '') {
      // Word exports put blank lines inside a table: the table goes on if a row follows.
      let k = i;
      while (k < lines.length && lines[k]!.raw.trim() === '') k++;
      if (k < lines.length && isTableRow(lines[k]!.raw)) continue;
      break;
    }
    if (!isTableRow(lines[i]!.raw)) break;
    const cells = cellsOf(lines[i]!.raw);
    // A header row repeated at a page break ("Số TT | Nhiệm vụ | …") is not data: the row above goes on.
    if (/^(?:stt|số tt|tt)$/iu.test(cleanLine(cells[0]!).trim())) continue;
    const continued = rows.length > 0 && cells[0]!.trim() === '' && !(cells[1] ?? '').trim().match(/^[A-ZĐÀ-Ỹ]/u);
    if (continued) rows[rows.length - 1]!.lines.push(lines[i]!);
    else rows.push({ lines: [lines[i]!], context: '' });
  }
  for (const row of rows) {
    // Cell by cell across the row's lines, so a cell broken over two lines reads as one.
    const width = Math.max(...row.lines.map((l) => cellsOf(l.raw).length));
    const cols: string[] = Array.from({ length: width }, () => '');
    for (const l of row.lines) {
      cellsOf(l.raw).forEach((c, k) => {
        cols[k] = `${cols[k]} ${cleanLine(c)}`.trim();
      });
    }
    row.context = cols.join(' ').replace(/\s+/g, ' ');
    const whenIdx = cols.findIndex((c) => isWhen(c) || /^(?:trong năm|năm)\s+\d{4}$/iu.test(c));
    row.when = whenIdx >= 0 ? cols[whenIdx] : undefined;
    const titleIdx = cols.findIndex((c, k) => k > 0 && c !== '');
    row.title = titleIdx > 0 ? cols[titleIdx] : undefined;
  }
  return { rows, next: i };
}

/** Every clause of the plan with its heading context. */
export function planClauses(lines: PlanLine[]): Clause[] {
  const out: Clause[] = [];
  const stack: Heading[] = [];
  let lastWhen: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const { no, raw } = lines[i]!;
    if (raw.trim() === '') continue;
    if (isTableRow(raw)) {
      const { rows, next } = tableRows(lines, i);
      i = next - 1;
      for (const row of rows) {
        const first = cellsOf(row.lines[0]!.raw);
        const lead = first[0]!.trim();
        // A numbered row with nothing but its title is a heading for the rows under it ("1. Kiểm soát TTHC").
        if (lead !== '' && first.slice(2).every((c) => c.trim() === '')) {
          const m = markerOf(`${lead} ${first.slice(1).join(' ')}`);
          if (m) pushHeading(stack, { marker: m.marker, rank: m.rank, text: cleanLine(first.slice(1).join(' ')).trim(), line: row.lines[0]!.no });
        }
        if (row.when === undefined && lead === '') row.when = lastWhen;
        lastWhen = row.when;
        for (const l of row.lines) {
          for (const cell of cellsOf(l.raw)) {
            if (isWhen(cell) || /^\s*[\dIVX.]+\s*$/.test(cell)) continue;
            const shadow = shadowOf(cell);
            for (const s of clauseSpans(shadow)) {
              out.push({ line: l.no, text: cell.slice(s.start, s.end), context: row.context, rowTitle: row.title, rowWhen: row.when, headings: [...stack], sentence: s.sentence });
            }
          }
        }
      }
      continue;
    }
    const clean = cleanLine(raw);
    const m = markerOf(clean);
    if (m) {
      pushHeading(stack, { marker: m.marker, rank: m.rank, text: m.rest.trim(), line: no });
    } else if (isTitleLine(clean)) {
      // An unnumbered all-capitals line ("QUYẾT ĐỊNH:", "KẾ HOẠCH") starts a new part of the document.
      stack.length = 0;
      stack.push({ marker: '', rank: 0, text: clean.trim(), line: no });
    }
    for (const s of clauseSpans(shadowOf(raw))) {
      out.push({ line: no, text: raw.slice(s.start, s.end), context: clean, headings: [...stack], sentence: s.sentence });
    }
  }
  return out;
}

function pushHeading(stack: Heading[], h: Heading): void {
  while (stack.length > 0 && stack[stack.length - 1]!.rank >= h.rank) stack.pop();
  stack.push(h);
}

function isTitleLine(line: string): boolean {
  const t = line.trim();
  return t.length >= 6 && t.length <= 120 && t === t.toLocaleUpperCase('vi') && /[A-ZĐÀ-Ỹ]{3}/u.test(t);
}

/** The section label of a clause: markers joined ("II.2") and the innermost heading's words. */
export function sectionOf(headings: Heading[]): string {
  const numbered = headings.filter((h) => h.marker !== '' && !/^[-–·•+*]$/.test(h.marker));
  const path = numbered.map((h) => h.marker).join('.');
  const last = numbered[numbered.length - 1] ?? headings[headings.length - 1];
  const words = last
    ? last.text
        .replace(/\s+/g, ' ')
        .slice(0, 90)
        .replace(/[:\s]+$/, '')
    : '';
  const label = [path, words].filter(Boolean).join(' – ');
  return label || '(đầu văn bản)';
}

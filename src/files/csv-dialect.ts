/**
 * The delimiter of a CSV text: the one sniffer and the one delimiter set of every CSV reader (summary
 * tables through csv-parse, dossier lists through the byte scanner, the header reader of
 * `inspect --suggest-mapping`). Excel writes `;` where the decimal mark is a comma, as on Vietnamese
 * Windows, `,` elsewhere, and tabs for "Unicode text"; some web systems export `|`.
 */

/** Every delimiter read, in the order a tie between two is settled. */
export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A record of a text prefix, its cells unquoted. */
export interface HeadRecord {
  cells: string[];
  /** Offset (in the text) just past the record's line feed. */
  end: number;
  /** Physical line the record starts on (1-based). */
  line: number;
  /** Physical lines it spans (line feeds inside quoted cells add to one). */
  lines: number;
}

/**
 * The delimiter of a text whose shape is learnt only from its grid (summary tables): the one seen most
 * often outside quotes in the first 50 lines, `,` when none is. A pipe counts only where a header is
 * recognised (sniffHeader): in free text it is as often part of a cell.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.filter((d) => d !== '|').map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 50; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n') lines++;
    else if (counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  // a tie goes to the comma: Excel's own "CSV" on most systems
  let best: Delimiter = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return counts.get(best)! > 0 ? best : ',';
}

export interface HeaderFound {
  delimiter: Delimiter;
  records: HeadRecord[];
  /** Index in `records` of the header. */
  index: number;
}

/**
 * The delimiter under which a header comes first (`isHeader`), its records and the header's index; when
 * no delimiter shows one, the delimiter and record that `score` ranks highest (the first on ties).
 */
export function sniffHeader(text: string, complete: boolean, isHeader: (r: HeadRecord) => boolean, score: (r: HeadRecord) => number, maxRecords = 40): HeaderFound {
  const parsed = DELIMITERS.map((delimiter) => ({ delimiter, records: parseHeadRecords(text, delimiter, maxRecords, complete) }));
  let best: HeaderFound | null = null;
  for (const { delimiter, records } of parsed) {
    const index = records.findIndex(isHeader);
    if (index >= 0 && (!best || index < best.index)) best = { delimiter, records, index };
  }
  if (best) return best;
  let top: HeaderFound & { score: number } = { delimiter: DELIMITERS[0], records: [], index: 0, score: -1 };
  for (const { delimiter, records } of parsed) {
    records.forEach((r, index) => {
      const s = score(r);
      if (s > top.score) top = { delimiter, records, index, score: s };
    });
  }
  return { delimiter: top.delimiter, records: top.records, index: top.index };
}

/** Records of a text prefix; the last (possibly cut) record is dropped unless the text is complete. */
export function parseHeadRecords(text: string, delimiter: string, max: number, complete: boolean): HeadRecord[] {
  const out: HeadRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length && out.length < max) {
    const cells: string[] = [];
    let cell = '';
    let nl = 0;
    let quoted = false;
    let j = i;
    let done = false;
    while (j < text.length) {
      const c = text[j]!;
      if (quoted) {
        if (c === '"') {
          if (text[j + 1] === '"') {
            cell += '"';
            j++;
          } else quoted = false;
        } else {
          if (c === '\n') nl++;
          cell += c;
        }
      } else if (c === '"' && cell === '') quoted = true;
      else if (c === delimiter) {
        cells.push(cell);
        cell = '';
      } else if (c === '\n') {
        done = true;
        break;
      } else cell += c;
      j++;
    }
    if (!done && !complete) break;
    cells.push(cell.replace(/\r$/, ''));
    out.push({ cells, end: j + 1, line, lines: 1 + nl });
    line += 1 + nl;
    i = j + 1;
  }
  return out;
}

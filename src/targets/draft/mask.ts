/**
 * Numbers that are never commitments, found and blanked (same length, so offsets hold) before figures
 * are read: document numbers and codes, dates, article numbers, money, list markers, years.
 * Each blanked number the reader should see is returned with the reason it was left out.
 */
export interface Masked {
  /** The clause with non-commitment numbers replaced by spaces. */
  text: string;
  /** What was blanked and shown to the reader in `# not drafted`. */
  left: { at: number; text: string; reason: string }[];
}

interface MaskRule {
  re: RegExp;
  reason: string | null;
}

// Order matters: the longest forms first (a date inside a document reference goes with the reference).
const RULES: MaskRule[] = [
  { re: /\b(?:số|Số|SỐ):?\s*\**\s*\d[\d\s*]*\/\s*[\dA-ZĐa-zđ\-/.]*/gu, reason: 'số văn bản / document number' },
  { re: /\b\d{1,5}(?:\/\d{2,4})?\/[A-ZĐ][A-ZĐa-zđ\-/.]*/gu, reason: 'số hiệu văn bản / document code' },
  { re: /\b\d{1,3}-[A-ZĐ][A-Za-zĐđ]+\/[A-ZĐ]{1,}/gu, reason: 'số hiệu văn bản / document code' },
  { re: /\bngày\s+\**\s*\d{1,2}\s*\**\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu, reason: 'ngày tháng / date' },
  { re: /\b\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}\b/gu, reason: 'ngày tháng / date' },
  { re: /\b\d{1,2}\/\d{4}\b/gu, reason: 'tháng / month' },
  { re: /\btháng\s+\d{1,2}\s+năm\s+\d{4}/giu, reason: 'ngày tháng / date' },
  { re: /(?<![\p{L}\d])(?:Điều|Khoản|Điểm|Chương|Mục|Phụ lục|điều|khoản|điểm)\s+\d+[a-zđ]?(?![\p{L}\d])/gu, reason: 'điều khoản / article number' },
  { re: /\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|VNĐ|VND)\b/giu, reason: 'kinh phí / budget' },
  { re: /\b(?:lần thứ|khóa|khoá|nhiệm kỳ)\s+[\dIVXL]+/giu, reason: null },
  { re: /\(\d{1,2}\)/gu, reason: null },
  { re: /\b\d{1,2}\s*(?:tháng|quý)\s*\/\s*0?1\s*lần/giu, reason: 'tần suất / frequency' },
  { re: /\b(?:19|20)\d{2}\b/gu, reason: null },
  { re: /\b(?:mức độ|mức)\s+[1-4](?:\s*(?:,|và|\.)\s*(?:mức độ\s+)?[1-4])*/giu, reason: null },
  { re: /\b(?:IPv|v)\d+/gu, reason: null },
];

export function maskClause(clause: string): Masked {
  let text = clause;
  const left: Masked['left'] = [];
  for (const { re, reason } of RULES) {
    text = text.replace(re, (m, ...args) => {
      const at = args[args.length - 2] as number;
      if (reason) left.push({ at, text: clause.slice(at, at + m.length).trim(), reason });
      return ' '.repeat(m.length);
    });
  }
  // A leading list marker ("1.", "2.1.", "a)") is structure, not a figure.
  text = text.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))(?=\s)/u, (m) => ' '.repeat(m.length));
  return { text, left };
}

/** Years named in a clause, with what they say: a deadline, a baseline, a period. Read on the raw text. */
export function yearsIn(raw: string): { deadline?: number | string; period?: [number, number]; baseline?: number; through?: number; own?: number } {
  const out: { deadline?: number | string; period?: [number, number]; baseline?: number; through?: number; own?: number } = {};
  // Dates and document references carry years that say nothing about the target.
  const t = raw
    .replace(/\b(?:số|Số):?\s*\**\s*\d[\d\s*]*\/\s*[\dA-ZĐa-zđ\-/.]*/gu, ' ')
    .replace(/\b\d{1,5}(?:\/\d{2,4})?\/[A-ZĐ][A-ZĐa-zđ\-/.]*/gu, ' ')
    .replace(/\bngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*\/\s*\d{1,2}\s*\/\s*\d{4})/giu, ' ');
  const before = /\btrước\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu.exec(raw);
  if (before) out.deadline = `${before[3]}-${before[2]!.padStart(2, '0')}-${before[1]!.padStart(2, '0')}`;
  const base =
    /so với\s+(?:kết quả\s+)?(?:năm\s+|giai đoạn\s+(?:\d{4}\s*[-–]\s*)?)(\d{4})|so với\s+(\d{4})|tính đến (?:hết )?(?:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm|ngày\s+\d{1,2}\/\d{1,2}\/|năm)\s*(\d{4})|cao hơn (?:so với )?(?:kết quả )?năm\s+(\d{4})/iu.exec(
      raw,
    );
  if (base) out.baseline = Number(base[1] ?? base[2] ?? base[3] ?? base[4]);
  // "so với giai đoạn 2021 - 2025": the yearly average of the period (baseline 2021 through 2025).
  const basePeriod = /so với\s+giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(raw);
  if (basePeriod) {
    out.baseline = Number(basePeriod[1]);
    out.through = Number(basePeriod[2]);
  }
  const period = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(t);
  if (period && !(base && base.index < period.index + period[0].length && base.index + base[0].length > period.index)) {
    out.period = [Number(period[1]), Number(period[2])];
  }
  if (out.deadline === undefined) {
    const d = /(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+(\d{4})|trong\s+năm\s+(\d{4})|(?:^|[,:.;]\s*|phấn đấu\s+)năm\s+(\d{4})/iu.exec(t);
    if (d) {
      out.deadline = Number(d[1] ?? d[2] ?? d[3]);
      if (d[3]) out.own = Number(d[3]);
    } else if (out.period) out.deadline = out.period[1];
    else {
      // "... năm 2024 cao hơn năm 2023": the year of the subject, not the baseline.
      const y = /\bnăm\s+(\d{4})/iu.exec(t.replace(/so với\s+(?:kết quả\s+)?năm\s+\d{4}|cao hơn (?:so với )?(?:kết quả )?năm\s+\d{4}/giu, ' '));
      if (y && !/(?:gần nhất|trước|qua)/.test(t.slice(y.index + y[0].length, y.index + y[0].length + 12))) out.deadline = Number(y[1]);
    }
  }
  return out;
}

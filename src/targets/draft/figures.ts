/**
 * The figures of one clause, read on its masked text (mask.ts): percentages, ranges, ranks, counts,
 * days, and changes against a baseline, each with its comparator as the words around it say.
 */
export type FigureKind = 'percent' | 'range' | 'rank' | 'count' | 'days' | 'change0';

export interface Figure {
  kind: FigureKind;
  value: number | [number, number];
  comparator: '>=' | '>' | '<=' | '<' | 'between' | 'rank_within';
  /** A change against a baseline ("giảm tối thiểu 10% … so với năm 2021"). */
  change?: 'reduction' | 'growth';
  strict?: boolean;
  start: number;
  end: number;
  /** The words that set the comparator, for the reason. */
  cue?: string;
  /** What a count counts ("mô hình"). */
  noun?: string;
}

const num = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));
const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;

const AT_LEAST = /(tối thiểu|ít nhất|không thấp hơn|không dưới|không ít hơn|đạt từ|từ)\s*(?:là\s*)?(?:bình quân\s*)?$/iu;
const ABOVE = /(?:^|\s)(trên|hơn|vượt)\s*$/iu;
const BELOW = /(?:^|\s)(dưới)\s*$/iu;
const AT_MOST = /(tối đa|không quá|không vượt quá|không cao hơn)\s*$/iu;
const CUT = /(giảm|cắt giảm|tiết giảm)(?:,?\s*đơn giản hóa)?\s*(tối thiểu|ít nhất|bình quân|trên|tối thiểu bình quân)?\s*(?:(?:mỗi năm|hằng năm|hàng năm)\s*)?$/iu;
const RAISE = /(?:tăng|cao hơn[^%]{0,40}?)\s*(tối thiểu|ít nhất|bình quân|trên)?\s*$/iu;

const TIME_NOUNS = /^(năm|tháng|ngày|giờ|lần|quý|tuần|phút|%)$/iu;
const COUNT_CUE = /(ít nhất|tối thiểu|hoàn thành|đầy đủ|phấn đấu có|phấn đấu đạt)\s*(?:từ\s*)?$/iu;

function comparatorBefore(head: string, tail: string): { comparator: Figure['comparator']; cue?: string; strict?: boolean } {
  let m: RegExpExecArray | null;
  if ((m = AT_MOST.exec(head))) return { comparator: '<=', cue: m[1] };
  if ((m = BELOW.exec(head))) return { comparator: '<', cue: m[1] };
  if ((m = ABOVE.exec(head))) return { comparator: '>', cue: m[1], strict: true };
  if ((m = AT_LEAST.exec(head))) return { comparator: '>=', cue: m[1] };
  if (/^\s*trở xuống/iu.test(tail)) return { comparator: '<=', cue: 'trở xuống' };
  if (/^\s*trở lên/iu.test(tail)) return { comparator: '>=', cue: 'trở lên' };
  return { comparator: '>=' };
}

/** Figures in order of position. `text` is masked (non-commitment numbers blanked). */
export function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (f: Figure) => {
    if (!free(f.start, f.end)) return;
    taken.push([f.start, f.end]);
    out.push(f);
  };
  let m: RegExpExecArray | null;
  const range = new RegExp(String.raw`(?:từ\s*)?${NUM}\s*%?\s*(?:-|–|đến|tới)\s*${NUM}\s*%`, 'giu');
  while ((m = range.exec(text))) {
    const lo = num(m[1]!);
    const hi = num(m[2]!);
    if (lo < hi) add({ kind: 'range', value: [lo, hi], comparator: 'between', start: m.index, end: m.index + m[0].length, cue: 'từ … đến' });
  }
  const pct = new RegExp(String.raw`${NUM}\s*%`, 'gu');
  while ((m = pct.exec(text))) {
    const start = m.index;
    if (/[\d.,]$/.test(text.slice(0, start))) continue;
    const head = text.slice(Math.max(0, start - 60), start);
    const tail = text.slice(start + m[0].length, start + m[0].length + 20);
    const f: Figure = { kind: 'percent', value: num(m[1]!), ...comparatorBefore(head, tail), start, end: start + m[0].length };
    const cut = CUT.exec(head);
    const raise = !cut && RAISE.exec(head);
    if (cut) {
      f.change = 'reduction';
      f.cue = cut[0].trim();
      f.strict = cut[2]?.toLowerCase() === 'trên' || undefined;
      f.comparator = '>=';
    } else if (raise && /tăng|cao hơn/iu.test(raise[0])) {
      f.change = 'growth';
      f.cue = raise[0].trim();
      f.strict = raise[1]?.toLowerCase() === 'trên' || undefined;
      f.comparator = '>=';
    }
    add(f);
  }
  const rank = /(?:nhóm|top)\s*(?:các\s+)?0*(\d{1,2})\s*(?:tỉnh|địa phương|đơn vị|bộ|$)/giu;
  while ((m = rank.exec(text))) add({ kind: 'rank', value: Number(m[1]), comparator: 'rank_within', start: m.index, end: m.index + m[0].length, cue: 'nhóm' });
  const thu = /(?:xếp hạng|đứng)\s+thứ\s+0*(\d{1,2})/giu;
  while ((m = thu.exec(text))) add({ kind: 'rank', value: Number(m[1]), comparator: 'rank_within', start: m.index, end: m.index + m[0].length, cue: 'xếp hạng thứ' });
  const days = /(chậm nhất(?: là)?\s+)?(trước|sau|trong vòng|trong|không quá|tối đa)\s+0*(\d{1,3})\s+ngày/giu;
  while ((m = days.exec(text))) {
    const word = m[2]!.toLowerCase();
    const lead = word === 'trước';
    add({ kind: 'days', value: Number(m[3]), comparator: lead ? '>=' : '<=', start: m.index, end: m.index + m[0].length, cue: m[0].replace(/\s+\d+.*$/, '') });
  }
  const count = /(\p{L}+(?:\s+\p{L}+){0,2})?\s+(?:từ\s+)?(\d{1,3})\s+(\p{L}+(?:\s+\p{L}+)?)/gu;
  while ((m = count.exec(text))) {
    const numAt = m.index + m[0].indexOf(m[2]!, (m[1] ?? '').length);
    const head = text.slice(Math.max(0, numAt - 40), numAt);
    const noun = m[3]!;
    const cue = COUNT_CUE.exec(head);
    count.lastIndex = numAt + m[2]!.length;
    if (!cue || TIME_NOUNS.test(noun.split(/\s+/)[0]!)) continue;
    if (/^\s*%/.test(text.slice(numAt + m[2]!.length))) continue;
    const tail = text.slice(numAt, numAt + 60);
    const upward = /trở lên/iu.test(tail) ? 'trở lên' : undefined;
    add({ kind: 'count', value: Number(m[2]), comparator: '>=', start: numAt - cue[0].length, end: numAt + m[2]!.length + 1 + noun.length, cue: upward ?? cue[1], noun });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A change named without a figure: "cao hơn năm 2023", "giảm so với năm 2023", "được cải thiện so với …". */
export function figurelessChange(raw: string): { change: 'reduction' | 'growth'; baseline: number; at: number; cue: string } | undefined {
  const m =
    /(cao hơn|tăng|được cải thiện|cải thiện|giảm)\s+(?:so với\s+)?(?:kết quả\s+)?năm\s+(\d{4})/iu.exec(raw) ??
    /(cao hơn|tăng|được cải thiện|cải thiện|giảm)\s+so với\s+(?:kết quả\s+)?(?:năm\s+)?(\d{4})/iu.exec(raw);
  if (!m) return undefined;
  return { change: /giảm/iu.test(m[1]!) ? 'reduction' : 'growth', baseline: Number(m[2]), at: m.index, cue: m[0] };
}

/** "mỗi năm tăng tối thiểu 20% … cho đến khi đạt tỷ lệ 100%": a yearly step and its cap. */
export function yearlyStep(raw: string): { step: number; cap?: number } | undefined {
  const m = /(?:mỗi năm|hằng năm|hàng năm)\s+tăng\s+(?:tối thiểu|ít nhất|bình quân)?\s*(\d{1,3}(?:[.,]\d+)?)\s*%/iu.exec(raw);
  if (!m) return undefined;
  const cap = /(?:cho )?đến khi đạt\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(\d{1,3})\s*%/iu.exec(raw);
  return { step: num(m[1]!), cap: cap ? Number(cap[1]) : undefined };
}

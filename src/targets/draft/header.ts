/**
 * What the top of a plan says about the document: number, date, issuer, province, title and the period
 * it covers. Anything not printed stays undefined; the drafted file then says so (number "…").
 */
import { foldText, slugify } from '../../ingest/text.js';
import { cleanLine, type PlanLine } from './segment.js';

export interface PlanHeader {
  number?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as far as the text prints it. */
  date?: string;
  issued?: number;
  issuer?: string;
  province?: string;
  provinceName?: string;
  title?: string;
  planStart: number;
  planEnd: number;
  /** The first full calendar year the plan runs ("hằng năm" starts there). */
  firstFullYear: number;
}

const PROVINCE_LINE = /^(?:uy ban nhan dan |ubnd )?(tinh|thanh pho)\s+([a-z][a-z ]{2,30}?)\s*$/;

export function readHeader(lines: PlanLine[]): PlanHeader {
  const top = lines
    .slice(0, 40)
    .map((l) => cleanLine(l.raw).replace(/\*/g, '').trim())
    .filter((l) => l !== '');
  const all = lines.map((l) => cleanLine(l.raw));
  const h: Partial<PlanHeader> = {};
  for (const l of top) {
    const num = /^Số:?\s*(\d+)\s*\/\s*([A-ZĐ][A-ZĐa-zđ\-/]*)/u.exec(l);
    if (num && !h.number) h.number = `${num[1]}/${num[2]}`;
    const date = /ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(l);
    if (date && !h.date && !/căn cứ|theo đề nghị/iu.test(l)) {
      const [, d, m, y] = date;
      h.date = d ? `${y}-${m!.padStart(2, '0')}-${d.padStart(2, '0')}` : `${y}-${m!.padStart(2, '0')}`;
    }
    const f = foldText(l);
    const p = PROVINCE_LINE.exec(f);
    if (p && !h.province && !/cong hoa/.test(f)) {
      h.province = slugify(p[2]!);
      const words = l
        .split(/\s+/)
        .slice(-p[2]!.split(' ').length)
        .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'));
      h.provinceName = `${p[1] === 'tinh' ? 'tỉnh' : 'thành phố'} ${words.join(' ')}`;
      h.issuer = `UBND ${h.provinceName}`;
    }
    if (!h.title && /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|NGHỊ QUYẾT)\b/u.test(l) && l.length < 40) {
      const i = top.indexOf(l);
      const next = [top[i + 1], top[i + 2]].filter((x): x is string => Boolean(x) && !/^(Căn cứ|Thực hiện|Ngày|ỦY BAN|UỶ BAN)/u.test(x!));
      h.title = [l.replace(/:$/, ''), ...next.slice(0, 2).filter((x) => x.length < 160 && !/^\d|^[IVX]+\./u.test(x))].join(' ').replace(/\s+/g, ' ').trim();
    }
  }
  if (!h.province) {
    // No header (a plan pasted without its letterhead): the province the text names most often.
    const counts = new Map<string, { n: number; name: string }>();
    for (const l of all) {
      for (const m of l.matchAll(/\b(tỉnh|thành phố)\s+((?:[A-ZĐÀ-Ỹ][\p{L}]+\s?){2,3})/gu)) {
        const name = m[2]!.trim();
        const k = slugify(name);
        const c = counts.get(k) ?? { n: 0, name: `${m[1]!.toLowerCase()} ${name}` };
        c.n++;
        counts.set(k, c);
      }
    }
    const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
    if (best) {
      h.province = best[0];
      h.provinceName = best[1].name;
      h.issuer = `UBND ${best[1].name}`;
    }
  }
  // The period: "giai đoạn 2021 - 2025" in the title lines, else "năm 2024" there, else the date's year.
  const titleText = top.slice(0, 25).join(' ');
  const yearOnly = /\bnăm\s+(\d{4})\b/iu.exec((h.title ?? '').replace(/ngày.*$/u, ''));
  const period = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(h.title ?? '') ?? (yearOnly ? null : /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(titleText));
  const issued = h.date ? Number(h.date.slice(0, 4)) : period ? Number(period[1]) : yearOnly ? Number(yearOnly[1]) : undefined;
  const start = period ? Number(period[1]) : yearOnly ? Number(yearOnly[1]) : (issued ?? new Date().getUTCFullYear());
  const end = period ? Number(period[2]) : yearOnly ? Number(yearOnly[1]) : start;
  if (!h.date && issued !== undefined) h.date = String(issued);
  const month = h.date && h.date.length >= 7 ? Number(h.date.slice(5, 7)) : undefined;
  // A plan signed after March leaves its first year short: yearly figures start the next year.
  const firstFull = issued !== undefined && issued >= start && (month === undefined || month > 3) && end > issued ? issued + 1 : Math.max(start, issued ?? start);
  return { ...h, issued, planStart: start, planEnd: end, firstFullYear: firstFull };
}

/**
 * How the reports handed up the chain (HTML, Excel) name the province, the plan documents and the
 * periods: "Tỉnh Quảng Nam" rather than `quang-nam`, a plan whose number its own text leaves blank by
 * its short title, `01–06/2025` rather than `2025-01..2025-06` (which a narrow Excel column cuts off).
 */
import { pick, text, type Lang } from '../core/i18n.js';
import { SCOPE_LEVELS, STATUSES, type CheckResult, type DocumentRef, type ScopeLevel, type Status } from '../core/types.js';

/** "UBND tỉnh Quảng Nam" → "Tỉnh Quảng Nam": the province's name as its own plans write it. */
export function provinceName(result: Pick<CheckResult, 'province' | 'documents'>, lang: Lang): string {
  const docs = (result.documents ?? []).filter((d) => result.province === null || d.province === result.province);
  for (const d of docs) {
    const m = /(?:^|\s)(tỉnh|thành phố)\s+(\S.*)$/iu.exec(d.issuer.normalize('NFC'));
    if (m) {
      const kind = m[1]!.toLowerCase() === 'tỉnh' ? text('Tỉnh', 'Province of') : text('Thành phố', 'City of');
      return `${pick(kind, lang)} ${m[2]!.trim()}`;
    }
  }
  return result.province ?? pick(text('(không xác định)', '(unknown)'), lang);
}

/** A number the document's own text leaves blank reads `…/QĐ-UBND (số để trống…)`: no digit before the slash. */
export function numberIsBlank(number: string): boolean {
  const head = number.split('/')[0] ?? '';
  return !/\d/.test(head);
}

/** Phrases that carry no identifying weight in a heading; removed only from titles longer than LONG. */
const LONG = 70;
const CUT_AT = [/\s+ngày\s+\d/u, /,?\s+trên địa bàn\b/u, /,\s+định hướng\b/u, /\s+của\s+(?:UBND|Ủy ban|Tỉnh ủy)\b/u];

/**
 * A title short enough for a heading: "Quyết định ban hành" dropped, "cải cách hành chính" as CCHC,
 * and a long title cut before its date or "trên địa bàn…" tail. The full title stays in the header.
 */
export function shortTitle(doc: Pick<DocumentRef, 'title'>): string {
  let t = doc.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  t = t.replace(/^Quyết định (?:ban hành|phê duyệt)\s+/iu, '');
  t = t.replace(/cải cách hành chính/giu, 'CCHC');
  if (t.length > LONG) {
    for (const cut of CUT_AT) {
      const m = cut.exec(t);
      if (m && m.index > 20) t = t.slice(0, m.index);
      if (t.length <= LONG) break;
    }
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The heading of a document's group: its number when printed, else its short title; always its date. */
export function documentLabel(doc: Pick<DocumentRef, 'number' | 'title' | 'date'> & { id: string }): string {
  const name = numberIsBlank(doc.number) ? shortTitle(doc) : doc.number;
  return doc.date ? `${name} (${dateText(doc.date)})` : name;
}

/** `2021-08-19` → `19/8/2021`, `2021-11` → `11/2021`, `2021` as is. */
export function dateText(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (d) return `${Number(d)}/${Number(mo)}/${y}`;
  if (mo) return `${Number(mo)}/${y}`;
  return y!;
}

/** Documents by id: the result's list, else what the findings name (a result built by hand). */
export function documentsById(result: Pick<CheckResult, 'documents' | 'findings'>): Map<string, DocumentRef> {
  const out = new Map<string, DocumentRef>();
  for (const d of result.documents ?? []) out.set(d.id, d);
  for (const f of result.findings) {
    if (!out.has(f.document.id)) out.set(f.document.id, { id: f.document.id, number: f.document.number, title: f.document.id, date: '', issuer: '', province: '' });
  }
  return out;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** `2025-06` → `06/2025`; `2025-01..2025-06` → `01–06/2025`; `2025-Q2` → `Quý 2/2025` (`Q2/2025`); `2025` as is. */
export function periodText(period: string, lang: Lang): string {
  const [a, b] = period.split('..');
  const ma = MONTH.exec(a ?? '');
  if (b !== undefined) {
    const mb = MONTH.exec(b);
    if (ma && mb) return ma[1] === mb[1] ? `${ma[2]}–${mb[2]}/${ma[1]}` : `${ma[2]}/${ma[1]}–${mb[2]}/${mb[1]}`;
    return period;
  }
  if (ma) return `${ma[2]}/${ma[1]}`;
  const q = /^(\d{4})-Q([1-4])$/i.exec(period);
  if (q) return `${lang === 'vi' ? 'Quý ' : 'Q'}${q[2]}/${q[1]}`;
  return period;
}

/**
 * The period the report speaks for: the as-of year to date (`2025-06` → `01–06/2025`), which is the
 * window every rate and count is measured on; a quarter or year as-of stays as it is.
 */
export function reportPeriod(asOf: string, lang: Lang): string {
  const m = MONTH.exec(asOf);
  if (m) return m[2] === '01' ? periodText(asOf, lang) : periodText(`${m[1]}-01..${asOf}`, lang);
  return periodText(asOf, lang);
}

/** Words of the title block shared by the HTML report and the Excel cover sheet. */
export const COVER = {
  title: text('Báo cáo kết quả thực hiện chỉ tiêu cải cách hành chính', 'Report on administrative reform targets'),
  period: text('Kỳ báo cáo', 'Reporting period'),
  asOf: text('Số liệu tính đến', 'Figures as of'),
  documents: text('Văn bản kiểm tra', 'Documents checked'),
  number: text('Số, ký hiệu', 'Number'),
  date: text('Ngày ban hành', 'Date'),
  issuer: text('Cơ quan ban hành', 'Issued by'),
  titleColumn: text('Trích yếu', 'Title'),
  byLevel: text('Số kết quả theo trạng thái và cấp', 'Findings by status and level'),
  byDocument: text('Số kết quả theo văn bản', 'Findings by document'),
  total: text('Tổng', 'Total'),
  status: text('Trạng thái', 'Status'),
  document: text('Văn bản', 'Document'),
  blankNumber: text('(số để trống)', '(number left blank)'),
} as const;

export interface CountTables {
  /** Levels that have findings, in the order all, province, district, commune. */
  levels: ScopeLevel[];
  byLevel: Record<Status, Record<ScopeLevel, number>>;
  /** Documents in the order the findings cite them, each with its counts per status. */
  byDocument: { document: DocumentRef; counts: Record<Status, number>; total: number }[];
}

/** Counts per status × level and per document × status, from the findings listed (like statusCounts). */
export function countTables(result: Pick<CheckResult, 'documents' | 'findings'>): CountTables {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const byLevel = Object.fromEntries(STATUSES.map((s) => [s, zero(SCOPE_LEVELS)])) as CountTables['byLevel'];
  const docs = documentsById(result);
  const perDoc = new Map<string, Record<Status, number>>();
  for (const f of result.findings) {
    byLevel[f.status][f.scope.level] += 1;
    let c = perDoc.get(f.document.id);
    if (!c) perDoc.set(f.document.id, (c = zero(STATUSES)));
    c[f.status] += 1;
  }
  const levels = SCOPE_LEVELS.filter((l) => STATUSES.some((s) => byLevel[s][l] > 0));
  const byDocument = [...docs.values()]
    .filter((d) => perDoc.has(d.id))
    .map((d) => {
      const counts = perDoc.get(d.id)!;
      return { document: d, counts, total: STATUSES.reduce((a, s) => a + counts[s], 0) };
    });
  return { levels, byLevel, byDocument };
}

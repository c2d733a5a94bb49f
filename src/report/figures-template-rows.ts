/**
 * The rows of a figures workbook, as plain strings and kinds, shared by the XLSX and CSV writers.
 */
import { pick, type Lang } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import type { FigureNeed, NeedsResult, NotCheckable } from '../check/figure-needs.js';
import { measureInfo, rankMax, type ValueKind } from '../measures/measure-info.js';
import { parsePeriod, yearOf } from '../measures/period-windows.js';
import { LEVEL_WORDS } from '../ingest/figures-sheet-columns.js';

export interface TemplateRow {
  province: string;
  asOf: string;
  measure: string;
  label: string;
  unitWord: string;
  level: string;
  levelWord: string;
  unitName: string;
  period: string;
  targets: string;
  rule: string;
  kind: ValueKind;
  /** For ranks: the number of provinces ranked that year. */
  max?: number;
}

export interface TemplateDoc {
  province: string;
  provinceName: string;
  asOf: string;
  rows: TemplateRow[];
  notCheckable: NotCheckable[];
  provided: FigureNeed[];
  thresholds: Threshold[];
}

export function templateDoc(result: NeedsResult, provinceSlug: string, provinceName: string, asOf: string, lang: Lang): TemplateDoc {
  const rows = result.needs.map((n): TemplateRow => {
    const info = measureInfo(n.measure);
    const kind = info?.kind ?? 'count';
    const max = kind === 'rank' ? rankMax(yearOf(parsePeriod(n.period).to)) : undefined;
    return {
      province: provinceName,
      asOf,
      measure: n.measure,
      label: info ? pick(info.label, lang) : n.measure,
      unitWord: info ? pick(info.unit, lang) : '',
      level: n.level,
      levelWord: LEVEL_WORDS[n.level],
      unitName: n.unit ?? '',
      period: n.period,
      targets: targetsText(n),
      rule: ruleText(kind, max),
      kind,
      ...(max !== undefined ? { max } : {}),
    };
  });
  return { province: provinceSlug, provinceName, asOf, rows, notCheckable: result.notCheckable, provided: result.provided, thresholds: result.thresholds };
}

export function targetsText(n: FigureNeed): string {
  return n.targets.map((t) => `${t.document.number || t.document.id} ${t.section}: ${t.threshold}${t.role === 'baseline' ? ' (năm gốc)' : ''}`).join('; ');
}

export function ruleText(kind: ValueKind, max?: number): string {
  switch (kind) {
    case 'count':
      return 'số nguyên ≥ 0';
    case 'amount':
      return 'số ≥ 0';
    case 'rank':
      return `hạng, số nguyên 1–${max ?? 63}`;
    case 'score':
      return 'điểm, số thập phân ≥ 0';
    case 'percent':
      return 'tỷ lệ %, 0–100';
    case 'flag':
      return '1 = đã xong, 0 = chưa';
  }
}

/** "UBND tỉnh Quảng Nam" → "Tỉnh Quảng Nam": the name index tables give the province as a whole. */
export function provinceNameOf(thresholds: Threshold[], slug: string): string {
  for (const t of thresholds) {
    const m = /(tỉnh|thành phố)\s+(.+)$/iu.exec(t.document.issuer);
    if (m) return `${m[1]!.toLowerCase() === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${m[2]!.trim()}`;
  }
  return slug;
}

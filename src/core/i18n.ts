/** Messages are Vietnamese by default (the officers' language); `--lang en` switches. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A text in both languages. */
export interface Text {
  vi: string;
  en: string;
}

export function text(vi: string, en: string): Text {
  return { vi, en };
}

export function pick(value: Text | string | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value[lang];
}

/** Labels shared by the CLI and reporters. Reporter-specific words live next to the reporter. */
export const LABELS = {
  error: text('Lỗi', 'Error'),
  warning: text('Cảnh báo', 'Warning'),
  location: text('Vị trí', 'Location'),
  expected: text('Cần có', 'Expected'),
  found: text('Gặp', 'Found'),
  hint: text('Cách xử lý', 'What to do'),
  file: text('Tệp', 'File'),
  sheet: text('Trang tính', 'Sheet'),
  cell: text('Ô', 'Cell'),
  line: text('Dòng', 'Line'),
  level_all: text('Toàn tỉnh', 'Whole province'),
  level_province: text('Cấp tỉnh', 'Provincial level'),
  level_district: text('Cấp huyện', 'District level'),
  level_commune: text('Cấp xã', 'Commune level'),
} as const satisfies Record<string, Text>;

// Building an Intl.NumberFormat costs far more than using one: keep one per language and precision.
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * Every number a reader sees goes through here, in reports and in messages alike: `1.234,5` in
 * Vietnamese (decimal comma, dot for thousands), `1,234.5` in English. Rounded to `digits` decimals
 * without float noise (0.1 + 0.2 → 0.3); -0 shows as 0.
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits, useGrouping: true });
    FORMATTERS.set(key, formatter);
  }
  const factor = 10 ** digits;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
  return formatter.format(Object.is(r, -0) ? 0 : r);
}

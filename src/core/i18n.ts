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

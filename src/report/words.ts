/** Words shared by the reporters (Vietnamese by default, `--lang en`). */
import { formatNumber, LABELS, text, type Lang, type Text } from '../core/i18n.js';
import type { FindingBound, FindingFields, ScopeLevel, Status } from '../core/types.js';
import { baselineSince } from '../targets/unit-code.js';

export const STATUS_LABEL: Record<Status, Text> = {
  met: text('Đạt', 'Met'),
  missed: text('Không đạt', 'Missed'),
  incomplete: text('Chưa đủ số liệu', 'Incomplete'),
  'on-track': text('Đúng tiến độ', 'On track'),
  'off-track': text('Chậm tiến độ', 'Off track'),
  'no-data': text('Thiếu số liệu', 'No data'),
  invalid: text('Số liệu mâu thuẫn', 'Inconsistent data'),
};

/** Lower-case words of the one-line summary: "27 đạt · 9 không đạt". */
export const STATUS_COUNT_WORD: Record<Status, Text> = {
  met: text('đạt', 'met'),
  missed: text('không đạt', 'missed'),
  incomplete: text('chưa đủ số liệu', 'incomplete'),
  'on-track': text('đúng tiến độ', 'on-track'),
  'off-track': text('chậm tiến độ', 'off-track'),
  'no-data': text('thiếu số liệu', 'no data'),
  invalid: text('số liệu mâu thuẫn', 'invalid'),
};

export const LEVEL_LABEL: Record<ScopeLevel, Text> = {
  all: LABELS.level_all,
  province: LABELS.level_province,
  district: LABELS.level_district,
  commune: LABELS.level_commune,
};

export const COLUMN = {
  document: text('Văn bản', 'Document'),
  level: text('Cấp', 'Level'),
  indicator: text('Chỉ tiêu', 'Indicator'),
  scope: text('Phạm vi', 'Scope'),
  period: text('Kỳ', 'Period'),
  value: text('Giá trị', 'Value'),
  comparator: text('So sánh', 'Target'),
  status: text('Trạng thái', 'Status'),
  gap: text('Chênh lệch', 'Gap'),
  needed: text('Cần thêm', 'Needed'),
  numerator: text('Tử số', 'Numerator'),
  denominator: text('Mẫu số', 'Denominator'),
  formula: text('Công thức', 'Formula'),
  deadline: text('Hạn', 'Deadline'),
  target: text('Mã chỉ tiêu', 'Target id'),
  section: text('Điều khoản', 'Clause'),
  quote: text('Trích dẫn', 'Quote'),
  superseded: text('Thay thế', 'Supersedes'),
  rule: text('Quy tắc tiến độ', 'Progress rule'),
} as const satisfies Record<string, Text>;

export const HEADER = {
  title: text('Báo cáo kiểm tra chỉ tiêu cải cách hành chính', 'Administrative reform target check'),
  asOf: text('Kỳ báo cáo', 'As of'),
  province: text('Địa phương', 'Province'),
  inputs: text('Dữ liệu đầu vào', 'Inputs'),
  targets: text('Tệp chỉ tiêu', 'Target files'),
  version: text('phiên bản', 'version'),
  summary: text('Tổng hợp', 'Summary'),
  none: text('Không có kết quả nào.', 'No findings.'),
  notes: text('Ghi chú', 'Notes'),
} as const satisfies Record<string, Text>;

/** "thay thế chỉ tiêu X của 2370/QĐ-UBND". */
export const SUPERSEDES = text('thay thế chỉ tiêu {target} của {document}', 'supersedes target {target} of {document}');
export const RANK_WORD = text('hạng', 'rank');
export const NEEDED_PHRASE = text('{n} {item} nữa', '{n} more {item}');

/** The terminal table's own notes. */
export const TABLE_WORDS = {
  hidden: text('(Ẩn cột {columns} cho vừa màn hình; thêm --wide để xem đủ)', '(Columns {columns} hidden to fit the terminal; add --wide to see them)'),
} as const satisfies Record<string, Text>;

/** What a rank change is worded as: places, not percents of a rank number. */
export interface ChangeWords {
  value: string;
  comparator: string;
  gap: string;
}

/**
 * A target on a rank's change against a baseline year ("cải thiện thứ hạng so với 2023") is checked
 * as the percent the rank number fell, but an officer says "tăng 7 bậc": 24th → 17th is 7 places up.
 * Worded from the finding's current rank (numerator) and the baseline's (denominator); null for any
 * other finding, including score changes, which stay in points and percents.
 */
export function rankChangeWords(f: Pick<FindingFields, 'indicator' | 'baseline' | 'numerator' | 'denominator'> & { value: number | null } & FindingBound, lang: Lang): ChangeWords | null {
  if (f.baseline?.kind !== 'reduction' || !/_rank$/.test(f.indicator)) return null;
  const since = baselineSince(f.baseline);
  const base = since === 'previous' ? (lang === 'vi' ? 'năm trước' : 'the year before') : since;
  const n = (v: number) => formatNumber(v, lang, 0);
  let value = '—';
  let places: number | null = null;
  if (f.value !== null && f.numerator !== null && f.denominator !== null) {
    places = f.denominator - f.numerator;
    const moved = `${n(f.denominator)} → ${n(f.numerator)}`;
    if (lang === 'vi') value = places === 0 ? `giữ hạng ${n(f.numerator)} như ${base}` : `${places > 0 ? 'tăng' : 'giảm'} ${n(Math.abs(places))} bậc so với ${base} (hạng ${moved})`;
    else
      value =
        places === 0
          ? `unchanged at rank ${n(f.numerator)} since ${base}`
          : `${places > 0 ? 'up' : 'down'} ${n(Math.abs(places))} ${Math.abs(places) === 1 ? 'place' : 'places'} on ${base} (rank ${moved})`;
  }
  let comparator: string;
  if (f.threshold_value === 0 && f.comparator === '>') comparator = lang === 'vi' ? `tăng bậc so với ${base}` : `a better rank than ${base}`;
  else if (f.threshold_value === 0 && f.comparator === '>=') comparator = lang === 'vi' ? `không giảm bậc so với ${base}` : `no lower rank than ${base}`;
  else {
    const sym = f.comparator === '>=' ? '≥' : f.comparator === '>' ? '>' : f.comparator === '<=' ? '≤' : f.comparator === '<' ? '<' : f.comparator;
    const shown = f.comparator === 'between' ? `${formatNumber(f.threshold_value[0], lang)}–${formatNumber(f.threshold_value[1], lang)}` : formatNumber(f.threshold_value, lang);
    comparator = lang === 'vi' ? `tăng bậc ${sym} ${shown}% so với ${base}` : `rank up ${sym} ${shown}% on ${base}`;
  }
  // The gap in places against the places the threshold asks for (a percent of the baseline rank).
  let gap = '';
  if (places !== null && f.denominator !== null && f.comparator !== 'between') {
    const g = places - (f.threshold_value * f.denominator) / 100;
    const shown = `${g > 0 ? '+' : ''}${formatNumber(g, lang, 1)}`;
    gap = lang === 'vi' ? `${shown} bậc` : `${shown} ${Math.abs(g) === 1 ? 'place' : 'places'}`;
  }
  return { value, comparator, gap };
}

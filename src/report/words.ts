/** Words shared by the reporters (Vietnamese by default, `--lang en`). */
import { LABELS, text, type Text } from '../core/i18n.js';
import type { ScopeLevel, Status } from '../core/types.js';

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
  province: text('Tỉnh', 'Province'),
  provinceUnknown: text('(không xác định)', '(unknown)'),
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

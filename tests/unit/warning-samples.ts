/** Sample data for every warning code: the type makes a new code without a sample a compile error. */
import { warning, type IngestWarning, type WarningCode, type WarningData } from '../../src/core/warnings.js';

const rows = { count: 3, line: 7, sheetRows: false };
const identity = { unit: 'Sở A', total: 'received_total', totalValue: 10, totalAt: { cell: 'C5' }, parts: ['received_online', 'received_offline'], sum: 9, partsAt: [{ cell: 'D5' }, { line: 6 }] };

export const WARNING_SAMPLES: { [C in WarningCode]: WarningData[C] } = {
  FILE_CONTENT_NOT_EXTENSION: { ext: '.xls', format: 'html' },
  HIDDEN_SHEET: { sheet: 'Cũ' },
  HIDDEN_ROW: { row: 12 },
  HIDDEN_COLUMN: { column: 'F', header: 'Ghi chú' },
  SECOND_TOTAL_ROW: { label: 'Tổng cộng', row: 40 },
  UNIT_FOOTNOTE: { name: 'Sở A (*)', unit: 'Sở A' },
  COLUMN_NEGATED: { column: 'G', header: 'Không trực tuyến', negated: ['received_online'] },
  COLUMN_UNKNOWN: { under: 'lexicon', column: 'H', header: 'Số lạ', closest: { words: 'số hồ sơ', measure: 'received_total', mapping: '- { column: H, measure: received_total }' } },
  MISSING_GROUP: { groups: [{ key: 'pending', name: 'Số hồ sơ đang giải quyết' }] },
  DUPLICATE_UNIT: { unit: 'Sở A', first: '5' },
  UNIT_LEVEL_UNKNOWN: { unit: 'Ban Quản lý' },
  IDENTITY_RECEIVED: identity,
  IDENTITY_RECEIVED_NEW: identity,
  IDENTITY_BALANCE: identity,
  IDENTITY_RESOLVED: identity,
  IDENTITY_PENDING: identity,
  TOTAL_ROW_MISMATCH: { measure: 'received_total', total: 1234.5, totalAt: { cell: 'C20' }, sum: 1200, span: [{ cell: 'C5' }, { cell: 'C19' }] },
  GROUP_ROW_MISMATCH: { measure: 'received_total', total: 12, totalAt: { line: 4 }, sum: 11, label: 'Cấp huyện' },
  SUBCOUNT_EXCEEDS_TOTAL: { of: 'cells', unit: 'Sở A', part: 'digitized_results', partValue: 9, partAt: { cell: 'I6' }, whole: 'resolved_total', wholeValue: 8, wholeAt: { cell: 'G6' } },
  CARRY_OVER_MISMATCH: { unit: 'Sở A', period: '2025-02', carried: 1005, previous: '2025-01', pending: 7, pendingAt: { file: 'jan.xlsx', sheet: 'S', cell: 'H5' } },
  DOSSIER_PLACEHOLDER_DATE: rows,
  DOSSIER_DATE_BEFORE_2000: rows,
  DOSSIER_DATE_AFTER_EXPORT: { ...rows, exportDay: '2025-03-31' },
  DOSSIER_STATUS_PENDING_RETURNED: rows,
  DOSSIER_STATUS_RETURNED_NO_DATE: { ...rows, sheetRows: true },
  DOSSIER_FLAG_UNKNOWN: { count: 2, column: 'Thanh toán', values: [{ value: 'có?', count: 2 }] },
  DOSSIER_COUNT_MISMATCH: { stated: 14, read: 12 },
  DOSSIER_STATUS_UNKNOWN: {
    count: 5,
    column: 'Trạng thái',
    values: [
      { value: 'Lạ', count: 4 },
      { value: 'Chờ ký số', count: 1 },
    ],
  },
  DOSSIER_CHANNEL_UNKNOWN: { count: 3, column: 'Hình thức', values: [{ value: 'Bưu chính', count: 3 }] },
  DOSSIER_NO_DUE_DATE: { count: 5 },
  DOSSIER_RETURN_BEFORE_RECEIPT: { count: 1 },
  DOSSIER_CARRY_OVER_FIRST_MONTH: { month: '01/2025' },
  DOSSIER_UNIT_BLANK: { count: 2 },
  NEGATIVE_VALUE: { unit: 'Sở A', value: -3 },
  DUPLICATE_OBSERVATION: { how: 'merged', count: 2, firstFile: 'a.xlsx', secondFile: 'b.xlsx', unit: 'Sở A', period: '2025-03', measure: 'resolved_total' },
  DECLARED_RATE_MISMATCH: {
    unit: 'Sở A',
    period: '2025-03',
    numerator: ['digitized_results'],
    denominator: ['resolved_total'],
    numeratorSum: 1234,
    denominatorSum: 1400,
    declared: 95.3,
    recomputed: 88.142857,
    difference: 7.157143,
    tolerance: 0.1,
  },
  UNKNOWN_INDICATOR: { threshold: 'online-2025', indicator: 'no_such_rate' },
  THRESHOLD_NOT_APPLICABLE: { document: 'qn-2370-2021', threshold: 'online@2025/district' },
  REPEATED_TARGET: { repeats: [{ target: 'sipas-top-20', document: '16/NQ-TU', id: 'qn-nq16' }] },
  MISSING_MEASURE: { lacking: 'unit', unit: '*' },
  MISSING_BASELINE: { year: 2021 },
  INCOMPLETE_PERIOD: { period: '2025', missing: '2025-07..2025-12', whole: false, soFar: 64.705 },
  PARTIAL_PERIOD_FINAL: { period: '2025', missing: '2025-12', whole: false },
  UNITS_BELOW: { total: 3, failing: 1, unknown: 1 },
  XLSX_TEXT: { replaced: 1, cut: 2, limit: 32767, example: 'a\\x07b' },
};

/** The sample of one code as a warning (with the lists the catalogue reads for some codes). */
export function sampleWarning<C extends WarningCode>(code: C, data: WarningData[C] = WARNING_SAMPLES[code]): IngestWarning {
  return warning(code, data, {
    location: {},
    measures: ['work_records_online', 'work_records_total'],
    units: [
      { unit: 'Sở A', value: 70.456, status: 'missed' },
      { unit: 'Sở B', value: null, status: 'no-data' },
    ],
  });
}

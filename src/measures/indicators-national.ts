/**
 * Indicators of the national monthly statistics form (Thông tư 01/2020/TT-VPCP, biểu II.06a) and of the
 * yearly indices (PAR INDEX, SIPAS, PAPI, PCI, e-government, DTI), which every province's plans name.
 */
import { text } from '../core/i18n.js';
import { direct, ratio, type IndicatorDef } from './indicator-entry.js';

const TT01 = 'Thông tư 01/2020/TT-VPCP, biểu II.06a/VPCP/KSTT';

export const NATIONAL_INDICATORS: readonly IndicatorDef[] = [
  // --- From the monthly statistics form (docs/DESIGN.md, Indicators) ---
  ratio({
    id: 'online_dossier_rate',
    label: text('Tỷ lệ hồ sơ trực tuyến', 'Online dossier rate'),
    numerator: ['received_online'],
    denominator: ['received_online', 'received_offline'],
    item: text('hồ sơ nộp trực tuyến', 'dossiers filed online'),
    source: TT01,
  }),
  ratio({
    id: 'on_time_rate',
    label: text('Tỷ lệ hồ sơ giải quyết đúng hạn', 'Dossiers resolved on time'),
    numerator: ['resolved_early', 'resolved_on_time'],
    denominator: ['resolved_total'],
    item: text('hồ sơ giải quyết đúng hạn', 'dossiers resolved on time'),
    source: TT01,
  }),
  ratio({
    id: 'digitized_result_rate',
    label: text('Tỷ lệ số hóa kết quả giải quyết TTHC', 'Digitized results'),
    numerator: ['digitized_results'],
    denominator: ['resolved_total'],
    item: text('kết quả được số hóa', 'results digitized'),
  }),
  ratio({
    id: 'online_payment_rate',
    label: text('Tỷ lệ thanh toán trực tuyến', 'Online payments'),
    numerator: ['paid_online'],
    denominator: ['payable_dossiers'],
    item: text('hồ sơ thanh toán trực tuyến', 'dossiers paid online'),
  }),
  // QĐ 2370/QĐ-UBND Quảng Nam: "tỷ lệ giao dịch thanh toán trực tuyến … đối với tổng số hồ sơ giải quyết"
  ratio({
    id: 'online_payment_rate_resolved',
    label: text('Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ giải quyết', 'Online payments over dossiers resolved'),
    numerator: ['paid_online'],
    denominator: ['resolved_total'],
    item: text('hồ sơ thanh toán trực tuyến', 'dossiers paid online'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  // e_circulated counts the dossiers received in the period (a dossier is circulated once, when it comes
  // in), so the denominator is the new receipts of the period, without the carried-over ones
  ratio({
    id: 'e_circulation_rate',
    label: text('Tỷ lệ hồ sơ luân chuyển trên môi trường điện tử', 'Dossiers circulated electronically'),
    numerator: ['e_circulated'],
    denominator: ['received_online', 'received_offline'],
    item: text('hồ sơ luân chuyển điện tử', 'dossiers circulated electronically'),
  }),
  ratio({
    id: 'full_online_service_rate',
    label: text('Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình', 'Procedures fully online'),
    numerator: ['services_full_online'],
    denominator: ['services_total'],
    item: text('thủ tục trực tuyến toàn trình', 'procedures fully online'),
  }),
  ratio({
    id: 'online_payment_service_rate',
    label: text('Tỷ lệ TTHC có thanh toán trực tuyến', 'Procedures with online payment'),
    numerator: ['services_with_online_payment'],
    denominator: ['services_with_fee'],
    item: text('thủ tục có thanh toán trực tuyến', 'procedures with online payment'),
  }),
  ratio({
    id: 'work_records_online_rate',
    label: text('Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng', 'Work records handled online'),
    numerator: ['work_records_online'],
    denominator: ['work_records_total'],
    item: text('hồ sơ công việc xử lý trên mạng', 'work records handled online'),
  }),
  // --- Rankings and scores (one measure per index: <index>_rank / <index>_score) ---
  direct({
    id: 'par_index_rank',
    label: text('Xếp hạng Chỉ số CCHC (PAR INDEX)', 'PAR INDEX rank'),
    measure: 'par_index_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
  direct({
    id: 'par_index_score',
    label: text('Điểm Chỉ số CCHC (PAR INDEX)', 'PAR INDEX score'),
    measure: 'par_index_score',
    unit: 'score',
  }),
  direct({
    id: 'sipas_rank',
    label: text('Xếp hạng Chỉ số hài lòng (SIPAS)', 'SIPAS rank'),
    measure: 'sipas_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
  direct({
    id: 'sipas_score',
    label: text('Chỉ số hài lòng (SIPAS)', 'SIPAS satisfaction'),
    measure: 'sipas_score',
    unit: 'score',
  }),
  direct({
    id: 'papi_rank',
    label: text('Xếp hạng PAPI', 'PAPI rank'),
    measure: 'papi_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
  direct({
    id: 'pci_rank',
    label: text('Xếp hạng PCI', 'PCI rank'),
    measure: 'pci_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
  direct({
    id: 'egov_rank',
    label: text('Xếp hạng Chính phủ điện tử / chuyển đổi số', 'E-government / digital transformation rank'),
    measure: 'egov_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
  direct({
    id: 'dti_rank',
    label: text('Xếp hạng Chỉ số chuyển đổi số (DTI)', 'DTI rank'),
    measure: 'dti_rank',
    unit: 'rank',
    lowerIsBetter: true,
  }),
];

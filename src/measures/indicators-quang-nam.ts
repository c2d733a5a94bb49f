/**
 * Indicators the Quảng Nam plans of 2021 define beyond the national ones: QĐ 2370/QĐ-UBND
 * (qn-2370-2021) and the PAR initiatives plan (qn-sang-kien-2021). CTHĐ NQ 16-NQ/TU and the 2024 PAR
 * INDEX plan are in indicators-quang-nam-par-index.ts.
 */
import { text } from '../core/i18n.js';
import { direct, ratio, type IndicatorDef } from './indicator-entry.js';

export const QUANG_NAM_INDICATORS: readonly IndicatorDef[] = [
  ratio({
    id: 'legal_doc_review_rate',
    label: text('Tỷ lệ văn bản hướng dẫn, thi hành được rà soát, sửa đổi, bổ sung, thay thế kịp thời', 'Implementing documents reviewed and updated in time'),
    numerator: ['legal_docs_reviewed_timely'],
    denominator: ['legal_docs_requiring_review'],
    item: text('văn bản được rà soát kịp thời', 'documents reviewed in time'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'equitization_rate',
    label: text('Tỷ lệ đơn vị sự nghiệp kinh tế và khác đủ điều kiện đã chuyển thành công ty cổ phần', 'Eligible economic and other public service units equitized'),
    numerator: ['eligible_units_equitized'],
    denominator: ['units_eligible_for_equitization'],
    item: text('đơn vị đã cổ phần hóa', 'units equitized'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'e_document_exchange_rate',
    label: text('Tỷ lệ văn bản trao đổi giữa cơ quan hành chính trên môi trường điện tử (trừ văn bản mật)', 'Official documents exchanged electronically (classified excluded)'),
    numerator: ['documents_exchanged_online'],
    denominator: ['documents_exchanged_total'],
    item: text('văn bản trao đổi điện tử', 'documents exchanged electronically'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'portal_service_integration_rate',
    label: text('Tỷ lệ DVCTT mức độ 3, 4 phổ biến được tích hợp lên Cổng DVC tỉnh', 'Common level 3-4 online services integrated on the provincial portal'),
    numerator: ['services_integrated_on_portal'],
    denominator: ['services_level34_common'],
    item: text('dịch vụ được tích hợp', 'services integrated'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'e_authentication_rate',
    label: text('Tỷ lệ giao dịch trên Cổng DVC, Hệ thống một cửa điện tử được xác thực điện tử', 'Portal and one-stop transactions authenticated electronically'),
    numerator: ['transactions_e_authenticated'],
    denominator: ['portal_transactions_total'],
    item: text('giao dịch được xác thực điện tử', 'transactions authenticated'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'commune_equipment_standard_rate',
    label: text('Tỷ lệ UBND cấp xã đạt chuẩn về trang thiết bị', "Commune people's committees meeting the equipment standard"),
    numerator: ['communes_equipment_standard'],
    denominator: ['communes_total'],
    item: text('UBND cấp xã đạt chuẩn', 'communes meeting the standard'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'one_stop_modern_standard_rate',
    label: text('Tỷ lệ Bộ phận tiếp nhận và trả kết quả đạt chuẩn hiện đại', 'One-stop units meeting the modern standard'),
    numerator: ['one_stop_units_modern'],
    denominator: ['one_stop_units_total'],
    item: text('Bộ phận một cửa đạt chuẩn hiện đại', 'one-stop units up to standard'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, II.2',
  }),
  ratio({
    id: 'paperless_office_rate',
    label: text('Tỷ lệ cơ quan xử lý hồ sơ công việc, trình, ký số hoàn toàn trên môi trường điện tử', 'Agencies handling work fully paperless'),
    numerator: ['agencies_paperless'],
    denominator: ['agencies_total'],
    item: text('cơ quan xử lý văn bản không giấy', 'paperless agencies'),
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, III.6',
  }),
  direct({
    id: 'smart_city_model_count',
    label: text('Số huyện, thị xã, thành phố hoàn thành mô hình đô thị thông minh', 'Districts with a completed smart-city model'),
    measure: 'districts_smart_city_model',
    unit: 'count',
    source: 'QĐ 2370/QĐ-UBND Quảng Nam, III.6',
  }),
  direct({
    id: 'par_initiative_model_count',
    label: text('Số mô hình, cách làm hay về CCHC trong năm', 'New administrative-reform models or practices in the year'),
    measure: 'par_initiative_models',
    unit: 'count',
    source: 'Kế hoạch phát huy sáng kiến CCHC Quảng Nam 2021-2025, III.1',
  }),
  // one model a year per reform area: Sở Nội vụ leads two areas, and one model cannot count for both
  ...(
    [
      ['institutions', 'thể chế', 'institutions'],
      ['procedures', 'thủ tục hành chính', 'administrative procedures'],
      ['organisation', 'tổ chức bộ máy', 'organisation'],
      ['civil_service', 'chế độ công vụ', 'civil service'],
      ['public_finance', 'tài chính công', 'public finance'],
      ['digital_government', 'chính quyền điện tử, chính quyền số', 'digital government'],
    ] as const
  ).map(([area, vi, en]) =>
    direct({
      id: `par_initiative_model_count_${area}`,
      label: text(`Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực ${vi}`, `New reform models or practices in the year, ${en}`),
      measure: `par_initiative_models_${area}`,
      unit: 'count',
      source: 'Kế hoạch phát huy sáng kiến CCHC Quảng Nam 2021-2025, III.1',
    }),
  ),
];

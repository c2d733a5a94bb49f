/**
 * The indicator catalogue: every indicator a target may name, with its definition.
 * A ratio indicator is sum(numerator measures) / sum(denominator measures) × 100 over the units of a
 * scope (ratios of sums, never means of unit rates). A direct indicator reads one measure as is
 * (ranks, scores, counts).
 * Each entry names its fields, and every measure it names is a `MeasureId` of measure-catalogue.ts:
 * a misspelt measure does not compile.
 */
import { text, type Text } from '../core/i18n.js';
import type { MeasureId } from './measure-catalogue.js';

export interface RatioIndicator {
  kind: 'ratio';
  numerator: MeasureId[];
  denominator: MeasureId[];
  /** Noun for `needed`: "12 more dossiers resolved on time". */
  item: Text;
}
export interface DirectIndicator {
  kind: 'direct';
  measure: MeasureId;
}
export type IndicatorUnit = 'percent' | 'rank' | 'score' | 'count' | 'days' | 'hours';
export type IndicatorDef = (RatioIndicator | DirectIndicator) & {
  id: string;
  label: Text;
  /** percent for ratios; rank, score, count… for direct ones. */
  unit: IndicatorUnit;
  /** Lower is better (ranks, days). */
  lowerIsBetter?: boolean;
  formula: string;
  source?: string;
  /** For `needed` (check/needed.ts): an item is `moved` into the numerator, the denominator staying
   * the same (the default: a late dossier that would have been on time), or `added` to both. */
  needed?: 'moved' | 'added';
};

interface RatioEntry {
  id: string;
  label: Text;
  numerator: MeasureId[];
  denominator: MeasureId[];
  item: Text;
  /** The clause or form the definition comes from. */
  source?: string;
}

interface DirectEntry {
  id: string;
  label: Text;
  measure: MeasureId;
  unit: IndicatorUnit;
  /** Lower is better (ranks, costs, days); false when left out. */
  lowerIsBetter?: boolean;
  source?: string;
}

function ratio({ id, label, numerator, denominator, item, source }: RatioEntry): IndicatorDef {
  const over = denominator.length > 1 ? `(${denominator.join(' + ')})` : denominator[0];
  return { id, kind: 'ratio', label, unit: 'percent', numerator, denominator, item, formula: `${numerator.join(' + ')} / ${over} × 100`, source };
}

function direct({ id, label, measure, unit, lowerIsBetter = false, source }: DirectEntry): IndicatorDef {
  return { id, kind: 'direct', label, measure, unit, lowerIsBetter, formula: measure, source };
}

const TT01 = 'Thông tư 01/2020/TT-VPCP, biểu II.06a/VPCP/KSTT';

export const INDICATORS: readonly IndicatorDef[] = [
  // --- From the monthly statistics form (DESIGN "Indicators") ---
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
  // --- added for qn-2370-2021 and the initiatives plan ---
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
    label: text('Tỷ lệ UBND cấp xã đạt chuẩn về trang thiết bị', 'Commune people\'s committees meeting the equipment standard'),
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
  // --- added for qn-16nqtu-2021 and qn-par-index-2024 ---
  ratio({
    id: 'implementing_plan_submitted_rate',
    label: text('Tỷ lệ cơ quan, địa phương đã ban hành và gửi chương trình/kế hoạch thực hiện đúng hạn', 'Agencies that issued and sent their implementing plan in time'),
    numerator: ['units_plan_submitted_on_time'],
    denominator: ['units_plan_required'],
    item: text('cơ quan gửi kế hoạch đúng hạn', 'agencies sending their plan in time'),
    source: 'CTHĐ thực hiện NQ 16-NQ/TU Quảng Nam, III.1; KH cải thiện PAR INDEX Quảng Nam 2024, III.1',
  }),
  direct({
    id: 'staff_evaluation_rounds',
    label: text('Số lần đánh giá, xếp loại cán bộ, công chức, viên chức trong năm', 'Staff evaluation rounds per year'),
    measure: 'staff_evaluation_rounds_per_year',
    unit: 'count',
    source: 'CTHĐ thực hiện NQ 16-NQ/TU Quảng Nam, II.1',
  }),
  // on-time variant of the PAR INDEX criterion: only dossiers received in the period, whatever was carried over
  ratio({
    id: 'on_time_rate_received_in_year',
    label: text('Tỷ lệ hồ sơ tiếp nhận trong năm được giải quyết đúng hạn', 'Dossiers received in the year resolved on time'),
    numerator: ['received_in_period_resolved_early', 'received_in_period_resolved_on_time'],
    denominator: ['received_online', 'received_offline'],
    item: text('hồ sơ tiếp nhận trong kỳ được giải quyết đúng hạn', 'dossiers of the period resolved on time'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.4 (tiêu chí PAR INDEX)',
  }),
  direct({
    id: 'par_plan_tasks_completed',
    label: text('Số chỉ tiêu, nhiệm vụ của Kế hoạch CCHC năm được hoàn thành', 'Tasks of the annual PAR plan completed'),
    measure: 'par_plan_tasks_completed',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.1',
  }),
  ratio({
    id: 'par_inspection_coverage_rate',
    label: text('Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC trong năm', 'Agencies covered by the year\'s PAR inspections'),
    numerator: ['units_par_inspected'],
    denominator: ['units_subject_to_par_inspection'],
    item: text('cơ quan được kiểm tra', 'agencies inspected'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3',
  }),
  ratio({
    id: 'par_inspection_plan_completion_rate',
    label: text('Tỷ lệ hoàn thành Kế hoạch kiểm tra CCHC năm', 'Completion of the year\'s PAR inspection plan'),
    numerator: ['par_inspection_plan_items_done'],
    denominator: ['par_inspection_plan_items'],
    item: text('nội dung kế hoạch kiểm tra hoàn thành', 'inspection plan items done'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3',
  }),
  ratio({
    id: 'par_inspection_issues_handled_rate',
    label: text('Tỷ lệ vấn đề phát hiện qua kiểm tra CCHC được xử lý', 'Issues found by PAR inspections that were dealt with'),
    numerator: ['par_inspection_issues_handled'],
    denominator: ['par_inspection_issues_found'],
    item: text('vấn đề được xử lý', 'issues dealt with'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3',
  }),
  ratio({
    id: 'units_with_par_initiative_rate',
    label: text('Tỷ lệ cơ quan, địa phương có ít nhất 01 sáng kiến, giải pháp CCHC áp dụng trong năm', 'Agencies applying at least one PAR initiative in the year'),
    numerator: ['units_with_par_initiative'],
    denominator: ['units_total'],
    item: text('cơ quan có sáng kiến CCHC', 'agencies with an initiative'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.5',
  }),
  direct({
    id: 'dialogue_conference_count',
    label: text('Số cuộc đối thoại, diễn đàn của lãnh đạo tỉnh, huyện với người dân, doanh nghiệp', 'Dialogues and forums of provincial and district leaders with citizens and businesses'),
    measure: 'dialogue_conferences',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.6',
  }),
  ratio({
    id: 'government_tasks_on_time_rate',
    label: text('Tỷ lệ nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đúng tiến độ', 'Tasks assigned by the Government and Prime Minister done on time'),
    numerator: ['government_tasks_done_on_time'],
    denominator: ['government_tasks_assigned'],
    item: text('nhiệm vụ hoàn thành đúng hạn', 'tasks done on time'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.7',
  }),
  ratio({
    id: 'par_survey_completion_rate',
    label: text('Tỷ lệ phiếu khảo sát cán bộ, lãnh đạo quản lý (PAR INDEX) được hoàn thành', 'PAR INDEX survey forms of officials completed'),
    numerator: ['par_survey_forms_completed'],
    denominator: ['par_survey_forms_assigned'],
    item: text('phiếu khảo sát hoàn thành', 'survey forms completed'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.8',
  }),
  direct({
    id: 'law_monitoring_activity_count',
    label: text('Số hoạt động theo dõi tình hình thi hành pháp luật được thực hiện', 'Law-enforcement monitoring activities carried out'),
    measure: 'law_monitoring_activities',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục II.1',
  }),
  ratio({
    id: 'unlawful_documents_handled_rate',
    label: text('Tỷ lệ văn bản trái pháp luật được kiến nghị đã được xử lý', 'Unlawful documents flagged by reviewers that were dealt with'),
    numerator: ['unlawful_documents_handled'],
    denominator: ['unlawful_documents_flagged'],
    item: text('văn bản trái pháp luật được xử lý', 'unlawful documents dealt with'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục II.2',
  }),
  direct({
    id: 'ultra_vires_procedure_count',
    label: text('Số TTHC ban hành trái thẩm quyền', 'Procedures issued beyond the issuer\'s competence'),
    measure: 'procedures_issued_ultra_vires',
    unit: 'count',
    lowerIsBetter: true,
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.1',
  }),
  direct({
    id: 'procedure_announcement_lead_days',
    label: text('Số ngày làm việc ít nhất giữa quyết định công bố TTHC và ngày VBQPPL có hiệu lực', 'Shortest lead, in working days, of a procedure announcement before its legal act takes effect'),
    measure: 'procedure_announcement_min_lead_working_days',
    unit: 'days',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.1',
  }),
  direct({
    id: 'procedure_announcement_lag_days',
    label: text('Số ngày chậm nhất từ khi công bố VBQPPL (thủ tục rút gọn) đến quyết định công bố TTHC', 'Longest lag, in days, of a procedure announcement after a fast-track legal act'),
    measure: 'procedure_announcement_max_lag_days',
    unit: 'days',
    lowerIsBetter: true,
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.1',
  }),
  ratio({
    id: 'procedure_national_portal_publication_rate',
    label: text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời trên Cổng DVC quốc gia', 'Procedures published in full and in time on the national public-service portal'),
    numerator: ['procedures_published_national_portal'],
    denominator: ['services_total'],
    item: text('TTHC được công khai', 'procedures published'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2',
  }),
  ratio({
    id: 'procedure_provincial_portal_publication_rate',
    label: text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời trên Cổng DVC tỉnh và website cơ quan giải quyết', 'Procedures published on the provincial portal and the competent agencies\' websites'),
    numerator: ['procedures_published_provincial_portal'],
    denominator: ['services_total'],
    item: text('TTHC được công khai', 'procedures published'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2',
  }),
  ratio({
    id: 'website_procedure_publication_rate',
    label: text('Tỷ lệ Cổng/Trang thông tin điện tử công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền', 'Agency websites publishing their procedures in full and in time'),
    numerator: ['websites_publishing_procedures'],
    denominator: ['agency_websites_total'],
    item: text('trang thông tin công khai TTHC', 'websites publishing procedures'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2',
  }),
  ratio({
    id: 'procedure_one_stop_publication_rate',
    label: text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa', 'Procedures published at the one-stop desks'),
    numerator: ['procedures_published_one_stop'],
    denominator: ['services_total'],
    item: text('TTHC được công khai tại Một cửa', 'procedures published at one-stop desks'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2',
  }),
  ratio({
    id: 'dossier_national_portal_sync_rate',
    label: text('Tỷ lệ hồ sơ TTHC được đồng bộ, công khai trên Cổng DVC quốc gia', 'Dossiers synchronised and published on the national portal'),
    numerator: ['dossiers_synced_national_portal'],
    denominator: ['received_total'],
    item: text('hồ sơ được đồng bộ', 'dossiers synchronised'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.3',
  }),
  ratio({
    id: 'dossier_provincial_portal_publication_rate',
    label: text('Tỷ lệ hồ sơ TTHC được công khai tiến độ, kết quả trên Cổng DVC tỉnh', 'Dossiers whose progress and result are published on the provincial portal'),
    numerator: ['dossiers_published_provincial_portal'],
    denominator: ['received_total'],
    item: text('hồ sơ được công khai', 'dossiers published'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.3',
  }),
  ratio({
    id: 'one_stop_procedure_rate',
    label: text('Tỷ lệ TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa', 'Procedures received and returned through the one-stop desks'),
    numerator: ['procedures_handled_at_one_stop'],
    denominator: ['services_total'],
    item: text('TTHC thực hiện tại Một cửa', 'procedures at one-stop desks'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.1',
  }),
  ratio({
    id: 'vertical_one_stop_procedure_rate',
    label: text('Tỷ lệ TTHC ngành dọc theo danh mục được tiếp nhận tại Bộ phận Một cửa', 'Procedures of central line agencies on the approved list received at one-stop desks'),
    numerator: ['vertical_procedures_at_one_stop'],
    denominator: ['vertical_procedures_listed'],
    item: text('TTHC ngành dọc tại Một cửa', 'line-agency procedures at one-stop desks'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.2',
  }),
  ratio({
    id: 'same_level_interlinked_procedure_rate',
    label: text('Tỷ lệ TTHC/nhóm TTHC giải quyết liên thông cùng cấp', 'Procedures or procedure groups handled jointly at one level'),
    numerator: ['procedures_interlinked_same_level'],
    denominator: ['services_total'],
    item: text('TTHC liên thông cùng cấp', 'procedures interlinked at one level'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.3',
  }),
  ratio({
    id: 'cross_level_interlinked_procedure_rate',
    label: text('Tỷ lệ TTHC/nhóm TTHC giải quyết liên thông giữa các cấp chính quyền', 'Procedures or procedure groups handled jointly across levels'),
    numerator: ['procedures_interlinked_cross_level'],
    denominator: ['services_total'],
    item: text('TTHC liên thông giữa các cấp', 'procedures interlinked across levels'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.4',
  }),
  ratio({
    id: 'tthc_quality_good_unit_rate',
    label: text('Tỷ lệ cơ quan, địa phương đạt điểm đánh giá chất lượng giải quyết TTHC từ tốt trở lên', 'Agencies rated good or better on the quality of procedure handling'),
    numerator: ['units_tthc_quality_good'],
    denominator: ['units_tthc_quality_assessed'],
    item: text('cơ quan đạt tốt trở lên', 'agencies rated good or better'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.4.5 (NĐ 61/2018/NĐ-CP)',
  }),
  ratio({
    id: 'feedback_handled_rate',
    label: text('Tỷ lệ phản ánh, kiến nghị về TTHC được xử lý kịp thời, đầy đủ', 'Feedback on procedures handled in time'),
    numerator: ['feedback_handled_timely'],
    denominator: ['feedback_received'],
    item: text('PAKN được xử lý', 'feedback items handled'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.5.1',
  }),
  ratio({
    id: 'feedback_answer_publication_rate',
    label: text('Tỷ lệ kết quả trả lời phản ánh, kiến nghị được công khai', 'Answers to feedback made public'),
    numerator: ['feedback_answers_published'],
    denominator: ['feedback_answered'],
    item: text('PAKN được công khai', 'answers published'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.5.2',
  }),
  ratio({
    id: 'leadership_structure_compliance_rate',
    label: text('Tỷ lệ cơ quan có cơ cấu số lượng lãnh đạo đúng quy định', 'Agencies whose number of leaders meets the rules'),
    numerator: ['units_leadership_compliant'],
    denominator: ['units_total'],
    item: text('cơ quan đúng cơ cấu lãnh đạo', 'agencies compliant'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.2 (NĐ 107, 108/2020/NĐ-CP)',
  }),
  direct({
    id: 'staff_positions_count',
    label: text('Số lượng biên chế được giao', 'Staff positions (biên chế)'),
    measure: 'staff_positions',
    unit: 'count',
    lowerIsBetter: true,
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.4',
  }),
  ratio({
    id: 'decentralisation_issues_handled_rate',
    label: text('Tỷ lệ vấn đề về phân cấp, phân quyền phát hiện qua kiểm tra được xử lý', 'Decentralisation issues found by inspections that were dealt with'),
    numerator: ['decentralisation_issues_handled'],
    denominator: ['decentralisation_issues_found'],
    item: text('vấn đề được xử lý', 'issues dealt with'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.5.3',
  }),
  ratio({
    id: 'job_position_docs_complete_rate',
    label: text('Tỷ lệ cơ quan hoàn thành bản mô tả công việc, danh mục vị trí việc làm, khung năng lực', 'Agencies with job descriptions, position lists and competency frameworks done'),
    numerator: ['units_job_position_docs_complete'],
    denominator: ['units_total'],
    item: text('cơ quan hoàn thành', 'agencies done'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.2',
  }),
  ratio({
    id: 'staff_in_position_rate',
    label: text('Tỷ lệ công chức, viên chức được bố trí đúng vị trí việc làm', 'Civil servants and public employees in their approved position'),
    numerator: ['staff_in_approved_position'],
    denominator: ['staff_total'],
    item: text('người bố trí đúng vị trí', 'staff in position'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.2',
  }),
  ratio({
    id: 'training_plan_completion_rate',
    label: text('Tỷ lệ hoàn thành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm', 'Completion of the year\'s staff training plan'),
    numerator: ['training_plan_items_done'],
    denominator: ['training_plan_items'],
    item: text('nội dung kế hoạch hoàn thành', 'plan items done'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.4',
  }),
  ratio({
    id: 'audit_conclusion_implementation_rate',
    label: text('Tỷ lệ kết luận thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách được thực hiện', 'Inspection and audit conclusions on public finance implemented'),
    numerator: ['audit_conclusions_implemented'],
    denominator: ['audit_conclusions_total'],
    item: text('kết luận được thực hiện', 'conclusions implemented'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.1.3',
  }),
  direct({
    id: 'units_newly_full_recurrent_autonomy',
    label: text('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm chi thường xuyên trong năm', 'Public service units newly given full recurrent-spending autonomy'),
    measure: 'units_newly_full_recurrent_autonomy',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.3 (NĐ 60/2021/NĐ-CP)',
  }),
  direct({
    id: 'units_newly_partial_recurrent_autonomy',
    label: text('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm một phần chi thường xuyên trong năm', 'Public service units newly given partial recurrent-spending autonomy'),
    measure: 'units_newly_partial_recurrent_autonomy',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.3 (NĐ 60/2021/NĐ-CP)',
  }),
  ratio({
    id: 'lgsp_connected_app_rate',
    label: text('Tỷ lệ ứng dụng có dữ liệu dùng chung được kết nối qua LGSP', 'Applications with shared data connected through the provincial LGSP'),
    numerator: ['apps_connected_lgsp'],
    denominator: ['apps_with_shared_data'],
    item: text('ứng dụng được kết nối', 'applications connected'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.1.3',
  }),
  ratio({
    id: 'e_document_connected_unit_rate',
    label: text('Tỷ lệ cơ quan, địa phương đã kết nối gửi, nhận văn bản điện tử 4 cấp', 'Agencies connected to the four-level e-document exchange'),
    numerator: ['units_e_document_connected'],
    denominator: ['units_total'],
    item: text('cơ quan đã kết nối', 'agencies connected'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.2.2',
  }),
  ratio({
    id: 'digitized_dossier_result_rate',
    label: text('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', 'Dossiers and results digitized'),
    numerator: ['dossiers_digitized'],
    denominator: ['resolved_total'],
    item: text('hồ sơ được số hóa', 'dossiers digitized'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.3 (QĐ 766/QĐ-TTg)',
  }),
  ratio({
    id: 'e_result_issuance_rate',
    label: text('Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'Results issued in electronic form'),
    numerator: ['e_results_issued'],
    denominator: ['resolved_total'],
    item: text('kết quả điện tử được cấp', 'electronic results issued'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.3 (QĐ 766/QĐ-TTg)',
  }),
  ratio({
    id: 'full_online_dossier_rate',
    label: text('Tỷ lệ hồ sơ trực tuyến toàn trình', 'Dossiers filed fully online'),
    numerator: ['received_full_online'],
    denominator: ['received_online', 'received_offline'],
    item: text('hồ sơ trực tuyến toàn trình', 'dossiers fully online'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.4',
  }),
  ratio({
    id: 'online_payment_transaction_service_rate',
    label: text('Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', 'Procedures with at least one online payment'),
    numerator: ['services_with_online_payment_transactions'],
    denominator: ['services_with_fee'],
    item: text('TTHC có giao dịch thanh toán trực tuyến', 'procedures with online payments'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.5',
  }),
  ratio({
    id: 'socioeconomic_target_completion_rate',
    label: text('Tỷ lệ mục tiêu, nhiệm vụ phát triển KT-XH năm do HĐND tỉnh giao được hoàn thành', 'Socio-economic targets of the year met'),
    numerator: ['socioeconomic_targets_met'],
    denominator: ['socioeconomic_targets_total'],
    item: text('mục tiêu hoàn thành', 'targets met'),
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.1',
  }),
  direct({
    id: 'investment_attracted',
    label: text('Tổng số vốn thu hút đầu tư trong năm (triệu đồng)', 'Investment capital attracted in the year (million VND)'),
    measure: 'investment_capital_attracted',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.2',
  }),
  direct({
    id: 'new_enterprise_count',
    label: text('Số doanh nghiệp thành lập mới trong năm', 'Enterprises newly registered in the year'),
    measure: 'new_enterprises',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.3',
  }),
  direct({
    id: 'enterprise_budget_revenue_share',
    label: text('Tỷ lệ đóng góp của khu vực doanh nghiệp vào thu ngân sách tỉnh', 'Share of the business sector in provincial budget revenue'),
    measure: 'enterprise_budget_revenue_share',
    unit: 'percent',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.4',
  }),
  direct({
    id: 'grdp',
    label: text('Tổng sản phẩm trên địa bàn tỉnh (GRDP, triệu đồng)', 'Gross regional domestic product (GRDP, million VND)'),
    measure: 'grdp',
    unit: 'count',
    source: 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.5',
  }),
  // --- added for qb-3028-2021 ---
  // TTHC (Nghị quyết 76/NQ-CP targets as copied by the Quảng Bình plan 3028/QĐ-UBND)
  ratio({
    id: 'online_service_rate',
    label: text('Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4', 'Procedures online at level 3 or 4'),
    numerator: ['services_full_online', 'services_partly_online'],
    denominator: ['services_total'],
    item: text('thủ tục cung cấp trực tuyến mức độ 3, 4', 'procedures online at level 3/4'),
  }),
  ratio({
    id: 'national_portal_service_rate',
    label: text('Tỷ lệ TTHC trực tuyến tích hợp trên Cổng DVC quốc gia', 'Online procedures on the National Public Service Portal'),
    numerator: ['services_on_national_portal'],
    denominator: ['services_full_online', 'services_partly_online'],
    item: text('thủ tục tích hợp lên Cổng DVC quốc gia', 'procedures on the national portal'),
  }),
  ratio({
    id: 'business_regulation_cut_rate',
    label: text('Tỷ lệ quy định kinh doanh được cắt giảm, đơn giản hóa', 'Business regulations cut or simplified'),
    numerator: ['business_regulations_cut_or_simplified'],
    denominator: ['business_regulations_baseline'],
    item: text('quy định được cắt giảm, đơn giản hóa', 'regulations cut or simplified'),
    source: 'NQ 68/NQ-CP: quy định có hiệu lực đến 31/5/2020',
  }),
  direct({
    id: 'business_compliance_cost',
    label: text('Chi phí tuân thủ quy định kinh doanh (triệu đồng/năm)', 'Business compliance cost (VND million a year)'),
    measure: 'business_compliance_cost',
    unit: 'count',
    lowerIsBetter: true,
  }),
  ratio({
    id: 'internal_procedure_published_rate',
    label: text('Tỷ lệ TTHC nội bộ được công bố, công khai', 'Internal procedures published'),
    numerator: ['internal_procedures_published'],
    denominator: ['internal_procedures_total'],
    item: text('TTHC nội bộ được công bố, công khai', 'internal procedures published'),
  }),
  ratio({
    id: 'no_resubmission_rate',
    label: text('Tỷ lệ hồ sơ không phải cung cấp lại giấy tờ đã có', 'Dossiers needing no re-submitted documents'),
    numerator: ['dossiers_without_resubmission'],
    denominator: ['received_total'],
    item: text('hồ sơ không phải nộp lại giấy tờ', 'dossiers with no re-submitted documents'),
  }),
  ratio({
    id: 'tthc_satisfaction_rate',
    label: text('Mức độ hài lòng về giải quyết TTHC', 'Satisfaction with procedure handling'),
    numerator: ['tthc_ratings_satisfied'],
    denominator: ['tthc_ratings_total'],
    item: text('đánh giá hài lòng', 'satisfied ratings'),
  }),
  ratio({
    id: 'tthc_satisfaction_land_construction_investment_rate',
    label: text('Mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư', 'Satisfaction with land, construction and investment procedures'),
    numerator: ['tthc_ratings_satisfied_land_construction_investment'],
    denominator: ['tthc_ratings_total_land_construction_investment'],
    item: text('đánh giá hài lòng (đất đai, xây dựng, đầu tư)', 'satisfied ratings (land, construction, investment)'),
  }),
  ratio({
    id: 'eid_online_service_user_rate',
    label: text('Tỷ lệ người dùng DVC trực tuyến được định danh, xác thực điện tử', 'Online-service users with electronic identification'),
    numerator: ['online_service_users_with_eid'],
    denominator: ['online_service_users'],
    item: text('người dùng được định danh điện tử', 'users identified electronically'),
  }),
  ratio({
    id: 'eid_egov_user_rate',
    label: text('Tỷ lệ người dân, doanh nghiệp tham gia CPĐT được xác thực định danh điện tử', 'E-government participants authenticated electronically'),
    numerator: ['egov_users_eid_authenticated'],
    denominator: ['egov_users_total'],
    item: text('người được xác thực định danh điện tử', 'participants authenticated'),
  }),
  // Organisation, civil service, public finance
  direct({
    id: 'public_service_unit_count',
    label: text('Số đơn vị sự nghiệp công lập', 'Public service units'),
    measure: 'public_service_unit_count',
    unit: 'count',
    lowerIsBetter: true,
  }),
  direct({
    id: 'public_service_payroll_staff',
    label: text('Biên chế sự nghiệp hưởng lương từ NSNN', 'Budget-paid public service staff'),
    measure: 'public_service_payroll_staff',
    unit: 'count',
    lowerIsBetter: true,
  }),
  direct({
    id: 'public_service_unit_budget_spending',
    label: text('Chi trực tiếp từ NSNN cho đơn vị sự nghiệp công lập (triệu đồng)', 'Direct budget spending on public service units (VND million)'),
    measure: 'public_service_unit_budget_spending',
    unit: 'count',
    lowerIsBetter: true,
  }),
  direct({
    id: 'health_service_satisfaction',
    label: text('Mức độ hài lòng về dịch vụ y tế công', 'Satisfaction with public health services'),
    measure: 'health_service_satisfaction',
    unit: 'percent',
  }),
  direct({
    id: 'education_service_satisfaction',
    label: text('Mức độ hài lòng về dịch vụ giáo dục công', 'Satisfaction with public education services'),
    measure: 'education_service_satisfaction',
    unit: 'percent',
  }),
  ratio({
    id: 'admin_unit_rearranged_rate',
    label: text('Tỷ lệ ĐVHC chưa đạt tiêu chuẩn đã được sắp xếp', 'Sub-standard administrative units rearranged'),
    numerator: ['substandard_admin_units_rearranged'],
    denominator: ['substandard_admin_units_total'],
    item: text('ĐVHC được sắp xếp', 'units rearranged'),
  }),
  ratio({
    id: 'village_rearranged_rate',
    label: text('Tỷ lệ thôn, tổ dân phố chưa đạt tiêu chuẩn đã được sắp xếp', 'Sub-standard villages and residential groups rearranged'),
    numerator: ['substandard_villages_rearranged'],
    denominator: ['substandard_villages_total'],
    item: text('thôn, tổ dân phố được sắp xếp', 'villages rearranged'),
  }),
  ratio({
    id: 'self_financed_unit_rate',
    label: text('Tỷ lệ ĐVSN công lập tự bảo đảm chi thường xuyên', 'Public service units self-financing recurrent spending'),
    numerator: ['public_service_units_self_financed'],
    denominator: ['public_service_units_total'],
    item: text('đơn vị tự bảo đảm chi thường xuyên', 'self-financing units'),
  }),
  ratio({
    id: 'economic_unit_autonomy_rate',
    label: text('Tỷ lệ ĐVSN kinh tế và khác (đủ điều kiện) đã cổ phần hóa hoặc tự bảo đảm chi thường xuyên và chi đầu tư', 'Eligible economic public service units equitized or fully self-financed'),
    numerator: ['economic_units_converted_or_self_financed'],
    denominator: ['economic_units_eligible'],
    item: text('đơn vị đã chuyển đổi', 'units converted'),
  }),
  ratio({
    id: 'dept_leader_intl_rate',
    label: text('Tỷ lệ lãnh đạo cấp sở, ngành, UBND cấp huyện đủ khả năng làm việc trong môi trường quốc tế', 'Department and district leaders able to work internationally'),
    numerator: ['dept_leaders_intl_capable'],
    denominator: ['dept_leaders_total'],
    item: text('lãnh đạo đủ khả năng', 'leaders capable'),
  }),
  ratio({
    id: 'division_leader_intl_rate',
    label: text('Tỷ lệ lãnh đạo cấp phòng đủ khả năng làm việc trong môi trường quốc tế', 'Division leaders able to work internationally'),
    numerator: ['division_leaders_intl_capable'],
    denominator: ['division_leaders_total'],
    item: text('lãnh đạo cấp phòng đủ khả năng', 'division leaders capable'),
  }),
  ratio({
    id: 'soe_leader_intl_rate',
    label: text('Tỷ lệ lãnh đạo doanh nghiệp nhà nước đủ khả năng làm việc trong môi trường quốc tế', 'State-enterprise leaders able to work internationally'),
    numerator: ['soe_leaders_intl_capable'],
    denominator: ['soe_leaders_total'],
    item: text('lãnh đạo DNNN đủ khả năng', 'enterprise leaders capable'),
  }),
  ratio({
    id: 'commune_official_degree_rate',
    label: text('Tỷ lệ cán bộ, công chức cấp xã có trình độ cao đẳng, đại học', 'Commune officials with a college or university degree'),
    numerator: ['commune_officials_with_degree'],
    denominator: ['commune_officials_total'],
    item: text('cán bộ, công chức có bằng cao đẳng, đại học', 'officials with a degree'),
  }),
  ratio({
    id: 'commune_official_standardized_rate',
    label: text('Tỷ lệ cán bộ, công chức cấp xã được chuẩn hóa (LLCT, QLNN, chuyên môn, kỹ năng)', 'Commune officials meeting the training standards'),
    numerator: ['commune_officials_standardized'],
    denominator: ['commune_officials_total'],
    item: text('cán bộ, công chức đạt chuẩn', 'officials meeting the standards'),
  }),
  // E-government
  ratio({
    id: 'info_system_connected_rate',
    label: text('Tỷ lệ hệ thống thông tin liên quan người dân, DN kết nối qua Trục liên thông, nền tảng chia sẻ', 'Citizen-facing information systems connected to the national platforms'),
    numerator: ['info_systems_connected'],
    denominator: ['info_systems_citizen_facing'],
    item: text('hệ thống được kết nối', 'systems connected'),
  }),
  ratio({
    id: 'reporting_system_connected_rate',
    label: text('Tỷ lệ hệ thống báo cáo kết nối với Hệ thống thông tin báo cáo quốc gia', 'Reporting systems connected to the national reporting system'),
    numerator: ['reporting_systems_connected'],
    denominator: ['reporting_systems_total'],
    item: text('hệ thống báo cáo được kết nối', 'reporting systems connected'),
  }),
  ratio({
    id: 'district_online_meeting_rate',
    label: text('Tỷ lệ UBND cấp huyện họp qua Hệ thống thông tin phục vụ họp và xử lý công việc', 'Districts holding meetings on the e-cabinet system'),
    numerator: ['districts_meeting_on_system'],
    denominator: ['districts_total'],
    item: text('huyện họp qua hệ thống', 'districts meeting on the system'),
  }),
  ratio({
    id: 'digital_inspection_rate',
    label: text('Tỷ lệ hoạt động kiểm tra thực hiện qua môi trường số', 'Inspections carried out digitally'),
    numerator: ['inspections_digital'],
    denominator: ['inspections_total'],
    item: text('cuộc kiểm tra qua môi trường số', 'inspections done digitally'),
  }),
  ratio({
    id: 'mobile_service_rate',
    label: text('Tỷ lệ DVC trực tuyến mức độ 4 cung cấp trên nhiều phương tiện, kể cả di động', 'Level-4 online services available on mobile devices'),
    numerator: ['services_full_online_mobile'],
    denominator: ['services_full_online'],
    item: text('dịch vụ dùng được trên di động', 'services usable on mobile'),
  }),
  ratio({
    id: 'adult_bank_account_rate',
    label: text('Tỷ lệ người trưởng thành có tài khoản ngân hàng', 'Adults with a bank account'),
    numerator: ['adults_with_bank_account'],
    denominator: ['adults_total'],
    item: text('người có tài khoản ngân hàng', 'adults with an account'),
  }),
  // Milestones of the plan (1 = done by the deadline)
  direct({
    id: 'one_stop_reform_completed',
    label: text('Hoàn thành đổi mới cơ chế một cửa, một cửa liên thông (1 = xong)', 'One-stop-shop reform completed (1 = done)'),
    measure: 'one_stop_reform_completed',
    unit: 'count',
  }),
  direct({
    id: 'provincial_portal_connected',
    label: text('Cổng DVC, Hệ thống một cửa điện tử tỉnh kết nối Cổng DVC quốc gia (1 = xong)', 'Provincial portal connected to the national portal (1 = done)'),
    measure: 'provincial_portal_connected',
    unit: 'count',
  }),
  direct({
    id: 'task_tracking_realtime',
    label: text('Hệ thống theo dõi nhiệm vụ UBND tỉnh giao hiển thị theo thời gian thực (1 = xong)', 'Task-tracking system shows real-time status (1 = done)'),
    measure: 'task_tracking_realtime',
    unit: 'count',
  }),
  direct({
    id: 'plan_review_held',
    label: text('Đã sơ kết / tổng kết kế hoạch (1 = xong)', 'Plan review held (1 = done)'),
    measure: 'plan_review_held',
    unit: 'count',
  }),
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function findIndicator(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

export function indicatorIds(): string[] {
  return [...BY_ID.keys()];
}

/**
 * The indicator catalogue: every indicator a target may name, with its definition.
 * A ratio indicator is sum(numerator measures) / sum(denominator measures) × 100 over the units of a
 * scope (ratios of sums, never means of unit rates). A direct indicator reads one measure as is
 * (ranks, scores, counts).
 */
import { text, type Text } from '../core/i18n.js';

export interface RatioIndicator {
  kind: 'ratio';
  numerator: string[];
  denominator: string[];
  /** Noun for `needed`: "12 more dossiers resolved on time". */
  item: Text;
}
export interface DirectIndicator {
  kind: 'direct';
  measure: string;
}
export type IndicatorDef = (RatioIndicator | DirectIndicator) & {
  id: string;
  label: Text;
  /** percent for ratios; rank, score, count… for direct ones. */
  unit: 'percent' | 'rank' | 'score' | 'count' | 'days' | 'hours';
  /** Lower is better (ranks, days). */
  lowerIsBetter?: boolean;
  formula: string;
  source?: string;
  /** For `needed` (check/needed.ts): an item is `moved` into the numerator, the denominator staying
   * the same (the default: a late dossier that would have been on time), or `added` to both. */
  needed?: 'moved' | 'added';
};

const ratio = (
  id: string,
  label: Text,
  numerator: string[],
  denominator: string[],
  item: Text,
  source?: string,
): IndicatorDef => ({
  id,
  kind: 'ratio',
  label,
  unit: 'percent',
  numerator,
  denominator,
  item,
  formula: `${numerator.join(' + ')} / ${denominator.length > 1 ? `(${denominator.join(' + ')})` : denominator[0]} × 100`,
  source,
});

const direct = (
  id: string,
  label: Text,
  measure: string,
  unit: IndicatorDef['unit'],
  lowerIsBetter = false,
  source?: string,
): IndicatorDef => ({ id, kind: 'direct', label, measure, unit, lowerIsBetter, formula: measure, source });

const TT01 = 'Thông tư 01/2020/TT-VPCP, biểu II.06a/VPCP/KSTT';

export const INDICATORS: readonly IndicatorDef[] = [
  // --- From the monthly statistics form (DESIGN "Indicators") ---
  ratio('online_dossier_rate', text('Tỷ lệ hồ sơ trực tuyến', 'Online dossier rate'), ['received_online'], ['received_online', 'received_offline'], text('hồ sơ nộp trực tuyến', 'dossiers filed online'), TT01),
  ratio('on_time_rate', text('Tỷ lệ hồ sơ giải quyết đúng hạn', 'Dossiers resolved on time'), ['resolved_early', 'resolved_on_time'], ['resolved_total'], text('hồ sơ giải quyết đúng hạn', 'dossiers resolved on time'), TT01),
  ratio('digitized_result_rate', text('Tỷ lệ số hóa kết quả giải quyết TTHC', 'Digitized results'), ['digitized_results'], ['resolved_total'], text('kết quả được số hóa', 'results digitized')),
  ratio('online_payment_rate', text('Tỷ lệ thanh toán trực tuyến', 'Online payments'), ['paid_online'], ['payable_dossiers'], text('hồ sơ thanh toán trực tuyến', 'dossiers paid online')),
  // QĐ 2370/QĐ-UBND Quảng Nam: "tỷ lệ giao dịch thanh toán trực tuyến … đối với tổng số hồ sơ giải quyết"
  ratio('online_payment_rate_resolved', text('Tỷ lệ thanh toán trực tuyến trên tổng số hồ sơ giải quyết', 'Online payments over dossiers resolved'), ['paid_online'], ['resolved_total'], text('hồ sơ thanh toán trực tuyến', 'dossiers paid online'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  // e_circulated counts the dossiers received in the period (a dossier is circulated once, when it comes
  // in), so the denominator is the new receipts of the period, without the carried-over ones
  ratio('e_circulation_rate', text('Tỷ lệ hồ sơ luân chuyển trên môi trường điện tử', 'Dossiers circulated electronically'), ['e_circulated'], ['received_online', 'received_offline'], text('hồ sơ luân chuyển điện tử', 'dossiers circulated electronically')),
  ratio('full_online_service_rate', text('Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình', 'Procedures fully online'), ['services_full_online'], ['services_total'], text('thủ tục trực tuyến toàn trình', 'procedures fully online')),
  ratio('online_payment_service_rate', text('Tỷ lệ TTHC có thanh toán trực tuyến', 'Procedures with online payment'), ['services_with_online_payment'], ['services_with_fee'], text('thủ tục có thanh toán trực tuyến', 'procedures with online payment')),
  ratio('work_records_online_rate', text('Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng', 'Work records handled online'), ['work_records_online'], ['work_records_total'], text('hồ sơ công việc xử lý trên mạng', 'work records handled online')),
  // --- Rankings and scores (one measure per index: <index>_rank / <index>_score) ---
  direct('par_index_rank', text('Xếp hạng Chỉ số CCHC (PAR INDEX)', 'PAR INDEX rank'), 'par_index_rank', 'rank', true),
  direct('par_index_score', text('Điểm Chỉ số CCHC (PAR INDEX)', 'PAR INDEX score'), 'par_index_score', 'score'),
  direct('sipas_rank', text('Xếp hạng Chỉ số hài lòng (SIPAS)', 'SIPAS rank'), 'sipas_rank', 'rank', true),
  direct('sipas_score', text('Chỉ số hài lòng (SIPAS)', 'SIPAS satisfaction'), 'sipas_score', 'score'),
  direct('papi_rank', text('Xếp hạng PAPI', 'PAPI rank'), 'papi_rank', 'rank', true),
  direct('pci_rank', text('Xếp hạng PCI', 'PCI rank'), 'pci_rank', 'rank', true),
  direct('egov_rank', text('Xếp hạng Chính phủ điện tử / chuyển đổi số', 'E-government / digital transformation rank'), 'egov_rank', 'rank', true),
  direct('dti_rank', text('Xếp hạng Chỉ số chuyển đổi số (DTI)', 'DTI rank'), 'dti_rank', 'rank', true),
  // --- added for qn-2370-2021 and the initiatives plan ---
  ratio('legal_doc_review_rate', text('Tỷ lệ văn bản hướng dẫn, thi hành được rà soát, sửa đổi, bổ sung, thay thế kịp thời', 'Implementing documents reviewed and updated in time'), ['legal_docs_reviewed_timely'], ['legal_docs_requiring_review'], text('văn bản được rà soát kịp thời', 'documents reviewed in time'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('equitization_rate', text('Tỷ lệ đơn vị sự nghiệp kinh tế và khác đủ điều kiện đã chuyển thành công ty cổ phần', 'Eligible economic and other public service units equitized'), ['eligible_units_equitized'], ['units_eligible_for_equitization'], text('đơn vị đã cổ phần hóa', 'units equitized'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('e_document_exchange_rate', text('Tỷ lệ văn bản trao đổi giữa cơ quan hành chính trên môi trường điện tử (trừ văn bản mật)', 'Official documents exchanged electronically (classified excluded)'), ['documents_exchanged_online'], ['documents_exchanged_total'], text('văn bản trao đổi điện tử', 'documents exchanged electronically'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('portal_service_integration_rate', text('Tỷ lệ DVCTT mức độ 3, 4 phổ biến được tích hợp lên Cổng DVC tỉnh', 'Common level 3-4 online services integrated on the provincial portal'), ['services_integrated_on_portal'], ['services_level34_common'], text('dịch vụ được tích hợp', 'services integrated'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('e_authentication_rate', text('Tỷ lệ giao dịch trên Cổng DVC, Hệ thống một cửa điện tử được xác thực điện tử', 'Portal and one-stop transactions authenticated electronically'), ['transactions_e_authenticated'], ['portal_transactions_total'], text('giao dịch được xác thực điện tử', 'transactions authenticated'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('commune_equipment_standard_rate', text('Tỷ lệ UBND cấp xã đạt chuẩn về trang thiết bị', 'Commune people\'s committees meeting the equipment standard'), ['communes_equipment_standard'], ['communes_total'], text('UBND cấp xã đạt chuẩn', 'communes meeting the standard'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('one_stop_modern_standard_rate', text('Tỷ lệ Bộ phận tiếp nhận và trả kết quả đạt chuẩn hiện đại', 'One-stop units meeting the modern standard'), ['one_stop_units_modern'], ['one_stop_units_total'], text('Bộ phận một cửa đạt chuẩn hiện đại', 'one-stop units up to standard'), 'QĐ 2370/QĐ-UBND Quảng Nam, II.2'),
  ratio('paperless_office_rate', text('Tỷ lệ cơ quan xử lý hồ sơ công việc, trình, ký số hoàn toàn trên môi trường điện tử', 'Agencies handling work fully paperless'), ['agencies_paperless'], ['agencies_total'], text('cơ quan xử lý văn bản không giấy', 'paperless agencies'), 'QĐ 2370/QĐ-UBND Quảng Nam, III.6'),
  direct('smart_city_model_count', text('Số huyện, thị xã, thành phố hoàn thành mô hình đô thị thông minh', 'Districts with a completed smart-city model'), 'districts_smart_city_model', 'count', false, 'QĐ 2370/QĐ-UBND Quảng Nam, III.6'),
  direct('par_initiative_model_count', text('Số mô hình, cách làm hay về CCHC trong năm', 'New administrative-reform models or practices in the year'), 'par_initiative_models', 'count', false, 'Kế hoạch phát huy sáng kiến CCHC Quảng Nam 2021-2025, III.1'),
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
    direct(`par_initiative_model_count_${area}`, text(`Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực ${vi}`, `New reform models or practices in the year, ${en}`), `par_initiative_models_${area}`, 'count', false, 'Kế hoạch phát huy sáng kiến CCHC Quảng Nam 2021-2025, III.1'),
  ),
  // --- added for qn-16nqtu-2021 and qn-par-index-2024 ---
  ratio('implementing_plan_submitted_rate', text('Tỷ lệ cơ quan, địa phương đã ban hành và gửi chương trình/kế hoạch thực hiện đúng hạn', 'Agencies that issued and sent their implementing plan in time'), ['units_plan_submitted_on_time'], ['units_plan_required'], text('cơ quan gửi kế hoạch đúng hạn', 'agencies sending their plan in time'), 'CTHĐ thực hiện NQ 16-NQ/TU Quảng Nam, III.1; KH cải thiện PAR INDEX Quảng Nam 2024, III.1'),
  direct('staff_evaluation_rounds', text('Số lần đánh giá, xếp loại cán bộ, công chức, viên chức trong năm', 'Staff evaluation rounds per year'), 'staff_evaluation_rounds_per_year', 'count', false, 'CTHĐ thực hiện NQ 16-NQ/TU Quảng Nam, II.1'),
  // on-time variant of the PAR INDEX criterion: only dossiers received in the period, whatever was carried over
  ratio('on_time_rate_received_in_year', text('Tỷ lệ hồ sơ tiếp nhận trong năm được giải quyết đúng hạn', 'Dossiers received in the year resolved on time'), ['received_in_period_resolved_early', 'received_in_period_resolved_on_time'], ['received_online', 'received_offline'], text('hồ sơ tiếp nhận trong kỳ được giải quyết đúng hạn', 'dossiers of the period resolved on time'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.4 (tiêu chí PAR INDEX)'),
  direct('par_plan_tasks_completed', text('Số chỉ tiêu, nhiệm vụ của Kế hoạch CCHC năm được hoàn thành', 'Tasks of the annual PAR plan completed'), 'par_plan_tasks_completed', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.1'),
  ratio('par_inspection_coverage_rate', text('Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC trong năm', 'Agencies covered by the year\'s PAR inspections'), ['units_par_inspected'], ['units_subject_to_par_inspection'], text('cơ quan được kiểm tra', 'agencies inspected'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3'),
  ratio('par_inspection_plan_completion_rate', text('Tỷ lệ hoàn thành Kế hoạch kiểm tra CCHC năm', 'Completion of the year\'s PAR inspection plan'), ['par_inspection_plan_items_done'], ['par_inspection_plan_items'], text('nội dung kế hoạch kiểm tra hoàn thành', 'inspection plan items done'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3'),
  ratio('par_inspection_issues_handled_rate', text('Tỷ lệ vấn đề phát hiện qua kiểm tra CCHC được xử lý', 'Issues found by PAR inspections that were dealt with'), ['par_inspection_issues_handled'], ['par_inspection_issues_found'], text('vấn đề được xử lý', 'issues dealt with'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.3'),
  ratio('units_with_par_initiative_rate', text('Tỷ lệ cơ quan, địa phương có ít nhất 01 sáng kiến, giải pháp CCHC áp dụng trong năm', 'Agencies applying at least one PAR initiative in the year'), ['units_with_par_initiative'], ['units_total'], text('cơ quan có sáng kiến CCHC', 'agencies with an initiative'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.5'),
  direct('dialogue_conference_count', text('Số cuộc đối thoại, diễn đàn của lãnh đạo tỉnh, huyện với người dân, doanh nghiệp', 'Dialogues and forums of provincial and district leaders with citizens and businesses'), 'dialogue_conferences', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.6'),
  ratio('government_tasks_on_time_rate', text('Tỷ lệ nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đúng tiến độ', 'Tasks assigned by the Government and Prime Minister done on time'), ['government_tasks_done_on_time'], ['government_tasks_assigned'], text('nhiệm vụ hoàn thành đúng hạn', 'tasks done on time'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.7'),
  ratio('par_survey_completion_rate', text('Tỷ lệ phiếu khảo sát cán bộ, lãnh đạo quản lý (PAR INDEX) được hoàn thành', 'PAR INDEX survey forms of officials completed'), ['par_survey_forms_completed'], ['par_survey_forms_assigned'], text('phiếu khảo sát hoàn thành', 'survey forms completed'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục I.8'),
  direct('law_monitoring_activity_count', text('Số hoạt động theo dõi tình hình thi hành pháp luật được thực hiện', 'Law-enforcement monitoring activities carried out'), 'law_monitoring_activities', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục II.1'),
  ratio('unlawful_documents_handled_rate', text('Tỷ lệ văn bản trái pháp luật được kiến nghị đã được xử lý', 'Unlawful documents flagged by reviewers that were dealt with'), ['unlawful_documents_handled'], ['unlawful_documents_flagged'], text('văn bản trái pháp luật được xử lý', 'unlawful documents dealt with'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục II.2'),
  direct('ultra_vires_procedure_count', text('Số TTHC ban hành trái thẩm quyền', 'Procedures issued beyond the issuer\'s competence'), 'procedures_issued_ultra_vires', 'count', true, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.1'),
  direct('procedure_announcement_lead_days', text('Số ngày làm việc ít nhất giữa quyết định công bố TTHC và ngày VBQPPL có hiệu lực', 'Shortest lead, in working days, of a procedure announcement before its legal act takes effect'), 'procedure_announcement_min_lead_working_days', 'days', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.1'),
  direct('procedure_announcement_lag_days', text('Số ngày chậm nhất từ khi công bố VBQPPL (thủ tục rút gọn) đến quyết định công bố TTHC', 'Longest lag, in days, of a procedure announcement after a fast-track legal act'), 'procedure_announcement_max_lag_days', 'days', true, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.1'),
  ratio('procedure_national_portal_publication_rate', text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời trên Cổng DVC quốc gia', 'Procedures published in full and in time on the national public-service portal'), ['procedures_published_national_portal'], ['services_total'], text('TTHC được công khai', 'procedures published'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2'),
  ratio('procedure_provincial_portal_publication_rate', text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời trên Cổng DVC tỉnh và website cơ quan giải quyết', 'Procedures published on the provincial portal and the competent agencies\' websites'), ['procedures_published_provincial_portal'], ['services_total'], text('TTHC được công khai', 'procedures published'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2'),
  ratio('website_procedure_publication_rate', text('Tỷ lệ Cổng/Trang thông tin điện tử công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền', 'Agency websites publishing their procedures in full and in time'), ['websites_publishing_procedures'], ['agency_websites_total'], text('trang thông tin công khai TTHC', 'websites publishing procedures'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2'),
  ratio('procedure_one_stop_publication_rate', text('Tỷ lệ TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa', 'Procedures published at the one-stop desks'), ['procedures_published_one_stop'], ['services_total'], text('TTHC được công khai tại Một cửa', 'procedures published at one-stop desks'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.2'),
  ratio('dossier_national_portal_sync_rate', text('Tỷ lệ hồ sơ TTHC được đồng bộ, công khai trên Cổng DVC quốc gia', 'Dossiers synchronised and published on the national portal'), ['dossiers_synced_national_portal'], ['received_total'], text('hồ sơ được đồng bộ', 'dossiers synchronised'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.3'),
  ratio('dossier_provincial_portal_publication_rate', text('Tỷ lệ hồ sơ TTHC được công khai tiến độ, kết quả trên Cổng DVC tỉnh', 'Dossiers whose progress and result are published on the provincial portal'), ['dossiers_published_provincial_portal'], ['received_total'], text('hồ sơ được công khai', 'dossiers published'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.2.3'),
  ratio('one_stop_procedure_rate', text('Tỷ lệ TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa', 'Procedures received and returned through the one-stop desks'), ['procedures_handled_at_one_stop'], ['services_total'], text('TTHC thực hiện tại Một cửa', 'procedures at one-stop desks'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.1'),
  ratio('vertical_one_stop_procedure_rate', text('Tỷ lệ TTHC ngành dọc theo danh mục được tiếp nhận tại Bộ phận Một cửa', 'Procedures of central line agencies on the approved list received at one-stop desks'), ['vertical_procedures_at_one_stop'], ['vertical_procedures_listed'], text('TTHC ngành dọc tại Một cửa', 'line-agency procedures at one-stop desks'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.2'),
  ratio('same_level_interlinked_procedure_rate', text('Tỷ lệ TTHC/nhóm TTHC giải quyết liên thông cùng cấp', 'Procedures or procedure groups handled jointly at one level'), ['procedures_interlinked_same_level'], ['services_total'], text('TTHC liên thông cùng cấp', 'procedures interlinked at one level'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.3'),
  ratio('cross_level_interlinked_procedure_rate', text('Tỷ lệ TTHC/nhóm TTHC giải quyết liên thông giữa các cấp chính quyền', 'Procedures or procedure groups handled jointly across levels'), ['procedures_interlinked_cross_level'], ['services_total'], text('TTHC liên thông giữa các cấp', 'procedures interlinked across levels'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.3.4'),
  ratio('tthc_quality_good_unit_rate', text('Tỷ lệ cơ quan, địa phương đạt điểm đánh giá chất lượng giải quyết TTHC từ tốt trở lên', 'Agencies rated good or better on the quality of procedure handling'), ['units_tthc_quality_good'], ['units_tthc_quality_assessed'], text('cơ quan đạt tốt trở lên', 'agencies rated good or better'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.4.5 (NĐ 61/2018/NĐ-CP)'),
  ratio('feedback_handled_rate', text('Tỷ lệ phản ánh, kiến nghị về TTHC được xử lý kịp thời, đầy đủ', 'Feedback on procedures handled in time'), ['feedback_handled_timely'], ['feedback_received'], text('PAKN được xử lý', 'feedback items handled'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.5.1'),
  ratio('feedback_answer_publication_rate', text('Tỷ lệ kết quả trả lời phản ánh, kiến nghị được công khai', 'Answers to feedback made public'), ['feedback_answers_published'], ['feedback_answered'], text('PAKN được công khai', 'answers published'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục III.5.2'),
  ratio('leadership_structure_compliance_rate', text('Tỷ lệ cơ quan có cơ cấu số lượng lãnh đạo đúng quy định', 'Agencies whose number of leaders meets the rules'), ['units_leadership_compliant'], ['units_total'], text('cơ quan đúng cơ cấu lãnh đạo', 'agencies compliant'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.2 (NĐ 107, 108/2020/NĐ-CP)'),
  direct('staff_positions_count', text('Số lượng biên chế được giao', 'Staff positions (biên chế)'), 'staff_positions', 'count', true, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.4'),
  ratio('decentralisation_issues_handled_rate', text('Tỷ lệ vấn đề về phân cấp, phân quyền phát hiện qua kiểm tra được xử lý', 'Decentralisation issues found by inspections that were dealt with'), ['decentralisation_issues_handled'], ['decentralisation_issues_found'], text('vấn đề được xử lý', 'issues dealt with'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục IV.5.3'),
  ratio('job_position_docs_complete_rate', text('Tỷ lệ cơ quan hoàn thành bản mô tả công việc, danh mục vị trí việc làm, khung năng lực', 'Agencies with job descriptions, position lists and competency frameworks done'), ['units_job_position_docs_complete'], ['units_total'], text('cơ quan hoàn thành', 'agencies done'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.2'),
  ratio('staff_in_position_rate', text('Tỷ lệ công chức, viên chức được bố trí đúng vị trí việc làm', 'Civil servants and public employees in their approved position'), ['staff_in_approved_position'], ['staff_total'], text('người bố trí đúng vị trí', 'staff in position'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.2'),
  ratio('training_plan_completion_rate', text('Tỷ lệ hoàn thành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm', 'Completion of the year\'s staff training plan'), ['training_plan_items_done'], ['training_plan_items'], text('nội dung kế hoạch hoàn thành', 'plan items done'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục V.4'),
  ratio('audit_conclusion_implementation_rate', text('Tỷ lệ kết luận thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách được thực hiện', 'Inspection and audit conclusions on public finance implemented'), ['audit_conclusions_implemented'], ['audit_conclusions_total'], text('kết luận được thực hiện', 'conclusions implemented'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.1.3'),
  direct('units_newly_full_recurrent_autonomy', text('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm chi thường xuyên trong năm', 'Public service units newly given full recurrent-spending autonomy'), 'units_newly_full_recurrent_autonomy', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.3 (NĐ 60/2021/NĐ-CP)'),
  direct('units_newly_partial_recurrent_autonomy', text('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm một phần chi thường xuyên trong năm', 'Public service units newly given partial recurrent-spending autonomy'), 'units_newly_partial_recurrent_autonomy', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VI.3 (NĐ 60/2021/NĐ-CP)'),
  ratio('lgsp_connected_app_rate', text('Tỷ lệ ứng dụng có dữ liệu dùng chung được kết nối qua LGSP', 'Applications with shared data connected through the provincial LGSP'), ['apps_connected_lgsp'], ['apps_with_shared_data'], text('ứng dụng được kết nối', 'applications connected'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.1.3'),
  ratio('e_document_connected_unit_rate', text('Tỷ lệ cơ quan, địa phương đã kết nối gửi, nhận văn bản điện tử 4 cấp', 'Agencies connected to the four-level e-document exchange'), ['units_e_document_connected'], ['units_total'], text('cơ quan đã kết nối', 'agencies connected'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.2.2'),
  ratio('digitized_dossier_result_rate', text('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', 'Dossiers and results digitized'), ['dossiers_digitized'], ['resolved_total'], text('hồ sơ được số hóa', 'dossiers digitized'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.3 (QĐ 766/QĐ-TTg)'),
  ratio('e_result_issuance_rate', text('Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'Results issued in electronic form'), ['e_results_issued'], ['resolved_total'], text('kết quả điện tử được cấp', 'electronic results issued'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.3 (QĐ 766/QĐ-TTg)'),
  ratio('full_online_dossier_rate', text('Tỷ lệ hồ sơ trực tuyến toàn trình', 'Dossiers filed fully online'), ['received_full_online'], ['received_online', 'received_offline'], text('hồ sơ trực tuyến toàn trình', 'dossiers fully online'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.4'),
  ratio('online_payment_transaction_service_rate', text('Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', 'Procedures with at least one online payment'), ['services_with_online_payment_transactions'], ['services_with_fee'], text('TTHC có giao dịch thanh toán trực tuyến', 'procedures with online payments'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VII.3.5'),
  ratio('socioeconomic_target_completion_rate', text('Tỷ lệ mục tiêu, nhiệm vụ phát triển KT-XH năm do HĐND tỉnh giao được hoàn thành', 'Socio-economic targets of the year met'), ['socioeconomic_targets_met'], ['socioeconomic_targets_total'], text('mục tiêu hoàn thành', 'targets met'), 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.1'),
  direct('investment_attracted', text('Tổng số vốn thu hút đầu tư trong năm (triệu đồng)', 'Investment capital attracted in the year (million VND)'), 'investment_capital_attracted', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.2'),
  direct('new_enterprise_count', text('Số doanh nghiệp thành lập mới trong năm', 'Enterprises newly registered in the year'), 'new_enterprises', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.3'),
  direct('enterprise_budget_revenue_share', text('Tỷ lệ đóng góp của khu vực doanh nghiệp vào thu ngân sách tỉnh', 'Share of the business sector in provincial budget revenue'), 'enterprise_budget_revenue_share', 'percent', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.4'),
  direct('grdp', text('Tổng sản phẩm trên địa bàn tỉnh (GRDP, triệu đồng)', 'Gross regional domestic product (GRDP, million VND)'), 'grdp', 'count', false, 'KH cải thiện PAR INDEX Quảng Nam 2024, Phụ lục VIII.5'),
  // --- added for qb-3028-2021 ---
  // TTHC (Nghị quyết 76/NQ-CP targets as copied by the Quảng Bình plan 3028/QĐ-UBND)
  ratio('online_service_rate', text('Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4', 'Procedures online at level 3 or 4'), ['services_full_online', 'services_partly_online'], ['services_total'], text('thủ tục cung cấp trực tuyến mức độ 3, 4', 'procedures online at level 3/4')),
  ratio('national_portal_service_rate', text('Tỷ lệ TTHC trực tuyến tích hợp trên Cổng DVC quốc gia', 'Online procedures on the National Public Service Portal'), ['services_on_national_portal'], ['services_full_online', 'services_partly_online'], text('thủ tục tích hợp lên Cổng DVC quốc gia', 'procedures on the national portal')),
  ratio('business_regulation_cut_rate', text('Tỷ lệ quy định kinh doanh được cắt giảm, đơn giản hóa', 'Business regulations cut or simplified'), ['business_regulations_cut_or_simplified'], ['business_regulations_baseline'], text('quy định được cắt giảm, đơn giản hóa', 'regulations cut or simplified'), 'NQ 68/NQ-CP: quy định có hiệu lực đến 31/5/2020'),
  direct('business_compliance_cost', text('Chi phí tuân thủ quy định kinh doanh (triệu đồng/năm)', 'Business compliance cost (VND million a year)'), 'business_compliance_cost', 'count', true),
  ratio('internal_procedure_published_rate', text('Tỷ lệ TTHC nội bộ được công bố, công khai', 'Internal procedures published'), ['internal_procedures_published'], ['internal_procedures_total'], text('TTHC nội bộ được công bố, công khai', 'internal procedures published')),
  ratio('no_resubmission_rate', text('Tỷ lệ hồ sơ không phải cung cấp lại giấy tờ đã có', 'Dossiers needing no re-submitted documents'), ['dossiers_without_resubmission'], ['received_total'], text('hồ sơ không phải nộp lại giấy tờ', 'dossiers with no re-submitted documents')),
  ratio('tthc_satisfaction_rate', text('Mức độ hài lòng về giải quyết TTHC', 'Satisfaction with procedure handling'), ['tthc_ratings_satisfied'], ['tthc_ratings_total'], text('đánh giá hài lòng', 'satisfied ratings')),
  ratio('tthc_satisfaction_land_construction_investment_rate', text('Mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư', 'Satisfaction with land, construction and investment procedures'), ['tthc_ratings_satisfied_land_construction_investment'], ['tthc_ratings_total_land_construction_investment'], text('đánh giá hài lòng (đất đai, xây dựng, đầu tư)', 'satisfied ratings (land, construction, investment)')),
  ratio('eid_online_service_user_rate', text('Tỷ lệ người dùng DVC trực tuyến được định danh, xác thực điện tử', 'Online-service users with electronic identification'), ['online_service_users_with_eid'], ['online_service_users'], text('người dùng được định danh điện tử', 'users identified electronically')),
  ratio('eid_egov_user_rate', text('Tỷ lệ người dân, doanh nghiệp tham gia CPĐT được xác thực định danh điện tử', 'E-government participants authenticated electronically'), ['egov_users_eid_authenticated'], ['egov_users_total'], text('người được xác thực định danh điện tử', 'participants authenticated')),
  // Organisation, civil service, public finance
  direct('public_service_unit_count', text('Số đơn vị sự nghiệp công lập', 'Public service units'), 'public_service_unit_count', 'count', true),
  direct('public_service_payroll_staff', text('Biên chế sự nghiệp hưởng lương từ NSNN', 'Budget-paid public service staff'), 'public_service_payroll_staff', 'count', true),
  direct('public_service_unit_budget_spending', text('Chi trực tiếp từ NSNN cho đơn vị sự nghiệp công lập (triệu đồng)', 'Direct budget spending on public service units (VND million)'), 'public_service_unit_budget_spending', 'count', true),
  direct('health_service_satisfaction', text('Mức độ hài lòng về dịch vụ y tế công', 'Satisfaction with public health services'), 'health_service_satisfaction', 'percent'),
  direct('education_service_satisfaction', text('Mức độ hài lòng về dịch vụ giáo dục công', 'Satisfaction with public education services'), 'education_service_satisfaction', 'percent'),
  ratio('admin_unit_rearranged_rate', text('Tỷ lệ ĐVHC chưa đạt tiêu chuẩn đã được sắp xếp', 'Sub-standard administrative units rearranged'), ['substandard_admin_units_rearranged'], ['substandard_admin_units_total'], text('ĐVHC được sắp xếp', 'units rearranged')),
  ratio('village_rearranged_rate', text('Tỷ lệ thôn, tổ dân phố chưa đạt tiêu chuẩn đã được sắp xếp', 'Sub-standard villages and residential groups rearranged'), ['substandard_villages_rearranged'], ['substandard_villages_total'], text('thôn, tổ dân phố được sắp xếp', 'villages rearranged')),
  ratio('self_financed_unit_rate', text('Tỷ lệ ĐVSN công lập tự bảo đảm chi thường xuyên', 'Public service units self-financing recurrent spending'), ['public_service_units_self_financed'], ['public_service_units_total'], text('đơn vị tự bảo đảm chi thường xuyên', 'self-financing units')),
  ratio('economic_unit_autonomy_rate', text('Tỷ lệ ĐVSN kinh tế và khác (đủ điều kiện) đã cổ phần hóa hoặc tự bảo đảm chi thường xuyên và chi đầu tư', 'Eligible economic public service units equitized or fully self-financed'), ['economic_units_converted_or_self_financed'], ['economic_units_eligible'], text('đơn vị đã chuyển đổi', 'units converted')),
  ratio('dept_leader_intl_rate', text('Tỷ lệ lãnh đạo cấp sở, ngành, UBND cấp huyện đủ khả năng làm việc trong môi trường quốc tế', 'Department and district leaders able to work internationally'), ['dept_leaders_intl_capable'], ['dept_leaders_total'], text('lãnh đạo đủ khả năng', 'leaders capable')),
  ratio('division_leader_intl_rate', text('Tỷ lệ lãnh đạo cấp phòng đủ khả năng làm việc trong môi trường quốc tế', 'Division leaders able to work internationally'), ['division_leaders_intl_capable'], ['division_leaders_total'], text('lãnh đạo cấp phòng đủ khả năng', 'division leaders capable')),
  ratio('soe_leader_intl_rate', text('Tỷ lệ lãnh đạo doanh nghiệp nhà nước đủ khả năng làm việc trong môi trường quốc tế', 'State-enterprise leaders able to work internationally'), ['soe_leaders_intl_capable'], ['soe_leaders_total'], text('lãnh đạo DNNN đủ khả năng', 'enterprise leaders capable')),
  ratio('commune_official_degree_rate', text('Tỷ lệ cán bộ, công chức cấp xã có trình độ cao đẳng, đại học', 'Commune officials with a college or university degree'), ['commune_officials_with_degree'], ['commune_officials_total'], text('cán bộ, công chức có bằng cao đẳng, đại học', 'officials with a degree')),
  ratio('commune_official_standardized_rate', text('Tỷ lệ cán bộ, công chức cấp xã được chuẩn hóa (LLCT, QLNN, chuyên môn, kỹ năng)', 'Commune officials meeting the training standards'), ['commune_officials_standardized'], ['commune_officials_total'], text('cán bộ, công chức đạt chuẩn', 'officials meeting the standards')),
  // E-government
  ratio('info_system_connected_rate', text('Tỷ lệ hệ thống thông tin liên quan người dân, DN kết nối qua Trục liên thông, nền tảng chia sẻ', 'Citizen-facing information systems connected to the national platforms'), ['info_systems_connected'], ['info_systems_citizen_facing'], text('hệ thống được kết nối', 'systems connected')),
  ratio('reporting_system_connected_rate', text('Tỷ lệ hệ thống báo cáo kết nối với Hệ thống thông tin báo cáo quốc gia', 'Reporting systems connected to the national reporting system'), ['reporting_systems_connected'], ['reporting_systems_total'], text('hệ thống báo cáo được kết nối', 'reporting systems connected')),
  ratio('district_online_meeting_rate', text('Tỷ lệ UBND cấp huyện họp qua Hệ thống thông tin phục vụ họp và xử lý công việc', 'Districts holding meetings on the e-cabinet system'), ['districts_meeting_on_system'], ['districts_total'], text('huyện họp qua hệ thống', 'districts meeting on the system')),
  ratio('digital_inspection_rate', text('Tỷ lệ hoạt động kiểm tra thực hiện qua môi trường số', 'Inspections carried out digitally'), ['inspections_digital'], ['inspections_total'], text('cuộc kiểm tra qua môi trường số', 'inspections done digitally')),
  ratio('mobile_service_rate', text('Tỷ lệ DVC trực tuyến mức độ 4 cung cấp trên nhiều phương tiện, kể cả di động', 'Level-4 online services available on mobile devices'), ['services_full_online_mobile'], ['services_full_online'], text('dịch vụ dùng được trên di động', 'services usable on mobile')),
  ratio('adult_bank_account_rate', text('Tỷ lệ người trưởng thành có tài khoản ngân hàng', 'Adults with a bank account'), ['adults_with_bank_account'], ['adults_total'], text('người có tài khoản ngân hàng', 'adults with an account')),
  // Milestones of the plan (1 = done by the deadline)
  direct('one_stop_reform_completed', text('Hoàn thành đổi mới cơ chế một cửa, một cửa liên thông (1 = xong)', 'One-stop-shop reform completed (1 = done)'), 'one_stop_reform_completed', 'count'),
  direct('provincial_portal_connected', text('Cổng DVC, Hệ thống một cửa điện tử tỉnh kết nối Cổng DVC quốc gia (1 = xong)', 'Provincial portal connected to the national portal (1 = done)'), 'provincial_portal_connected', 'count'),
  direct('task_tracking_realtime', text('Hệ thống theo dõi nhiệm vụ UBND tỉnh giao hiển thị theo thời gian thực (1 = xong)', 'Task-tracking system shows real-time status (1 = done)'), 'task_tracking_realtime', 'count'),
  direct('plan_review_held', text('Đã sơ kết / tổng kết kế hoạch (1 = xong)', 'Plan review held (1 = done)'), 'plan_review_held', 'count'),
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function findIndicator(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

export function indicatorIds(): string[] {
  return [...BY_ID.keys()];
}

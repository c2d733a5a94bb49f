/**
 * What an officer needs to know to supply one measure by hand: its Vietnamese label, the unit it is
 * counted in (hồ sơ, thủ tục, %, hạng, điểm, triệu đồng…) and the kind of value it takes, which the
 * figures workbook turns into data validation and the figures-sheet reader enforces.
 * Labels come from the indicator catalogue (a numerator is "Số <item>", a direct indicator is its own
 * label) unless written out below: the form's measures and every denominator, which the catalogue only
 * names in code.
 */
import { text, type Text } from '../core/i18n.js';
import { INDICATORS, type IndicatorDef } from './indicators.js';

/**
 * - `count`: a whole number ≥ 0; `amount`: a decimal ≥ 0 (money, staff-months…);
 * - `rank`: a whole number from 1 to the number of provinces ranked that year;
 * - `score`: a decimal ≥ 0; `percent`: a decimal from 0 to 100; `flag`: 1 (done) or 0 (not done).
 */
export type ValueKind = 'count' | 'amount' | 'rank' | 'score' | 'percent' | 'flag';

export interface MeasureInfo {
  measure: string;
  label: Text;
  /** Unit of the figure as an officer writes it: "hồ sơ", "thủ tục", "%", "hạng", "điểm"… */
  unit: Text;
  kind: ValueKind;
}

/** 63 provinces ranked up to 2024; 34 from 2025 (NQ 202/2025/QH15, in force 12/6/2025). */
export function rankMax(year: number): number {
  return year >= 2025 ? 34 : 63;
}

const W = (vi: string, en: string): Text => text(vi, en);

const LABELS: Record<string, Text> = {
  received_total: W('Số hồ sơ nhận giải quyết (gồm kỳ trước chuyển qua)', 'Dossiers to handle (incl. carried over)'),
  received_online: W('Số hồ sơ tiếp nhận trực tuyến trong kỳ', 'Dossiers received online in the period'),
  received_offline: W('Số hồ sơ tiếp nhận trực tiếp, qua bưu chính trong kỳ', 'Dossiers received in person or by post in the period'),
  received_carried_over: W('Số hồ sơ từ kỳ trước chuyển qua', 'Dossiers carried over'),
  resolved_total: W('Số hồ sơ đã giải quyết', 'Dossiers resolved'),
  resolved_early: W('Số hồ sơ giải quyết trước hạn', 'Dossiers resolved early'),
  resolved_on_time: W('Số hồ sơ giải quyết đúng hạn', 'Dossiers resolved on time'),
  resolved_late: W('Số hồ sơ giải quyết quá hạn', 'Dossiers resolved late'),
  pending_total: W('Số hồ sơ đang giải quyết cuối kỳ', 'Dossiers pending at the end of the period'),
  pending_in_time: W('Số hồ sơ đang giải quyết còn trong hạn', 'Pending dossiers still in time'),
  pending_overdue: W('Số hồ sơ đang giải quyết đã quá hạn', 'Pending dossiers overdue'),
  digitized_results: W('Số kết quả giải quyết TTHC được số hóa', 'Results digitized'),
  dossiers_digitized: W('Số hồ sơ TTHC được số hóa', 'Dossiers digitized'),
  payable_dossiers: W('Số hồ sơ có nghĩa vụ tài chính (phí, lệ phí)', 'Dossiers with a fee to pay'),
  paid_online: W('Số hồ sơ thanh toán trực tuyến', 'Dossiers paid online'),
  e_circulated: W('Số hồ sơ luân chuyển trên môi trường điện tử', 'Dossiers circulated electronically'),
  received_full_online: W('Số hồ sơ tiếp nhận trực tuyến toàn trình (mức độ 4)', 'Dossiers received fully online (level 4)'),
  received_in_period_resolved_early: W('Số hồ sơ tiếp nhận trong kỳ, giải quyết trước hạn', 'Dossiers received in the period, resolved early'),
  received_in_period_resolved_on_time: W('Số hồ sơ tiếp nhận trong kỳ, giải quyết đúng hạn', 'Dossiers received in the period, resolved on time'),
  services_total: W('Tổng số TTHC (thủ tục hành chính) thuộc thẩm quyền', 'Procedures (TTHC) in the catalogue'),
  services_full_online: W('Số TTHC cung cấp dịch vụ công trực tuyến toàn trình', 'Procedures fully online'),
  services_partly_online: W('Số TTHC cung cấp dịch vụ công trực tuyến một phần', 'Procedures partly online'),
  services_with_fee: W('Số TTHC có phí, lệ phí (nghĩa vụ tài chính)', 'Procedures with a fee'),
  services_with_online_payment: W('Số TTHC có thanh toán trực tuyến', 'Procedures with online payment'),
  work_records_total: W('Tổng số hồ sơ công việc', 'Work records'),
  work_records_online: W('Số hồ sơ công việc xử lý trên môi trường mạng', 'Work records handled online'),
  legal_docs_requiring_review: W('Số văn bản cần rà soát, sửa đổi, bổ sung, thay thế', 'Legal documents requiring review'),
  units_eligible_for_equitization: W('Số đơn vị sự nghiệp kinh tế và khác đủ điều kiện cổ phần hóa', 'Units eligible for equitization'),
  documents_exchanged_total: W('Tổng số văn bản trao đổi giữa các cơ quan hành chính (trừ văn bản mật)', 'Documents exchanged between agencies (classified excluded)'),
  services_level34_common: W('Số DVC trực tuyến mức độ 3, 4 phổ biến', 'Common level 3-4 online services'),
  portal_transactions_total: W('Tổng số giao dịch trên Cổng DVC, Hệ thống một cửa điện tử', 'Transactions on the portal and one-stop system'),
  communes_total: W('Tổng số UBND cấp xã', 'Commune people\'s committees'),
  one_stop_units_total: W('Tổng số Bộ phận tiếp nhận và trả kết quả', 'One-stop units'),
  agencies_total: W('Tổng số cơ quan', 'Agencies'),
  units_plan_required: W('Số cơ quan, địa phương phải ban hành kế hoạch thực hiện', 'Agencies required to issue a plan'),
  units_subject_to_par_inspection: W('Số cơ quan, đơn vị thuộc diện kiểm tra CCHC', 'Agencies subject to PAR inspection'),
  par_inspection_plan_items: W('Số nội dung của Kế hoạch kiểm tra CCHC năm', 'Items of the PAR inspection plan'),
  par_inspection_issues_found: W('Số vấn đề phát hiện qua kiểm tra CCHC', 'Issues found by PAR inspections'),
  units_total: W('Tổng số cơ quan, địa phương', 'Agencies and localities'),
  government_tasks_assigned: W('Số nhiệm vụ Chính phủ, Thủ tướng giao', 'Tasks assigned by the Government and Prime Minister'),
  par_survey_forms_assigned: W('Số phiếu khảo sát PAR INDEX được phân bổ', 'PAR INDEX survey forms assigned'),
  unlawful_documents_flagged: W('Số văn bản trái pháp luật được kiến nghị xử lý', 'Unlawful documents flagged'),
  agency_websites_total: W('Tổng số Cổng/Trang thông tin điện tử của cơ quan', 'Agency websites'),
  vertical_procedures_listed: W('Số TTHC ngành dọc trong danh mục', 'Line-agency procedures listed'),
  units_tthc_quality_assessed: W('Số cơ quan, địa phương được đánh giá chất lượng giải quyết TTHC', 'Agencies assessed on procedure handling'),
  feedback_received: W('Số phản ánh, kiến nghị (PAKN) về TTHC tiếp nhận', 'Feedback items received'),
  feedback_answered: W('Số phản ánh, kiến nghị đã trả lời', 'Feedback items answered'),
  decentralisation_issues_found: W('Số vấn đề về phân cấp, phân quyền phát hiện qua kiểm tra', 'Decentralisation issues found'),
  staff_total: W('Tổng số công chức, viên chức', 'Civil servants and public employees'),
  training_plan_items: W('Số nội dung của Kế hoạch đào tạo, bồi dưỡng năm', 'Items of the training plan'),
  audit_conclusions_total: W('Số kết luận thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách', 'Inspection and audit conclusions'),
  apps_with_shared_data: W('Số ứng dụng có dữ liệu dùng chung', 'Applications with shared data'),
  socioeconomic_targets_total: W('Số mục tiêu, nhiệm vụ phát triển KT-XH do HĐND tỉnh giao', 'Socio-economic targets of the year'),
  business_regulations_baseline: W('Số quy định kinh doanh có hiệu lực đến 31/5/2020 (gốc)', 'Business regulations in force on 31/5/2020'),
  internal_procedures_total: W('Tổng số TTHC nội bộ', 'Internal procedures'),
  tthc_ratings_total: W('Tổng số đánh giá về giải quyết TTHC', 'Ratings of procedure handling'),
  tthc_ratings_total_land_construction_investment: W('Tổng số đánh giá về TTHC đất đai, xây dựng, đầu tư', 'Ratings (land, construction, investment)'),
  online_service_users: W('Số người dùng DVC trực tuyến', 'Online-service users'),
  egov_users_total: W('Số người dân, doanh nghiệp tham gia Chính phủ điện tử', 'E-government participants'),
  substandard_admin_units_total: W('Số ĐVHC chưa đạt tiêu chuẩn', 'Sub-standard administrative units'),
  substandard_villages_total: W('Số thôn, tổ dân phố chưa đạt tiêu chuẩn', 'Sub-standard villages'),
  public_service_units_total: W('Tổng số đơn vị sự nghiệp công lập', 'Public service units'),
  economic_units_eligible: W('Số ĐVSN kinh tế và khác đủ điều kiện', 'Eligible economic public service units'),
  dept_leaders_total: W('Tổng số lãnh đạo cấp sở, ngành, UBND cấp huyện', 'Department and district leaders'),
  division_leaders_total: W('Tổng số lãnh đạo cấp phòng', 'Division leaders'),
  soe_leaders_total: W('Tổng số lãnh đạo doanh nghiệp nhà nước', 'State-enterprise leaders'),
  commune_officials_total: W('Tổng số cán bộ, công chức cấp xã', 'Commune officials'),
  info_systems_citizen_facing: W('Số hệ thống thông tin liên quan người dân, doanh nghiệp', 'Citizen-facing information systems'),
  reporting_systems_total: W('Tổng số hệ thống báo cáo', 'Reporting systems'),
  districts_total: W('Tổng số UBND cấp huyện', 'District people\'s committees'),
  inspections_total: W('Tổng số cuộc kiểm tra', 'Inspections'),
  adults_total: W('Số người trưởng thành', 'Adults'),
};

/** Head nouns of catalogue items, longest first, and the unit word each is counted in. */
const NOUNS: [RegExp, Text][] = [
  [/^hồ sơ công việc/, W('hồ sơ công việc', 'work records')],
  [/^hồ sơ/, W('hồ sơ', 'dossiers')],
  [/^(?:thủ tục|TTHC|dịch vụ)/, W('thủ tục', 'procedures')],
  [/^(?:cơ quan|Bộ phận|trang thông tin|UBND|huyện)/, W('cơ quan', 'agencies')],
  [/^(?:đơn vị|ĐVHC)/, W('đơn vị', 'units')],
  [/^(?:người|cán bộ|lãnh đạo)/, W('người', 'people')],
  [/^văn bản/, W('văn bản', 'documents')],
  [/^kết quả/, W('kết quả', 'results')],
  [/^giao dịch/, W('giao dịch', 'transactions')],
  [/^(?:ứng dụng|hệ thống)/, W('hệ thống', 'systems')],
  [/^PAKN/, W('phản ánh, kiến nghị', 'feedback items')],
  [/^đánh giá/, W('lượt đánh giá', 'ratings')],
  [/^phiếu/, W('phiếu', 'forms')],
  [/^thôn/, W('thôn, tổ dân phố', 'villages')],
  [/^cuộc/, W('cuộc', 'inspections')],
  [/^(?:vấn đề|nhiệm vụ|mục tiêu|nội dung|kết luận|quy định)/, W('nội dung', 'items')],
];

function nounOf(item: Text): Text {
  for (const [re, unit] of NOUNS) if (re.test(item.vi)) return unit;
  return W('số lượng', 'count');
}

function directUnit(def: IndicatorDef): { unit: Text; kind: ValueKind } {
  const label = def.label.vi;
  if (def.unit === 'rank') return { unit: W('hạng', 'rank'), kind: 'rank' };
  if (def.unit === 'score') return { unit: W('điểm', 'points'), kind: 'score' };
  if (def.unit === 'percent') return { unit: W('%', '%'), kind: 'percent' };
  if (def.unit === 'days') return { unit: W('ngày', 'days'), kind: 'count' };
  if (def.unit === 'hours') return { unit: W('giờ', 'hours'), kind: 'amount' };
  if (/\(1 = xong\)/.test(label)) return { unit: W('1 = xong, 0 = chưa', '1 = done, 0 = not'), kind: 'flag' };
  if (/triệu đồng/.test(label)) return { unit: W('triệu đồng', 'VND million'), kind: 'amount' };
  if (/^Số lần/.test(label)) return { unit: W('lần', 'times'), kind: 'count' };
  if (/biên chế/i.test(label)) return { unit: W('biên chế', 'positions'), kind: 'count' };
  if (/doanh nghiệp/.test(label)) return { unit: W('doanh nghiệp', 'enterprises'), kind: 'count' };
  if (/đơn vị/.test(label)) return { unit: W('đơn vị', 'units'), kind: 'count' };
  if (/TTHC/.test(label)) return { unit: W('thủ tục', 'procedures'), kind: 'count' };
  if (/mô hình/.test(label)) return { unit: W('mô hình', 'models'), kind: 'count' };
  if (/cuộc|hoạt động/.test(label)) return { unit: W('cuộc', 'events'), kind: 'count' };
  return { unit: W('số lượng', 'count'), kind: 'count' };
}

function build(): Map<string, MeasureInfo> {
  const out = new Map<string, MeasureInfo>();
  const put = (measure: string, label: Text, unit: Text, kind: ValueKind) => {
    if (!out.has(measure)) out.set(measure, { measure, label: LABELS[measure] ?? label, unit, kind });
  };
  for (const def of INDICATORS) {
    if (def.kind === 'direct') {
      const { unit, kind } = directUnit(def);
      put(def.measure, def.label, unit, kind);
    }
  }
  for (const def of INDICATORS) {
    if (def.kind !== 'ratio') continue;
    const unit = nounOf(def.item);
    for (const m of def.numerator) put(m, text(`Số ${def.item.vi}`, `Number of ${def.item.en}`), unit, 'count');
    for (const m of def.denominator) put(m, text(`Mẫu số của: ${def.label.vi}`, `Denominator of: ${def.label.en}`), unit, 'count');
  }
  return out;
}

let table: Map<string, MeasureInfo> | undefined;

/** The measure's label, unit and kind; undefined for a measure no indicator uses. */
export function measureInfo(measure: string): MeasureInfo | undefined {
  table ??= build();
  return table.get(measure);
}

export function knownMeasures(): string[] {
  table ??= build();
  return [...table.keys()];
}

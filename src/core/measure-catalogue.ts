/**
 * The measure catalogue: every measure parcheck reads from an input, tallies from a dossier list or asks
 * an officer for, declared once with its kind, its unit and its labels. `MeasureId` is the union of its
 * keys, so an indicator naming a measure that does not exist does not compile; a name read from a file
 * is checked with `isMeasureId`, and an unknown one is an error (`unknownMeasure`), never a flow.
 *
 * The kind says how a measure adds up (`overTime`, `sumsAcrossUnits`):
 * - `flow`: counted over the months of a window (dossiers received, resolved…): summed;
 * - `stock`: a state at the end of each period (pending dossiers, procedures in the catalogue): the last
 *   sub-period; `at: 'opening'` marks the state at the start (dossiers carried over): the first one;
 * - `rank`, `score`: a yearly index value: the last sub-period;
 * - `rate`: a percentage stated as such. It never adds up across units. Over time it is summed like a
 *   flow, as the check has always combined it: a stated rate (`*_declared`) is only compared in its own
 *   period, and a direct percent indicator is read from the figure of its own window when there is one.
 * Headcounts, totals of plans and milestone flags (staff_total, units_total, plan_review_held…) are
 * declared `flow`, as the check has always combined them. Declaring one a `stock` changes findings: the
 * window of a stock-only indicator ends at its latest figure (check/window.ts), and a stock read at the
 * window's end leaves no gap where a flow lacks the earlier months (window-value.ts).
 *
 * It sits in core/ because every stage names measures, the readers (ingest/) before measures/.
 * Start-up budget: a const object, no file read or YAML parse on the fast path.
 */
import { ParcheckError, type ErrorCode, type Location } from './errors.js';
import type { Text } from './i18n.js';

export type MeasureKind = 'flow' | 'stock' | 'rank' | 'score' | 'rate';

/** How the stored figures inside a window combine: summed, the last one, the first one, or only one
 * (a rate: percentages of sub-periods do not add up, and their mean would weigh unequal months alike). */
export type OverTime = 'sum' | 'last' | 'first' | 'single';

/**
 * The values a figure of the unit takes, which the figures workbook turns into data validation and the
 * figures-sheet reader enforces:
 * - `count`: a whole number ≥ 0; `amount`: a decimal ≥ 0 (money, staff-months…);
 * - `rank`: a whole number from 1 to the number of provinces ranked that year;
 * - `score`: a decimal ≥ 0; `percent`: a decimal from 0 to 100; `flag`: 1 (done) or 0 (not done).
 */
export type ValueKind = 'count' | 'amount' | 'rank' | 'score' | 'percent' | 'flag';

interface UnitSpec {
  /** The unit as an officer writes it beside a figure: "hồ sơ", "thủ tục", "%", "hạng", "điểm"… */
  label: Text;
  values: ValueKind;
}

const L = (vi: string, en: string): Text => ({ vi, en });

export const UNITS = {
  dossiers: { label: L('hồ sơ', 'dossiers'), values: 'count' },
  work_records: { label: L('hồ sơ công việc', 'work records'), values: 'count' },
  procedures: { label: L('thủ tục', 'procedures'), values: 'count' },
  results: { label: L('kết quả', 'results'), values: 'count' },
  agencies: { label: L('cơ quan', 'agencies'), values: 'count' },
  units: { label: L('đơn vị', 'units'), values: 'count' },
  people: { label: L('người', 'people'), values: 'count' },
  positions: { label: L('biên chế', 'positions'), values: 'count' },
  enterprises: { label: L('doanh nghiệp', 'enterprises'), values: 'count' },
  documents: { label: L('văn bản', 'documents'), values: 'count' },
  transactions: { label: L('giao dịch', 'transactions'), values: 'count' },
  systems: { label: L('hệ thống', 'systems'), values: 'count' },
  feedback_items: { label: L('phản ánh, kiến nghị', 'feedback items'), values: 'count' },
  ratings: { label: L('lượt đánh giá', 'ratings'), values: 'count' },
  survey_forms: { label: L('phiếu', 'forms'), values: 'count' },
  villages: { label: L('thôn, tổ dân phố', 'villages'), values: 'count' },
  inspections: { label: L('cuộc', 'inspections'), values: 'count' },
  events: { label: L('cuộc', 'events'), values: 'count' },
  items: { label: L('nội dung', 'items'), values: 'count' },
  models: { label: L('mô hình', 'models'), values: 'count' },
  times: { label: L('lần', 'times'), values: 'count' },
  days: { label: L('ngày', 'days'), values: 'count' },
  count: { label: L('số lượng', 'count'), values: 'count' },
  vnd_million: { label: L('triệu đồng', 'VND million'), values: 'amount' },
  percent: { label: L('%', '%'), values: 'percent' },
  rank: { label: L('hạng', 'rank'), values: 'rank' },
  points: { label: L('điểm', 'points'), values: 'score' },
  flag: { label: L('1 = xong, 0 = chưa', '1 = done, 0 = not'), values: 'flag' },
} as const satisfies Record<string, UnitSpec>;

export type UnitId = keyof typeof UNITS;

interface MeasureBase {
  unit: UnitId;
  label: Text;
}
export type MeasureSpec = MeasureBase &
  (
    | { kind: 'flow' | 'rank' | 'score' }
    | { kind: 'stock'; at?: 'opening' }
    /** `declares`: the indicator whose value a report states in this column (check/declared.ts recomputes it). */
    | { kind: 'rate'; declares?: string }
  );

export const MEASURES = {
  // --- Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), as a form gives them and as a dossier list is tallied ---
  received_total: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ nhận giải quyết (gồm kỳ trước chuyển qua)', 'Dossiers to handle (incl. carried over)') },
  received_online: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận trực tuyến trong kỳ', 'Dossiers received online in the period') },
  received_offline: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận trực tiếp, qua bưu chính trong kỳ', 'Dossiers received in person or by post in the period') },
  received_carried_over: { kind: 'stock', at: 'opening', unit: 'dossiers', label: L('Số hồ sơ từ kỳ trước chuyển qua', 'Dossiers carried over') },
  resolved_total: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ đã giải quyết', 'Dossiers resolved') },
  resolved_early: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ giải quyết trước hạn', 'Dossiers resolved early') },
  resolved_on_time: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ giải quyết đúng hạn', 'Dossiers resolved on time') },
  resolved_late: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ giải quyết quá hạn', 'Dossiers resolved late') },
  pending_total: { kind: 'stock', unit: 'dossiers', label: L('Số hồ sơ đang giải quyết cuối kỳ', 'Dossiers pending at the end of the period') },
  pending_in_time: { kind: 'stock', unit: 'dossiers', label: L('Số hồ sơ đang giải quyết còn trong hạn', 'Pending dossiers still in time') },
  pending_overdue: { kind: 'stock', unit: 'dossiers', label: L('Số hồ sơ đang giải quyết đã quá hạn', 'Pending dossiers overdue') },
  digitized_results: { kind: 'flow', unit: 'results', label: L('Số kết quả giải quyết TTHC được số hóa', 'Results digitized') },
  payable_dossiers: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ có nghĩa vụ tài chính (phí, lệ phí)', 'Dossiers with a fee to pay') },
  paid_online: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ thanh toán trực tuyến', 'Dossiers paid online') },
  e_circulated: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ luân chuyển trên môi trường điện tử', 'Dossiers circulated electronically') },

  // Counted from a dossier list (ingest/dossier-list/tally.ts) beside the form's columns
  dossiers_rejected: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ không được tiếp nhận', 'Dossiers not accepted') },
  dossiers_withdrawn: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ rút hồ sơ', 'Dossiers withdrawn') },
  received_full_online: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận trực tuyến toàn trình (mức độ 4)', 'Dossiers received fully online (level 4)') },
  dossiers_digitized: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ TTHC được số hóa', 'Dossiers digitized') },
  received_in_period_resolved_early: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận trong kỳ, giải quyết trước hạn', 'Dossiers received in the period, resolved early') },
  received_in_period_resolved_on_time: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận trong kỳ, giải quyết đúng hạn', 'Dossiers received in the period, resolved on time') },

  // Other columns of report forms (lexicon/lexicon.yaml, forms.measures)
  received_new: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ tiếp nhận mới trong kỳ', 'Dossiers newly received in the period') },
  rejected: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ từ chối giải quyết', 'Dossiers refused') },
  withdrawn: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ rút, không giải quyết', 'Dossiers withdrawn') },
  pending_awaiting_supplement: { kind: 'stock', unit: 'dossiers', label: L('Số hồ sơ chờ bổ sung, tạm dừng', 'Dossiers awaiting documents (paused)') },

  // Rates a report states next to its counts (`<indicator>_declared`, in percent), checked by check/declared.ts
  digitized_result_rate_declared: {
    kind: 'rate',
    declares: 'digitized_result_rate',
    unit: 'percent',
    label: L('Tỷ lệ số hóa kết quả giải quyết TTHC (tỷ lệ ghi trong báo cáo)', 'Digitized results (as stated in the report)'),
  },
  online_payment_rate_declared: {
    kind: 'rate',
    declares: 'online_payment_rate',
    unit: 'percent',
    label: L('Tỷ lệ thanh toán trực tuyến (tỷ lệ ghi trong báo cáo)', 'Online payments (as stated in the report)'),
  },
  on_time_rate_declared: {
    kind: 'rate',
    declares: 'on_time_rate',
    unit: 'percent',
    label: L('Tỷ lệ hồ sơ giải quyết đúng hạn (tỷ lệ ghi trong báo cáo)', 'Dossiers resolved on time (as stated in the report)'),
  },
  e_circulation_rate_declared: {
    kind: 'rate',
    declares: 'e_circulation_rate',
    unit: 'percent',
    label: L('Tỷ lệ hồ sơ luân chuyển trên môi trường điện tử (tỷ lệ ghi trong báo cáo)', 'Dossiers circulated electronically (as stated in the report)'),
  },
  online_dossier_rate_declared: {
    kind: 'rate',
    declares: 'online_dossier_rate',
    unit: 'percent',
    label: L('Tỷ lệ hồ sơ trực tuyến (tỷ lệ ghi trong báo cáo)', 'Online dossier rate (as stated in the report)'),
  },

  // Work records and the procedure catalogue (measures a --mapping may name)
  work_records_total: { kind: 'flow', unit: 'work_records', label: L('Tổng số hồ sơ công việc', 'Work records') },
  work_records_online: { kind: 'flow', unit: 'work_records', label: L('Số hồ sơ công việc xử lý trên môi trường mạng', 'Work records handled online') },
  work_records_online_rate_declared: {
    kind: 'rate',
    declares: 'work_records_online_rate',
    unit: 'percent',
    label: L('Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (tỷ lệ ghi trong báo cáo)', 'Work records handled online (as stated in the report)'),
  },
  services_total: { kind: 'stock', unit: 'procedures', label: L('Tổng số TTHC (thủ tục hành chính) thuộc thẩm quyền', 'Procedures (TTHC) in the catalogue') },
  services_full_online: { kind: 'stock', unit: 'procedures', label: L('Số TTHC cung cấp dịch vụ công trực tuyến toàn trình', 'Procedures fully online') },
  services_partly_online: { kind: 'stock', unit: 'procedures', label: L('Số TTHC cung cấp dịch vụ công trực tuyến một phần', 'Procedures partly online') },
  services_with_fee: { kind: 'stock', unit: 'procedures', label: L('Số TTHC có phí, lệ phí (nghĩa vụ tài chính)', 'Procedures with a fee') },
  services_with_online_payment: { kind: 'stock', unit: 'procedures', label: L('Số TTHC có thanh toán trực tuyến', 'Procedures with online payment') },
  full_online_service_rate_declared: {
    kind: 'rate',
    declares: 'full_online_service_rate',
    unit: 'percent',
    label: L('Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình (tỷ lệ ghi trong báo cáo)', 'Procedures fully online (as stated in the report)'),
  },
  online_payment_service_rate_declared: {
    kind: 'rate',
    declares: 'online_payment_service_rate',
    unit: 'percent',
    label: L('Tỷ lệ TTHC có thanh toán trực tuyến (tỷ lệ ghi trong báo cáo)', 'Procedures with online payment (as stated in the report)'),
  },

  // Yearly indices: one rank and one score per index (ingest/index-table.ts); index_rank / index_score name an index table's columns
  par_index_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng Chỉ số CCHC (PAR INDEX)', 'PAR INDEX rank') },
  par_index_score: { kind: 'score', unit: 'points', label: L('Điểm Chỉ số CCHC (PAR INDEX)', 'PAR INDEX score') },
  sipas_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng Chỉ số hài lòng (SIPAS)', 'SIPAS rank') },
  sipas_score: { kind: 'score', unit: 'points', label: L('Chỉ số hài lòng (SIPAS)', 'SIPAS satisfaction') },
  papi_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng PAPI', 'PAPI rank') },
  papi_score: { kind: 'score', unit: 'points', label: L('Điểm PAPI', 'PAPI score') },
  pci_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng PCI', 'PCI rank') },
  pci_score: { kind: 'score', unit: 'points', label: L('Điểm PCI', 'PCI score') },
  dti_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng Chỉ số chuyển đổi số (DTI)', 'DTI rank') },
  dti_score: { kind: 'score', unit: 'points', label: L('Điểm Chỉ số chuyển đổi số (DTI)', 'DTI score') },
  egov_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng Chính phủ điện tử / chuyển đổi số', 'E-government / digital transformation rank') },
  egov_score: { kind: 'score', unit: 'points', label: L('Điểm Chính phủ điện tử / chuyển đổi số', 'E-government / digital transformation score') },
  index_rank: { kind: 'rank', unit: 'rank', label: L('Xếp hạng của một chỉ số (bảng chỉ số)', 'Rank of an index (index table)') },
  index_score: { kind: 'score', unit: 'points', label: L('Điểm của một chỉ số (bảng chỉ số)', 'Score of an index (index table)') },

  // --- Measures the plans' indicators read (measures/indicators.ts), in the order the indicators name them ---
  districts_smart_city_model: { kind: 'flow', unit: 'models', label: L('Số huyện, thị xã, thành phố hoàn thành mô hình đô thị thông minh', 'Districts with a completed smart-city model') },
  par_initiative_models: { kind: 'flow', unit: 'models', label: L('Số mô hình, cách làm hay về CCHC trong năm', 'New administrative-reform models or practices in the year') },
  par_initiative_models_institutions: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực thể chế', 'New reform models or practices in the year, institutions'),
  },
  par_initiative_models_procedures: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực thủ tục hành chính', 'New reform models or practices in the year, administrative procedures'),
  },
  par_initiative_models_organisation: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực tổ chức bộ máy', 'New reform models or practices in the year, organisation'),
  },
  par_initiative_models_civil_service: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực chế độ công vụ', 'New reform models or practices in the year, civil service'),
  },
  par_initiative_models_public_finance: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực tài chính công', 'New reform models or practices in the year, public finance'),
  },
  par_initiative_models_digital_government: {
    kind: 'flow',
    unit: 'models',
    label: L('Số mô hình, cách làm hay về CCHC trong năm, lĩnh vực chính quyền điện tử, chính quyền số', 'New reform models or practices in the year, digital government'),
  },
  staff_evaluation_rounds_per_year: { kind: 'flow', unit: 'times', label: L('Số lần đánh giá, xếp loại cán bộ, công chức, viên chức trong năm', 'Staff evaluation rounds per year') },
  par_plan_tasks_completed: { kind: 'flow', unit: 'count', label: L('Số chỉ tiêu, nhiệm vụ của Kế hoạch CCHC năm được hoàn thành', 'Tasks of the annual PAR plan completed') },
  dialogue_conferences: {
    kind: 'flow',
    unit: 'events',
    label: L('Số cuộc đối thoại, diễn đàn của lãnh đạo tỉnh, huyện với người dân, doanh nghiệp', 'Dialogues and forums of provincial and district leaders with citizens and businesses'),
  },
  law_monitoring_activities: { kind: 'flow', unit: 'events', label: L('Số hoạt động theo dõi tình hình thi hành pháp luật được thực hiện', 'Law-enforcement monitoring activities carried out') },
  procedures_issued_ultra_vires: { kind: 'flow', unit: 'procedures', label: L('Số TTHC ban hành trái thẩm quyền', "Procedures issued beyond the issuer's competence") },
  procedure_announcement_min_lead_working_days: {
    kind: 'flow',
    unit: 'days',
    label: L('Số ngày làm việc ít nhất giữa quyết định công bố TTHC và ngày VBQPPL có hiệu lực', 'Shortest lead, in working days, of a procedure announcement before its legal act takes effect'),
  },
  procedure_announcement_max_lag_days: {
    kind: 'flow',
    unit: 'days',
    label: L('Số ngày chậm nhất từ khi công bố VBQPPL (thủ tục rút gọn) đến quyết định công bố TTHC', 'Longest lag, in days, of a procedure announcement after a fast-track legal act'),
  },
  staff_positions: { kind: 'flow', unit: 'positions', label: L('Số lượng biên chế được giao', 'Staff positions (biên chế)') },
  units_newly_full_recurrent_autonomy: {
    kind: 'flow',
    unit: 'units',
    label: L('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm chi thường xuyên trong năm', 'Public service units newly given full recurrent-spending autonomy'),
  },
  units_newly_partial_recurrent_autonomy: {
    kind: 'flow',
    unit: 'units',
    label: L('Số đơn vị sự nghiệp công lập được giao tự chủ tự bảo đảm một phần chi thường xuyên trong năm', 'Public service units newly given partial recurrent-spending autonomy'),
  },
  investment_capital_attracted: { kind: 'flow', unit: 'vnd_million', label: L('Tổng số vốn thu hút đầu tư trong năm (triệu đồng)', 'Investment capital attracted in the year (million VND)') },
  new_enterprises: { kind: 'flow', unit: 'enterprises', label: L('Số doanh nghiệp thành lập mới trong năm', 'Enterprises newly registered in the year') },
  enterprise_budget_revenue_share: {
    kind: 'rate',
    unit: 'percent',
    label: L('Tỷ lệ đóng góp của khu vực doanh nghiệp vào thu ngân sách tỉnh', 'Share of the business sector in provincial budget revenue'),
  },
  grdp: { kind: 'flow', unit: 'vnd_million', label: L('Tổng sản phẩm trên địa bàn tỉnh (GRDP, triệu đồng)', 'Gross regional domestic product (GRDP, million VND)') },
  business_compliance_cost: { kind: 'flow', unit: 'vnd_million', label: L('Chi phí tuân thủ quy định kinh doanh (triệu đồng/năm)', 'Business compliance cost (VND million a year)') },
  public_service_unit_count: { kind: 'flow', unit: 'units', label: L('Số đơn vị sự nghiệp công lập', 'Public service units') },
  public_service_payroll_staff: { kind: 'flow', unit: 'positions', label: L('Biên chế sự nghiệp hưởng lương từ NSNN', 'Budget-paid public service staff') },
  public_service_unit_budget_spending: {
    kind: 'flow',
    unit: 'vnd_million',
    label: L('Chi trực tiếp từ NSNN cho đơn vị sự nghiệp công lập (triệu đồng)', 'Direct budget spending on public service units (VND million)'),
  },
  health_service_satisfaction: { kind: 'rate', unit: 'percent', label: L('Mức độ hài lòng về dịch vụ y tế công', 'Satisfaction with public health services') },
  education_service_satisfaction: { kind: 'rate', unit: 'percent', label: L('Mức độ hài lòng về dịch vụ giáo dục công', 'Satisfaction with public education services') },
  one_stop_reform_completed: { kind: 'flow', unit: 'flag', label: L('Hoàn thành đổi mới cơ chế một cửa, một cửa liên thông (1 = xong)', 'One-stop-shop reform completed (1 = done)') },
  provincial_portal_connected: {
    kind: 'flow',
    unit: 'flag',
    label: L('Cổng DVC, Hệ thống một cửa điện tử tỉnh kết nối Cổng DVC quốc gia (1 = xong)', 'Provincial portal connected to the national portal (1 = done)'),
  },
  task_tracking_realtime: {
    kind: 'flow',
    unit: 'flag',
    label: L('Hệ thống theo dõi nhiệm vụ UBND tỉnh giao hiển thị theo thời gian thực (1 = xong)', 'Task-tracking system shows real-time status (1 = done)'),
  },
  plan_review_held: { kind: 'flow', unit: 'flag', label: L('Đã sơ kết / tổng kết kế hoạch (1 = xong)', 'Plan review held (1 = done)') },
  legal_docs_reviewed_timely: { kind: 'flow', unit: 'documents', label: L('Số văn bản được rà soát kịp thời', 'Number of documents reviewed in time') },
  legal_docs_requiring_review: { kind: 'flow', unit: 'documents', label: L('Số văn bản cần rà soát, sửa đổi, bổ sung, thay thế', 'Legal documents requiring review') },
  eligible_units_equitized: { kind: 'flow', unit: 'units', label: L('Số đơn vị đã cổ phần hóa', 'Number of units equitized') },
  units_eligible_for_equitization: { kind: 'flow', unit: 'units', label: L('Số đơn vị sự nghiệp kinh tế và khác đủ điều kiện cổ phần hóa', 'Units eligible for equitization') },
  documents_exchanged_online: { kind: 'flow', unit: 'documents', label: L('Số văn bản trao đổi điện tử', 'Number of documents exchanged electronically') },
  documents_exchanged_total: {
    kind: 'flow',
    unit: 'documents',
    label: L('Tổng số văn bản trao đổi giữa các cơ quan hành chính (trừ văn bản mật)', 'Documents exchanged between agencies (classified excluded)'),
  },
  services_integrated_on_portal: { kind: 'stock', unit: 'procedures', label: L('Số dịch vụ được tích hợp', 'Number of services integrated') },
  services_level34_common: { kind: 'stock', unit: 'procedures', label: L('Số DVC trực tuyến mức độ 3, 4 phổ biến', 'Common level 3-4 online services') },
  transactions_e_authenticated: { kind: 'flow', unit: 'transactions', label: L('Số giao dịch được xác thực điện tử', 'Number of transactions authenticated') },
  portal_transactions_total: { kind: 'flow', unit: 'transactions', label: L('Tổng số giao dịch trên Cổng DVC, Hệ thống một cửa điện tử', 'Transactions on the portal and one-stop system') },
  communes_equipment_standard: { kind: 'flow', unit: 'agencies', label: L('Số UBND cấp xã đạt chuẩn', 'Number of communes meeting the standard') },
  communes_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số UBND cấp xã', "Commune people's committees") },
  one_stop_units_modern: { kind: 'flow', unit: 'agencies', label: L('Số Bộ phận một cửa đạt chuẩn hiện đại', 'Number of one-stop units up to standard') },
  one_stop_units_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số Bộ phận tiếp nhận và trả kết quả', 'One-stop units') },
  agencies_paperless: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan xử lý văn bản không giấy', 'Number of paperless agencies') },
  agencies_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số cơ quan', 'Agencies') },
  units_plan_submitted_on_time: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan gửi kế hoạch đúng hạn', 'Number of agencies sending their plan in time') },
  units_plan_required: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan, địa phương phải ban hành kế hoạch thực hiện', 'Agencies required to issue a plan') },
  units_par_inspected: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan được kiểm tra', 'Number of agencies inspected') },
  units_subject_to_par_inspection: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan, đơn vị thuộc diện kiểm tra CCHC', 'Agencies subject to PAR inspection') },
  par_inspection_plan_items_done: { kind: 'flow', unit: 'items', label: L('Số nội dung kế hoạch kiểm tra hoàn thành', 'Number of inspection plan items done') },
  par_inspection_plan_items: { kind: 'flow', unit: 'items', label: L('Số nội dung của Kế hoạch kiểm tra CCHC năm', 'Items of the PAR inspection plan') },
  par_inspection_issues_handled: { kind: 'flow', unit: 'items', label: L('Số vấn đề được xử lý', 'Number of issues dealt with') },
  par_inspection_issues_found: { kind: 'flow', unit: 'items', label: L('Số vấn đề phát hiện qua kiểm tra CCHC', 'Issues found by PAR inspections') },
  units_with_par_initiative: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan có sáng kiến CCHC', 'Number of agencies with an initiative') },
  units_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số cơ quan, địa phương', 'Agencies and localities') },
  government_tasks_done_on_time: { kind: 'flow', unit: 'items', label: L('Số nhiệm vụ hoàn thành đúng hạn', 'Number of tasks done on time') },
  government_tasks_assigned: { kind: 'flow', unit: 'items', label: L('Số nhiệm vụ Chính phủ, Thủ tướng giao', 'Tasks assigned by the Government and Prime Minister') },
  par_survey_forms_completed: { kind: 'flow', unit: 'survey_forms', label: L('Số phiếu khảo sát hoàn thành', 'Number of survey forms completed') },
  par_survey_forms_assigned: { kind: 'flow', unit: 'survey_forms', label: L('Số phiếu khảo sát PAR INDEX được phân bổ', 'PAR INDEX survey forms assigned') },
  unlawful_documents_handled: { kind: 'flow', unit: 'documents', label: L('Số văn bản trái pháp luật được xử lý', 'Number of unlawful documents dealt with') },
  unlawful_documents_flagged: { kind: 'flow', unit: 'documents', label: L('Số văn bản trái pháp luật được kiến nghị xử lý', 'Unlawful documents flagged') },
  procedures_published_national_portal: { kind: 'flow', unit: 'procedures', label: L('Số TTHC được công khai', 'Number of procedures published') },
  procedures_published_provincial_portal: { kind: 'flow', unit: 'procedures', label: L('Số TTHC được công khai', 'Number of procedures published') },
  websites_publishing_procedures: { kind: 'flow', unit: 'agencies', label: L('Số trang thông tin công khai TTHC', 'Number of websites publishing procedures') },
  agency_websites_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số Cổng/Trang thông tin điện tử của cơ quan', 'Agency websites') },
  procedures_published_one_stop: { kind: 'flow', unit: 'procedures', label: L('Số TTHC được công khai tại Một cửa', 'Number of procedures published at one-stop desks') },
  dossiers_synced_national_portal: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ được đồng bộ', 'Number of dossiers synchronised') },
  dossiers_published_provincial_portal: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ được công khai', 'Number of dossiers published') },
  procedures_handled_at_one_stop: { kind: 'flow', unit: 'procedures', label: L('Số TTHC thực hiện tại Một cửa', 'Number of procedures at one-stop desks') },
  vertical_procedures_at_one_stop: { kind: 'flow', unit: 'procedures', label: L('Số TTHC ngành dọc tại Một cửa', 'Number of line-agency procedures at one-stop desks') },
  vertical_procedures_listed: { kind: 'flow', unit: 'procedures', label: L('Số TTHC ngành dọc trong danh mục', 'Line-agency procedures listed') },
  procedures_interlinked_same_level: { kind: 'flow', unit: 'procedures', label: L('Số TTHC liên thông cùng cấp', 'Number of procedures interlinked at one level') },
  procedures_interlinked_cross_level: { kind: 'flow', unit: 'procedures', label: L('Số TTHC liên thông giữa các cấp', 'Number of procedures interlinked across levels') },
  units_tthc_quality_good: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan đạt tốt trở lên', 'Number of agencies rated good or better') },
  units_tthc_quality_assessed: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan, địa phương được đánh giá chất lượng giải quyết TTHC', 'Agencies assessed on procedure handling') },
  feedback_handled_timely: { kind: 'flow', unit: 'feedback_items', label: L('Số PAKN được xử lý', 'Number of feedback items handled') },
  feedback_received: { kind: 'flow', unit: 'feedback_items', label: L('Số phản ánh, kiến nghị (PAKN) về TTHC tiếp nhận', 'Feedback items received') },
  feedback_answers_published: { kind: 'flow', unit: 'feedback_items', label: L('Số PAKN được công khai', 'Number of answers published') },
  feedback_answered: { kind: 'flow', unit: 'feedback_items', label: L('Số phản ánh, kiến nghị đã trả lời', 'Feedback items answered') },
  units_leadership_compliant: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan đúng cơ cấu lãnh đạo', 'Number of agencies compliant') },
  decentralisation_issues_handled: { kind: 'flow', unit: 'items', label: L('Số vấn đề được xử lý', 'Number of issues dealt with') },
  decentralisation_issues_found: { kind: 'flow', unit: 'items', label: L('Số vấn đề về phân cấp, phân quyền phát hiện qua kiểm tra', 'Decentralisation issues found') },
  units_job_position_docs_complete: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan hoàn thành', 'Number of agencies done') },
  staff_in_approved_position: { kind: 'flow', unit: 'people', label: L('Số người bố trí đúng vị trí', 'Number of staff in position') },
  staff_total: { kind: 'flow', unit: 'people', label: L('Tổng số công chức, viên chức', 'Civil servants and public employees') },
  training_plan_items_done: { kind: 'flow', unit: 'items', label: L('Số nội dung kế hoạch hoàn thành', 'Number of plan items done') },
  training_plan_items: { kind: 'flow', unit: 'items', label: L('Số nội dung của Kế hoạch đào tạo, bồi dưỡng năm', 'Items of the training plan') },
  audit_conclusions_implemented: { kind: 'flow', unit: 'items', label: L('Số kết luận được thực hiện', 'Number of conclusions implemented') },
  audit_conclusions_total: { kind: 'flow', unit: 'items', label: L('Số kết luận thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách', 'Inspection and audit conclusions') },
  apps_connected_lgsp: { kind: 'flow', unit: 'systems', label: L('Số ứng dụng được kết nối', 'Number of applications connected') },
  apps_with_shared_data: { kind: 'flow', unit: 'systems', label: L('Số ứng dụng có dữ liệu dùng chung', 'Applications with shared data') },
  units_e_document_connected: { kind: 'flow', unit: 'agencies', label: L('Số cơ quan đã kết nối', 'Number of agencies connected') },
  e_results_issued: { kind: 'flow', unit: 'results', label: L('Số kết quả điện tử được cấp', 'Number of electronic results issued') },
  services_with_online_payment_transactions: { kind: 'stock', unit: 'procedures', label: L('Số TTHC có giao dịch thanh toán trực tuyến', 'Number of procedures with online payments') },
  socioeconomic_targets_met: { kind: 'flow', unit: 'items', label: L('Số mục tiêu hoàn thành', 'Number of targets met') },
  socioeconomic_targets_total: { kind: 'flow', unit: 'items', label: L('Số mục tiêu, nhiệm vụ phát triển KT-XH do HĐND tỉnh giao', 'Socio-economic targets of the year') },
  services_on_national_portal: { kind: 'stock', unit: 'procedures', label: L('Số thủ tục tích hợp lên Cổng DVC quốc gia', 'Number of procedures on the national portal') },
  business_regulations_cut_or_simplified: { kind: 'flow', unit: 'items', label: L('Số quy định được cắt giảm, đơn giản hóa', 'Number of regulations cut or simplified') },
  business_regulations_baseline: { kind: 'flow', unit: 'items', label: L('Số quy định kinh doanh có hiệu lực đến 31/5/2020 (gốc)', 'Business regulations in force on 31/5/2020') },
  internal_procedures_published: { kind: 'flow', unit: 'procedures', label: L('Số TTHC nội bộ được công bố, công khai', 'Number of internal procedures published') },
  internal_procedures_total: { kind: 'flow', unit: 'procedures', label: L('Tổng số TTHC nội bộ', 'Internal procedures') },
  dossiers_without_resubmission: { kind: 'flow', unit: 'dossiers', label: L('Số hồ sơ không phải nộp lại giấy tờ', 'Number of dossiers with no re-submitted documents') },
  tthc_ratings_satisfied: { kind: 'flow', unit: 'ratings', label: L('Số đánh giá hài lòng', 'Number of satisfied ratings') },
  tthc_ratings_total: { kind: 'flow', unit: 'ratings', label: L('Tổng số đánh giá về giải quyết TTHC', 'Ratings of procedure handling') },
  tthc_ratings_satisfied_land_construction_investment: {
    kind: 'flow',
    unit: 'ratings',
    label: L('Số đánh giá hài lòng (đất đai, xây dựng, đầu tư)', 'Number of satisfied ratings (land, construction, investment)'),
  },
  tthc_ratings_total_land_construction_investment: { kind: 'flow', unit: 'ratings', label: L('Tổng số đánh giá về TTHC đất đai, xây dựng, đầu tư', 'Ratings (land, construction, investment)') },
  online_service_users_with_eid: { kind: 'flow', unit: 'people', label: L('Số người dùng được định danh điện tử', 'Number of users identified electronically') },
  online_service_users: { kind: 'flow', unit: 'people', label: L('Số người dùng DVC trực tuyến', 'Online-service users') },
  egov_users_eid_authenticated: { kind: 'flow', unit: 'people', label: L('Số người được xác thực định danh điện tử', 'Number of participants authenticated') },
  egov_users_total: { kind: 'flow', unit: 'people', label: L('Số người dân, doanh nghiệp tham gia Chính phủ điện tử', 'E-government participants') },
  substandard_admin_units_rearranged: { kind: 'flow', unit: 'units', label: L('Số ĐVHC được sắp xếp', 'Number of units rearranged') },
  substandard_admin_units_total: { kind: 'flow', unit: 'units', label: L('Số ĐVHC chưa đạt tiêu chuẩn', 'Sub-standard administrative units') },
  substandard_villages_rearranged: { kind: 'flow', unit: 'villages', label: L('Số thôn, tổ dân phố được sắp xếp', 'Number of villages rearranged') },
  substandard_villages_total: { kind: 'flow', unit: 'villages', label: L('Số thôn, tổ dân phố chưa đạt tiêu chuẩn', 'Sub-standard villages') },
  public_service_units_self_financed: { kind: 'flow', unit: 'units', label: L('Số đơn vị tự bảo đảm chi thường xuyên', 'Number of self-financing units') },
  public_service_units_total: { kind: 'flow', unit: 'units', label: L('Tổng số đơn vị sự nghiệp công lập', 'Public service units') },
  economic_units_converted_or_self_financed: { kind: 'flow', unit: 'units', label: L('Số đơn vị đã chuyển đổi', 'Number of units converted') },
  economic_units_eligible: { kind: 'flow', unit: 'units', label: L('Số ĐVSN kinh tế và khác đủ điều kiện', 'Eligible economic public service units') },
  dept_leaders_intl_capable: { kind: 'flow', unit: 'people', label: L('Số lãnh đạo đủ khả năng', 'Number of leaders capable') },
  dept_leaders_total: { kind: 'flow', unit: 'people', label: L('Tổng số lãnh đạo cấp sở, ngành, UBND cấp huyện', 'Department and district leaders') },
  division_leaders_intl_capable: { kind: 'flow', unit: 'people', label: L('Số lãnh đạo cấp phòng đủ khả năng', 'Number of division leaders capable') },
  division_leaders_total: { kind: 'flow', unit: 'people', label: L('Tổng số lãnh đạo cấp phòng', 'Division leaders') },
  soe_leaders_intl_capable: { kind: 'flow', unit: 'people', label: L('Số lãnh đạo DNNN đủ khả năng', 'Number of enterprise leaders capable') },
  soe_leaders_total: { kind: 'flow', unit: 'people', label: L('Tổng số lãnh đạo doanh nghiệp nhà nước', 'State-enterprise leaders') },
  commune_officials_with_degree: { kind: 'flow', unit: 'people', label: L('Số cán bộ, công chức có bằng cao đẳng, đại học', 'Number of officials with a degree') },
  commune_officials_total: { kind: 'flow', unit: 'people', label: L('Tổng số cán bộ, công chức cấp xã', 'Commune officials') },
  commune_officials_standardized: { kind: 'flow', unit: 'people', label: L('Số cán bộ, công chức đạt chuẩn', 'Number of officials meeting the standards') },
  info_systems_connected: { kind: 'flow', unit: 'systems', label: L('Số hệ thống được kết nối', 'Number of systems connected') },
  info_systems_citizen_facing: { kind: 'flow', unit: 'systems', label: L('Số hệ thống thông tin liên quan người dân, doanh nghiệp', 'Citizen-facing information systems') },
  reporting_systems_connected: { kind: 'flow', unit: 'systems', label: L('Số hệ thống báo cáo được kết nối', 'Number of reporting systems connected') },
  reporting_systems_total: { kind: 'flow', unit: 'systems', label: L('Tổng số hệ thống báo cáo', 'Reporting systems') },
  districts_meeting_on_system: { kind: 'flow', unit: 'agencies', label: L('Số huyện họp qua hệ thống', 'Number of districts meeting on the system') },
  districts_total: { kind: 'flow', unit: 'agencies', label: L('Tổng số UBND cấp huyện', "District people's committees") },
  inspections_digital: { kind: 'flow', unit: 'inspections', label: L('Số cuộc kiểm tra qua môi trường số', 'Number of inspections done digitally') },
  inspections_total: { kind: 'flow', unit: 'inspections', label: L('Tổng số cuộc kiểm tra', 'Inspections') },
  services_full_online_mobile: { kind: 'stock', unit: 'procedures', label: L('Số dịch vụ dùng được trên di động', 'Number of services usable on mobile') },
  adults_with_bank_account: { kind: 'flow', unit: 'people', label: L('Số người có tài khoản ngân hàng', 'Number of adults with an account') },
  adults_total: { kind: 'flow', unit: 'people', label: L('Số người trưởng thành', 'Adults') },
} satisfies Record<string, MeasureSpec>;

export type MeasureId = keyof typeof MEASURES;

const SPECS: Readonly<Record<string, MeasureSpec>> = MEASURES;

export function isMeasureId(name: string): name is MeasureId {
  return Object.hasOwn(SPECS, name);
}

export function measureIds(): MeasureId[] {
  return Object.keys(SPECS) as MeasureId[];
}

export function measureSpec(id: MeasureId): MeasureSpec {
  return SPECS[id]!;
}

/** The kind of a measure named in a file, or undefined when the catalogue does not hold it. */
export function measureKindOf(name: string): MeasureKind | undefined {
  return isMeasureId(name) ? SPECS[name]!.kind : undefined;
}

/** The indicator a stated rate gives the value of (`on_time_rate_declared` → on_time_rate), else undefined. */
export function declaredIndicator(name: string): string | undefined {
  const spec = isMeasureId(name) ? SPECS[name]! : undefined;
  return spec?.kind === 'rate' ? spec.declares : undefined;
}

/** How a measure's figures inside a window combine, from its kind (see the top of this file). */
export function overTime(id: MeasureId): OverTime {
  const spec = SPECS[id]!;
  switch (spec.kind) {
    case 'flow':
      return 'sum';
    case 'rate':
      return 'single';
    case 'stock':
      return spec.at === 'opening' ? 'first' : 'last';
    case 'rank':
    case 'score':
      return 'last';
  }
}

/** Whether the units' figures add up to the figure of their total row (counts do; rates, ranks, scores do not). */
export function sumsAcrossUnits(id: MeasureId): boolean {
  const kind = SPECS[id]!.kind;
  return kind === 'flow' || kind === 'stock';
}

/** The measures closest to a mistyped name, closest first (for "did you mean" hints), among the
 * catalogue's or the given ones. */
export function closeMeasures(name: string, candidates: readonly string[] = measureIds(), n = 5): string[] {
  const wanted = name.toLowerCase();
  const words = new Set(wanted.split(/[^a-z0-9]+/).filter((w) => w !== ''));
  return candidates
    .map((id) => {
      const shared = id.split('_').filter((w) => words.has(w)).length;
      const contains = id.includes(wanted) || wanted.includes(id);
      return { id, score: (contains ? 100 : 0) + shared * 10 - editDistance(wanted, id) };
    })
    .filter((c) => c.score > -Math.max(3, wanted.length / 2))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, n)
    .map((c) => c.id);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The error for a measure name the catalogue does not hold, with the closest known ones as a hint. */
export function unknownMeasure(name: string, code: ErrorCode, location: Location): ParcheckError {
  const close = closeMeasures(name);
  return new ParcheckError(code, L(`Mã số liệu không có trong danh mục: "${name}"`, `Unknown measure: "${name}"`), {
    location,
    expected: L('một mã số liệu của danh mục (src/core/measure-catalogue.ts)', 'a measure of the catalogue (src/core/measure-catalogue.ts)'),
    found: name,
    hint: L(
      `${unknownMeasureHint(close).vi} Mã số liệu mới được khai báo trong src/core/measure-catalogue.ts.`,
      `${unknownMeasureHint(close).en} A new measure is declared in src/core/measure-catalogue.ts.`,
    ),
  });
}

/** "Closest known measures: …", for an error naming a measure that is not known where it is named. */
export function unknownMeasureHint(close: readonly string[]): Text {
  const known = close.length > 0 ? close.join(', ') : '—';
  return L(`Mã số liệu gần nhất: ${known}.`, `Closest known measures: ${known}.`);
}

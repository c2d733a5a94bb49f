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
 * - `rate`: a percentage stated as such. It never adds up across units, nor over time: it is read from
 *   one figure of the window, and several figures of a rate inside one window are refused (window-value.ts).
 * Headcounts, totals of plans and milestone flags (staff_total, units_total, plan_review_held…) are
 * declared `flow`, as the check has always combined them. Declaring one a `stock` changes findings: the
 * window of a stock-only indicator ends at its latest figure (check/window.ts), and a stock read at the
 * window's end leaves no gap where a flow lacks the earlier months (window-value.ts).
 *
 * It sits in core/ because every stage names measures, the readers (ingest/) before measures/.
 * Start-up budget: a const object, no file read or YAML parse on the fast path.
 */
import { editDistance } from './edit-distance.js';
import { ParcheckError, type ErrorCode, type Location } from './errors.js';
import type { Text } from './i18n.js';
import { PLAN_MEASURES } from './plan-measures.js';

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

  // --- Measures the plans' indicators read: plan-measures.ts ---
  ...PLAN_MEASURES,
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

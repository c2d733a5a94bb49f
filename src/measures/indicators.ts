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
  ratio('e_circulation_rate', text('Tỷ lệ hồ sơ luân chuyển trên môi trường điện tử', 'Dossiers circulated electronically'), ['e_circulated'], ['received_total'], text('hồ sơ luân chuyển điện tử', 'dossiers circulated electronically')),
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
  // --- added for qn-16nqtu-2021 and qn-par-index-2024 ---
  // --- added for qb-3028-2021 ---
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function findIndicator(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

export function indicatorIds(): string[] {
  return [...BY_ID.keys()];
}

/**
 * Header profiles: which canonical measure a column holds, from its folded group header and
 * sub-header together (biểu II.06a/VPCP/KSTT of Thông tư 01/2020/TT-VPCP as provinces fill it in, and
 * the rate and index tables agencies send alongside). Several spellings per measure: provinces differ.
 */
export type Group = 'received' | 'resolved' | 'pending';
export const REQUIRED_GROUPS: readonly Group[] = ['received', 'resolved', 'pending'];

/** Folded group headers ("Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "… đang giải quyết"). */
export const GROUP_PATTERNS: Record<Group, RegExp> = {
  received: /\b(nhan giai quyet|tiep nhan|da nhan|so ho so nhan|ho so nhan)\b/,
  resolved: /\b(da giai quyet|giai quyet xong|da xu ly|da tra ket qua)\b/,
  pending: /\b(dang giai quyet|chua giai quyet|dang xu ly|chua xu ly|con ton)\b/,
};

/** Sub-headers within each group: [measure, pattern, pattern the group text must NOT contain]. */
const SUBS: Record<Group, [string, RegExp, RegExp?][]> = {
  received: [
    ['received_carried_over', /\b(ky truoc|chuyen qua|chuyen sang|ton ky truoc|ton dau ky)\b/],
    ['received_online', /\btruc tuyen\b/],
    ['received_offline', /\b(truc tiep|buu chinh)\b/],
    ['received_total', /^(tong|tong so|cong|tong cong)$/, /\btrong ky\b/],
  ],
  resolved: [
    ['resolved_early', /\btruoc han\b/],
    ['resolved_on_time', /\bdung han\b/],
    ['resolved_late', /\b(qua han|tre han|cham)\b/],
    ['resolved_total', /^(tong|tong so|cong|tong cong)$/],
  ],
  pending: [
    ['pending_in_time', /\b(trong han|chua den han|con han|chua qua han)\b/],
    ['pending_overdue', /\b(qua han|tre han)\b/],
    ['pending_total', /^(tong|tong so|cong|tong cong)$/],
  ],
};

/** Counts found beside the form's groups or in rate tables, matched on the whole folded header. */
const COUNTS: [string, RegExp][] = [
  ['digitized_results', /\b(duoc so hoa|da so hoa|so hoa ket qua|ket qua so hoa|so ket qua .*so hoa)\b/],
  ['paid_online', /\bthanh toan truc tuyen\b/],
  ['payable_dossiers', /\b(nghia vu tai chinh|phai thanh toan|co phi|phat sinh (thanh toan|phi|le phi)|thu phi)\b/],
  ['e_circulated', /\bluan chuyen\b/],
  ['resolved_total', /\b(da giai quyet|giai quyet xong|ket qua giai quyet|da tra ket qua)\b/],
  ['received_online', /\b(nop|tiep nhan) truc tuyen\b/],
  ['received_total', /\b(tiep nhan|nhan giai quyet)\b/],
];

/** Declared rates ("Tỷ lệ số hóa (%)"): measure `<indicator>_declared`, in percent. */
const RATES: [string, RegExp][] = [
  ['digitized_result_rate_declared', /\bso hoa\b/],
  ['online_payment_rate_declared', /\bthanh toan truc tuyen\b/],
  ['on_time_rate_declared', /\b(dung han|dung va truoc han|truoc han)\b/],
  ['e_circulation_rate_declared', /\bluan chuyen\b/],
  ['online_dossier_rate_declared', /\b(truc tuyen)\b/],
];

export type Role = 'stt' | 'unit' | 'level' | 'ignored';
const ROLES: [Role, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['level', /^(cap|cap hanh chinh|cap don vi|cap quan ly)$/],
  ['unit', /^(ten )?(don vi|co quan|dia phuong|co quan, don vi|don vi, dia phuong|co quan\/don vi|don vi\/dia phuong|ten co quan.*|ten don vi.*)$/],
  ['ignored', /\b(ghi chu|nguyen nhan|ly do)\b/],
];

export function roleOf(last: string, whole: string): Role | null {
  for (const [role, re] of ROLES) if (re.test(last) || re.test(whole)) return role;
  return null;
}

export function groupOf(text: string): Group | null {
  // "đã giải quyết" is tested first: "số hồ sơ nhận giải quyết" never contains it, the reverse may.
  if (GROUP_PATTERNS.pending.test(text)) return 'pending';
  if (GROUP_PATTERNS.resolved.test(text)) return 'resolved';
  if (GROUP_PATTERNS.received.test(text)) return 'received';
  return null;
}

export function isRateHeader(whole: string): boolean {
  return /^ty le\b|\bty le\b|\(%\)|%/.test(whole);
}

/** A column of the monthly form: its group (above) and its sub-header (last label) together. */
export function monthlyMeasure(above: string, last: string): { group: Group | null; measure: string | null } {
  const group = groupOf(above) ?? (above === '' ? groupOf(last) : null);
  if (group && !isRateHeader(`${above} ${last}`)) {
    for (const [measure, re, not] of SUBS[group]) {
      if (re.test(last) && !(not && not.test(above))) return { group, measure };
    }
    if (above === '') return { group, measure: null };
  }
  return { group, measure: null };
}

/** A column of a rate table (or an extra column of the form), from its whole header. */
export function tableMeasure(whole: string): string | null {
  if (isRateHeader(whole)) {
    for (const [measure, re] of RATES) if (re.test(whole)) return measure;
    return null;
  }
  for (const [measure, re] of COUNTS) if (re.test(whole)) return measure;
  return null;
}

/** Indices reported with a rank and a score per year (measure `<index>_rank`, `<index>_score`). */
const INDICES: [string, RegExp][] = [
  ['par_index', /\b(par ?index|chi so cai cach hanh chinh|chi so cchc)\b/],
  ['sipas', /\b(sipas|hai long)\b/],
  ['papi', /\bpapi\b/],
  ['pci', /\b(pci|nang luc canh tranh)\b/],
  ['dti', /\b(dti|chuyen doi so)\b/],
  ['egov', /\b(chinh phu dien tu|chinh quyen dien tu|egov)\b/],
];

export function indexOf(name: string): string | null {
  for (const [id, re] of INDICES) if (re.test(name)) return id;
  return null;
}

/** Every measure a mapping file may name (checked, so a typo is an error, not a silent column). */
export const KNOWN_MEASURES: ReadonlySet<string> = new Set([
  ...Object.values(SUBS).flatMap((subs) => subs.map(([m]) => m)),
  ...COUNTS.map(([m]) => m),
  ...RATES.map(([m]) => m),
  'work_records_total',
  'work_records_online',
  'work_records_online_rate_declared',
  'services_total',
  'services_full_online',
  'services_partly_online',
  'services_with_fee',
  'services_with_online_payment',
  'full_online_service_rate_declared',
  'online_payment_service_rate_declared',
  ...INDICES.flatMap(([id]) => [`${id}_rank`, `${id}_score`]),
  'index_rank',
  'index_score',
]);

export function isDeclaredRate(measure: string): boolean {
  return measure.endsWith('_declared');
}

export function isScore(measure: string): boolean {
  return measure.endsWith('_score');
}

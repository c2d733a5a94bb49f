/**
 * The drafter on generated plans ("zoo"): headings with and without deadlines, clauses worded in many
 * ways (comparator words before or after the figure, per-level splits, ranks, counts, ranges, changes vs
 * a baseline, yearly figures), mixed with numbers that are no commitment (document numbers, dates,
 * article numbers, budgets, past results). The generator writes down what each clause commits to; the
 * test compares the drafted thresholds with that tally. A failing case prints its seed.
 */
import { describe, expect, it } from 'vitest';
import { thresholdJson } from '../../src/report/targets-json.js';
import { draftPlan, draftThresholdRows, loadDraftLexicon } from '../../src/targets/draft/draft-plan.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Level = 'all' | 'province' | 'district' | 'commune';
interface Expected {
  value: number | [number, number];
  comparator: string;
  deadline: number;
  level: Level;
  unit: string;
  indicator?: string;
}

const SUBJECTS: { words: string; indicator: string }[] = [
  { words: 'hồ sơ thủ tục hành chính được giải quyết đúng hạn', indicator: 'on_time_rate' },
  { words: 'hồ sơ công việc được xử lý trên môi trường mạng', indicator: 'work_records_online_rate' },
  { words: 'kết quả giải quyết thủ tục hành chính được số hóa kết quả giải quyết', indicator: 'digitized_result_rate' },
  { words: 'thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến', indicator: 'online_payment_service_rate' },
  { words: 'hồ sơ được luân chuyển trong nội bộ bằng phương thức điện tử', indicator: 'e_circulation_rate' },
  { words: 'người dân, doanh nghiệp hài lòng về giải quyết thủ tục hành chính', indicator: 'tthc_satisfaction_rate' },
];
const LEVEL_WORDS: Record<Exclude<Level, 'all'>, string[]> = {
  province: ['tại các cơ quan cấp tỉnh', 'của các sở, ban, ngành'],
  district: ['tại cấp huyện', 'của Ủy ban nhân dân cấp huyện'],
  commune: ['tại cấp xã', 'của Ủy ban nhân dân các xã, phường, thị trấn'],
};
const LEVELS = ['province', 'district', 'commune'] as const;

function generate(seed: number): { text: string; expected: Expected[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const pct = () => 5 * (2 + Math.floor(r() * 19)); // 10..100
  const lines: string[] = [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ ĐÀ NẴNG',
    `Số: ${100 + Math.floor(r() * 900)}/QĐ-UBND`,
    `Đà Nẵng, ngày ${1 + Math.floor(r() * 27)} tháng ${1 + Math.floor(r() * 3)} năm 2026`,
    'KẾ HOẠCH',
    'Cải cách hành chính thành phố Đà Nẵng giai đoạn 2026 - 2030',
    `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Điều ${1 + Math.floor(r() * 9)} Luật Tổ chức chính quyền địa phương;`,
    'I. MỤC TIÊU, CHỈ TIÊU',
  ];
  const expected: Expected[] = [];
  const blocks = 2 + Math.floor(r() * 3);
  for (let b = 0; b < blocks; b++) {
    const year = 2026 + Math.floor(r() * 5);
    const headingYear = r() < 0.6;
    lines.push(headingYear ? `- Đến năm ${year}:` : '- Các chỉ tiêu:');
    const clauses = 2 + Math.floor(r() * 4);
    for (let c = 0; c < clauses; c++) {
      const s = pick(SUBJECTS);
      const own = !headingYear || r() < 0.3;
      const y = own ? 2026 + Math.floor(r() * 5) : year;
      const when = own ? pick([`Đến năm ${y}, `, `Trong năm ${y}, `, `Phấn đấu đến năm ${y} `]) : '';
      const kind = pick(['plain', 'plain', 'levels', 'leading', 'respectively', 'range', 'rank', 'count', 'change', 'step', 'date', 'past', 'budget'] as const);
      const v = pct();
      if (kind === 'plain') {
        const [before, after, cmp] = pick([
          ['tối thiểu ', '', '>='],
          ['ít nhất ', '', '>='],
          ['đạt từ ', ' trở lên', '>='],
          ['trên ', '', '>'],
          ['', '', '>='],
          ['không quá ', '', '<='],
        ] as const);
        lines.push(`+ ${when}${before}${v}%${after} ${s.words}.`);
        expected.push({ value: v, comparator: cmp, deadline: y, level: 'all', unit: 'percent', indicator: s.indicator });
      } else if (kind === 'levels') {
        const n = 2 + Math.floor(r() * 2);
        const chosen = LEVELS.slice(0, n);
        const parts = chosen.map((l) => {
          const lv = pct();
          expected.push({ value: lv, comparator: '>=', deadline: y, level: l, unit: 'percent', indicator: s.indicator });
          return `${lv}% ${s.words} ${pick(LEVEL_WORDS[l])}`;
        });
        lines.push(`+ ${when}có ít nhất ${parts.join('; ')}.`);
      } else if (kind === 'leading') {
        const a = pct();
        const b2 = pct();
        lines.push(`+ ${when}tỷ lệ ${s.words}: cấp tỉnh đạt ${a}%, cấp xã đạt ${b2}%.`);
        expected.push({ value: a, comparator: '>=', deadline: y, level: 'province', unit: 'percent', indicator: s.indicator });
        expected.push({ value: b2, comparator: '>=', deadline: y, level: 'commune', unit: 'percent', indicator: s.indicator });
      } else if (kind === 'step') {
        const start = 5 * (2 + Math.floor(r() * 10));
        const step = 5 * (1 + Math.floor(r() * 3));
        lines.push(`+ Tỷ lệ ${s.words} năm 2026 đạt ${start}%, mỗi năm tăng tối thiểu ${step}% cho đến khi đạt 100%.`);
        for (let yy = 2026; yy <= 2030; yy++)
          expected.push({ value: Math.min(100, start + step * (yy - 2026)), comparator: '>=', deadline: yy, level: 'all', unit: 'percent', indicator: s.indicator });
      } else if (kind === 'date') {
        const yy = 2026 + Math.floor(r() * 4);
        lines.push(`+ Trước ngày 30/6/${yy}, tối thiểu ${v}% ${s.words}.`);
        expected.push({ value: v, comparator: '>=', deadline: yy, level: 'all', unit: 'percent', indicator: s.indicator });
      } else if (kind === 'respectively') {
        const vs = LEVELS.map(() => pct());
        lines.push(`+ ${when}tỷ lệ ${s.words} của cấp tỉnh, cấp huyện, cấp xã đạt tối thiểu tương ứng là ${vs.map((x) => `${x}%`).join(', ')}.`);
        LEVELS.forEach((l, k) => {
          expected.push({ value: vs[k]!, comparator: '>=', deadline: y, level: l, unit: 'percent', indicator: s.indicator });
        });
      } else if (kind === 'range') {
        const lo = 5 * (2 + Math.floor(r() * 8));
        const hi = lo + 10;
        lines.push(`+ ${when}${pick([`từ ${lo}% đến ${hi}%`, `${lo}% - ${hi}%`])} ${s.words}.`);
        expected.push({ value: [lo, hi], comparator: 'between', deadline: y, level: 'all', unit: 'percent', indicator: s.indicator });
      } else if (kind === 'rank') {
        const n = 3 + Math.floor(r() * 20);
        lines.push(`+ ${when}Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm ${String(n).padStart(2, '0')} tỉnh, thành phố dẫn đầu cả nước.`);
        expected.push({ value: n, comparator: '<=', deadline: y, level: 'all', unit: 'rank', indicator: 'pci_rank' });
      } else if (kind === 'count') {
        const n = 1 + Math.floor(r() * 9);
        lines.push(`+ ${when}xây dựng ít nhất ${String(n).padStart(2, '0')} mô hình đô thị thông minh.`);
        expected.push({ value: n, comparator: '>=', deadline: y, level: 'all', unit: 'count', indicator: 'smart_city_model_count' });
      } else if (kind === 'change') {
        const base = 2025;
        lines.push(`+ ${when}giảm tối thiểu ${v}% số lượng đơn vị sự nghiệp công lập so với năm ${base}.`);
        expected.push({ value: v, comparator: '>=', deadline: y, level: 'all', unit: `percent_reduction_vs_${base}`, indicator: 'public_service_unit_count' });
      } else if (kind === 'past') {
        lines.push(`+ Năm 2024, tỷ lệ ${s.words} đạt ${v}%.`);
      } else {
        lines.push(`+ Kinh phí thực hiện năm ${y} là ${1 + Math.floor(r() * 50)},5 tỷ đồng theo Quyết định số 12/QĐ-UBND ngày 03/01/2026.`);
      }
    }
  }
  lines.push('II. TỔ CHỨC THỰC HIỆN', 'Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố chịu trách nhiệm thi hành.');
  return { text: `${lines.join('\n')}\n`, expected };
}

const key = (t: { value: unknown; comparator: unknown; deadline: unknown; level: unknown; unit: unknown }) => JSON.stringify([t.value, t.comparator, t.deadline, t.level, t.unit]);

describe('targets draft on generated plans', () => {
  const CASES = 150;
  it(`drafts exactly the commitments of ${CASES} generated plans`, () => {
    const failures: string[] = [];
    let clauses = 0;
    let indicatorsRight = 0;
    const lexicon = loadDraftLexicon();
    for (let seed = 1; seed <= CASES; seed++) {
      const { text, expected } = generate(seed);
      if (expected.length === 0) continue;
      clauses += expected.length;
      const { file } = draftPlan(text, { sourceFile: 'plan.txt', lexicon });
      const rows = draftThresholdRows(file, thresholdJson) as { value: unknown; comparator: unknown; deadline: unknown; level: unknown; unit: unknown; indicator: string | null }[];
      const got = rows.map(key).sort();
      const want = expected.map(key).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`seed ${seed}: want ${want.join(' ')} got ${got.join(' ')}\n${text}`);
      for (const e of expected) if (rows.some((r) => key(r) === key(e) && r.indicator === e.indicator)) indicatorsRight++;
      expect(file.document.province).toBe('da-nang');
    }
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
    // Indicators are a proposal the officer confirms; the lexicon should still name most of them.
    expect(indicatorsRight / clauses).toBeGreaterThan(0.9);
  });
});

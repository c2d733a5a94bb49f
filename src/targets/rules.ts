/**
 * Rules a schema cannot say, run on a file that passed the schema. Each rule reports through `report`,
 * so every problem of every file is collected in one pass (changesets-style staged validation).
 */
import { text, type Text } from '../core/i18n.js';
import type { ErrorDetails } from '../core/errors.js';
import { closest } from './closest.js';
import type { DataPath } from './locate.js';
import type { TargetFile, TargetSpec } from './schema.js';

export type Report = (path: DataPath, message: Text, details?: Omit<ErrorDetails, 'location'>, key?: string) => void;

export interface RuleOptions {
  indicators: readonly string[];
}

type TargetRule = (t: TargetSpec, at: DataPath, report: Report, options: RuleOptions) => void;

const oneFigure: TargetRule = (t, at, report) => {
  const given = (['value', 'by_level', 'schedule'] as const).filter((k) => t[k] !== undefined);
  if (given.length === 1) return;
  report(given.length ? [...at, given[1]!] : at, text('Cần đúng một trong value, by_level, schedule', 'Exactly one of value, by_level, schedule is needed'), {
    expected: 'value | by_level | schedule',
    found: given.length ? given.join(' + ') : '(none)',
  });
};

const deadlineNeeded: TargetRule = (t, at, report) => {
  if (t.schedule || t.deadline !== undefined) return;
  report(at, text('Thiếu deadline (năm hoặc ngày) cho chỉ tiêu không có lịch trình', 'deadline (year or date) missing on a target without a schedule'), {
    expected: 'deadline: 2025 | 2025-12-31',
    found: '(none)',
  });
};

const comparatorShape: TargetRule = (t, at, report) => {
  const pairs: { path: DataPath; v: unknown }[] = [];
  if (t.value !== undefined) pairs.push({ path: [...at, 'value'], v: t.value });
  if (t.comparator === 'between') {
    for (const { path, v } of pairs) {
      if (!Array.isArray(v)) report(path, text('between cần một khoảng [thấp, cao]', 'between needs a range [lo, hi]'), { expected: '[lo, hi]', found: JSON.stringify(v) });
      else if (v[0] > v[1]) report(path, text('Khoảng bị đảo: cận dưới lớn hơn cận trên', 'Range reversed: lo is above hi'), { expected: 'lo ≤ hi', found: JSON.stringify(v) });
    }
    if (t.value === undefined) report([...at, 'comparator'], text('between cần value: [thấp, cao]', 'between needs value: [lo, hi]'), { expected: 'value: [lo, hi]', found: '(none)' });
    return;
  }
  for (const { path, v } of pairs) {
    if (Array.isArray(v))
      report(path, text(`So sánh ${t.comparator} nhận một số, không phải một khoảng`, `Comparator ${t.comparator} takes one number, not a range`), { expected: 'number', found: JSON.stringify(v) });
  }
};

const rankUnit: TargetRule = (t, at, report) => {
  if (t.strict !== undefined && t.comparator !== 'reduction_vs' && t.comparator !== 'growth_vs')
    report(
      [...at, 'strict'],
      text('strict chỉ dùng với reduction_vs hoặc growth_vs (dùng > hoặc < cho ngưỡng thường)', 'strict goes with reduction_vs or growth_vs only (use > or < for plain thresholds)'),
      { expected: 'reduction_vs | growth_vs', found: t.comparator },
    );
  if (t.comparator === 'rank_within' && t.unit !== 'rank') report([...at, 'unit'], text('rank_within cần unit: rank', 'rank_within needs unit: rank'), { expected: 'rank', found: t.unit });
};

const baselineNeeded: TargetRule = (t, at, report) => {
  if ((t.comparator === 'reduction_vs' || t.comparator === 'growth_vs') && !t.baseline) {
    report(at, text(`${t.comparator} cần baseline (năm so sánh)`, `${t.comparator} needs a baseline (the year compared with)`), {
      expected: 'baseline: { year: 2021 }',
      found: '(none)',
    });
  }
};

const knownIndicator: TargetRule = (t, at, report, options) => {
  if (t.indicator === null || options.indicators.includes(t.indicator)) return;
  const near = closest(t.indicator, options.indicators);
  report([...at, 'indicator'], text(`Chỉ số không có trong danh mục: ${t.indicator}`, `Indicator not in the catalogue: ${t.indicator}`), {
    expected: near.join(', '),
    found: t.indicator,
    hint: text(`Gần nhất: ${near.join(', ')}. Thêm chỉ số mới vào src/measures/indicators.ts nếu cần.`, `Closest: ${near.join(', ')}. Add a new indicator to src/measures/indicators.ts if needed.`),
  });
};

const scheduleConsistent: TargetRule = (t, at, report) => {
  const s = t.schedule;
  if (!s) return;
  const sp = [...at, 'schedule'];
  if ('years' in s) {
    if (Object.keys(s.years).length === 0) report([...sp, 'years'], text('Lịch trình không có năm nào', 'Schedule names no year'), { expected: '2021: 30', found: '{}' });
    return;
  }
  if (s.start_year > s.until) {
    report([...sp, 'until'], text('Lịch trình kết thúc trước khi bắt đầu', 'Schedule ends before it starts'), { expected: `until ≥ ${s.start_year}`, found: String(s.until) });
  }
  const starts = typeof s.start === 'number' ? [s.start] : Object.values(s.start).filter((v): v is number => v !== undefined);
  if (s.cap !== undefined && starts.some((v) => v > s.cap!)) {
    report([...sp, 'cap'], text('Mức trần thấp hơn mức khởi điểm', 'Cap is below the starting figure'), { expected: `cap ≥ ${Math.max(...starts)}`, found: String(s.cap) });
  }
};

// A drafted target (`targets draft`) is a proposal until the officer deletes its draft: block.
const draftAccepted: TargetRule = (t, at, report) => {
  if (t.draft === undefined) return;
  report([...at, 'draft'], text('Chỉ tiêu còn là bản nháp (khối draft:)', 'Target is still a draft (draft: block)'), {
    expected: text('không có khối draft:', 'no draft: block'),
    found: `draft: { confidence: ${t.draft.confidence} }`,
    hint: text(
      'Xem lại trích dẫn, chỉ số, ngưỡng, hạn và cấp (parcheck targets review TỆP), rồi xoá khối draft: để chấp nhận.',
      'Review the quote, indicator, threshold, deadline and level (parcheck targets review FILE), then delete the draft: block to accept it.',
    ),
  });
};

const TARGET_RULES: TargetRule[] = [draftAccepted, oneFigure, deadlineNeeded, comparatorShape, rankUnit, baselineNeeded, knownIndicator, scheduleConsistent];

export function checkFileRules(data: TargetFile, report: Report, options: RuleOptions): void {
  const seen = new Map<string, number>();
  data.targets.forEach((t, i) => {
    const at: DataPath = ['targets', i];
    for (const rule of TARGET_RULES) rule(t, at, report, options);
    const first = seen.get(t.id);
    if (first !== undefined) {
      report([...at, 'id'], text(`Mã chỉ tiêu bị trùng: ${t.id}`, `Duplicate target id: ${t.id}`), {
        expected: text('mã duy nhất trong tệp', 'an id unique within the file'),
        found: `${t.id} (targets[${first}].id)`,
      });
    } else seen.set(t.id, i);
  });
}

/** Builders for hand-made observations and thresholds used by the check unit tests. */
import type { Level, Observation, Threshold } from '../../src/core/types.js';

let cell = 0;
export function obs(unit: string, level: Level | null, period: string, values: Record<string, number>, file = 'form.xlsx'): Observation[] {
  return Object.entries(values).map(([measure, value]) => ({
    unit,
    level,
    period,
    measure,
    value,
    source: { file, sheet: 'II.06a', cell: `C${++cell}` },
  }));
}

export function th(partial: Partial<Threshold> & Pick<Threshold, 'id' | 'indicator' | 'comparator' | 'value'>): Threshold {
  const deadline = partial.deadline ?? 2025;
  return {
    target: partial.id.split('@')[0]!,
    document: { id: 'doc-a', number: '1/QĐ-UBND', date: '2021-01-01', title: 'Plan', issuer: 'UBND', province: 'quang-nam' },
    unit: 'percent',
    deadline,
    deadlineDate: `${deadline}-12-31`,
    level: 'all',
    section: 'II.1',
    quote: 'đạt từ 70% trở lên',
    supersedes: null,
    superseded_by: null,
    file: 'targets/doc-a.yaml',
    fileVersion: '1.0.0',
    ...partial,
  };
}

/**
 * The series behind the HTML report's charts: the finding's threshold and scope evaluated as of each
 * earlier period the inputs hold, so the last point is the finding's own value; only roll-up scopes
 * get one, and only when asked; the documents of the findings come with the result.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { obs, th } from './check-helpers.js';

// two communes, three months: online / (online + offline), year to date
const months = [
  ['2025-01', 10, 30, 20, 20],
  ['2025-02', 30, 10, 25, 15],
  ['2025-03', 40, 0, 20, 20],
] as const;
const observations = months.flatMap(([p, aOn, aOff, bOn, bOff]) => [
  ...obs('UBND xã A', 'commune', p, { received_online: aOn, received_offline: aOff }),
  ...obs('UBND xã B', 'commune', p, { received_online: bOn, received_offline: bOff }),
]);
const thresholds = [th({ id: 'online-2025', indicator: 'online_dossier_rate', comparator: '>=', value: 70 })];

describe('finding series', () => {
  it('is the year-to-date value as of each month, ending on the finding value, for roll-ups only', () => {
    const result = runCheck({ observations, thresholds, series: true });
    const all = result.findings.find((f) => f.scope.level === 'all' && f.scope.unit === undefined)!;
    // independent tally: cumulative online over cumulative filed
    let on = 0;
    let filed = 0;
    const expected = months.map(([p, aOn, aOff, bOn, bOff]) => {
      on += aOn + bOn;
      filed += aOn + aOff + bOn + bOff;
      return { period: p, value: (on * 100) / filed };
    });
    expect(all.series!.points.map((x) => x.period)).toEqual(expected.map((x) => x.period));
    all.series!.points.forEach((x, i) => {
      expect(x.value).toBeCloseTo(expected[i]!.value, 9);
    });
    expect(all.series!.points.at(-1)!.value).toBe(all.value);
    expect(all.series!.points.map((x) => x.covers)).toEqual(['2025-01', '2025-01..2025-02', '2025-Q1']);
    expect(all.series!.deadline).toBe('2025-12');
    const units = result.findings.filter((f) => f.scope.unit !== undefined);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((f) => f.series === undefined)).toBe(true);
    expect(result.documents!.map((d) => d.id)).toEqual(['doc-a']);
  });

  it('is absent unless asked for, or when --period fixes the window', () => {
    expect(runCheck({ observations, thresholds }).findings.some((f) => f.series)).toBe(false);
    expect(runCheck({ observations, thresholds, series: true, period: '2025-Q1' }).findings.some((f) => f.series)).toBe(false);
  });
});

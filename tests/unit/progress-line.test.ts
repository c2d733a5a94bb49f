import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/report/progress-line.js';

describe('progress line', () => {
  it('shows the share read, the rows, the speed and the time left, in the reader language', () => {
    const p = { bytesRead: 50_000_000, bytesTotal: 200_000_000, rows: 1_250_000 };
    expect(progressLine(p, 10_000, 'ds.csv', 'vi')).toBe('ds.csv [######------------------] 25% 1.25 M dòng 5 MB/s còn 0:30');
    expect(progressLine(p, 10_000, 'ds.csv', 'en')).toBe('ds.csv [######------------------] 25% 1.25 M rows 5 MB/s ETA 0:30');
  });

  it('before anything is read, no speed and no time left', () => {
    expect(progressLine({ bytesRead: 0, bytesTotal: 0, rows: 0 }, 0, 'a.csv', 'en')).toBe('a.csv [------------------------] 0% 0 rows 0 MB/s ETA --:--');
  });
});

import { describe, expect, it } from 'vitest';
import { expandTargetFile } from '../../src/targets/expand.js';
import { targetFileSchema } from '../../src/targets/schema.js';

const file = (extra: Record<string, unknown>) =>
  targetFileSchema.parse({
    schema: 'parcheck/targets@1',
    document: { id: 'qn-test-2024', number: '1/KH-UBND', date: '2024-06-26', issuer: 'UBND tỉnh Quảng Nam', title: 'Kế hoạch thử', province: 'quang-nam' },
    version: '1.0.0',
    targets: [
      {
        id: 'staff-cut',
        indicator: 'par_index_rank',
        comparator: 'reduction_vs',
        value: 10,
        unit: 'percent_change',
        deadline: 2024,
        baseline: { year: 2021 },
        source: { section: 'IV.3', quote: 'Số lượng đơn vị sự nghiệp công lập giảm trên 10%' },
        ...extra,
      },
    ],
  });

describe('strict reductions and growth ("giảm trên 10%")', () => {
  it('expands a strict reduction to ">" and a plain one to ">="', () => {
    expect(expandTargetFile(file({ strict: true }), { file: 'x.yaml' })[0]).toMatchObject({ comparator: '>', value: 10, unit: 'percent_change', baseline: { kind: 'reduction', year: 2021 } });
    expect(expandTargetFile(file({}), { file: 'x.yaml' })[0]).toMatchObject({ comparator: '>=', value: 10 });
  });
});

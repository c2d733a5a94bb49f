/** Which thresholds and targets `targets list` and `targets show` name: pure selection, no CLI. */
import { describe, expect, it } from 'vitest';
import { isParcheckError } from '../../src/core/errors.js';
import { filterThresholds, findTargets } from '../../src/targets/select-thresholds.js';
import { th } from './check-helpers.js';

const docB = { id: 'doc-b', number: '2/KH-UBND', date: '2022-01-01', title: 'Plan B', issuer: 'UBND', province: 'quang-nam' };
const all = [
  th({ id: 'online-2025', indicator: 'online_dossier_rate', comparator: '>=', value: 70 }),
  th({ id: 'online-2024', target: 'online-2025', indicator: 'online_dossier_rate', comparator: '>=', value: 60, deadline: 2024 }),
  th({ id: 'pci-2025', indicator: 'pci_rank', comparator: '<=', value: 10, level: 'commune' }),
  th({ id: 'pci-2025', indicator: 'pci_rank', comparator: '<=', value: 8, document: docB }),
];

describe('filterThresholds', () => {
  it('by document, due year and level, each only when given', () => {
    expect(filterThresholds(all, {})).toHaveLength(4);
    expect(filterThresholds(all, { document: 'doc-b' }).map((t) => t.value)).toEqual([8]);
    expect(filterThresholds(all, { year: 2024 }).map((t) => t.id)).toEqual(['online-2024']);
    expect(filterThresholds(all, { level: 'commune', document: 'doc-a' }).map((t) => t.id)).toEqual(['pci-2025']);
  });
});

describe('findTargets', () => {
  it('a threshold id, a target id or document#target names document#target keys', () => {
    expect(findTargets(all, 'online-2024')).toEqual(['doc-a#online-2025']);
    expect(findTargets(all, 'online-2025')).toEqual(['doc-a#online-2025']);
    expect(findTargets(all, 'pci-2025')).toEqual(['doc-a#pci-2025', 'doc-b#pci-2025']);
    expect(findTargets(all, 'doc-b#pci-2025')).toEqual(['doc-b#pci-2025']);
  });
  it('no match is TARGET_NOT_FOUND naming the closest ids', () => {
    let error: unknown;
    try {
      findTargets(all, 'pci-2026');
    } catch (e) {
      error = e;
    }
    expect(isParcheckError(error) && error.code).toBe('TARGET_NOT_FOUND');
    expect(isParcheckError(error) && JSON.stringify(error.hint)).toContain('pci-2025');
  });
});

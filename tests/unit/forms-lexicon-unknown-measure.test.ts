/**
 * A forms-lexicon entry naming a measure the catalogue lacks is an error at the entry, with the closest
 * known measures as a hint: before the catalogue, its columns were read into a measure no indicator
 * reads, silently combined as a flow.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ParcheckError } from '../../src/core/errors.js';

vi.mock('../../src/ingest/lexicon/load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ingest/lexicon/load.js')>();
  return {
    ...real,
    lexiconSection: (name: 'forms' | 'dossier_list') => {
      const section = real.lexiconSection(name) as { measures: Record<string, unknown> };
      if (name !== 'forms') return section;
      return { ...section, measures: { ...section.measures, resolved_erly: { group: 'resolved', leaf: ['som'] } } };
    },
  };
});

describe('forms lexicon', () => {
  it('refuses a measure the catalogue lacks, at its entry, naming the closest ones', async () => {
    const { formsLexicon } = await import('../../src/ingest/lexicon/forms.js');
    let error: ParcheckError | undefined;
    try {
      formsLexicon();
    } catch (e) {
      error = e as ParcheckError;
    }
    expect(error?.code).toBe('INTERNAL');
    expect(error?.location.path).toBe('forms.measures.resolved_erly');
    expect(error?.found).toBe('resolved_erly');
    expect(JSON.stringify(error?.hint)).toContain('resolved_early');
  });
});

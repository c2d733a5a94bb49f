/**
 * The measure catalogue (src/core/measure-catalogue.ts): every measure a reader, the dossier tally or
 * an indicator names is declared in it; each kind combines over time exactly as the name patterns did
 * before the catalogue existed (the old rule is written out here as an independent regression guard);
 * an unknown measure is an error with the closest known ones as a hint.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import type { IngestedFile } from '../../src/core/types.js';
import { checkFiguresSheets } from '../../src/check/figures-inputs.js';
import { monthFigures } from '../../src/ingest/dossier-list/month-figures.js';
import { formsLexicon } from '../../src/ingest/lexicon/forms.js';
import { loadMapping } from '../../src/ingest/mapping.js';
import { isDeclaredRate, knownMeasures as mappableMeasures } from '../../src/ingest/profiles.js';
import { findIndicator, INDICATORS } from '../../src/measures/indicators.js';
import { loadDraftLexicon } from '../../src/targets/draft/draft-plan.js';
import {
  closeMeasures,
  declaredIndicator,
  isMeasureId,
  MEASURES,
  measureIds,
  measureKindOf,
  measureSpec,
  overTime,
  sumsAcrossUnits,
  UNITS,
  unknownMeasure,
  type OverTime,
} from '../../src/core/measure-catalogue.js';
import { figuresSheetMeasures as figuresMeasures, measureInfo } from '../../src/measures/measure-info.js';

/** How a measure combined over time before the catalogue: guessed from its name, anything else a flow. */
function kindByOldNamePatterns(measure: string): 'flow' | 'state' | 'opening' {
  if (measure === 'received_carried_over') return 'opening';
  return [/^pending_/, /^services_/, /_rank$/, /_score$/, /^index_/].some((p) => p.test(measure)) ? 'state' : 'flow';
}
const OLD_RULE: Record<ReturnType<typeof kindByOldNamePatterns>, OverTime> = { flow: 'sum', state: 'last', opening: 'first' };

const tallied = monthFigures(new Float64Array(32), 0, { carried: 0, pending: 0, overdue: 0 }).map(([m]) => m);
const lexicon = formsLexicon();
const lexiconMeasures = [...lexicon.groups.map((g) => g.total), ...lexicon.subs.map((s) => s.total), ...lexicon.measures.map((m) => m.measure), ...lexicon.rates.map((r) => r.measure)];
const indicatorMeasures = INDICATORS.flatMap((d) => (d.kind === 'ratio' ? [...d.numerator, ...d.denominator] : [d.measure]));

describe('the catalogue holds every measure named anywhere', () => {
  it.each([
    ['the forms lexicon', lexiconMeasures],
    ['the dossier-list tally', tallied],
    ['the indicators', indicatorMeasures],
    ['a --mapping (and the index tables)', [...mappableMeasures()]],
    ['the figures workbook', figuresMeasures()],
  ])('%s', (_, names) => {
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((m) => !isMeasureId(m))).toEqual([]);
  });

  it('declares each measure with a unit of the unit table and both labels', () => {
    expect(measureIds().length).toBe(195);
    for (const id of measureIds()) {
      const spec = measureSpec(id);
      expect(Object.keys(UNITS)).toContain(spec.unit);
      expect(spec.label.vi.length * spec.label.en.length, id).toBeGreaterThan(0);
    }
  });

  it('the draft lexicon (lexicon/draft-indicators.yaml) names indicators of the catalogue, ranks as ranks', () => {
    const words = loadDraftLexicon();
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      expect(findIndicator(w.id), w.id).toBeDefined();
      if (w.unit === 'rank') expect(findIndicator(w.id)!.unit, w.id).toBe('rank');
    }
  });

  it('no two indicator files define the same indicator id', () => {
    const ids = INDICATORS.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.length).toBe(116);
  });

  it('a stated rate declares an indicator of the catalogue, with a formula to recompute it', () => {
    const stated = measureIds().filter((id) => declaredIndicator(id) !== undefined);
    expect(stated.length).toBe(8);
    for (const id of stated) expect(findIndicator(declaredIndicator(id)!)?.kind, id).toBe('ratio');
  });
});

describe('each kind combines as the name patterns did (no behaviour change), but rates', () => {
  it.each(measureIds())('%s', (id) => {
    // A rate was summed over the months of a window (as a flow, by its name): percentages do not add up,
    // so a rate is now taken from one figure and several are refused (window-value.ts).
    expect(overTime(id)).toBe(measureSpec(id).kind === 'rate' ? 'single' : OLD_RULE[kindByOldNamePatterns(id)]);
  });

  it('every rate was summed before, and is single now', () => {
    const rates = measureIds().filter((id) => measureSpec(id).kind === 'rate');
    expect(rates.length).toBeGreaterThan(0);
    for (const id of rates) expect([kindByOldNamePatterns(id), overTime(id)], id).toEqual(['flow', 'single']);
  });

  it('a rank or a score is read for the year, exactly where the name said so (figures workbook rows)', () => {
    for (const id of measureIds()) {
      const kind = measureSpec(id).kind;
      expect(kind === 'rank' || kind === 'score', id).toBe(/_rank$|_score$|^index_/.test(id) && kindByOldNamePatterns(id) === 'state');
    }
  });

  it('a direct count indicator is a flow exactly where it was (a maximum already passed is certain)', () => {
    for (const def of INDICATORS) {
      if (def.kind !== 'direct' || def.unit !== 'count') continue;
      expect(measureSpec(def.measure).kind === 'flow', def.id).toBe(kindByOldNamePatterns(def.measure) === 'flow');
    }
  });

  it('a total row is checked against its units for the measures it was checked for', () => {
    for (const m of mappableMeasures()) {
      const oldSkip = m.endsWith('_declared') || m.endsWith('_score') || m.endsWith('_rank');
      expect(isMeasureId(m) && !sumsAcrossUnits(m), m).toBe(oldSkip);
    }
  });

  it('a form column may hold decimals where the `_score` suffix allowed them', () => {
    for (const m of [...mappableMeasures(), ...lexiconMeasures]) expect(measureKindOf(m) === 'score', m).toBe(m.endsWith('_score'));
  });

  it('a stated rate is what the `_declared` suffix said, naming the same indicator', () => {
    for (const m of [...measureIds(), ...mappableMeasures(), ...lexiconMeasures]) {
      expect(isDeclaredRate(m), m).toBe(m.endsWith('_declared'));
      if (m.endsWith('_declared')) expect(declaredIndicator(m)).toBe(m.slice(0, -'_declared'.length));
    }
  });

  it('the figures workbook asks for the unit and the kind of value the catalogue declares', () => {
    for (const m of figuresMeasures()) {
      const info = measureInfo(m)!;
      const spec = MEASURES[m];
      expect(info.unit).toEqual(UNITS[spec.unit].label);
      expect(info.kind).toBe(UNITS[spec.unit].values);
      expect(info.label).toEqual(spec.label);
    }
    expect(measureInfo('received_new')).toBeUndefined();
  });
});

describe('an unknown measure is an error, never a flow', () => {
  it('names the closest known measures', () => {
    expect(closeMeasures('recieved_online')[0]).toBe('received_online');
    expect(closeMeasures('pending')).toContain('pending_total');
    const error = unknownMeasure('resolved_ontime', 'INPUT_FIGURES', { file: 'x.xlsx', cell: 'B7' });
    expect(error).toBeInstanceOf(ParcheckError);
    expect(error.code).toBe('INPUT_FIGURES');
    expect(error.location).toEqual({ file: 'x.xlsx', cell: 'B7' });
    expect(error.found).toBe('resolved_ontime');
    expect(JSON.stringify(error.hint)).toContain('resolved_on_time');
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-catalogue-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a --mapping naming one: MAPPING_SCHEMA at its line, with the closest measures a mapping may name', async () => {
    const file = path.join(dir, 'mapping.yaml');
    writeFileSync(file, 'columns:\n  - { column: A, role: unit }\n  - { column: B, measure: recieved_online }\n');
    const error = (await loadMapping(file).catch((e: unknown) => e)) as ParcheckError;
    expect(error.code).toBe('MAPPING_SCHEMA');
    expect(error.location.line).toBe(3);
    expect(error.found).toBe('recieved_online');
    expect(JSON.stringify(error.hint)).toContain('received_online');
  });

  it('a figures sheet row naming one: INPUT_FIGURES at its cell', () => {
    const sheet = {
      path: 'so-lieu.xlsx',
      shape: 'figures_sheet',
      periods: ['2025'],
      observations: [{ unit: 'Sở Nội vụ', level: 'province', period: '2025', measure: 'staff_totl', value: 12, source: { file: 'so-lieu.xlsx', sheet: 'Số liệu', cell: 'F9' } }],
    } as unknown as IngestedFile;
    let error: ParcheckError | undefined;
    try {
      checkFiguresSheets([sheet], {});
    } catch (e) {
      error = e as ParcheckError;
    }
    expect(error?.code).toBe('INPUT_FIGURES');
    expect(error?.location).toMatchObject({ file: 'so-lieu.xlsx', cell: 'F9' });
    expect(error?.found).toBe('staff_totl');
  });
});

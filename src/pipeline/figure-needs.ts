/**
 * `runFigureNeeds`: the figures the chosen targets need at a period that the given inputs do not hold
 * (what `parcheck template` writes as a workbook to fill in). `asOf` is the as-of period of the check
 * the figures serve (`2025`: every target in force in 2025); without it, the latest year of the inputs.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { ScopeLevel, Threshold } from '../core/types.js';
import type { NeedsResult } from '../check/figure-needs.js';
import { readCheckInputs, type CheckInputs } from './check-inputs.js';
import type { TargetRequest } from './request.js';

export interface FigureNeedsRequest extends Omit<TargetRequest, 'asOf' | 'level' | 'period'> {
  /** The as-of period of the check the figures serve; default: the latest year of the inputs. */
  asOf?: string;
  level?: ScopeLevel;
}

export interface FigureNeedsRun {
  needs: NeedsResult;
  asOf: string;
  province: string | null;
  thresholds: Threshold[];
  inputs: CheckInputs;
}

export async function runFigureNeeds(request: FigureNeedsRequest): Promise<FigureNeedsRun> {
  // the as-of period of the figures is not a period forced on the inputs, nor a scope of the reading
  const { asOf: asked, level, ...reading } = request;
  const inputs = await readCheckInputs(reading);
  const { MeasureStore } = await import('../measures/store.js');
  const store = new MeasureStore(inputs.findingsRequest.observations);
  const asOf = asked !== undefined ? (await import('../ingest/report-period.js')).normalizePeriod(asked) : latestYear(store);
  const { figureNeeds } = await import('../check/figure-needs.js');
  const registry = inputs.ingestOptions.registry ?? [];
  const { foldText } = await import('../ingest/text.js');
  const levelOf = (unit: string) => registry.find((u) => [u.name, ...u.aliases].some((n) => foldText(n) === foldText(unit)))?.level ?? null;
  const needs = figureNeeds({ thresholds: inputs.thresholds, asOf, document: request.document, level, store, levelOf });
  return { needs, asOf, province: inputs.province, thresholds: inputs.thresholds, inputs };
}

function latestYear(store: { latestWindow(): { to: number } | null }): string {
  const w = store.latestWindow();
  if (!w) {
    throw new ParcheckError('USAGE', text('Cần --period (ví dụ --period 2025) khi không có tệp đầu vào', 'Give --period (e.g. --period 2025) when no input files are given'), {
      location: { path: '--period' },
      expected: '2025, 2025-Q4, 2025-12',
      found: '—',
    });
  }
  return String(Math.floor(w.to / 12));
}

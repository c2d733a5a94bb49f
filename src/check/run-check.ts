/**
 * The check: targets × measures × as-of → findings. Pure: data in, data out.
 */
import type { CheckResult, DocumentRef, Finding, IngestWarning, Observation, Period, ScopeLevel, Threshold } from '../core/types.js';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { findIndicator } from '../measures/indicators.js';
import { monthIndex, parsePeriod, windowLabel, yearOf, type Window } from '../measures/period-windows.js';
import { MeasureStore, type StoreOptions } from '../measures/store.js';
import { evaluate, notCarriedFinding } from './evaluate.js';
import { scopesFor } from './scope.js';
import { DISTRICT_LEVEL_ENDS, districtNotApplicable, thresholdsInForce } from './select.js';
import { compareFindings, summarize } from './sort.js';
import { measurementWindow, measuresOf } from './window.js';
import { notCarried } from './holds.js';
import { usedCells } from './cells.js';
import { combineEach } from './each-unit.js';
import { foldRepeats, refOf, repeatNote } from './repeats.js';
import { seriesOf } from './series.js';
import { warning } from '../core/warnings.js';

export interface CheckRequest {
  observations: Iterable<Observation>;
  thresholds: Threshold[];
  /** `--as-of`: a month, quarter or year; default: the latest period in the inputs. */
  asOf?: Period;
  /** `--period`: measure every threshold on this period instead of the as-of year to date. */
  period?: Period;
  document?: string;
  level?: ScopeLevel;
  unit?: string;
  province?: string | null;
  inputs?: { path: string; sha256: string }[];
  targets?: { path: string; sha256: string; version: string }[];
  combine?: StoreOptions['combine'];
  /** List the input cells the findings use in `cells` (the Excel report's sources sheet); default true. */
  cells?: boolean;
  /** Add each roll-up finding's value over time (`series`, the HTML report's charts); default false. */
  series?: boolean;
}

export interface CheckOutcome extends CheckResult {
  /** Duplicates, thresholds not applicable at the as-of date, unknown indicators. */
  warnings: IngestWarning[];
}

/** A district-level threshold measured on a window ending after June 2025 (select.ts says why): skipped by check and explain alike. */
export function districtLevelEnded(t: Threshold, w: Window): boolean {
  return t.level === 'district' && w.to > DISTRICT_LEVEL_ENDS;
}

export function runCheck(req: CheckRequest): CheckOutcome {
  const observations = Array.isArray(req.observations) ? (req.observations as Observation[]) : [...req.observations];
  const store = new MeasureStore(observations, { combine: req.combine });
  const warnings: IngestWarning[] = [...store.warnings];
  const asOf = req.asOf ? parsePeriod(req.asOf, '--as-of') : store.latestWindow();
  if (!asOf) {
    throw new ParcheckError('INPUT_EMPTY', text('Không có số liệu nào trong các tệp đầu vào', 'The input files hold no figures'), {
      hint: text('Chạy `parcheck inspect TỆP` để xem tệp được đọc thế nào.', 'Run `parcheck inspect FILE` to see how the files were read.'),
    });
  }
  const asOfMonth = asOf.to;
  const explicit: Window | null = req.period ? parsePeriod(req.period) : null;
  const findings: Finding[] = [];

  if (req.document && !req.thresholds.some((t) => t.document.id === req.document)) {
    throw new ParcheckError('TARGET_NOT_FOUND', text(`Không có văn bản ${req.document} trong các tệp chỉ tiêu`, `No document ${req.document} in the target files`), {
      found: req.document,
      expected: [...new Set(req.thresholds.map((t) => t.document.id))].join(', '),
    });
  }
  const inForce = thresholdsInForce(req.thresholds, yearOf(asOfMonth), req.document);
  const { kept, repeatsOf } = foldRepeats([...inForce, ...pastScheduleYears(req.thresholds, inForce, store, asOfMonth, req.document)]);
  for (const t of kept) {
    const repeats = repeatsOf.get(refOf(t));
    const before = findings.length;
    const def = findIndicator(t.indicator);
    if (!def) {
      warnings.push(warning('UNKNOWN_INDICATOR', { threshold: t.id, indicator: t.indicator }, { location: { file: t.file, path: t.id } }));
      continue;
    }
    for (const s of scopesFor(t, store, { level: req.level, unit: req.unit }, def)) {
      const w = measurementWindow(store, def, s.units, asOfMonth, explicit, t);
      if (districtLevelEnded(t, w)) {
        if (!warnings.some((x) => x.code === 'THRESHOLD_NOT_APPLICABLE' && x.location.path === t.id && x.location.file === t.file)) {
          warnings.push(districtNotApplicable(t));
        }
        continue;
      }
      // scope.ts keeps only units carrying the indicator; when none does, the threshold's own scope
      // comes once with no units, and its no-data finding names the measures the inputs lack.
      if (s.carried === false) {
        findings.push(notCarriedFinding(t, def, s, w, { store, asOfMonth }, notCarried(store, def, [...store.units.keys()])));
        continue;
      }
      const found = evaluate(t, def, s, w, { store, asOfMonth });
      const finding =
        t.each === 'unit' && s.scope.unit === undefined
          ? combineEach(
              found,
              s.units.map((u) => evaluate(t, def, { scope: { unit: u, level: s.scope.level }, units: [u] }, measurementWindow(store, def, [u], asOfMonth, explicit, t), { store, asOfMonth })),
            )
          : found;
      const series = req.series && !explicit ? seriesOf(t, def, s, finding, store, w.to) : undefined;
      findings.push(series ? { ...finding, series } : finding);
    }
    if (repeats) for (const f of findings.slice(before)) f.problems = [...(f.problems ?? []), repeatNote(repeats)];
  }
  findings.sort(compareFindings);
  return {
    as_of: windowLabel(asOf),
    province: req.province ?? null,
    inputs: req.inputs ?? [],
    targets: req.targets ?? [],
    findings,
    summary: summarize(findings),
    documents: documentsOf(findings, req.thresholds),
    ...(req.cells === false ? {} : { cells: usedCells(findings, observations) }),
    warnings,
  };
}

/** A schedule's earlier years are judged too, each on its own year's figures, when the inputs hold
 * figures of that year (a 2024 threshold with 2024 forms); years without any figure stay out. */
function pastScheduleYears(all: Threshold[], inForce: Threshold[], store: MeasureStore, asOfMonth: number, document?: string): Threshold[] {
  const chosen = new Set(inForce);
  const key = (t: Threshold) => [t.document.id, t.target, t.level, (t.units ?? []).join('|')].join('\u0000');
  const groups = new Map<string, Threshold[]>();
  for (const t of inForce) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  const out: Threshold[] = [];
  for (const t of all) {
    if (chosen.has(t) || t.superseded_by !== null || (document && t.document.id !== document)) continue;
    const current = groups.get(key(t));
    if (!current?.every((c) => c.deadline > t.deadline) || monthIndex(t.deadline, 12) > asOfMonth) continue;
    const def = findIndicator(t.indicator);
    if (!def) continue;
    const year = { from: monthIndex(t.deadline, 1), to: monthIndex(t.deadline, 12) };
    const held = [...store.units.keys()].some((u) => measuresOf(def).some((m) => store.series(u, m).some((v) => v.from >= year.from && v.to <= year.to)));
    if (held) out.push(t);
  }
  return out;
}

/** The documents the findings cite, in the order they first appear. */
function documentsOf(findings: readonly Finding[], thresholds: readonly Threshold[]): DocumentRef[] {
  const byId = new Map(thresholds.map((t) => [t.document.id, t.document]));
  const out = new Map<string, DocumentRef>();
  for (const f of findings) {
    const d = byId.get(f.document.id);
    if (d && !out.has(d.id)) out.set(d.id, d);
  }
  return [...out.values()];
}

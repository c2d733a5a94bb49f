/**
 * Clause words → the catalogue indicator they most likely measure, from the lexicon kept as data
 * (lexicon/draft-indicators.yaml). Pure once the lexicon is given.
 */
import { foldText } from '../../ingest/text.js';

export interface IndicatorWords {
  id: string;
  unit?: 'rank';
  phrases: { written: string; pieces: string[] }[];
}

export interface IndicatorChoice {
  id: string | null;
  /** The phrase as written in the lexicon, for the reason. */
  phrase?: string;
  /** Other indicators that matched as well (a tie or a near miss). */
  also: string[];
}

export function compileLexicon(data: unknown): IndicatorWords[] {
  const root = (data as { indicators?: Record<string, { unit?: string; phrases?: string[] }> })?.indicators ?? {};
  return Object.entries(root).map(([id, v]) => ({
    id,
    unit: v.unit === 'rank' ? 'rank' : undefined,
    phrases: (v.phrases ?? []).map((p) => ({
      written: p,
      pieces: p
        .split('…')
        .map((s) => foldText(s))
        .filter(Boolean),
    })),
  }));
}

/** Where a phrase matches in folded text: its start and its matched length, or undefined. */
function matchPhrase(f: string, pieces: string[]): { at: number; len: number } | undefined {
  let from = 0;
  let at = -1;
  let len = 0;
  for (const p of pieces) {
    const re = new RegExp(`(?:^|[^a-z0-9])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
    const m = re.exec(f.slice(from));
    if (!m) return undefined;
    const start = from + m.index + (m[0].length - p.length);
    if (at === -1) at = start;
    len += p.length;
    from = start + p.length;
    // Pieces of one phrase stay within one clause-sized window.
    if (from - at > 220) return undefined;
  }
  return { at, len };
}

export function chooseIndicator(text: string, lexicon: IndicatorWords[], kind: 'rank' | 'other'): IndicatorChoice {
  const f = foldText(text);
  const scored: { id: string; len: number; phrase: string }[] = [];
  for (const ind of lexicon) {
    if ((ind.unit === 'rank') !== (kind === 'rank')) continue;
    let best: { len: number; phrase: string } | undefined;
    for (const ph of ind.phrases) {
      const m = matchPhrase(f, ph.pieces);
      if (m && (!best || m.len > best.len)) best = { len: m.len, phrase: ph.written };
    }
    if (best) scored.push({ id: ind.id, ...best });
  }
  scored.sort((a, b) => b.len - a.len || (a.id < b.id ? -1 : 1));
  if (scored.length === 0) return { id: null, also: [] };
  const [top, second] = scored;
  if (second && second.len === top!.len) return { id: null, phrase: top!.phrase, also: scored.filter((s) => s.len === top!.len).map((s) => s.id) };
  return { id: top!.id, phrase: top!.phrase, also: scored.slice(1, 3).map((s) => s.id) };
}

/** Every rank indicator a stretch of text names, in the order named ("PAR INDEX, SIPAS, PAPI"). */
export function rankIndicatorsNamed(text: string, lexicon: IndicatorWords[]): { id: string; phrase: string }[] {
  const f = foldText(text);
  const hits: { id: string; phrase: string; at: number }[] = [];
  for (const ind of lexicon) {
    if (ind.unit !== 'rank') continue;
    let best: { at: number; len: number; phrase: string } | undefined;
    for (const ph of ind.phrases) {
      const m = matchPhrase(f, ph.pieces);
      if (m && (!best || m.len > best.len)) best = { ...m, phrase: ph.written };
    }
    if (best) hits.push({ id: ind.id, phrase: best.phrase, at: best.at });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ id, phrase }) => ({ id, phrase }));
}

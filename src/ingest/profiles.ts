/**
 * Which canonical measure a column of a report form holds, scored from the words of the lexicon
 * (lexicon/lexicon.yaml, `forms:`): the topmost label holding a group word gives the column's group,
 * a sub-group word narrows it, and the lowest label's remaining words are matched against the leaf
 * words of the group's measures. A leaf is only unambiguous with its group ("Quá hạn" is late when
 * resolved, overdue when pending). Negation words outside the matched words block a match.
 */
import { declaredIndicator } from '../core/measure-catalogue.js';
import { formsLexicon, words, type MeasureDef, type Tokens } from './lexicon/forms.js';

export type Group = string;
export const REQUIRED_GROUPS: readonly Group[] = ['received', 'resolved', 'pending'];
export type Role = 'stt' | 'unit' | 'level' | 'ignored';

export interface Candidate {
  measure: string;
  score: number;
  /** The lexicon words that matched (group, sub-group, leaf), for messages and --suggest-mapping. */
  matched: string[];
}

export interface ColumnReading {
  /** Group named by a label above the lowest one (a multi-row header), else by the lowest label. */
  group: Group | null;
  groupAbove: boolean;
  candidates: Candidate[];
  /** Measures a match was found for but a negation word blocked ("chưa được số hóa"). */
  negated: string[];
}

/** Where `phrase` occurs in `tokens` as whole words (first occurrence), or -1. */
export function findPhrase(tokens: Tokens, phrase: Tokens, from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

interface Span {
  label: number;
  at: number;
  len: number;
  words: string;
}

function bestPhrase(tokens: Tokens, phrases: Tokens[]): { at: number; len: number; words: string } | null {
  let best: { at: number; len: number; words: string } | null = null;
  for (const p of phrases) {
    const at = findPhrase(tokens, p);
    if (at >= 0 && (!best || p.length > best.len)) best = { at, len: p.length, words: p.join(' ') };
  }
  return best;
}

/** The group a label names by its longest group phrase (a longer phrase of another group wins). */
function labelGroup(tokens: Tokens): { group: string; span: { at: number; len: number; words: string } } | null {
  let best: { group: string; span: { at: number; len: number; words: string } } | null = null;
  for (const g of formsLexicon().groups) {
    const span = bestPhrase(tokens, g.words);
    if (span && (!best || span.len > best.span.len)) best = { group: g.name, span };
  }
  return best;
}

export function isRateHeader(labels: Tokens[]): boolean {
  return labels.some((t) => t.includes('%') || findPhrase(t, ['ty', 'le']) >= 0 || findPhrase(t, ['ti', 'le']) >= 0);
}

/** Scores every measure for a column whose labels (top to bottom, original text) are given. */
export function readColumn(rawLabels: string[]): ColumnReading {
  const lex = formsLexicon();
  const labels = rawLabels.map(words).filter((t) => t.length > 0);
  const empty: ColumnReading = { group: null, groupAbove: false, candidates: [], negated: [] };
  if (labels.length === 0) return empty;
  const last = labels.length - 1;
  const covered: Set<number>[] = labels.map(() => new Set<number>());
  const cover = (s: Span) => {
    for (let k = 0; k < s.len; k++) covered[s.label]!.add(s.at + k);
  };
  let group: string | null = null;
  let groupAt = -1;
  const spans: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const g = labelGroup(labels[i]!);
    if (!g) continue;
    if (group === null) {
      group = g.group;
      groupAt = i;
    }
    if (g.group !== group) continue;
    // Every phrase of the group in this label is the group's ("Giải quyết xong - Đã giải quyết").
    const phrases = formsLexicon()
      .groups.find((x) => x.name === group)!
      .words.slice()
      .sort((a, b) => b.length - a.length);
    for (const p of phrases) {
      for (let at = findPhrase(labels[i]!, p); at >= 0; at = findPhrase(labels[i]!, p, at + 1)) {
        if (p.some((_, k) => covered[i]!.has(at + k))) continue;
        cover({ label: i, at, len: p.length, words: p.join(' ') });
        spans.push(p.join(' '));
      }
    }
  }
  let sub: string | null = null;
  for (let i = 0; i < labels.length; i++) {
    for (const s of lex.subs) {
      if (group !== null && s.group !== group) continue;
      const span = bestPhrase(labels[i]!, s.words);
      if (!span) continue;
      sub ??= s.name;
      group ??= s.group;
      if (groupAt < 0) groupAt = i;
      cover({ label: i, ...span });
      spans.push(span.words);
    }
  }
  const rate = isRateHeader(labels);
  const reading: ColumnReading = { group, groupAbove: groupAt >= 0 && groupAt < last, candidates: [], negated: [] };
  const negatedOutside = (extra: Span[]): boolean => {
    const c = covered.map((s) => new Set(s));
    for (const s of extra) for (let k = 0; k < s.len; k++) c[s.label]!.add(s.at + k);
    return labels.some((t, i) => t.some((w, k) => lex.negations.has(w) && !c[i]!.has(k)));
  };
  // Meaningful words left in `label` once `extra` is matched: what a match fails to explain.
  const leftover = (label: number, extra: Span[]): number =>
    labels[label]!.filter((w, k) => !covered[label]!.has(k) && !extra.some((s) => s.label === label && k >= s.at && k < s.at + s.len) && !lex.fillers.has(w) && w !== '%').length;
  const consider = (measure: string, score: number, matched: string[], extra: Span[]) => {
    if (negatedOutside(extra)) {
      if (!reading.negated.includes(measure)) reading.negated.push(measure);
      return;
    }
    const prev = reading.candidates.find((c) => c.measure === measure);
    if (prev && prev.score >= score) return;
    if (prev) reading.candidates.splice(reading.candidates.indexOf(prev), 1);
    reading.candidates.push({ measure, score: Math.round(score * 1000) / 1000, matched });
  };
  const leafMatch = (phrases: Tokens[], labelSet: number[]): { score: number; span: Span } | null => {
    let best: { score: number; span: Span } | null = null;
    for (const i of labelSet) {
      for (const p of phrases) {
        for (let at = findPhrase(labels[i]!, p); at >= 0; at = findPhrase(labels[i]!, p, at + 1)) {
          if (p.every((_, k) => covered[i]!.has(at + k))) continue;
          const span: Span = { label: i, at, len: p.length, words: p.join(' ') };
          const rest = labelSet.reduce((n, j) => n + leftover(j, [span]), 0);
          const score = p.length / (p.length + rest);
          if (!best || score > best.score) best = { score, span };
        }
      }
    }
    return best;
  };

  if (rate) {
    const all = labels.map((_, i) => i);
    for (const r of lex.rates) {
      const m = leafMatch(r.words, all);
      if (m) consider(r.measure, m.score, [...spans, m.span.words], [m.span]);
    }
    reading.candidates.sort((a, b) => b.score - a.score);
    return reading;
  }
  const lowest = [last];
  if (group !== null) {
    const subDef = sub ? lex.subs.find((s) => s.name === sub) : undefined;
    const total = subDef ? subDef.total : lex.groups.find((g) => g.name === group)!.total;
    if (leftover(last, []) === 0 && labels.slice(0, last).every((_, i) => i === groupAt || leftover(i, []) === 0 || isSubLabel(labels[i]!))) {
      consider(total, 1, spans, []);
    }
  }
  for (const m of lex.measures) {
    // A distinctive leaf ("Tồn kỳ trước") may stand alone, also when a word of it names another group.
    const alone = m.groupOptional && group !== m.group && !reading.groupAbove;
    if (!alone && !fits(m, group, sub)) continue;
    const hit =
      leafMatch(m.leaf, lowest) ??
      (m.group === undefined && labels.length > 1
        ? leafMatch(
            m.leaf,
            labels.map((_, i) => i),
          )
        : null);
    if (!hit) continue;
    const weak = m.group !== undefined && group !== m.group ? 0.9 : 1;
    consider(m.measure, hit.score * weak, [...spans, hit.span.words], [hit.span]);
  }
  reading.candidates.sort((a, b) => b.score - a.score);
  return reading;
}

function isSubLabel(tokens: Tokens): boolean {
  return formsLexicon().subs.some((s) => bestPhrase(tokens, s.words) !== null) || tokens.every((w) => formsLexicon().fillers.has(w));
}

function fits(m: MeasureDef, group: string | null, sub: string | null): boolean {
  if (m.group === undefined) return true;
  if (group === null) return m.groupOptional;
  if (m.group !== group) return false;
  if (m.sub !== undefined && m.sub !== sub) return false;
  if (m.noSub && sub !== null) return false;
  return true;
}

/** A column's role (STT, unit name, level, notes) from its lowest label or all its labels. */
export function roleOf(rawLabels: string[]): Role | null {
  const labels = rawLabels.map(words).filter((t) => t.length > 0);
  if (labels.length === 0) return null;
  const last = labels[labels.length - 1]!.join(' ');
  const whole = labels.flat().join(' ');
  for (const r of formsLexicon().roles) {
    for (const p of r.exact) if (p.join(' ') === last || p.join(' ') === whole) return r.role;
    for (const p of r.prefix) if (findPhrase(labels[labels.length - 1]!, p) === 0) return r.role;
    for (const p of r.anywhere) if (labels.some((t) => findPhrase(t, p) >= 0)) return r.role;
  }
  return null;
}

/** The group a single label names (for header detection), or null. */
export function groupOf(text: string): Group | null {
  return labelGroup(words(text))?.group ?? null;
}

/** A lone label that ends a body: a total row's label, as a whole ("Công an tỉnh" is not "Cộng"). */
export function isTotalLabel(text: string): boolean {
  const t = words(text.replace(/\([^)]*\)/g, ' ')).join(' ');
  return t !== '' && formsLexicon().totalRows.has(t);
}

/** A row label that opens the footer: notes, footnotes, the place-and-date line, signatures. */
export function isFooterLabel(text: string): boolean {
  const raw = text.trim();
  if (/^\(?\*/.test(raw)) return true;
  const t = words(raw);
  if (t.length === 0) return false;
  if (/\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b/.test(t.join(' '))) return true;
  return formsLexicon().footerStarts.some((p) => findPhrase(t, p) === 0);
}

/** Every lexicon word, for "closest word" advice on an unknown header. */
export function lexiconWords(): { words: string; measure: string }[] {
  const lex = formsLexicon();
  return [
    ...lex.measures.flatMap((m) => m.leaf.map((w) => ({ words: w.join(' '), measure: m.measure }))),
    ...lex.groups.flatMap((g) => g.words.map((w) => ({ words: w.join(' '), measure: g.total }))),
    ...lex.rates.flatMap((r) => r.words.map((w) => ({ words: `ty le ${w.join(' ')}`, measure: r.measure }))),
  ];
}

/** Kept for the fuzz tests: the measure of a column given its folded labels above and its lowest label. */
export function monthlyMeasure(above: string, last: string): { group: Group | null; measure: string | null } {
  const r = readColumn(above === '' ? [last] : [above, last]);
  return { group: r.group, measure: r.candidates[0]?.measure ?? null };
}

export function tableMeasure(whole: string): string | null {
  return readColumn([whole]).candidates[0]?.measure ?? null;
}

/** Indices reported with a rank and a score per year (measure `<index>_rank`, `<index>_score`). */
const INDICES: [string, RegExp][] = [
  ['par_index', /\b(par ?index|chi so cai cach hanh chinh|chi so cchc)\b/],
  ['sipas', /\b(sipas|hai long)\b/],
  ['papi', /\bpapi\b/],
  ['pci', /\b(pci|nang luc canh tranh)\b/],
  ['dti', /\b(dti|chuyen doi so)\b/],
  ['egov', /\b(chinh phu dien tu|chinh quyen dien tu|egov)\b/],
];

export function indexOf(name: string): string | null {
  for (const [id, re] of INDICES) if (re.test(name)) return id;
  return null;
}

let known: Set<string> | undefined;

/** Every measure a mapping file may name (checked, so a typo is an error, not a silent column). */
export function knownMeasures(): ReadonlySet<string> {
  if (known) return known;
  const lex = formsLexicon();
  known = new Set([
    ...lex.measures.map((m) => m.measure),
    ...lex.groups.map((g) => g.total),
    ...lex.subs.map((s) => s.total),
    ...lex.rates.map((r) => r.measure),
    'work_records_total',
    'work_records_online',
    'work_records_online_rate_declared',
    'services_total',
    'services_full_online',
    'services_partly_online',
    'services_with_fee',
    'services_with_online_payment',
    'full_online_service_rate_declared',
    'online_payment_service_rate_declared',
    ...INDICES.flatMap(([id]) => [`${id}_rank`, `${id}_score`]),
    'index_rank',
    'index_score',
  ]);
  return known;
}

export function isDeclaredRate(measure: string): boolean {
  return declaredIndicator(measure) !== undefined;
}

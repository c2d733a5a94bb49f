/**
 * The `forms:` section of the reading lexicon, validated and compiled once: group, sub-group, leaf and
 * rate words per measure, roles, negations, total-row labels and footer openers. Words are kept as
 * token lists of the same normal form the header labels take (see `words`).
 */
import { ParcheckError } from '../../core/errors.js';
import { isMeasureId, unknownMeasure } from '../../core/measure-catalogue.js';
import { foldText } from '../text.js';
import { LEXICON_FILE, lexiconSection } from './load.js';

export type Tokens = string[];

export interface GroupDef {
  name: string;
  total: string;
  words: Tokens[];
}
export interface SubDef extends GroupDef {
  group: string;
}
export interface MeasureDef {
  measure: string;
  group?: string;
  sub?: string;
  noSub: boolean;
  groupOptional: boolean;
  leaf: Tokens[];
}
export interface RoleDef {
  role: 'stt' | 'unit' | 'level' | 'ignored';
  exact: Tokens[];
  prefix: Tokens[];
  anywhere: Tokens[];
}
export interface FormsLexicon {
  version: number;
  negations: Set<string>;
  fillers: Set<string>;
  groups: GroupDef[];
  subs: SubDef[];
  measures: MeasureDef[];
  rates: { measure: string; words: Tokens[] }[];
  roles: RoleDef[];
  totalRows: Set<string>;
  footerStarts: Tokens[];
}

/** A label's normal form for matching: folded, punctuation as spaces, single spaces. */
export function words(text: string): Tokens {
  // Labels repeat on every row and every file: split each once (bounded, as foldText's cache).
  const known = WORDS.get(text);
  if (known) return known;
  const out = foldText(text)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  if (text.length <= 256) {
    if (WORDS.size >= 20_000) WORDS.clear();
    WORDS.set(text, out);
  }
  return out;
}
const WORDS = new Map<string, Tokens>();

let compiled: FormsLexicon | undefined;

export function formsLexicon(): FormsLexicon {
  compiled ??= compile(lexiconSection('forms'));
  return compiled;
}

function bad(path: string, found: unknown): ParcheckError {
  return new ParcheckError('INTERNAL', `lexicon forms.${path} is malformed`, { location: { file: LEXICON_FILE.pathname, path: `forms.${path}` }, found: JSON.stringify(found)?.slice(0, 80) });
}

function list(v: unknown, path: string): Tokens[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw bad(path, v);
  return v.map((x) => words(String(x))).filter((t) => t.length > 0);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw bad(path, v);
  return v as Record<string, unknown>;
}

function compile(raw: unknown): FormsLexicon {
  const f = obj(raw, '');
  const groups = Object.entries(obj(f.groups, 'groups')).map(([name, g]) => {
    const o = obj(g, `groups.${name}`);
    return { name, total: String(o.total), words: list(o.words, `groups.${name}.words`) };
  });
  const subs = Object.entries(obj(f.subgroups ?? {}, 'subgroups')).map(([name, g]) => {
    const o = obj(g, `subgroups.${name}`);
    return { name, group: String(o.group), total: String(o.total), words: list(o.words, `subgroups.${name}.words`) };
  });
  const measures = Object.entries(obj(f.measures, 'measures')).map(([measure, m]) => {
    const o = obj(m, `measures.${measure}`);
    if (o.group !== undefined && !groups.some((g) => g.name === o.group)) throw bad(`measures.${measure}.group`, o.group);
    return {
      measure,
      ...(o.group !== undefined ? { group: String(o.group) } : {}),
      ...(o.sub !== undefined ? { sub: String(o.sub) } : {}),
      noSub: o.no_sub === true,
      groupOptional: o.group_optional === true,
      leaf: list(o.leaf, `measures.${measure}.leaf`),
    };
  });
  const rates = Object.entries(obj(f.rates, 'rates')).map(([measure, w]) => ({ measure, words: list(w, `rates.${measure}`) }));
  const roles = Object.entries(obj(f.roles, 'roles')).map(([role, r]) => {
    const o = obj(r, `roles.${role}`);
    if (!['stt', 'unit', 'level', 'ignored'].includes(role)) throw bad(`roles.${role}`, role);
    return { role: role as RoleDef['role'], exact: list(o.exact, `roles.${role}.exact`), prefix: list(o.prefix, `roles.${role}.prefix`), anywhere: list(o.anywhere, `roles.${role}.anywhere`) };
  });
  const flat = (v: unknown, path: string) => new Set(list(v, path).map((t) => t.join(' ')));
  // A word list naming a measure the catalogue lacks would read columns no indicator can use: an error.
  const named: [string, string][] = [
    ...groups.map((g): [string, string] => [`groups.${g.name}.total`, g.total]),
    ...subs.map((g): [string, string] => [`subgroups.${g.name}.total`, g.total]),
    ...measures.map((m): [string, string] => [`measures.${m.measure}`, m.measure]),
    ...rates.map((r): [string, string] => [`rates.${r.measure}`, r.measure]),
  ];
  for (const [path, measure] of named) if (!isMeasureId(measure)) throw unknownMeasure(measure, 'INTERNAL', { file: LEXICON_FILE.pathname, path: `forms.${path}` });
  return {
    version: Number(f.version ?? 1),
    negations: flat(f.negations, 'negations'),
    fillers: flat(f.fillers, 'fillers'),
    groups,
    subs,
    measures,
    rates,
    roles,
    totalRows: flat(f.total_rows, 'total_rows'),
    footerStarts: list(f.footer_starts, 'footer_starts'),
  };
}

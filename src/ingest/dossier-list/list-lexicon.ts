/**
 * The dossier-list section of the reading lexicon (lexicon/lexicon.yaml, `dossier_list:`): column
 * wordings, channel and status words and codes, yes/no flags, "no fee" words. Read once per thread
 * (worker threads classify values too) and checked here, so a malformed edit fails loudly.
 */
import { ParcheckError } from '../../core/errors.js';
import { LEXICON_FILE, lexiconSection } from '../lexicon/load.js';
import type { DossierField } from './columns.js';

export interface ColumnWords {
  exact: string[];
  starts: string[];
  contains: string[];
}

export type StatusClass = 'by_dates' | 'pending' | 'returned' | 'rejected' | 'withdrawn';
export const STATUS_CLASSES: StatusClass[] = ['by_dates', 'pending', 'returned', 'rejected', 'withdrawn'];

export interface DossierLexicon {
  negations: string[];
  /** In the order the file gives them: that order breaks ties between prefix matches. */
  columns: [DossierField, ColumnWords][];
  channel: { codes: Record<string, 'online' | 'offline'>; online: string[]; offline: string[] };
  status: { codes: Record<string, StatusClass>; words: Map<string, StatusClass> };
  flags: { yes: Set<string>; no: Set<string> };
  notPayable: Set<string>;
  /** "Mức độ" values meaning a fully online service (level 4, toàn trình). */
  fullOnline: string[];
}

const FIELDS: DossierField[] = ['code', 'unit', 'level', 'channel', 'received', 'due', 'returned', 'status', 'digitized', 'paid_online', 'fee', 'e_circulated', 'service_level', 'dossier_digitized'];

function bad(what: string): ParcheckError {
  return new ParcheckError(
    'INTERNAL',
    { vi: `Từ điển đọc (lexicon.yaml, dossier_list) sai: ${what}`, en: `The reading lexicon (lexicon.yaml, dossier_list) is malformed: ${what}` },
    { location: { file: LEXICON_FILE.pathname } },
  );
}

function words(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad(`${what} must be a list`);
  return value.map((w) => {
    if (typeof w !== 'string' && typeof w !== 'number') throw bad(`${what} holds a non-word`);
    return String(w);
  });
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad(`${what} must be a mapping`);
  return value as Record<string, unknown>;
}

let cached: DossierLexicon | undefined;

export function dossierLexicon(): DossierLexicon {
  if (cached) return cached;
  const root = record(lexiconSection('dossier_list'), 'dossier_list');
  const cols = record(root.columns, 'columns');
  const columns: [DossierField, ColumnWords][] = Object.entries(cols).map(([field, v]) => {
    if (!FIELDS.includes(field as DossierField)) throw bad(`unknown column field "${field}"`);
    const w = record(v, `columns.${field}`);
    return [field as DossierField, { exact: words(w.exact, `${field}.exact`), starts: words(w.starts, `${field}.starts`), contains: words(w.contains, `${field}.contains`) }];
  });
  const ch = record(root.channel, 'channel');
  const channelCodes = record(ch.codes, 'channel.codes') as Record<string, 'online' | 'offline'>;
  for (const [k, v] of Object.entries(channelCodes)) if (v !== 'online' && v !== 'offline') throw bad(`channel code ${k}`);
  const st = record(root.status, 'status');
  const statusCodes = record(st.codes, 'status.codes') as Record<string, StatusClass>;
  for (const [k, v] of Object.entries(statusCodes)) if (!STATUS_CLASSES.includes(v)) throw bad(`status code ${k}`);
  const statusWords = new Map<string, StatusClass>();
  for (const c of STATUS_CLASSES) for (const w of words(st[c], `status.${c}`)) statusWords.set(w, c);
  const flags = record(root.flags, 'flags');
  cached = {
    negations: words(root.negations, 'negations'),
    columns,
    channel: { codes: channelCodes, online: words(ch.online, 'channel.online'), offline: words(ch.offline, 'channel.offline') },
    status: { codes: statusCodes, words: statusWords },
    flags: { yes: new Set(words(flags.yes, 'flags.yes')), no: new Set(words(flags.no, 'flags.no')) },
    notPayable: new Set(words(root.not_payable, 'not_payable')),
    fullOnline: words(root.full_online, 'full_online'),
  };
  return cached;
}

/**
 * How the text values of a dossier list are understood, from the lexicon's `dossier_list` words. Each
 * distinct value is classified once (the byte path caches the result by the field's bytes), so these
 * functions can be plain and readable.
 */
import { foldText } from '../text.js';
import { dossierLexicon } from './list-lexicon.js';

export const CHANNEL_ONLINE = 0;
export const CHANNEL_OFFLINE = 1;
export const CHANNEL_UNKNOWN = 2;

/** Folded, punctuation dropped; check marks kept (they are a yes of their own). */
function key(value: string): string {
  return foldText(value.normalize('NFC'))
    .replace(/[^a-z0-9 \u2713\u2714\u2611]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const wholeWord = (k: string, w: string) => k === w || ` ${k} `.includes(` ${w} `);

/** "Hình thức nộp": codes 1 trực tiếp, 2 trực tuyến, 3 BCCI, or words (online words win: "nộp trực tuyến qua bưu chính" is rare, "trực tiếp" inside an online phrase is not). */
export function classifyChannel(value: string): number {
  const k = key(value);
  if (k === '') return CHANNEL_UNKNOWN;
  const lex = dossierLexicon().channel;
  const code = /^0*(\d{1,2})$/.exec(k)?.[1];
  if (code !== undefined) {
    const c = lex.codes[code];
    return c === 'online' ? CHANNEL_ONLINE : c === 'offline' ? CHANNEL_OFFLINE : CHANNEL_UNKNOWN;
  }
  if (lex.online.some((w) => wholeWord(k, w))) return CHANNEL_ONLINE;
  if (lex.offline.some((w) => wholeWord(k, w))) return CHANNEL_OFFLINE;
  return CHANNEL_UNKNOWN;
}

export const FLAG_NO = 0;
export const FLAG_YES = 1;
export const FLAG_UNKNOWN = 2;

/** Số hóa / Thanh toán trực tuyến / Luân chuyển: x, X, Có, 1, TRUE, ✓, "Đã …" yes; blank, 0, Không no. */
export function classifyFlag(value: string): number {
  const k = key(value);
  const { yes, no } = dossierLexicon().flags;
  if (yes.has(k)) return FLAG_YES;
  if (no.has(k)) return FLAG_NO;
  if (k.startsWith('da ') && !k.startsWith('da khong')) return FLAG_YES;
  if (k.startsWith('khong ') || k.startsWith('chua ')) return FLAG_NO;
  return FLAG_UNKNOWN;
}

/** "Mức độ": 4, "Mức độ 4", "Toàn trình", "DVC trực tuyến toàn trình" are a fully online service. */
export function classifyFullOnline(value: string): number {
  const k = key(value);
  return k !== '' && dossierLexicon().fullOnline.some((w) => wholeWord(k, w)) ? 1 : 0;
}

/** "Phí, lệ phí": blank, 0, "Không thu", "Không thu phí", "Miễn" mean the dossier owes nothing. */
export function feeIsPayable(value: string): boolean {
  const k = key(value)
    .replace(/\b(d|dong|vnd)$/, '')
    .trim();
  return !dossierLexicon().notPayable.has(k) && !/^0+( 0+)*$/.test(k);
}

/** "Thanh toán trực tuyến" alone: blank / "Không thu phí" / "Không phát sinh" = not payable; Có / Không = payable. */
export function paymentIsPayable(value: string): boolean {
  const k = key(value);
  return !(k === '' || (k !== 'khong' && k !== '0' && dossierLexicon().notPayable.has(k)));
}

export const STATUS_UNKNOWN = 0;
export const STATUS_BY_DATES = 1;
export const STATUS_PENDING = 2;
export const STATUS_DONE = 3;
export const STATUS_REJECTED = 4;
export const STATUS_WITHDRAWN = 5;

const CLASS = { by_dates: STATUS_BY_DATES, pending: STATUS_PENDING, returned: STATUS_DONE, rejected: STATUS_REJECTED, withdrawn: STATUS_WITHDRAWN } as const;

/** "Trạng thái": the national portal's code (`3`, `03`, `3 - Không được tiếp nhận`) or its words; blank is by dates. */
export function classifyStatus(value: string): number {
  const k = key(value);
  if (k === '') return STATUS_BY_DATES;
  const lex = dossierLexicon().status;
  const code = /^0*(\d{1,2})(?: |$)/.exec(k)?.[1];
  if (code !== undefined && lex.codes[code] !== undefined) return CLASS[lex.codes[code]];
  const byWords = lex.words.get(k.replace(/^\d{1,2} /, ''));
  return byWords !== undefined ? CLASS[byWords] : STATUS_UNKNOWN;
}

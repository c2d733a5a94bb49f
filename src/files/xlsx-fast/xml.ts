/**
 * The few pieces of XML an XLSX part needs, without a general parser: text and attribute values with the
 * five predefined entities and character references (XML 1.0 §4.6, §4.1), end-of-line normalisation
 * (§2.11), and Excel's own `_xHHHH_` escapes for characters XML cannot carry (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring: `_x000D_` is a carriage return, `_x005F_` an underscore that protects a literal `_xHHHH_`).
 */
import { toNfc } from '../nfc.js';

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(n: number): string {
  return n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Entities and references → characters; CR LF and lone CR → LF, as an XML parser reports text. */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.includes('&'))
    s = s.replace(ENTITY, (_match, name: string | undefined, dec: string | undefined, hex: string | undefined) => (name ? NAMED[name]! : codePoint(dec ? Number(dec) : parseInt(hex!, 16))));
  return s;
}

const HIGH = /[\u0080-\u00ff]/;

/** A cell's string as Excel meant it: XML text, then `_xHHHH_` escapes, in NFC (nfc.ts). `latin1`: raw holds UTF-8 bytes as latin1 chars. */
export function cellString(raw: string, latin1 = false): string {
  const s = xmlText(latin1 && HIGH.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw);
  return toNfc(s.includes('_x') ? s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);
}

/** The attributes of one start tag `<name a="1" b='2'>` (s[start] is '<'), names with their prefix. */
export function attributes(s: string, start: number, end: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = start + 1;
  while (i < end && !isSpace(s.charCodeAt(i)) && s[i] !== '>' && s[i] !== '/') i++;
  while (i < end) {
    while (i < end && (isSpace(s.charCodeAt(i)) || s[i] === '/')) i++;
    if (i >= end || s[i] === '>') break;
    const eq = s.indexOf('=', i);
    if (eq < 0 || eq >= end) break;
    const name = s.slice(i, eq).trim();
    let q = eq + 1;
    while (q < end && isSpace(s.charCodeAt(q))) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") break;
    const close = s.indexOf(quote, q + 1);
    if (close < 0 || close > end) break;
    out.set(name, xmlText(s.slice(q + 1, close)));
    i = close + 1;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The namespace prefix (with its colon, or '') of the document's root element, e.g. `x:` for `<x:worksheet>`. */
export function rootPrefix(s: string): string {
  let i = 0;
  for (;;) {
    i = s.indexOf('<', i);
    if (i < 0) return '';
    const c = s[i + 1];
    if (c !== '?' && c !== '!') break;
    i++;
  }
  let j = i + 1;
  while (j < s.length && !isSpace(s.charCodeAt(j)) && s[j] !== '>' && s[j] !== '/') j++;
  const name = s.slice(i + 1, j);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** Every start tag `<prefix+name …>` of a (small) document, as attribute maps. */
export function elements(s: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const open = `<${name}`;
  for (let i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + 1)) {
    const c = s.charCodeAt(i + open.length);
    if (!isSpace(c) && c !== 62 && c !== 47) continue; // '>' '/'
    const end = s.indexOf('>', i);
    if (end < 0) break;
    out.push(attributes(s, i, end));
  }
  return out;
}

/** The text of `<tag>…</tag>` elements (t runs of a string item), skipping phonetic runs `<rPh>`. */
export function runText(s: string, start: number, end: number, p: string): string {
  const t = `${p}t`;
  const rPh = `</${p}rPh>`;
  let out = '';
  let i = s.indexOf('<', start);
  while (i >= 0 && i < end) {
    if (s[i + 1] === '/' || s[i + 1] === '?' || s[i + 1] === '!') {
      i = s.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < end && !isSpace(s.charCodeAt(j)) && s[j] !== '>' && s[j] !== '/') j++;
    const name = s.slice(i + 1, j);
    const close = s.indexOf('>', j);
    if (close < 0 || close >= end) break;
    if (name === t && s[close - 1] !== '/') {
      const stop = s.indexOf(`</${t}>`, close);
      if (stop < 0 || stop > end) break;
      out += s.slice(close + 1, stop);
      i = s.indexOf('<', stop + 1);
    } else if (name === `${p}rPh` && s[close - 1] !== '/') {
      const stop = s.indexOf(rPh, close);
      if (stop < 0 || stop > end) break;
      i = s.indexOf('<', stop + rPh.length);
    } else i = s.indexOf('<', close);
  }
  return out;
}

/**
 * Interning byte slices: maps the raw bytes of a field to a small integer, decoding and classifying
 * each distinct value once. Open addressing over an FNV-1a hash, keys kept in one growing arena.
 * Past `maxEntries` distinct values the caller is told (−1) and decodes on its own, so a hostile column
 * of unique values cannot grow memory with the rows.
 */
import { toNfc } from './nfc.js';

export class ByteDict {
  private table: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private keyStart: Int32Array;
  private keyLen: Int32Array;
  private arena: Uint8Array;
  private arenaUsed = 0;
  size = 0;

  constructor(
    private readonly maxEntries = 1 << 20,
    capacity = 64,
  ) {
    this.table = new Int32Array(capacity * 2).fill(-1);
    this.mask = capacity * 2 - 1;
    this.hashes = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.keyLen = new Int32Array(capacity);
    this.arena = new Uint8Array(capacity * 32);
  }

  /** Id of bytes [start, end) of `buf`, adding it when new; −1 when the dictionary is full. */
  id(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const len = end - start;
    const table = this.table;
    let slot = h & this.mask;
    for (;;) {
      const e = table[slot]!;
      if (e < 0) break;
      if (this.hashes[e] === h && this.keyLen[e] === len) {
        const arena = this.arena;
        let k = this.keyStart[e]!;
        let i = start;
        while (i < end && arena[k] === buf[i]) {
          i++;
          k++;
        }
        if (i === end) return e;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.maxEntries) return -1;
    return this.insert(buf, start, end, h, slot);
  }

  private insert(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const e = this.size++;
    if (e >= this.hashes.length) this.growEntries();
    const len = end - start;
    if (this.arenaUsed + len > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(start, end), this.arenaUsed);
    this.hashes[e] = h;
    this.keyStart[e] = this.arenaUsed;
    this.keyLen[e] = len;
    this.arenaUsed += len;
    this.table[slot] = e;
    if (this.size * 2 > this.table.length) this.rehash();
    return e;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.keyStart = grow(this.keyStart);
    this.keyLen = grow(this.keyLen);
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = this.hashes[e]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = e;
    }
    this.table = table;
    this.mask = mask;
  }
}

const utf8 = new TextDecoder('utf-8');

/** The text of a raw field: quotes removed and `""` unescaped, CR/whitespace trimmed, in NFC (nfc.ts). */
export function fieldText(buf: Uint8Array, start: number, end: number): string {
  return toNfc(rawFieldText(buf, start, end));
}

function rawFieldText(buf: Uint8Array, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
  while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9 || buf[e - 1] === 13)) e--;
  if (e - s >= 2 && buf[s] === 34 && buf[e - 1] === 34)
    return utf8
      .decode(buf.subarray(s + 1, e - 1))
      .replace(/""/g, '"')
      .trim();
  if (e - s >= 1 && buf[s] === 34)
    return utf8
      .decode(buf.subarray(s + 1, e))
      .replace(/""/g, '"')
      .trim();
  return utf8.decode(buf.subarray(s, e)).trim();
}

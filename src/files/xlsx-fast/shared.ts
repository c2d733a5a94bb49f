/**
 * The shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4.9 sst), read chunk by chunk:
 * each `<si>` is its `<t>` text or the concatenation of its rich-text runs' `<t>` texts; phonetic runs
 * `<rPh>` are not part of the value.
 */
import { limitError, type ReadLimits } from '../limits.js';
import { cellString, isSpace, rootPrefix, runText } from './xml.js';

export class SharedStringsScanner {
  readonly strings: string[] = [];
  private buf = '';
  private p: string | undefined;

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {}

  feed(text: string): void {
    let s = this.buf.length > 0 ? this.buf + text : text;
    if (this.p === undefined) {
      const root = s.search(/<[^?!]/);
      if (root < 0 || s.indexOf('>', root) < 0) {
        this.buf = s;
        return;
      }
      this.p = rootPrefix(s);
      this.checkDeclared(s, root);
    }
    const p = this.p;
    const open = `<${p}si`;
    const close = `</${p}si>`;
    let pos = 0;
    let keep = -1;
    for (;;) {
      const i = s.indexOf(open, pos);
      if (i < 0) break;
      // a chunk cut right after the tag's name: whether it is `<si` or `<sig…` comes with the next chunk
      if (i + open.length >= s.length) {
        keep = i;
        break;
      }
      const c = s.charCodeAt(i + open.length);
      if (!isSpace(c) && c !== 62 && c !== 47) {
        pos = i + 1;
        continue;
      }
      const gt = s.indexOf('>', i);
      if (gt < 0) {
        keep = i;
        break;
      }
      if (s.charCodeAt(gt - 1) === 47) {
        this.push('');
        pos = gt + 1;
        continue;
      }
      const end = s.indexOf(close, gt);
      if (end < 0) {
        keep = i;
        break;
      }
      this.push(cellString(runText(s, gt + 1, end, p)));
      pos = end + close.length;
    }
    if (keep < 0) {
      const lt = s.lastIndexOf('<');
      keep = lt >= pos ? lt : s.length;
    }
    s = s.slice(keep);
    if (s.length > this.limits.lineBytes) {
      throw limitError(this.file, 'lineBytes', this.limits.lineBytes, s.length, { vi: 'một chuỗi dùng chung quá dài', en: 'a shared string is too long' });
    }
    this.buf = s;
  }

  /** `<sst uniqueCount="…">` announces the table's size: an absurd one is refused before reading it. */
  private checkDeclared(s: string, root: number): void {
    const tag = s.slice(root, s.indexOf('>', root));
    const m = /\suniqueCount\s*=\s*["'](\d{1,15})["']/.exec(tag);
    if (m && Number(m[1]) > this.limits.sharedStrings) throw this.tooMany(Number(m[1]));
  }

  private push(value: string): void {
    // The declared count may lie: the table is counted as it is read, and held only up to the limit.
    if (this.strings.length >= this.limits.sharedStrings) throw this.tooMany(`> ${this.limits.sharedStrings}`);
    this.strings.push(value);
  }

  private tooMany(found: number | string) {
    return limitError(this.file, 'sharedStrings', this.limits.sharedStrings, found, { vi: 'quá nhiều chuỗi dùng chung (sharedStrings.xml)', en: 'too many shared strings (sharedStrings.xml)' });
  }
}

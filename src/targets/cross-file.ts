/**
 * Rules across files (unique document ids, `supersedes` naming a loaded earlier target) and the quote
 * check against the documents' text. File reading is injected: this module does no I/O itself.
 */
import path from 'node:path';
import { ParcheckError, type Location } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { dateKey } from './expand.js';
import type { DataPath } from './locate.js';
import { findQuote, normalizeForQuote } from './quotes.js';
import type { TargetFile } from './schema.js';

export interface CheckedFile {
  path: string;
  sha256: string;
  data: TargetFile;
  locateAt: (p: DataPath, key?: string) => Location;
}

/** `strictSupersedes: false` (diff of one file) lets `supersedes` name a document that is not loaded. */
export function checkCrossFile(files: CheckedFile[], strictSupersedes = true): ParcheckError[] {
  const problems: ParcheckError[] = [];
  const docs = new Map<string, CheckedFile>();
  for (const f of files) {
    const id = f.data.document.id;
    const first = docs.get(id);
    if (first) {
      problems.push(
        new ParcheckError('TARGET_RULE', text(`Mã văn bản bị trùng giữa hai tệp: ${id}`, `Document id used by two files: ${id}`), {
          location: f.locateAt(['document', 'id']),
          expected: text('mỗi văn bản một mã riêng', 'one id per document'),
          found: `${id} (${first.path})`,
        }),
      );
    } else docs.set(id, f);
  }
  for (const f of files) {
    f.data.targets.forEach((t, i) => {
      if (!t.supersedes) return;
      const [docId, targetId] = t.supersedes.split('#') as [string, string];
      // Located only when there is a problem: locating a bundled file means parsing its YAML in full.
      const at = () => f.locateAt(['targets', i, 'supersedes']);
      const earlier = docs.get(docId);
      const known = earlier?.data.targets.some((e) => e.id === targetId);
      if (!earlier && !strictSupersedes) return;
      if (!earlier || !known) {
        const candidates = earlier ? earlier.data.targets.map((e) => `${docId}#${e.id}`) : [...docs.keys()];
        problems.push(
          new ParcheckError('TARGET_RULE', text(`supersedes chỉ tới chỉ tiêu không có: ${t.supersedes}`, `supersedes names no loaded target: ${t.supersedes}`), {
            location: at(),
            expected: text('mã-văn-bản#mã-chỉ-tiêu của một tệp đã nạp', 'document-id#target-id of a loaded file'),
            found: t.supersedes,
            hint: text(`Có: ${candidates.slice(0, 5).join(', ')}. Nạp cả tệp của văn bản trước.`, `Known: ${candidates.slice(0, 5).join(', ')}. Load the earlier document's file too.`),
          }),
        );
        return;
      }
      if (dateKey(earlier.data.document.date) >= dateKey(f.data.document.date)) {
        problems.push(
          new ParcheckError('TARGET_RULE', text('Văn bản thay thế phải ban hành sau văn bản bị thay thế', 'The superseding document must be dated after the one it supersedes'), {
            location: at(),
            expected: `> ${earlier.data.document.date}`,
            found: f.data.document.date,
          }),
        );
      }
    });
  }
  return problems;
}

export function checkQuotes(files: CheckedFile[], sourcesDir: string, readText: (p: string) => string): ParcheckError[] {
  const problems: ParcheckError[] = [];
  const cache = new Map<string, string | null>();
  for (const f of files) {
    const name = f.data.document.source_file;
    if (!name) {
      problems.push(
        new ParcheckError('TARGET_RULE', text('Thiếu document.source_file để đối chiếu trích dẫn', 'document.source_file is missing, so quotes cannot be checked'), {
          location: f.locateAt(['document']),
          expected: 'source_file: 000_….txt',
        }),
      );
      continue;
    }
    const full = path.join(sourcesDir, name);
    if (!cache.has(full)) {
      try {
        cache.set(full, normalizeForQuote(readText(full)));
      } catch {
        cache.set(full, null);
      }
    }
    const body = cache.get(full);
    if (body === null || body === undefined) {
      problems.push(
        new ParcheckError('TARGET_RULE', text(`Không đọc được văn bản gốc: ${full}`, `Cannot read the source document: ${full}`), {
          location: f.locateAt(['document', 'source_file']),
          hint: text('Kiểm tra --sources và document.source_file.', 'Check --sources and document.source_file.'),
        }),
      );
      continue;
    }
    f.data.targets.forEach((t, i) => {
      const m = findQuote(body, t.source.quote);
      if (m.found) return;
      const tail = m.prefix.length > 60 ? `…${m.prefix.slice(-60)}` : m.prefix;
      problems.push(
        new ParcheckError('TARGET_QUOTE_NOT_FOUND', text(`Trích dẫn của ${t.id} không có nguyên văn trong ${name}`, `Quote of ${t.id} is not verbatim in ${name}`), {
          location: f.locateAt(['targets', i, 'source', 'quote']),
          expected: m.prefix ? `${tail}⟦${m.quoteNext}⟧` : m.quoteNext,
          found: m.prefix ? `${tail}⟦${m.textNext}⟧` : text('(không có đoạn nào trùng)', '(no part matches)').en,
          hint: text(
            'Chép lại nguyên văn từ văn bản; phần trong ⟦ ⟧ là chỗ bắt đầu khác nhau. Dùng … cho đoạn lược bỏ.',
            'Copy the clause verbatim from the document; ⟦ ⟧ marks where they diverge. Use … for an omission.',
          ),
        }),
      );
    });
  }
  return problems;
}

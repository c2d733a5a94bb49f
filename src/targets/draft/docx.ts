/**
 * The text of a .docx plan, read with the repository's zip reader (src/files/zip.ts: size and ratio
 * limits checked before inflating) and a small walk over word/document.xml: one line per paragraph,
 * one line per table row with its cells separated by tabs (how segment.ts reads annex tables).
 * No dependency: the few WordprocessingML elements a plan's text needs are w:p, w:t, w:tab, w:br,
 * w:tbl/w:tr/w:tc (ECMA-376 Part 1, §17.3 and §17.4).
 */
import { ParcheckError } from '../../core/errors.js';
import { text } from '../../core/i18n.js';
import { listEntries, readEntryText } from '../../files/zip.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** Paragraph text: runs' w:t joined; a tab or a line break inside a paragraph becomes a space. */
function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) out += m[1] !== undefined ? decode(m[1]) : ' ';
  return out.replace(/\s+/g, ' ').trim();
}

export function documentXmlToText(xml: string): string {
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const lines: string[] = [];
  // Top-level blocks in order: tables (whole) and paragraphs.
  const block = /<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = block.exec(body))) {
    const b = m[0];
    if (b.startsWith('<w:tbl')) {
      // Nested tables are rare in plans; their rows are read as rows of the outer table.
      for (const row of b.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
            .map((p) => paragraphText(p[0]))
            .filter(Boolean)
            .join(' '),
        );
        while (cells.length < 3) cells.push('');
        lines.push(cells.join('\t'));
      }
    } else lines.push(paragraphText(b));
  }
  return `${lines.join('\n')}\n`;
}

export async function readDocxText(path: string, shown: string): Promise<string> {
  const entries = await listEntries(path, shown);
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (!doc) {
    throw new ParcheckError('INPUT_FORMAT', text('Tệp .docx không có word/document.xml', 'The .docx has no word/document.xml'), {
      location: { file: shown },
      expected: 'word/document.xml',
      found:
        entries
          .slice(0, 5)
          .map((e) => e.name)
          .join(', ') || '(empty)',
      hint: text('Mở bằng Word và lưu lại dạng .docx, hoặc lưu thành văn bản thuần (.txt).', 'Open it in Word and save it again as .docx, or save it as plain text (.txt).'),
    });
  }
  return documentXmlToText(await readEntryText(path, doc, shown));
}

/**
 * Small helpers for the YAML files ingest reads (unit registry, header mapping): parse keeping line
 * numbers, and find the line of a node so every validation error can point at it.
 */
import { isAlias, isMap, isNode, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { ParcheckError, type ErrorCode } from '../core/errors.js';
import { toNfc } from '../files/nfc.js';
import { readBounded } from '../files/read-bounded.js';

export interface LoadedYaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

export async function loadYaml(file: string, code: ErrorCode): Promise<LoadedYaml> {
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    read = await readBounded(file, MAX_BYTES);
  } catch (cause) {
    throw new ParcheckError('INPUT_NOT_FOUND', { vi: `Không đọc được tệp ${file}`, en: `Cannot read ${file}` }, { location: { file }, cause });
  }
  if (read.tooLarge) {
    throw new ParcheckError(code, { vi: 'Tệp YAML quá lớn', en: 'The YAML file is too large' }, { location: { file }, expected: `≤ ${MAX_BYTES} bytes`, found: `> ${MAX_BYTES}` });
  }
  const source = toNfc(read.bytes.toString('utf8'));
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  refuseUnsafe(doc, lines, file, code);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ParcheckError(
      code,
      { vi: `YAML không hợp lệ: ${e.message.split('\n')[0]}`, en: `Invalid YAML: ${e.message.split('\n')[0]}` },
      {
        location: { file, line: e.linePos?.[0]?.line, column: e.linePos?.[0]?.col },
      },
    );
  }
  return { doc, lines, file };
}

// A mapping or a registry is a few kilobytes; target files allow 5 MB and 50 aliases (src/targets/yaml-safe.ts).
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ALIASES = 50;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Custom tags and alias bombs ("billion laughs") are refused at their line, before anything reads the values. */
function refuseUnsafe(doc: Document, lines: LineCounter, file: string, code: ErrorCode): void {
  let aliases = 0;
  visit(doc, {
    Node(_key, node) {
      const at = () => {
        const p = lines.linePos(node.range?.[0] ?? 0);
        return { file, line: p.line, column: p.col };
      };
      if (isAlias(node) && ++aliases > MAX_ALIASES) {
        throw new ParcheckError(
          code,
          { vi: 'Quá nhiều bí danh YAML (*alias): từ chối để tránh bùng nổ bộ nhớ', en: 'Too many YAML aliases (*alias): refused to avoid a memory blow-up' },
          { location: at(), expected: `≤ ${MAX_ALIASES}`, found: String(aliases) },
        );
      }
      if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
        throw new ParcheckError(
          code,
          { vi: `Thẻ YAML tùy biến không được phép: ${node.tag}`, en: `Custom YAML tag refused: ${node.tag}` },
          { location: at(), found: node.tag, hint: { vi: 'Xóa thẻ.', en: 'Remove the tag.' } },
        );
      }
    },
  });
}

/** 1-based line of a node (or of the document start). */
export function lineOf(y: LoadedYaml, node: unknown): number {
  const range = (node as Node | undefined)?.range;
  return range ? y.lines.linePos(range[0]).line : 1;
}

export { isMap, isSeq };

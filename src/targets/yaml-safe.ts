/**
 * YAML → plain data, keeping positions, and refusing what a target file never needs: custom tags
 * (`!!js/function`, `!foo`), alias bombs ("billion laughs"), duplicate keys, oversized files.
 * The AST is kept so later stages can point schema and rule errors at a line and column.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';

export interface YamlLimits {
  /** Largest file read, in bytes (default 5 MB). */
  maxBytes: number;
  /** Most alias nodes (`*name`) a file may contain, and the bound passed to alias expansion. */
  maxAliases: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxBytes: 5 * 1024 * 1024, maxAliases: 50 };

/** Tags of the YAML core schema: the only explicit tags a target file may carry. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The data, when the file parsed without problems. */
  value?: unknown;
  problems: ParcheckError[];
}

export function positionOf(lc: LineCounter, offset: number): { line: number; column: number } {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

export function parseTargetYaml(source: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: ParcheckError[] = [];
  const at = (offset: number) => ({ file, ...positionOf(lineCounter, offset) });

  for (const e of doc.errors) {
    const duplicate = e.code === 'DUPLICATE_KEY';
    problems.push(
      new ParcheckError(
        'TARGET_YAML_SYNTAX',
        duplicate
          ? text('Khóa bị lặp lại trong cùng một khối YAML', 'Duplicate key in the same YAML mapping')
          : text(`YAML không hợp lệ: ${firstLine(e.message)}`, `Invalid YAML: ${firstLine(e.message)}`),
        {
          location: at(e.pos[0]),
          found: excerpt(source, e.pos[0]),
          hint: duplicate
            ? text('Mỗi khóa chỉ được xuất hiện một lần; xóa hoặc đổi tên khóa lặp.', 'Each key may appear once; remove or rename the repeated one.')
            : text('Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc ở dòng này hoặc dòng trước.', 'Check indentation, colons and brackets on this line or the one before.'),
        },
      ),
    );
  }

  let aliases = 0;
  let firstExcess: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliases++;
        if (aliases > limits.maxAliases && firstExcess === undefined) firstExcess = node.range?.[0] ?? 0;
        return;
      }
      if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        problems.push(
          new ParcheckError('TARGET_YAML_UNSAFE', text(`Thẻ YAML tùy biến không được phép: ${tag}`, `Custom YAML tag refused: ${tag}`), {
            location: at(node.range?.[0] ?? 0),
            expected: text('giá trị YAML thông thường (chuỗi, số, danh sách, khối)', 'plain YAML values (strings, numbers, lists, mappings)'),
            found: tag,
            hint: text('Xóa thẻ; tệp chỉ tiêu không cần thẻ.', 'Remove the tag; target files need none.'),
          }),
        );
      }
    },
  });
  if (firstExcess !== undefined) problems.push(aliasBomb(at(firstExcess), aliases, limits));

  if (problems.length === 0) {
    try {
      return { doc, lineCounter, value: doc.toJS({ maxAliasCount: limits.maxAliases }), problems };
    } catch (error) {
      // yaml throws a ReferenceError when expanding aliases would exceed maxAliasCount.
      problems.push(aliasBomb({ file }, aliases, limits, error));
    }
  }
  return { doc, lineCounter, problems };
}

/**
 * A file whose value is already known (a bundled target file, parsed and checked at build time and
 * found again by the SHA-256 of its bytes): the YAML is parsed only if a position is asked for. The
 * yaml package costs ~3 ms per KB on a cold start, most of `targets list` (start-up budget).
 */
export function knownTargetYaml(source: string, file: string, value: unknown, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  let full: ParsedYaml | undefined;
  const parsed = () => (full ??= parseTargetYaml(source, file, limits));
  return {
    get doc() {
      return parsed().doc;
    },
    get lineCounter() {
      return parsed().lineCounter;
    },
    value,
    problems: [],
  };
}

function aliasBomb(location: { file: string; line?: number; column?: number }, count: number, limits: YamlLimits, cause?: unknown): ParcheckError {
  return new ParcheckError(
    'TARGET_YAML_UNSAFE',
    text('Tệp dùng quá nhiều bí danh YAML (anchor/alias): từ chối để tránh bùng nổ bộ nhớ', 'Too many YAML aliases (anchor/alias): refused to avoid a memory blow-up'),
    {
      location,
      expected: text(`tối đa ${limits.maxAliases} bí danh`, `at most ${limits.maxAliases} aliases`),
      found: `${count}`,
      hint: text('Viết giá trị trực tiếp thay vì dùng &anchor / *alias.', 'Write the values out instead of &anchor / *alias.'),
      cause,
    },
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function excerpt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = source.indexOf('\n', offset);
  const line = source.slice(start, end === -1 ? undefined : end);
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

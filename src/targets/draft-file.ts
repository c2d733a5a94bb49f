/** A draft target file read for review: its YAML document (edited in place, comments kept) and its drafted targets, least confident first. */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { targetFileSchema, type TargetSpec } from './schema.js';

export interface DraftedTarget {
  /** Position in the file's `targets:` list. */
  index: number;
  target: TargetSpec;
}

/** `shown` is the path as typed, for error locations. */
export function readDraftFile(file: string, shown: string): { doc: Document; drafted: DraftedTarget[] } {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ParcheckError('TARGET_YAML_SYNTAX', text('Lỗi cú pháp YAML', 'YAML syntax error'), { location: { file: shown, line: e.linePos?.[0]?.line }, found: e.message.split('\n')[0] });
  }
  const parsed = targetFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ParcheckError('TARGET_SCHEMA', text('Tệp không đúng cấu trúc tệp chỉ tiêu', 'Not a valid target file'), { location: { file: shown, path: i.path.join('.') }, found: i.message });
  }
  const drafted = parsed.data.targets
    .map((target, index) => ({ index, target }))
    .filter((d) => d.target.draft !== undefined)
    .sort((a, b) => a.target.draft!.confidence - b.target.draft!.confidence || a.index - b.index);
  return { doc, drafted };
}

/** The officer's decisions on a draft, made in its YAML document so comments and order stay as written. */
export class DraftEdits {
  private readonly dropped = new Set<number>();

  private constructor(
    private readonly doc: Document,
    private readonly targets: YAMLSeq,
  ) {}

  /** Null when the file's `targets` is not a list. */
  static of(doc: Document): DraftEdits | null {
    const targets = doc.get('targets');
    return isSeq(targets) ? new DraftEdits(doc, targets) : null;
  }

  /** The target at `index` as a map, or undefined when the list holds something else there. */
  private node(index: number): YAMLMap | undefined {
    const node = this.targets.items[index];
    return isMap(node) ? node : undefined;
  }

  has(index: number): boolean {
    return this.node(index) !== undefined;
  }

  hasIndicator(index: number): boolean {
    return (this.node(index)?.toJSON() as { indicator?: unknown } | undefined)?.indicator != null;
  }

  setIndicator(index: number, indicator: string): void {
    this.node(index)?.set('indicator', indicator);
  }

  /** Accepted: the `draft:` block goes, the target is an ordinary one. */
  accept(index: number): void {
    this.node(index)?.delete('draft');
  }

  drop(index: number): void {
    this.dropped.add(index);
  }

  /** The file's new text, dropped targets left out. */
  text(): string {
    this.targets.items = this.targets.items.filter((_, i) => !this.dropped.has(i));
    return this.doc.toString({ lineWidth: 0 });
  }
}

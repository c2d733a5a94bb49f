/** A draft target file read for review: its YAML document (edited in place, comments kept) and its drafted targets, least confident first. */
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
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

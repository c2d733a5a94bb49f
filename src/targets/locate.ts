/**
 * From a data path (`targets[3].source.quote`) back to the YAML node it came from, so schema and rule
 * errors name a line and column. Walks up the path when a node is missing (a required key).
 */
import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { Location } from '../core/errors.js';
import { positionOf } from './yaml-safe.js';

export type DataPath = readonly PropertyKey[];

export function formatPath(path: DataPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** The key node of `key` inside the mapping at `path` (for unknown keys and duplicate ids). */
function keyNode(doc: Document, path: DataPath, key: string): Node | undefined {
  const parent = path.length === 0 ? doc.contents : (doc.getIn(path as unknown[], true) as Node | undefined);
  if (!isMap(parent)) return undefined;
  for (const item of parent.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item.key;
  }
  return undefined;
}

/** Location of the node at `path`, or of its nearest ancestor present in the file. */
export function locate(doc: Document, lc: LineCounter, file: string, path: DataPath, key?: string): Location {
  const where: Location = { file };
  const p = formatPath(key ? [...path, key] : path);
  if (p) where.path = p;
  let node: Node | undefined = key ? keyNode(doc, path, key) : undefined;
  for (let n = path.length; !node && n >= 0; n--) {
    const sub = path.slice(0, n);
    node = (sub.length === 0 ? doc.contents : doc.getIn(sub as unknown[], true)) as Node | undefined;
    if (node && !node.range) node = undefined;
    // A scalar's key line is more useful than an ancestor mapping spanning many lines.
    if (!node && n > 0 && typeof sub[sub.length - 1] === 'string') node = keyNode(doc, sub.slice(0, -1), String(sub[sub.length - 1]));
  }
  if (node?.range) Object.assign(where, positionOf(lc, node.range[0]));
  return where;
}

/** The target files a `targets` command reads: the paths typed, or the bundled files shown relative to the working directory. */
import path from 'node:path';
import { bundledTargetPaths } from './catalogue.js';

export function targetPathsOrBundled(cwd: string, paths: string[]): string[] {
  if (paths.length > 0) return paths;
  return bundledTargetPaths().map((p) => {
    const rel = path.relative(cwd, p);
    return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
  });
}

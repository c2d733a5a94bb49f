/**
 * The entry point for reading target files. A set of files the build validated (bundled files, bytes
 * unchanged) is taken from the build cache without loading the YAML parser or zod, which together cost
 * ~140 ms of start-up (start-up budget: no YAML parser on the fast path); the cross-file rules still run on the set as given. Anything else (an
 * edited or own file, a set whose cross-file rules fail, a quote check against --sources, other limits)
 * goes through the full loader in load.ts, which reports every problem with its line.
 */
import { readBoundedSync } from '../files/read-bounded.js';
import { cachedTargetFile, sha256Of } from './build-cache.js';
import { checkCrossFile, type CheckedFile } from './cross-file.js';
import { documentRef, expandTargetFiles } from './expand.js';
import type { LoadedTargets, LoadOptions } from './load.js';
import { resolveTargetPaths } from './paths.js';

export async function loadTargets(paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
  const known = options.sources === undefined && options.limits === undefined ? fromBuildCache(paths, options.strictSupersedes ?? true) : null;
  if (known) return known;
  const { loadTargetFiles } = await import('./load.js');
  return loadTargetFiles(paths, options);
}

/** The targets of `paths` when every file is one the build validated and the set holds together; else null. */
export function fromBuildCache(paths: string[], strictSupersedes: boolean): LoadedTargets | null {
  const { files, problems } = resolveTargetPaths(paths);
  if (problems.length > 0 || files.length === 0) return null;
  const checked: CheckedFile[] = [];
  for (const file of files) {
    // A cached file is a few tens of KB; anything much larger cannot be one, so is not even read here.
    const read = readBoundedSync(file, 1 << 20);
    if (read.tooLarge) return null;
    const bytes = read.bytes;
    const sha256 = sha256Of(bytes);
    const data = cachedTargetFile(sha256)?.data;
    if (!data) return null;
    checked.push({ path: file, sha256, data, locateAt: () => ({ file }) });
  }
  if (checkCrossFile(checked, strictSupersedes).length > 0) return null;
  return {
    files: checked.map((c) => ({ path: c.path, sha256: c.sha256, version: c.data.version, document: documentRef(c.data), data: c.data })),
    thresholds: expandTargetFiles(checked.map((c) => ({ data: c.data, origin: { file: c.path, version: c.data.version } }))),
  };
}

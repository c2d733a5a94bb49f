/**
 * Reading target files: paths → validated data → thresholds, every problem of every file collected
 * (the first is thrown with the others in `more`).
 *
 * A set of files the build validated (bundled files, bytes unchanged) is taken from the build cache
 * without loading the YAML parser or zod, which together cost ~140 ms of start-up (start-up budget: no
 * YAML parser on the fast path); the cross-file rules still run on the set as given. Anything else (an
 * edited or own file, a set whose cross-file rules fail, a quote check against --sources, other limits)
 * is read in full by validate-target-file.ts, loaded only then, which reports every problem with its line.
 */
import { statSync } from 'node:fs';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { DocumentRef, Threshold } from '../core/types.js';
import { toNfc } from '../files/nfc.js';
import { readBoundedSync } from '../files/read-bounded.js';
import { cachedTargetFile, sha256Of } from './build-cache.js';
import { checkCrossFile, checkQuotes, type CheckedFile } from './cross-file.js';
import { documentRef, expandTargetFiles } from './expand.js';
import { resolveTargetPaths } from './paths.js';
import type { TargetFile } from './schema.js';
import type { YamlLimits } from './yaml-safe.js';

export interface LoadOptions {
  /** Folder holding the documents' text (`document.source_file`): quotes are checked against it. */
  sources?: string;
  limits?: Partial<YamlLimits>;
  /** Default true: `supersedes` must name a loaded document. False lets one file be read alone (diff). */
  strictSupersedes?: boolean;
}

export interface LoadedTargetFile {
  path: string;
  sha256: string;
  version: string;
  document: DocumentRef;
  /** The validated file, as written (for `targets show` and `targets diff`). */
  data: TargetFile;
}

export interface LoadedTargets {
  files: LoadedTargetFile[];
  thresholds: Threshold[];
}

/** The entry point: from the build cache when it knows every file, else in full. */
export async function loadTargets(paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
  const known = options.sources === undefined && options.limits === undefined ? fromBuildCache(paths, options.strictSupersedes ?? true) : null;
  return known ?? loadTargetFiles(paths, options);
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
  return loaded(checked);
}

/** Every file read, parsed and validated in full, whatever the build cache holds. */
export async function loadTargetFiles(paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
  const [{ checkTargetFile }, { DEFAULT_YAML_LIMITS }] = await Promise.all([import('./validate-target-file.js'), import('./yaml-safe.js')]);
  const limits: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...options.limits };
  const { files, problems } = resolveTargetPaths(paths);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    // Bounded whatever stat() says: /dev/zero or a FIFO reports no size and never ends.
    const read = readBoundedSync(file, limits.maxBytes);
    if (read.tooLarge) {
      problems.push(
        new ParcheckError('TARGET_YAML_UNSAFE', text('Tệp chỉ tiêu quá lớn', 'Target file too large'), {
          location: { file },
          expected: text(`tối đa ${limits.maxBytes} byte`, `at most ${limits.maxBytes} bytes`),
          found: sizeFound(file, limits.maxBytes),
          hint: text('Tệp chỉ tiêu chỉ vài chục KB: kiểm tra lại đường dẫn và nội dung tệp.', 'Target files are a few tens of KB: check the path and the file.'),
        }),
      );
      continue;
    }
    const one = checkTargetFile(file, read.bytes, limits);
    problems.push(...one.problems);
    if (one.checked) checked.push(one.checked);
  }
  problems.push(...checkCrossFile(checked, options.strictSupersedes ?? true));
  if (options.sources !== undefined) problems.push(...checkQuotes(checked, options.sources, readSourceText));
  if (problems.length > 0) {
    const [first, ...more] = problems;
    throw new ParcheckError(first!.code, first!.text, { location: first!.location, expected: first!.expected, found: first!.found, hint: first!.hint, cause: first, more });
  }
  return loaded(checked);
}

function loaded(checked: CheckedFile[]): LoadedTargets {
  return {
    files: checked.map((c) => ({ path: c.path, sha256: c.sha256, version: c.data.version, document: documentRef(c.data), data: c.data })),
    thresholds: expandTargetFiles(checked.map((c) => ({ data: c.data, origin: { file: c.path, version: c.data.version } }))),
  };
}

/** A regular file's size in bytes; for a device or a FIFO, only that it passed the ceiling. */
function sizeFound(file: string, maxBytes: number): string {
  try {
    const st = statSync(file);
    if (st.isFile() && st.size > maxBytes) return String(st.size);
  } catch {
    // gone or unreadable since: say what the bounded read saw
  }
  return `> ${maxBytes}`;
}

/** A plan's text for the quote check; the largest plan is well under 1 MB, so 64 MB is a guard, not a limit. */
function readSourceText(p: string): string {
  const read = readBoundedSync(p, 64 * 1024 * 1024);
  if (read.tooLarge) throw new Error(`${p}: more than 64 MB`);
  return toNfc(read.bytes.toString('utf8'));
}

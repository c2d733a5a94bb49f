/**
 * Reading target files: paths → YAML with positions → zod → rule functions → thresholds.
 * Every problem of every file is collected; the first is thrown with the others in `more`.
 */
import { readFileSync, statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { DocumentRef, Threshold } from '../core/types.js';
import { indicatorIds } from '../measures/indicators.js';
import { cachedTargetFile, saveBuildCache, sha256Of, type CachedTargetFile } from './build-cache.js';
import { resolveTargetPaths } from './paths.js';
import { documentRef, expandTargetFiles } from './expand.js';
import { locate, type DataPath } from './locate.js';
import { checkFileRules, type Report } from './rules.js';
import { schemaProblems } from './schema-errors.js';
import { targetFileSchema, type TargetFile } from './schema.js';
import { checkCrossFile, checkQuotes, type CheckedFile } from './cross-file.js';
import { toNfc } from '../files/nfc.js';
import { readBoundedSync } from '../files/read-bounded.js';
import { DEFAULT_YAML_LIMITS, knownTargetYaml, parseTargetYaml, type YamlLimits } from './yaml-safe.js';

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

/** Read, parse and validate one file (no cross-file rules). `known`: its YAML value, when already known. */
export function checkTargetFile(file: string, bytes: Buffer, limits: YamlLimits, known?: unknown): { checked?: CheckedFile; problems: ParcheckError[] } {
  const sha256 = sha256Of(bytes);
  const source = toNfc(bytes.toString('utf8').replace(/^\ufeff/, ''));
  known ??= cachedTargetFile(sha256)?.value;
  const parsed = known === undefined ? parseTargetYaml(source, file, limits) : knownTargetYaml(source, file, known, limits);
  if (parsed.problems.length > 0 || parsed.value === undefined) return { problems: parsed.problems };
  const locateAt = (p: DataPath, key?: string) => locate(parsed.doc, parsed.lineCounter, file, p, key);
  const result = targetFileSchema.safeParse(parsed.value);
  if (!result.success) return { problems: schemaProblems(result.error.issues, parsed.value, locateAt) };
  const problems: ParcheckError[] = [];
  const report: Report = (p, message, details = {}, key) => problems.push(new ParcheckError('TARGET_RULE', message, { ...details, location: locateAt(p, key) }));
  checkFileRules(result.data, report, { indicators: indicatorIds() });
  return { checked: { path: file, sha256, data: result.data, locateAt }, problems };
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

export async function loadTargetFiles(paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
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
  const thresholds = expandTargetFiles(checked.map((c) => ({ data: c.data, origin: { file: c.path, version: c.data.version } })));
  return {
    files: checked.map((c) => ({ path: c.path, sha256: c.sha256, version: c.data.version, document: documentRef(c.data), data: c.data })),
    thresholds,
  };
}

/** A plan's text for the quote check; the largest plan is well under 1 MB, so 64 MB is a guard, not a limit. */
function readSourceText(p: string): string {
  const read = readBoundedSync(p, 64 * 1024 * 1024);
  if (read.tooLarge) throw new Error(`${p}: more than 64 MB`);
  return toNfc(read.bytes.toString('utf8'));
}

export { resolveTargetPaths };

/**
 * Writes the build cache (build-cache.ts) for the bundled files, run after the build: each file's YAML
 * value, and its validated data when the file passes alone and the whole set passes the cross-file
 * rules. Only values that survive a JSON round trip are kept. Returns how many files were cached.
 */
export function writeBundledValues(files: string[], limits: YamlLimits = DEFAULT_YAML_LIMITS): number {
  const cached: Record<string, CachedTargetFile> = {};
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const { value } = parseTargetYaml(toNfc(bytes.toString('utf8').replace(/^\ufeff/, '')), file, limits);
    const one = checkTargetFile(file, bytes, limits, value);
    if (one.problems.length > 0 || !one.checked || !survivesJson(value) || !survivesJson(one.checked.data)) continue;
    checked.push(one.checked);
    cached[one.checked.sha256] = { value };
  }
  const setHolds = checked.length === files.length && checkCrossFile(checked, true).length === 0;
  if (setHolds) for (const c of checked) cached[c.sha256]!.data = c.data;
  saveBuildCache(cached);
  return setHolds ? Object.keys(cached).length : 0;
}

function survivesJson(value: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
}

/**
 * Reading target files: paths → YAML with positions → zod → rule functions → thresholds.
 * Every problem of every file is collected; the first is thrown with the others in `more`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { DocumentRef, Threshold } from '../core/types.js';
import { indicatorIds } from '../measures/indicators.js';
import { targetFilesUnder } from './catalogue.js';
import { documentRef, expandTargetFiles } from './expand.js';
import { locate, type DataPath } from './locate.js';
import { checkFileRules, type Report } from './rules.js';
import { schemaProblems } from './schema-errors.js';
import { targetFileSchema, type TargetFile } from './schema.js';
import { checkCrossFile, checkQuotes, type CheckedFile } from './cross-file.js';
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

/** Files named, and *.yaml / *.yml found under folders named (skipping a `units/` registry). */
export function resolveTargetPaths(paths: string[]): { files: string[]; problems: ParcheckError[] } {
  const files: string[] = [];
  const problems: ParcheckError[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      problems.push(
        new ParcheckError('TARGET_FILE_NOT_FOUND', text(`Không tìm thấy tệp hoặc thư mục chỉ tiêu: ${p}`, `Target file or folder not found: ${p}`), {
          location: { file: p },
          hint: text('Kiểm tra đường dẫn; bỏ trống để dùng bộ chỉ tiêu kèm theo.', 'Check the path; leave it out to use the bundled targets.'),
        }),
      );
    } else if (statSync(p).isDirectory()) {
      files.push(...targetFilesUnder(p));
    } else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}

/** Read, parse and validate one file (no cross-file rules). `known`: its YAML value, when already known. */
export function checkTargetFile(file: string, bytes: Buffer, limits: YamlLimits, known?: unknown): { checked?: CheckedFile; problems: ParcheckError[] } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = bytes.toString('utf8').replace(/^\ufeff/, '');
  known ??= bundledValues().get(sha256);
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

export async function loadTargetFiles(paths: string[], options: LoadOptions = {}): Promise<LoadedTargets> {
  const limits: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...options.limits };
  const { files, problems } = resolveTargetPaths(paths);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const size = statSync(file).size;
    if (size > limits.maxBytes) {
      problems.push(
        new ParcheckError('TARGET_YAML_UNSAFE', text('Tệp chỉ tiêu quá lớn', 'Target file too large'), {
          location: { file },
          expected: text(`tối đa ${limits.maxBytes} byte`, `at most ${limits.maxBytes} bytes`),
          found: `${size}`,
          hint: text('Tệp chỉ tiêu chỉ vài chục KB; kiểm tra lại tệp, hoặc dùng --max-bytes.', 'Target files are a few tens of KB; check the file, or pass --max-bytes.'),
        }),
      );
      continue;
    }
    const one = checkTargetFile(file, readFileSync(file), limits);
    problems.push(...one.problems);
    if (one.checked) checked.push(one.checked);
  }
  problems.push(...checkCrossFile(checked, options.strictSupersedes ?? true));
  if (options.sources !== undefined) problems.push(...checkQuotes(checked, options.sources, (p) => readFileSync(p, 'utf8')));
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

/**
 * The YAML values of the bundled target files, by SHA-256 of their bytes, written next to this module at
 * build time (`writeBundledValues`). Only the YAML parse is skipped: schema, rules and cross-file checks
 * run as for any file, and a file whose bytes differ (edited, or anyone's own) is parsed in full. The
 * values are used only by the same build of the parser that wrote them (`parser` fingerprint).
 */
const VALUES_FILE = new URL('./bundled-values.json', import.meta.url);
let bundled: Map<string, unknown> | undefined;

function parserFingerprint(): string {
  const hash = createHash('sha256');
  for (const part of ['./yaml-safe.js', './load.js']) hash.update(readFileSync(new URL(part, import.meta.url)));
  return hash.digest('hex');
}

function bundledValues(): Map<string, unknown> {
  if (!bundled) {
    bundled = new Map();
    try {
      const saved = JSON.parse(readFileSync(VALUES_FILE, 'utf8')) as { parser: string; values: Record<string, unknown> };
      if (saved.parser === parserFingerprint()) for (const [k, v] of Object.entries(saved.values)) bundled.set(k, v);
    } catch {
      // Absent, unreadable or from another build: every file is parsed.
    }
  }
  return bundled;
}

/** Writes bundled-values.json (run after the build) for files that load cleanly and survive a JSON round trip. */
export function writeBundledValues(files: string[], limits: YamlLimits = DEFAULT_YAML_LIMITS): number {
  bundled = new Map();
  const values: Record<string, unknown> = {};
  for (const file of files) {
    const bytes = readFileSync(file);
    if (checkTargetFile(file, bytes, limits).problems.length > 0) continue;
    const { value } = parseTargetYaml(bytes.toString('utf8').replace(/^\ufeff/, ''), file, limits);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) continue;
    values[createHash('sha256').update(bytes).digest('hex')] = value;
  }
  writeFileSync(VALUES_FILE, `${JSON.stringify({ parser: parserFingerprint(), values })}\n`);
  bundled = undefined;
  return Object.keys(values).length;
}

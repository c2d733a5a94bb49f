/**
 * One target file's bytes → YAML with positions → zod → rule functions: its data, or every problem
 * with its line. Loaded only when a file is not one the build already validated (load-target-files.ts),
 * since the YAML parser and zod cost most of the start-up (start-up budget: no YAML parser on the fast
 * path). Also writes that build cache, after the build.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ParcheckError } from '../core/errors.js';
import { toNfc } from '../files/nfc.js';
import { indicatorIds } from '../measures/indicators.js';
import { cachedTargetFile, saveBuildCache, sha256Of, type CachedTargetFile } from './build-cache.js';
import { checkCrossFile, type CheckedFile } from './cross-file.js';
import { locate, type DataPath } from './locate.js';
import { checkFileRules, type Report } from './rules.js';
import { schemaProblems } from './schema-errors.js';
import { targetFileSchema } from './schema.js';
import { DEFAULT_YAML_LIMITS, knownTargetYaml, parseTargetYaml, type YamlLimits } from './yaml-safe.js';

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

/**
 * Writes the build cache (build-cache.ts) for the bundled files, run after the build: each file's YAML
 * value, and its validated data when the file passes alone and the whole set passes the cross-file
 * rules. Only values that survive a JSON round trip are kept. Returns how many files were cached.
 * @public scripts/bundle-target-values.mjs calls it from dist/, which knip does not follow
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

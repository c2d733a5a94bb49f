/**
 * Verifying an evidence bundle: is it what its inputs and targets produce? Re-hashes every input,
 * mapping, registry and target file the manifest names (a changed or missing one is named), then runs
 * the recorded request through the pipeline again, in the recorded working directory, into a
 * temporary folder, and compares each output byte for byte with the one in the bundle.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isParcheckError } from '../core/errors.js';
import { pick, type Lang } from '../core/i18n.js';
import { readBounded } from '../files/read-bounded.js';
import { BUNDLED_PREFIX } from '../pipeline/check-inputs.js';
import { MANIFEST, type EvidenceFile, type Manifest } from './manifest.js';
import { readManifest } from './read.js';

/**
 * identical / changed / missing as named; `unlisted`: in the bundle or written by the re-run but not in
 * the manifest (a manifest emptied of its outputs); `not-read`: in the manifest, not read by the re-run.
 */
export type VerifyState = 'identical' | 'changed' | 'missing' | 'unlisted' | 'not-read';

export interface VerifyItem {
  kind: 'manifest' | 'input' | 'target' | 'output';
  path: string;
  state: VerifyState;
  recorded?: string;
  found?: string;
}

export interface VerifyReport {
  dir: string;
  identical: boolean;
  /** SHA-256 of manifest.json, to compare with the one `check --evidence` printed. */
  manifest_sha256: string;
  items: VerifyItem[];
  /** Why the re-run failed, when it did (a missing input, an input that no longer reads). */
  rerun_error: string | null;
}

export interface VerifyOptions {
  /** Where a relative bundle folder is taken from; default: the working directory of the process. */
  cwd?: string;
  /** The language of a re-run's error message. */
  lang?: Lang;
  /** The manifest's SHA-256 as printed by `check --evidence`: the manifest itself must not have changed. */
  manifestSha256?: string;
  /** The parcheck version the re-run records in its manifest. */
  version?: string;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const readOrNull = (p: string, max: number) =>
  readBounded(p, max)
    .then((r) => (r.tooLarge ? 'too-large' : r.bytes))
    .catch(() => null);

/** SHA-256 of a file read up to one byte past `size`, streamed: a recorded input may be gigabytes. */
async function hashUpTo(p: string, size: number): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(p, { start: 0, end: size })) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

export async function verifyBundle(dirTyped: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const dir = path.resolve(options.cwd ?? '.', dirTyped);
  const { manifest, sha256: manifestSha } = await readManifest(path.join(dir, MANIFEST), path.join(dirTyped, MANIFEST));
  const items: VerifyItem[] = [];
  if (options.manifestSha256 !== undefined) {
    const pinned = options.manifestSha256.toLowerCase();
    items.push({ kind: 'manifest', path: MANIFEST, state: pinned === manifestSha ? 'identical' : 'changed', recorded: pinned, found: manifestSha });
  }
  const { bundledTargetsDir } = await import('../targets/catalogue.js');
  const locate = (f: EvidenceFile) => (f.path.startsWith(BUNDLED_PREFIX) ? path.join(path.dirname(bundledTargetsDir()), f.path.slice(BUNDLED_PREFIX.length)) : path.resolve(dir, f.file ?? f.path));
  for (const [kind, list] of [
    ['input', manifest.inputs],
    ['target', manifest.targets],
  ] as const) {
    for (const f of list) {
      const found = await hashUpTo(locate(f), f.size);
      items.push(
        found === null ? { kind, path: f.path, state: 'missing', recorded: f.sha256 } : { kind, path: f.path, state: found === f.sha256 ? 'identical' : 'changed', recorded: f.sha256, found },
      );
    }
  }
  // The bundle holds the manifest and its outputs, nothing else beside the inputs it lists.
  const listed = new Set([MANIFEST, ...manifest.outputs.map((o) => o.path), ...[...manifest.inputs, ...manifest.targets].map((f) => path.relative(dir, locate(f)))]);
  for (const name of await filesIn(dir)) if (!listed.has(name)) items.push({ kind: 'output', path: name, state: 'unlisted' });

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'parcheck-verify-'));
  let rerunError: string | null = null;
  try {
    rerunError = await rerun(manifest, path.resolve(dir, manifest.cwd), scratch, options);
    for (const o of manifest.outputs) {
      const recorded = await readOrNull(path.join(dir, o.path), o.size);
      const fresh = await readOrNull(path.join(scratch, o.path), MAX_OUTPUT_BYTES);
      if (!recorded) items.push({ kind: 'output', path: o.path, state: 'missing', recorded: o.sha256 });
      else if (recorded === 'too-large') items.push({ kind: 'output', path: o.path, state: 'changed', recorded: o.sha256 });
      else if (!fresh || fresh === 'too-large') items.push({ kind: 'output', path: o.path, state: 'missing', recorded: sha256(recorded) });
      else items.push({ ...compare('output', o.path, sha256(recorded), fresh), ...(sha256(recorded) !== o.sha256 ? { state: 'changed' as const } : {}) });
    }
    if (rerunError === null) items.push(...(await againstRerun(manifest, scratch)));
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return { dir: dirTyped, identical: items.every((i) => i.state === 'identical') && rerunError === null, manifest_sha256: manifestSha, items, rerun_error: rerunError };
}

/** Reports are a few MB; a re-run never writes one near this. */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => e.name);
}

/**
 * The re-run writes its own manifest: what it read and wrote must be what the recorded one lists.
 * A file the command reads or writes that the manifest leaves out (or the reverse) is named.
 */
async function againstRerun(recorded: Manifest, scratch: string): Promise<VerifyItem[]> {
  const fresh = JSON.parse(await fs.readFile(path.join(scratch, MANIFEST), 'utf8')) as Manifest;
  const items: VerifyItem[] = [];
  const key = (f: EvidenceFile) => `${f.role ?? ''}\0${f.path}`;
  for (const [kind, mine, theirs] of [
    ['input', recorded.inputs, fresh.inputs],
    ['target', recorded.targets, fresh.targets],
    ['output', recorded.outputs, fresh.outputs],
  ] as const) {
    const had = new Set(mine.map(key));
    const got = new Set(theirs.map(key));
    for (const f of theirs) if (!had.has(key(f))) items.push({ kind, path: f.path, state: 'unlisted', found: f.sha256 });
    for (const f of mine) if (!got.has(key(f))) items.push({ kind, path: f.path, state: 'not-read', recorded: f.sha256 });
  }
  return items;
}

function compare(kind: VerifyItem['kind'], p: string, recorded: string, bytes: Buffer | null): VerifyItem {
  if (!bytes) return { kind, path: p, state: 'missing', recorded };
  const found = sha256(bytes);
  return { kind, path: p, state: found === recorded ? 'identical' : 'changed', recorded, found };
}

/** The recorded request run again from the recorded working directory, its bundle written into `scratch`. */
async function rerun(manifest: Manifest, cwd: string, scratch: string, options: VerifyOptions): Promise<string | null> {
  try {
    const { runCheck } = await import('../pipeline/check.js');
    const { writeEvidence } = await import('./write.js');
    const request = { ...manifest.request, cwd };
    const run = await runCheck(request);
    const format = manifest.formats.length === 1 ? manifest.formats[0] : undefined;
    await writeEvidence({ dir: scratch, request, run, format, lang: manifest.lang, version: options.version ?? manifest.parcheck.version, argv: manifest.argv });
    return null;
  } catch (error) {
    if (isParcheckError(error)) return `[${error.code}] ${pick(error.text, options.lang ?? 'vi')}${error.location.file ? ` (${error.location.file})` : ''}`;
    return String((error as Error)?.message ?? error);
  }
}

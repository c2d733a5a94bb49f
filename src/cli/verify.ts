/**
 * `parcheck verify DIR`: is this evidence bundle what its inputs and targets produce? Re-hashes every
 * input, mapping, registry and target file the manifest names (a changed or missing one is named),
 * then re-runs the recorded command in-process, in the recorded working directory, into a temporary
 * folder, and compares each output byte for byte with the one in DIR. Exit 0 identical, 1 different,
 * 2 when the manifest is missing or invalid.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isParcheckError, ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import { BUNDLED_PREFIX } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';
import { MANIFEST, type EvidenceFile, type Manifest } from './evidence.js';
import { readManifest } from './verify-manifest.js';
import { readBounded } from '../files/read-bounded.js';

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
  /** The manifest's SHA-256 as printed by `check --evidence`: the manifest itself must not have changed. */
  manifestSha256?: string;
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

export async function verifyBundle(ctx: CliContext, dirTyped: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const dir = path.resolve(ctx.cwd, dirTyped);
  const { manifest, sha256: manifestSha } = await readManifest(path.join(dir, MANIFEST), path.join(dirTyped, MANIFEST));
  const items: VerifyItem[] = [];
  if (options.manifestSha256 !== undefined) {
    const pinned = options.manifestSha256.toLowerCase();
    items.push({ kind: 'manifest', path: MANIFEST, state: pinned === manifestSha ? 'identical' : 'changed', recorded: pinned, found: manifestSha });
  }
  const { bundledTargetsDir } = await import('../targets/catalogue.js');
  const locate = (f: EvidenceFile) =>
    f.path.startsWith(BUNDLED_PREFIX) ? path.join(path.dirname(bundledTargetsDir()), f.path.slice(BUNDLED_PREFIX.length)) : path.resolve(dir, f.file ?? f.path);
  for (const [kind, list] of [['input', manifest.inputs], ['target', manifest.targets]] as const) {
    for (const f of list) {
      const found = await hashUpTo(locate(f), f.size);
      items.push(found === null ? { kind, path: f.path, state: 'missing', recorded: f.sha256 } : { kind, path: f.path, state: found === f.sha256 ? 'identical' : 'changed', recorded: f.sha256, found });
    }
  }
  // The bundle holds the manifest and its outputs, nothing else beside the inputs it lists.
  const listed = new Set([MANIFEST, ...manifest.outputs.map((o) => o.path), ...[...manifest.inputs, ...manifest.targets].map((f) => path.relative(dir, locate(f)))]);
  for (const name of await filesIn(dir)) if (!listed.has(name)) items.push({ kind: 'output', path: name, state: 'unlisted' });

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'parcheck-verify-'));
  let rerunError: string | null = null;
  try {
    rerunError = await rerun(ctx, manifest, path.resolve(dir, manifest.cwd), scratch);
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

/** The recorded argv, with --evidence pointed at the scratch folder and --output dropped. */
export function rerunArgv(argv: string[], scratch: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--output' || a === '--evidence') i += 1;
    else if (a.startsWith('--output=') || a.startsWith('--evidence=')) continue;
    else out.push(a);
  }
  return [...out, '--evidence', scratch];
}

async function rerun(ctx: CliContext, manifest: Manifest, cwd: string, scratch: string): Promise<string | null> {
  const { buildProgram } = await import('./program.js');
  const errors: string[] = [];
  const inner: CliContext = {
    ...ctx,
    lang: manifest.lang === 'en' ? 'en' : 'vi',
    color: false,
    progress: false,
    quiet: true,
    cwd,
    stdout: () => undefined,
    stderr: (s) => void errors.push(s),
    argv: rerunArgv(manifest.argv, scratch),
  };
  const program = buildProgram(inner, () => undefined);
  try {
    await program.parseAsync(['node', 'parcheck', ...inner.argv]);
    return null;
  } catch (error) {
    if (isParcheckError(error)) return `[${error.code}] ${pick(error.text, ctx.lang)}${error.location.file ? ` (${error.location.file})` : ''}`;
    return errors.join('').trim() || String((error as Error)?.message ?? error);
  }
}

export async function runVerifyCommand(ctx: CliContext, opts: { dir: string; format?: string; manifestSha256?: string }): Promise<number> {
  if (opts.manifestSha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(opts.manifestSha256)) {
    throw new ParcheckError('USAGE', text('--manifest-sha256 cần 64 chữ số hex', '--manifest-sha256 needs 64 hex digits'), {
      location: { path: '--manifest-sha256' },
      expected: text('SHA-256 mà parcheck check --evidence đã in', 'the SHA-256 parcheck check --evidence printed'),
      found: opts.manifestSha256,
    });
  }
  const report = await verifyBundle(ctx, opts.dir, { manifestSha256: opts.manifestSha256 });
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else ctx.stdout(renderVerify(report, ctx));
  return report.identical ? EXIT.ok : EXIT.failing;
}

const WORDS = {
  identical: text('giống hệt', 'identical'),
  changed: text('ĐÃ THAY ĐỔI', 'CHANGED'),
  missing: text('THIẾU', 'MISSING'),
  unlisted: text('KHÔNG CÓ TRONG MANIFEST', 'NOT IN THE MANIFEST'),
  'not-read': text('CÓ TRONG MANIFEST NHƯNG LỆNH KHÔNG ĐỌC/GHI', 'IN THE MANIFEST BUT NOT READ OR WRITTEN BY THE COMMAND'),
  manifest: text('manifest', 'manifest'),
  input: text('đầu vào', 'input'),
  target: text('chỉ tiêu', 'target'),
  output: text('báo cáo', 'output'),
  ok: text('Bộ chứng cứ khớp: các đầu vào không đổi, chạy lại cho kết quả giống hệt từng byte.', 'Evidence verified: inputs unchanged, the re-run gives byte-identical outputs.'),
  bad: text('Bộ chứng cứ KHÔNG khớp', 'Evidence does NOT verify'),
  rerun: text('Chạy lại thất bại', 'Re-run failed'),
};

function renderVerify(r: VerifyReport, ctx: CliContext): string {
  const w = (t: { vi: string; en: string }) => pick(t, ctx.lang);
  const lines = r.items.map((i) => `${i.state === 'identical' ? '✓' : '✗'} ${w(WORDS[i.kind]).padEnd(9)} ${i.path}: ${w(WORDS[i.state])}${i.state === 'changed' ? ` (sha256 ${i.recorded?.slice(0, 12)} → ${i.found?.slice(0, 12)})` : ''}`);
  if (r.rerun_error) lines.push(`✗ ${w(WORDS.rerun)}: ${r.rerun_error}`);
  lines.push(`manifest.json sha256 ${r.manifest_sha256}`);
  lines.push('', r.identical ? w(WORDS.ok) : `${w(WORDS.bad)}: ${r.items.filter((i) => i.state !== 'identical').map((i) => i.path).join(', ')}`);
  return `${lines.join('\n')}\n`;
}


/**
 * `parcheck verify DIR`: is this evidence bundle what its inputs and targets produce? Re-hashes every
 * input, mapping, registry and target file the manifest names (a changed or missing one is named),
 * then re-runs the recorded command in-process, in the recorded working directory, into a temporary
 * folder, and compares each output byte for byte with the one in DIR. Exit 0 identical, 1 different,
 * 2 when the manifest is missing or invalid.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import { BUNDLED_PREFIX } from './check-inputs.js';
import { EXIT, type CliContext } from './context.js';
import { MANIFEST, type EvidenceFile, type Manifest } from './evidence.js';
import { readManifest } from './verify-manifest.js';

export type VerifyState = 'identical' | 'changed' | 'missing';

export interface VerifyItem {
  kind: 'input' | 'target' | 'output';
  path: string;
  state: VerifyState;
  recorded?: string;
  found?: string;
}

export interface VerifyReport {
  dir: string;
  identical: boolean;
  items: VerifyItem[];
  /** Why the re-run failed, when it did (a missing input, an input that no longer reads). */
  rerun_error: string | null;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const readOrNull = (p: string) => fs.readFile(p).catch(() => null);

export async function verifyBundle(ctx: CliContext, dirTyped: string): Promise<VerifyReport> {
  const dir = path.resolve(ctx.cwd, dirTyped);
  const manifest = await readManifest(path.join(dir, MANIFEST), path.join(dirTyped, MANIFEST));
  const items: VerifyItem[] = [];
  const { bundledTargetsDir } = await import('../targets/catalogue.js');
  const locate = (f: EvidenceFile) =>
    f.path.startsWith(BUNDLED_PREFIX) ? path.join(path.dirname(bundledTargetsDir()), f.path.slice(BUNDLED_PREFIX.length)) : path.resolve(dir, f.file ?? f.path);
  for (const [kind, list] of [['input', manifest.inputs], ['target', manifest.targets]] as const) {
    for (const f of list) items.push(compare(kind, f.path, f.sha256, await readOrNull(locate(f))));
  }
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'parcheck-verify-'));
  let rerunError: string | null = null;
  try {
    rerunError = await rerun(ctx, manifest, path.resolve(dir, manifest.cwd), scratch);
    for (const o of manifest.outputs) {
      const recorded = await readOrNull(path.join(dir, o.path));
      const fresh = await readOrNull(path.join(scratch, o.path));
      if (!recorded) items.push({ kind: 'output', path: o.path, state: 'missing', recorded: o.sha256 });
      else if (!fresh) items.push({ kind: 'output', path: o.path, state: 'missing', recorded: sha256(recorded) });
      else items.push({ ...compare('output', o.path, sha256(recorded), fresh), ...(sha256(recorded) !== o.sha256 ? { state: 'changed' as const } : {}) });
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return { dir: dirTyped, identical: items.every((i) => i.state === 'identical') && rerunError === null, items, rerun_error: rerunError };
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

export async function runVerifyCommand(ctx: CliContext, opts: { dir: string; format?: string }): Promise<number> {
  const report = await verifyBundle(ctx, opts.dir);
  if (opts.format === 'json') ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else ctx.stdout(renderVerify(report, ctx));
  return report.identical ? EXIT.ok : EXIT.failing;
}

const WORDS = {
  identical: text('giống hệt', 'identical'),
  changed: text('ĐÃ THAY ĐỔI', 'CHANGED'),
  missing: text('THIẾU', 'MISSING'),
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
  lines.push('', r.identical ? w(WORDS.ok) : `${w(WORDS.bad)}: ${r.items.filter((i) => i.state !== 'identical').map((i) => i.path).join(', ')}`);
  return `${lines.join('\n')}\n`;
}


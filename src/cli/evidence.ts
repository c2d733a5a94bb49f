/**
 * `check --evidence DIR`: the reports (the formats asked, default JSON + XLSX) and `manifest.json`:
 * the parcheck version, the command line (argv after `parcheck`), the working directory it ran in
 * (relative to DIR, so `verify` still works when DIR is moved together with its inputs), the as-of
 * period, the language, the time zone (recorded only: nothing depends on it), and the SHA-256 and size
 * of every input, mapping, registry, target file and output. Keys are sorted and nothing holds a
 * timestamp. Each file is written atomically; the manifest last, so a bundle with a manifest is whole.
 * The manifest's SHA-256 is printed on stderr, for `verify --manifest-sha256`.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { CheckResult } from '../core/types.js';
import { BUNDLED_PREFIX, type CheckInputs } from './check-inputs.js';
import type { CliContext } from './context.js';
import { writeOutputAtomic } from '../files/write-output.js';
import { packageVersion } from './version.js';
import { readBounded } from '../files/read-bounded.js';

export const MANIFEST = 'manifest.json';
export const MANIFEST_SCHEMA = 'parcheck/evidence@1';
export const DEFAULT_EVIDENCE_FORMATS = ['json', 'xlsx'];

export interface EvidenceFile {
  /** As typed on the command line (inputs, targets) or the name inside DIR (outputs). */
  path: string;
  /** Where it is, relative to DIR (POSIX separators) or absolute when typed absolute; none for bundled targets. */
  file?: string;
  role?: 'data' | 'mapping' | 'registry';
  sha256: string;
  size: number;
  version?: string;
}

export interface Manifest {
  schema: string;
  parcheck: { version: string };
  argv: string[];
  cwd: string;
  as_of: string;
  lang: string;
  time_zone: string;
  inputs: EvidenceFile[];
  targets: EvidenceFile[];
  outputs: EvidenceFile[];
}

export interface EvidenceRequest {
  dir: string;
  format?: string;
  result: CheckResult;
  run: CheckInputs;
  mapping?: string;
  registry?: string[];
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const posix = (p: string) => p.split(path.sep).join('/');

export async function writeEvidence(ctx: CliContext, req: EvidenceRequest): Promise<Manifest> {
  const dir = req.run.at(req.dir);
  await fs.mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ParcheckError('EVIDENCE', text(`Không tạo được thư mục chứng cứ ${req.dir}`, `Cannot create the evidence folder ${req.dir}`), {
      location: { file: req.dir },
      found: error.code,
      cause: error,
    });
  });
  const where = (typed: string) => (path.isAbsolute(typed) ? typed : posix(path.relative(dir, req.run.at(typed))) || '.');
  const { reporterFor } = await import('../report/reporters.js');
  const outputs: EvidenceFile[] = [];
  for (const format of req.format ? [req.format] : DEFAULT_EVIDENCE_FORMATS) {
    const reporter = reporterFor(format);
    const data = await reporter.render(req.result, { lang: ctx.lang, color: false });
    const name = `report${reporter.extension}`;
    await writeOutputAtomic(path.join(dir, name), data, { protect: req.run.protect });
    outputs.push({ path: name, sha256: sha256(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
  }
  const inputs: EvidenceFile[] = [];
  for (const f of req.run.ingested) inputs.push({ path: f.path, file: where(f.path), role: 'data', sha256: f.sha256, size: (await fs.stat(req.run.at(f.path))).size });
  for (const [role, list] of [['mapping', req.mapping ? [req.mapping] : []], ['registry', req.registry ?? []]] as const) {
    for (const p of list) {
      // Bounded like every whole read: the mapping or registry was read (and size-checked) moments ago.
      const read = await readBounded(req.run.at(p), 64 * 1024 * 1024);
      if (read.tooLarge) throw new ParcheckError('EVIDENCE', text(`Tệp ${p} đã lớn lên khi đang chạy`, `${p} grew during the run`), { location: { file: p } });
      const bytes = read.bytes;
      inputs.push({ path: p, file: where(p), role, sha256: sha256(bytes), size: bytes.byteLength });
    }
  }
  const targets: EvidenceFile[] = [];
  for (const t of req.run.targetFiles) {
    const size = (await fs.stat(t.absolute)).size;
    const bundled = t.path.startsWith(BUNDLED_PREFIX);
    targets.push({ path: t.path, ...(bundled ? {} : { file: where(t.path) }), sha256: t.sha256, size, version: t.version });
  }
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    parcheck: { version: packageVersion() },
    argv: ctx.argv,
    cwd: posix(path.relative(dir, ctx.cwd)) || '.',
    as_of: req.result.as_of,
    lang: ctx.lang,
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    inputs,
    targets,
    outputs,
  };
  const json = stableJson(manifest);
  await writeOutputAtomic(path.join(dir, MANIFEST), json, { protect: req.run.protect });
  if (!ctx.quiet) ctx.stderr(`${ctx.lang === 'vi' ? 'Đã ghi bộ chứng cứ' : 'Evidence written'}: ${req.dir} (${outputs.map((o) => o.path).join(', ')}, ${MANIFEST})\n`);
  // The manifest's own hash, kept outside the bundle (a ticket, an email), pins it: `verify
  // --manifest-sha256` then refuses a bundle whose manifest was rewritten together with its outputs.
  // Printed under --quiet too: it is the bundle's identity, not a notice.
  ctx.stderr(`${MANIFEST} sha256 ${sha256(json)}\n`);
  return manifest;
}

/** JSON with keys sorted at every depth, 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

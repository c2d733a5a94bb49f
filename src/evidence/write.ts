/**
 * Writing an evidence bundle: the reports (the formats asked, default JSON + XLSX) and `manifest.json`:
 * the parcheck version, the request, the command line as typed (for the reader), the working
 * directory (relative to the bundle, so `verify` still works when the bundle is moved together with
 * its inputs), the as-of period, the language, the time zone (recorded only: nothing depends on it),
 * and the SHA-256 and size of every input, mapping, registry, target file and output. Keys are sorted
 * and nothing holds a timestamp. The manifest is written last, so a bundle with a manifest is whole.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text, type Lang } from '../core/i18n.js';
import { readBounded } from '../files/read-bounded.js';
import { BUNDLED_PREFIX } from '../pipeline/check-inputs.js';
import type { CheckRun } from '../pipeline/check.js';
import type { CheckRequest } from '../pipeline/request.js';
import { DEFAULT_EVIDENCE_FORMATS, MANIFEST, MANIFEST_SCHEMA, sha256, stableJson, type EvidenceFile, type Manifest, type RecordedRequest } from './manifest.js';

/** How a file is written; the CLI passes its atomic writer that never overwrites an input. */
export type WriteFile = (file: string, data: string | Uint8Array, options: { protect: string[] }) => Promise<void>;

export interface EvidenceRequest {
  /** The bundle's folder, as typed (relative to the request's cwd). */
  dir: string;
  /** The request the run answered; recorded without its callback and working directory. */
  request: CheckRequest;
  run: CheckRun;
  /** One report format, or the default JSON + XLSX. */
  format?: string;
  lang: Lang;
  /** The parcheck version that wrote the bundle. */
  version: string;
  /** The command line as typed, recorded for the reader. */
  argv?: string[];
  write?: WriteFile;
}

export interface WrittenEvidence {
  manifest: Manifest;
  /** SHA-256 of manifest.json: kept outside the bundle, it pins it (`verify --manifest-sha256`). */
  manifestSha256: string;
}

const posix = (p: string) => p.split(path.sep).join('/');

const plainWrite: WriteFile = async (file, data) => {
  await fs.writeFile(file, data);
};

/** The request as recorded: plain data, no working directory, no callback, no empty field. */
export function recordedRequest(request: CheckRequest): RecordedRequest {
  const { cwd: _cwd, onProgress: _onProgress, ...rest } = request;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as RecordedRequest;
}

export async function writeEvidence(req: EvidenceRequest): Promise<WrittenEvidence> {
  const { inputs: run, result } = req.run;
  const write = req.write ?? plainWrite;
  const dir = run.at(req.dir);
  await fs.mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ParcheckError('EVIDENCE', text(`Không tạo được thư mục chứng cứ ${req.dir}`, `Cannot create the evidence folder ${req.dir}`), {
      location: { file: req.dir },
      found: error.code,
      cause: error,
    });
  });
  const where = (typed: string) => (path.isAbsolute(typed) ? typed : posix(path.relative(dir, run.at(typed))) || '.');
  const { reporterFor } = await import('../report/reporters.js');
  const formats = req.format ? [req.format] : DEFAULT_EVIDENCE_FORMATS;
  const outputs: EvidenceFile[] = [];
  for (const format of formats) {
    const reporter = reporterFor(format);
    const data = await reporter.render(result, { lang: req.lang, color: false });
    const name = `report${reporter.extension}`;
    await write(path.join(dir, name), data, { protect: run.protect });
    outputs.push({ path: name, sha256: sha256(data), size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
  }
  const inputs: Manifest['inputs'] = [];
  for (const f of run.ingested) inputs.push({ path: f.path, file: where(f.path), role: 'data', sha256: f.sha256, size: (await fs.stat(run.at(f.path))).size });
  for (const [role, list] of [
    ['mapping', req.request.mapping ? [req.request.mapping] : []],
    ['registry', req.request.registry ?? []],
  ] as const) {
    for (const p of list) {
      // Bounded like every whole read: the mapping or registry was read (and size-checked) moments ago.
      const read = await readBounded(run.at(p), 64 * 1024 * 1024);
      if (read.tooLarge) throw new ParcheckError('EVIDENCE', text(`Tệp ${p} đã lớn lên khi đang chạy`, `${p} grew during the run`), { location: { file: p } });
      inputs.push({ path: p, file: where(p), role, sha256: sha256(read.bytes), size: read.bytes.byteLength });
    }
  }
  const targets: EvidenceFile[] = [];
  for (const t of run.targetFiles) {
    const size = (await fs.stat(t.absolute)).size;
    const bundled = t.path.startsWith(BUNDLED_PREFIX);
    targets.push({ path: t.path, ...(bundled ? {} : { file: where(t.path) }), sha256: t.sha256, size, version: t.version });
  }
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    parcheck: { version: req.version },
    argv: req.argv ?? [],
    cwd: posix(path.relative(dir, run.at('.'))) || '.',
    as_of: result.as_of,
    lang: req.lang,
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    request: recordedRequest(req.request),
    formats,
    inputs,
    targets,
    outputs,
  };
  const json = stableJson(manifest);
  await write(path.join(dir, MANIFEST), json, { protect: run.protect });
  return { manifest, manifestSha256: sha256(json) };
}

/**
 * What `check`, `explain` and `verify` share: reading the inputs, loading the targets, and the
 * request for the pure check, with every path shown as the user typed it (ingest is given absolute
 * paths so a command run with another working directory, as `verify` does, reads the same files).
 * Bundled target files are shown as `parcheck:targets/<province>/<file>.yaml`.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { AuditNote, IngestedFile, IngestOptions, ScopeLevel, Threshold } from '../core/types.js';
import type { CheckRequest } from '../check/run-check.js';
import type { LoadedTargetFile } from '../targets/load.js';
import type { CliContext } from './context.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';

export interface CheckInputFlags extends IngestFlags {
  files: string[];
  targets?: string[];
  document?: string;
  province?: string;
  asOf?: string;
  level?: ScopeLevel;
  unit?: string;
  combine?: boolean;
  tolerance?: string | number;
}

export const BUNDLED_PREFIX = 'parcheck:';

export interface CheckInputs {
  ingested: IngestedFile[];
  targetFiles: (LoadedTargetFile & { absolute: string })[];
  thresholds: Threshold[];
  province: string | null;
  request: CheckRequest;
  audit: AuditNote[];
  /** Absolute paths that an output must never overwrite. */
  protect: string[];
  /** How the inputs were read (to read one again the same way, as explain does for a dossier list). */
  ingestOptions: IngestOptions;
  at: (p: string) => string;
}

export async function readCheckInputs(ctx: CliContext, opts: CheckInputFlags): Promise<CheckInputs> {
  const at = (p: string) => (path.isAbsolute(p) ? p : path.resolve(ctx.cwd, p));
  const tolerance = toleranceOf(opts.tolerance);
  const options = await ingestOptionsFrom(opts, ctx);
  if (opts.asOf) options.asOf = opts.asOf;
  const { ingestFiles } = await import('../ingest/index.js');
  const ingested = await ingestFiles(opts.files.map(at), options);
  showAsGiven(ingested, opts.files);
  const targets = await loadTargets(opts, ingested, at);
  const { auditNotes } = await import('../check/audit.js');
  const audit = auditNotes({ files: ingested, tolerance });
  return {
    ingested,
    targetFiles: targets.files,
    thresholds: targets.thresholds,
    province: targets.province,
    audit,
    protect: [...opts.files.map(at), ...targets.files.map((f) => f.absolute)],
    ingestOptions: options,
    at,
    request: {
      observations: ingested.flatMap((f) => f.observations),
      thresholds: targets.thresholds,
      asOf: opts.asOf,
      period: opts.period,
      document: opts.document,
      level: opts.level,
      unit: opts.unit,
      province: targets.province,
      inputs: ingested.map((f) => ({ path: f.path, sha256: f.sha256 })),
      targets: targets.files.map((f) => ({ path: f.path, sha256: f.sha256, version: f.version })),
      combine: opts.combine ? 'sum' : 'last',
    },
  };
}

export function toleranceOf(value: string | number | undefined, fallback = 0.1): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) {
    throw new ParcheckError('USAGE', text(`--tolerance không hợp lệ: ${value}`, `Invalid --tolerance: ${value}`), {
      location: { path: '--tolerance' },
      expected: text('một số không âm, ví dụ 0.1', 'a non-negative number, e.g. 0.1'),
      found: String(value),
    });
  }
  return n;
}

/** Rewrites every source (a carry-over warning names another file's cell too) to the path typed. */
function showAsGiven(files: IngestedFile[], given: string[]): void {
  const typed = new Map(files.map((f, i) => [f.path, given[i] ?? f.path]));
  const fix = (o: { file?: string }) => {
    const g = o.file === undefined ? undefined : typed.get(o.file);
    if (g !== undefined) o.file = g;
  };
  for (const f of files) {
    f.path = typed.get(f.path)!;
    for (const o of f.observations) fix(o.source);
    for (const w of f.warnings) {
      fix(w.location);
      w.cells?.forEach(fix);
    }
  }
}

async function loadTargets(opts: CheckInputFlags, ingested: IngestedFile[], at: (p: string) => string) {
  const { loadTargets: loadTargetFiles } = await import('../targets/load-targets.js');
  if (opts.targets && opts.targets.length > 0) {
    const given = opts.targets.map((t) => ({ given: t, abs: at(t) }));
    const loaded = await loadTargetFiles(given.map((g) => g.abs));
    const shown = (abs: string) => {
      const g = given.find((x) => abs === x.abs || abs.startsWith(x.abs + path.sep));
      return g ? (abs === g.abs ? g.given : path.join(g.given, path.relative(g.abs, abs))) : abs;
    };
    const provinces = [...new Set(loaded.files.map((f) => f.document.province))];
    return relabel(loaded, shown, opts.province ?? (provinces.length === 1 ? provinces[0]! : null));
  }
  const { bundledTargetPaths, bundledTargetsDir, knownProvinces } = await import('../targets/catalogue.js');
  const known = knownProvinces();
  const named = [...new Set(ingested.map((f) => f.province).filter((p): p is string => Boolean(p)))];
  const province = opts.province ?? (named.length === 1 ? named[0]! : undefined);
  if (province && !known.includes(province) && !(named.length > 1 && !opts.province)) {
    // A province with no bundled plan (e.g. one formed on 2025-07-01): say so, and how to get targets.
    throw new ParcheckError('TARGET_PROVINCE_UNKNOWN', text(`Chưa có kế hoạch kèm theo cho tỉnh/thành phố ${province}`, `No bundled plan for ${province}`), {
      found: province,
      hint: text(
        `Soạn tệp chỉ tiêu từ kế hoạch của tỉnh: parcheck targets draft KE-HOACH.docx --province ${province} --output ${province}.yaml, duyệt (targets review), rồi chạy lại với --targets ${province}.yaml.`,
        `Draft a target file from the province's plan: parcheck targets draft PLAN.docx --province ${province} --output ${province}.yaml, review it (targets review), then run again with --targets ${province}.yaml.`,
      ),
    });
  }
  if (!province || !known.includes(province)) {
    const found = opts.province ?? (named.length > 0 ? named.join(', ') : '—');
    throw new ParcheckError(
      'TARGET_PROVINCE_UNKNOWN',
      named.length > 1 && !opts.province
        ? text(`Các tệp đầu vào thuộc nhiều tỉnh: ${named.join(', ')}`, `The input files belong to several provinces: ${named.join(', ')}`)
        : text('Không xác định được tỉnh để chọn bộ chỉ tiêu', 'Cannot tell which province’s targets to use'),
      {
        expected: known.join(', '),
        found,
        hint: text('Ghi rõ --province (ví dụ --province quang-nam) hoặc --targets TỆP', 'Give --province (e.g. --province quang-nam) or --targets FILE'),
      },
    );
  }
  const root = bundledTargetsDir();
  const loaded = await loadTargetFiles(bundledTargetPaths(province));
  return relabel(loaded, (abs) => `${BUNDLED_PREFIX}targets/${path.relative(root, abs).split(path.sep).join('/')}`, province);
}

function relabel(loaded: { files: LoadedTargetFile[]; thresholds: Threshold[] }, shown: (abs: string) => string, province: string | null) {
  const files = loaded.files.map((f) => ({ ...f, absolute: f.path, path: shown(f.path) }));
  const thresholds = loaded.thresholds.map((t) => ({ ...t, file: shown(t.file) }));
  return { files, thresholds, province };
}

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
import type { LoadedTargetFile } from '../targets/load-target-files.js';
import type { CliContext } from './context.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';
import { expandInputs } from './input-paths.js';
import { matchUnits } from './unit-filter.js';

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
  /** Absolute paths that an output must never overwrite: every file the run reads. */
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
  const files = await expandInputs(opts.files, ctx.cwd); // folders and quoted patterns, as typed
  const ingested = await ingestFiles(files.map(at), options).catch((error: unknown) => {
    throw errorAsGiven(error, files, at);
  });
  showAsGiven(ingested, files);
  const unit = opts.unit === undefined ? undefined : matchUnits(opts.unit, ingested.flatMap((f) => f.observations.map((o) => o.unit))).filter;
  // a filled figures sheet: figures of their measure's kind, for the province and year of this check
  if (ingested.some((f) => f.shape === 'figures_sheet')) (await import('../check/figures-inputs.js')).checkFiguresSheets(ingested, { province: opts.province, asOf: opts.asOf });
  const targets = await loadTargets(opts, ingested, at);
  const { auditNotes } = await import('../check/audit-inputs.js');
  const audit = auditNotes({ files: ingested, tolerance });
  return {
    ingested,
    targetFiles: targets.files,
    thresholds: targets.thresholds,
    province: targets.province,
    audit,
    // Every file the run reads: inputs, target files, the mapping and the registries.
    protect: [...files.map(at), ...targets.files.map((f) => f.absolute), ...(opts.mapping ? [at(opts.mapping)] : []), ...(opts.registry ?? []).map(at)],
    ingestOptions: options,
    at,
    request: {
      observations: ingested.flatMap((f) => f.observations),
      thresholds: targets.thresholds,
      asOf: opts.asOf,
      document: opts.document,
      level: opts.level,
      unit,
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

/** An input error names the file as typed, like inspect and like the report, not the resolved path. */
function errorAsGiven(error: unknown, given: string[], at: (p: string) => string): unknown {
  if (!(error instanceof ParcheckError)) return error;
  const typed = new Map(given.map((g) => [at(g), g]));
  for (const e of [error, ...error.more]) {
    const g = e.location.file === undefined ? undefined : typed.get(e.location.file);
    if (g !== undefined) e.location.file = g;
  }
  return error;
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
  const { loadTargets: loadTargetFiles } = await import('../targets/load-target-files.js');
  const byProvince = filesByProvince(ingested);
  const named = [...byProvince.keys()];
  if (named.length > 1) {
    throw new ParcheckError('INPUT_PROVINCE_CONFLICT', text(`Các tệp đầu vào thuộc nhiều tỉnh: ${named.join(', ')}`, `The input files belong to several provinces: ${named.join(', ')}`), {
      expected: text('mọi tệp của cùng một tỉnh', 'every file of one province'),
      found: listByProvince(byProvince),
      hint: text('Kiểm tra riêng từng tỉnh.', 'Check each province on its own.'),
    });
  }
  if (opts.targets && opts.targets.length > 0) {
    const given = opts.targets.map((t) => ({ given: t, abs: at(t) }));
    const loaded = await loadTargetFiles(given.map((g) => g.abs));
    const shown = (abs: string) => {
      const g = given.find((x) => abs === x.abs || abs.startsWith(x.abs + path.sep));
      return g ? (abs === g.abs ? g.given : path.join(g.given, path.relative(g.abs, abs))) : abs;
    };
    const provinces = [...new Set(loaded.files.map((f) => f.document.province))];
    // A plan of one province never judges another's figures: the files' own province must match.
    for (const f of loaded.files) {
      if (named.length === 1 && f.document.province && f.document.province !== named[0]) throw provinceConflict(`--targets ${shown(f.path)}`, f.document.province, byProvince);
    }
    if (opts.province && named.length === 1 && opts.province !== named[0]) throw provinceConflict(`--province`, opts.province, byProvince);
    return relabel(loaded, shown, opts.province ?? (provinces.length === 1 ? provinces[0]! : null));
  }
  const { bundledTargetPaths, bundledTargetsDir, knownProvinces } = await import('../targets/catalogue.js');
  const known = knownProvinces();
  if (opts.province && named.length === 1 && opts.province !== named[0]) throw provinceConflict('--province', opts.province, byProvince);
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
    throw new ParcheckError('TARGET_PROVINCE_UNKNOWN', text('Không xác định được tỉnh để chọn bộ chỉ tiêu', 'Cannot tell which province’s targets to use'), {
      expected: known.join(', '),
      found: opts.province ?? (named.length > 0 ? named.join(', ') : '—'),
      hint: text('Ghi rõ --province (ví dụ --province quang-nam) hoặc --targets TỆP', 'Give --province (e.g. --province quang-nam) or --targets FILE'),
    });
  }
  const root = bundledTargetsDir();
  const loaded = await loadTargetFiles(bundledTargetPaths(province));
  return relabel(loaded, (abs) => `${BUNDLED_PREFIX}targets/${path.relative(root, abs).split(path.sep).join('/')}`, province);
}

/** Input files by the province their title names (files naming none are left out). */
function filesByProvince(files: IngestedFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) if (f.province) out.set(f.province, [...(out.get(f.province) ?? []), f.path]);
  return out;
}

function listByProvince(byProvince: Map<string, string[]>): string {
  return [...byProvince].map(([p, files]) => `${p}: ${files.join(', ')}`).join('; ');
}

/** An option (or a target file) naming another province than the inputs do: which names which. */
function provinceConflict(where: string, said: string, byProvince: Map<string, string[]>): ParcheckError {
  const [province] = [...byProvince.keys()];
  return new ParcheckError(
    'INPUT_PROVINCE_CONFLICT',
    text(`${where} ghi tỉnh ${said}, nhưng các tệp đầu vào ghi ${province}`, `${where} names the province ${said}, but the input files name ${province}`),
    {
      location: { path: where.split(' ')[0] },
      expected: text(`tỉnh của các tệp: ${listByProvince(byProvince)}`, `the files' province: ${listByProvince(byProvince)}`),
      found: `${where}: ${said}`,
      hint: text('--province chỉ dùng cho tệp không ghi tỉnh; bỏ tùy chọn, hoặc dùng tệp chỉ tiêu của đúng tỉnh.', '--province is for files that name no province; drop it, or use the target files of the right province.'),
    },
  );
}

function relabel(loaded: { files: LoadedTargetFile[]; thresholds: Threshold[] }, shown: (abs: string) => string, province: string | null) {
  const files = loaded.files.map((f) => ({ ...f, absolute: f.path, path: shown(f.path) }));
  const thresholds = loaded.thresholds.map((t) => ({ ...t, file: shown(t.file) }));
  return { files, thresholds, province };
}

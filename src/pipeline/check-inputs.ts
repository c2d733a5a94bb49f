/**
 * What `check`, `explain`, `template` and `verify` share: the inputs read (inputs.ts), the targets
 * loaded (the bundled catalogue of the inputs' province unless the request names target files), and
 * the request for the pure check. Bundled target files are shown as `parcheck:targets/<province>/<file>.yaml`.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { AuditNote, IngestedFile, IngestOptions, Threshold } from '../core/types.js';
import type { CheckRequest as FindingsRequest } from '../check/run-check.js';
import type { LoadedTargetFile } from '../targets/load-target-files.js';
import { readInputs, resolverFor, toleranceOf } from './inputs.js';
import type { TargetRequest } from './request.js';
import { matchUnits } from './unit-filter.js';

export const BUNDLED_PREFIX = 'parcheck:';

export interface CheckInputs {
  ingested: IngestedFile[];
  targetFiles: (LoadedTargetFile & { absolute: string })[];
  thresholds: Threshold[];
  province: string | null;
  /** The request for the pure check (check/run-check.ts). */
  findingsRequest: FindingsRequest;
  audit: AuditNote[];
  /** Absolute paths that an output must never overwrite: every file the run reads. */
  protect: string[];
  /** How the inputs were read (to read one again the same way, as explain does for a dossier list). */
  ingestOptions: IngestOptions;
  /** A path of the request, resolved from its working directory. */
  at: (p: string) => string;
}

export async function readCheckInputs(request: TargetRequest): Promise<CheckInputs> {
  const at = resolverFor(request.cwd);
  const tolerance = toleranceOf(request.tolerance, 0.1);
  const { given, ingested, options } = await readInputs(request, { asOf: request.asOf });
  const unit =
    request.unit === undefined
      ? undefined
      : matchUnits(
          request.unit,
          ingested.flatMap((f) => f.observations.map((o) => o.unit)),
        ).filter;
  // a filled figures sheet: figures of their measure's kind, for the province and year of this check
  if (ingested.some((f) => f.shape === 'figures_sheet')) (await import('../check/figures-inputs.js')).checkFiguresSheets(ingested, { province: request.province, asOf: request.asOf });
  const targets = await loadTargets(request, ingested, at);
  const { auditNotes } = await import('../check/audit-inputs.js');
  const audit = auditNotes({ files: ingested, tolerance });
  return {
    ingested,
    targetFiles: targets.files,
    thresholds: targets.thresholds,
    province: targets.province,
    audit,
    // Every file the run reads: inputs, target files, the mapping and the registries.
    protect: [...given.map(at), ...targets.files.map((f) => f.absolute), ...(request.mapping ? [at(request.mapping)] : []), ...(request.registry ?? []).map(at)],
    ingestOptions: options,
    at,
    findingsRequest: {
      observations: ingested.flatMap((f) => f.observations),
      thresholds: targets.thresholds,
      asOf: request.asOf,
      document: request.document,
      level: request.level,
      unit,
      province: targets.province,
      inputs: ingested.map((f) => ({ path: f.path, sha256: f.sha256 })),
      targets: targets.files.map((f) => ({ path: f.path, sha256: f.sha256, version: f.version })),
      combine: request.combine ? 'sum' : 'last',
    },
  };
}

async function loadTargets(opts: TargetRequest, ingested: IngestedFile[], at: (p: string) => string) {
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
      hint: text(
        '--province chỉ dùng cho tệp không ghi tỉnh; bỏ tùy chọn, hoặc dùng tệp chỉ tiêu của đúng tỉnh.',
        '--province is for files that name no province; drop it, or use the target files of the right province.',
      ),
    },
  );
}

function relabel(loaded: { files: LoadedTargetFile[]; thresholds: Threshold[] }, shown: (abs: string) => string, province: string | null) {
  const files = loaded.files.map((f) => ({ ...f, absolute: f.path, path: shown(f.path) }));
  const thresholds = loaded.thresholds.map((t) => ({ ...t, file: shown(t.file) }));
  return { files, thresholds, province };
}

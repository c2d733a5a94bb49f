/**
 * `parcheck check`: read the inputs, load the targets (the bundled catalogue of the inputs' province
 * unless --targets), run the pure check, render the report, and turn the summary into an exit code.
 * `--period` is shared with ingest: it is the report period of files that do not state one, and the
 * period every threshold is measured on.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import type { CheckResult, IngestedFile, ScopeLevel, Status } from '../core/types.js';
import { EXIT, type CliContext } from './context.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';

export interface CheckCommandOptions extends IngestFlags {
  files: string[];
  targets?: string[];
  document?: string;
  province?: string;
  asOf?: string;
  level?: ScopeLevel;
  unit?: string;
  format?: string;
  output?: string;
  failOn?: 'missed' | 'off-track' | 'never';
  combine?: boolean;
}

const FAILING: Record<string, Status[]> = { missed: ['missed'], 'off-track': ['missed', 'off-track'], never: [] };

export async function runCheckCommand(ctx: CliContext, opts: CheckCommandOptions): Promise<number> {
  const at = (p: string) => (path.isAbsolute(p) ? p : path.resolve(ctx.cwd, p));
  const { reporterFor } = await import('../report/index.js');
  const reporter = reporterFor(opts.format, opts.output); // a bad --format fails before any reading
  if (reporter.binary && !opts.output) {
    throw new ParcheckError('USAGE', text(`Báo cáo ${reporter.name} cần --output TỆP`, `A ${reporter.name} report needs --output FILE`), {
      location: { path: '--format' },
      hint: text(`Ví dụ: --output bao-cao${reporter.extension}`, `For example: --output report${reporter.extension}`),
    });
  }
  const options = await ingestOptionsFrom(opts, ctx);
  if (opts.asOf) options.asOf = opts.asOf;
  const { ingestFiles } = await import('../ingest/index.js');
  const ingested: IngestedFile[] = await ingestFiles(opts.files.map(at), options);

  const targets = await loadTargets(opts, ingested, at);
  const { runCheck } = await import('../check/run-check.js');
  const outcome = runCheck({
    observations: ingested.flatMap((f) => f.observations),
    thresholds: targets.thresholds,
    asOf: opts.asOf,
    period: opts.period,
    document: opts.document,
    level: opts.level,
    unit: opts.unit,
    province: targets.province,
    inputs: ingested.map((f, i) => ({ path: opts.files[i] ?? f.path, sha256: f.sha256 })),
    targets: targets.files.map((f) => ({ path: f.path, sha256: f.sha256, version: f.version })),
    combine: opts.combine ? 'sum' : 'last',
  });
  const { warnings, ...result } = outcome;
  if (!ctx.quiet) {
    for (const w of warnings.slice(0, 20)) ctx.stderr(`${pick(text('Cảnh báo', 'Warning'), ctx.lang)} [${w.code}]: ${pick(w.message, ctx.lang)}\n`);
    if (warnings.length > 20) ctx.stderr(`… ${warnings.length - 20}\n`);
  }

  const data = await reporter.render(result as CheckResult, { lang: ctx.lang, color: ctx.color && !opts.output });
  if (opts.output) {
    const { writeOutputAtomic } = await import('./output.js');
    await writeOutputAtomic(at(opts.output), data, { protect: [...opts.files.map(at), ...targets.files.map((f) => at(f.path))] });
    if (!ctx.quiet) ctx.stderr(`${pick(text('Đã ghi báo cáo', 'Report written'), ctx.lang)}: ${opts.output}\n`);
  } else {
    ctx.stdout(data);
  }
  const failing = FAILING[opts.failOn ?? 'missed'] ?? ['missed'];
  return failing.some((s) => result.summary[s] > 0) ? EXIT.failing : EXIT.ok;
}

async function loadTargets(opts: CheckCommandOptions, ingested: IngestedFile[], at: (p: string) => string) {
  const { loadTargetFiles } = await import('../targets/load.js');
  if (opts.targets && opts.targets.length > 0) {
    const loaded = await loadTargetFiles(opts.targets.map(at));
    const provinces = [...new Set(loaded.files.map((f) => f.document.province))];
    return { ...loaded, province: opts.province ?? (provinces.length === 1 ? provinces[0]! : null) };
  }
  const { bundledTargetPaths, knownProvinces } = await import('../targets/catalogue.js');
  const known = knownProvinces();
  const named = [...new Set(ingested.map((f) => f.province).filter((p): p is string => Boolean(p)))];
  const province = opts.province ?? (named.length === 1 ? named[0]! : undefined);
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
  const loaded = await loadTargetFiles(bundledTargetPaths(province));
  return { ...loaded, province };
}

/**
 * Reading the inputs as requested: folders and patterns expanded, each file read (ingest is given
 * absolute paths, so a request run from another working directory, as `verify` does, reads the same
 * files), and every path shown as typed, so reports never depend on the machine.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { IngestedFile, IngestOptions } from '../core/types.js';
import { expandInputs } from './input-paths.js';
import type { InputRequest } from './request.js';

/** Relative paths of a request taken from its `cwd`. */
export function resolverFor(cwd: string | undefined): (p: string) => string {
  const base = path.resolve(cwd ?? '.');
  return (p: string) => (path.isAbsolute(p) ? p : path.resolve(base, p));
}

/** Paths stay as typed, so messages show them so; a request whose cwd is not the process's joins it. */
export function typedPath(cwd: string | undefined): (p: string) => string {
  const here = cwd === undefined || path.resolve(cwd) === path.resolve('.');
  return (p: string) => (here || path.isAbsolute(p) ? p : path.join(cwd, p));
}

/** The ingest options of a request: the period normalised, the registries loaded. */
export async function ingestOptionsOf(request: Omit<InputRequest, 'files'>): Promise<IngestOptions> {
  const at = typedPath(request.cwd);
  const options: IngestOptions = {};
  if (request.sheet !== undefined) options.sheet = request.sheet;
  if (request.period !== undefined) {
    const { normalizePeriod } = await import('../ingest/report-period.js');
    options.period = normalizePeriod(request.period);
  }
  if (request.mapping !== undefined) options.mapping = at(request.mapping);
  if (request.registry && request.registry.length > 0) {
    const { loadUnitRegistry } = await import('../ingest/registry.js');
    options.registry = await loadUnitRegistry(request.registry.map(at));
  }
  if (request.limits) options.limits = request.limits;
  return options;
}

/** A request's tolerance, in percentage points: the CLI checks what was typed; a script's number is checked here. */
export function toleranceOf(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) {
    throw new ParcheckError('USAGE', text(`tolerance không hợp lệ: ${value}`, `Invalid tolerance: ${value}`), {
      location: { path: 'tolerance' },
      expected: text('một số không âm, ví dụ 0.1', 'a non-negative number, e.g. 0.1'),
      found: String(value),
    });
  }
  return value;
}

export interface ReadInputs {
  /** The files as expanded from the request, shown as typed. */
  given: string[];
  ingested: IngestedFile[];
  options: IngestOptions;
}

/** Reads every input of the request, together (a carry-over check spans them), paths shown as typed. */
export async function readInputs(request: InputRequest, extra: { asOf?: string } = {}): Promise<ReadInputs> {
  const at = resolverFor(request.cwd);
  const options = await ingestOptionsOf(request);
  if (extra.asOf) options.asOf = extra.asOf;
  const { ingestFiles } = await import('../ingest/ingest-file.js');
  const given = await expandInputs(request.files, path.resolve(request.cwd ?? '.'));
  const ingested = await ingestFiles(given.map(at), options).catch((error: unknown) => {
    throw errorAsGiven(error, given, at);
  });
  showAsGiven(ingested, given);
  return { given, ingested, options };
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
export function showAsGiven(files: IngestedFile[], given: string[]): void {
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

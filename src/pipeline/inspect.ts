/**
 * `runInspect`: what parcheck read from each file (shape, columns, units, periods, measures), with the
 * declared rates recomputed from their counts as check does. `suggestMappings`: the header mapping
 * (YAML, for `mapping`) of how each file's columns are read.
 */
import type { IngestedFile } from '../core/types.js';
import { expandInputs } from './input-paths.js';
import { ingestOptionsOf, resolverFor, typedPath } from './inputs.js';
import type { InspectRequest } from './request.js';

export interface InspectRun {
  /** Each file as read, paths as typed; its warnings include the declared-rate notes. */
  files: IngestedFile[];
}

export async function runInspect(request: InspectRequest): Promise<InspectRun> {
  const given = await expandInputs(request.files, resolverFor(request.cwd)('.')); // folders and quoted patterns
  const at = typedPath(request.cwd);
  const options = await ingestOptionsOf(request);
  const { ingestFile } = await import('../ingest/ingest-file.js');
  const { checkCarryOver } = await import('../ingest/carry-over.js');
  const files: IngestedFile[] = [];
  // each file read on its own, its progress reported under its name as given
  for (const file of given) {
    const onProgress = request.onProgress;
    files.push(await ingestFile(at(file), onProgress ? { ...options, onProgress: (p) => onProgress(file, p) } : options));
  }
  checkCarryOver(files);
  // a filled figures sheet: each figure of its measure's kind, and for the province of the other files
  if (files.some((f) => f.shape === 'figures_sheet')) (await import('../check/figures-inputs.js')).checkFiguresSheets(files, {});
  // Declared rates recomputed from their counts, as check does: the same notes in the table and the JSON.
  const { declaredRateNotes, DEFAULT_RATE_TOLERANCE } = await import('../check/declared.js');
  for (const f of files) f.warnings.push(...declaredRateNotes(f.observations, DEFAULT_RATE_TOLERANCE));
  return { files };
}

/** One mapping YAML per file, in the order given. */
export async function suggestMappings(request: InspectRequest): Promise<string[]> {
  const options = await ingestOptionsOf(request);
  const { suggestMapping } = await import('../ingest/suggest-mapping.js');
  const out: string[] = [];
  const at = typedPath(request.cwd);
  for (const file of request.files) out.push(await suggestMapping(at(file), options));
  return out;
}

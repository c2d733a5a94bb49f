/** `parcheck inspect FILES…`: what was read, and how. Data on stdout; warnings on stderr (table form). */
import type { IngestedFile } from '../core/types.js';
import { EXIT, type CliContext } from './context.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';
import { expandInputs } from './input-paths.js';
import { inspectJson } from './inspect-json.js';
import { inspectTable, inspectWarnings } from './inspect-table.js';
import { createProgressBar } from './progress.js';

export async function runInspect(files: string[], flags: IngestFlags & { format?: 'table' | 'json'; suggestMapping?: boolean }, ctx: CliContext): Promise<number> {
  if (flags.suggestMapping) {
    const options = await ingestOptionsFrom(flags, ctx);
    const { suggestMapping } = await import('../ingest/suggest-mapping.js');
    for (const file of files) ctx.stdout(await suggestMapping(file, options));
    return EXIT.ok;
  }
  const ingested = await readAll(files, flags, ctx);
  // Declared rates recomputed from their counts, as check does: the same notes in the table and the JSON.
  const { declaredRateNotes, DEFAULT_RATE_TOLERANCE } = await import('../check/declared.js');
  for (const f of ingested) f.warnings.push(...declaredRateNotes(f.observations, DEFAULT_RATE_TOLERANCE));
  if (flags.format === 'json') {
    ctx.stdout(inspectJson(ingested, ctx.lang));
  } else {
    ctx.stdout(inspectTable(ingested, ctx.lang));
    const warnings = inspectWarnings(ingested, ctx.lang, ctx.errWidth);
    if (warnings) ctx.stderr(warnings);
  }
  return EXIT.ok;
}

export async function readAll(given: string[], flags: IngestFlags, ctx: CliContext): Promise<IngestedFile[]> {
  const files = await expandInputs(given, ctx.cwd); // folders and quoted patterns
  const options = await ingestOptionsFrom(flags, ctx);
  const { ingestFile } = await import('../ingest/index.js');
  const { checkCarryOver } = await import('../ingest/carry-over.js');
  const result: IngestedFile[] = [];
  // one bar per file, labelled with it (drawn only on a TTY without --quiet; a dossier list reports progress)
  for (const file of files) {
    const bar = createProgressBar(ctx, file);
    try {
      result.push(await ingestFile(file, bar.onProgress ? { ...options, onProgress: bar.onProgress } : options));
    } finally {
      bar.done();
    }
  }
  checkCarryOver(result);
  // a filled figures sheet: each figure of its measure's kind, and for the province of the other files
  if (result.some((f) => f.shape === 'figures_sheet')) (await import('../check/figures-inputs.js')).checkFiguresSheets(result, {});
  return result;
}

/** `parcheck inspect FILES…`: what was read, and how. Data on stdout; warnings on stderr (table form). */
import { inspectJson } from '../report/inspect-json.js';
import { inspectTable, inspectWarnings } from '../report/inspect-table.js';
import { EXIT, type CliContext } from './context.js';
import { inputRequestFrom, type IngestFlags } from './ingest-options.js';
import { createProgressBar, type ProgressBar } from './progress.js';

export async function runInspectCommand(files: string[], flags: IngestFlags & { format?: 'table' | 'json'; suggestMapping?: boolean }, ctx: CliContext): Promise<number> {
  const { runInspect, suggestMappings } = await import('../pipeline/inspect.js');
  if (flags.suggestMapping) {
    for (const yaml of await suggestMappings({ files, ...(await inputRequestFrom(flags, ctx)) })) ctx.stdout(yaml);
    return EXIT.ok;
  }
  // one bar per file, labelled with it (drawn only on a TTY without --quiet; a dossier list reports progress)
  let bar: ProgressBar | undefined;
  let barFile: string | undefined;
  const onProgress: Parameters<typeof runInspect>[0]['onProgress'] = ctx.progress && !ctx.quiet
    ? (file, progress) => {
        if (file !== barFile) {
          bar?.done();
          bar = createProgressBar(ctx, file);
          barFile = file;
        }
        bar?.onProgress?.(progress);
      }
    : undefined;
  const { files: ingested } = await runInspect({ files, ...(await inputRequestFrom(flags, ctx)), ...(onProgress ? { onProgress } : {}) }).finally(() => bar?.done());
  if (flags.format === 'json') {
    ctx.stdout(inspectJson(ingested, ctx.lang));
  } else {
    ctx.stdout(inspectTable(ingested, ctx.lang));
    const warnings = inspectWarnings(ingested, ctx.lang, ctx.errWidth);
    if (warnings) ctx.stderr(warnings);
  }
  return EXIT.ok;
}

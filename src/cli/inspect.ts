/** `parcheck inspect FILES…`: what was read, and how. Data on stdout; warnings on stderr (table form). */
import type { IngestedFile } from '../core/types.js';
import { EXIT, type CliContext } from './context.js';
import { ingestOptionsFrom, type IngestFlags } from './ingest-options.js';
import { inspectJson } from './inspect-json.js';
import { inspectTable, inspectWarnings } from './inspect-table.js';

export async function runInspect(files: string[], flags: IngestFlags & { format?: 'table' | 'json' }, ctx: CliContext): Promise<number> {
  const ingested = await readAll(files, flags, ctx);
  if (flags.format === 'json') {
    ctx.stdout(inspectJson(ingested, ctx.lang));
  } else {
    ctx.stdout(inspectTable(ingested, ctx.lang));
    const warnings = inspectWarnings(ingested, ctx.lang);
    if (warnings) ctx.stderr(warnings);
  }
  return EXIT.ok;
}

export async function readAll(files: string[], flags: IngestFlags, ctx: CliContext): Promise<IngestedFile[]> {
  const options = await ingestOptionsFrom(flags, ctx);
  if (ctx.progress) {
    options.onProgress = ({ bytesRead, bytesTotal, rows }) => {
      const pct = bytesTotal > 0 ? Math.floor((bytesRead / bytesTotal) * 100) : 0;
      ctx.stderr(`\r${rows.toLocaleString('en')} rows, ${pct}%`);
    };
  }
  const { ingestFiles } = await import('../ingest/index.js');
  const result = await ingestFiles(files, options);
  if (ctx.progress) ctx.stderr('\r\u001b[K');
  return result;
}

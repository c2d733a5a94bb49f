/** `parcheck targets list`: one row (or one JSON object) per checkable threshold. */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { thresholdsJson } from '../report/targets-json.js';
import { listTable } from '../report/targets-list.js';
import { loadTargets } from '../targets/load-target-files.js';
import { targetPathsOrBundled } from '../targets/paths-or-bundled.js';
import { filterThresholds } from '../targets/select-thresholds.js';
import { EXIT, type CliContext } from './context.js';

export interface ListOptions {
  paths: string[];
  document?: string;
  year?: string;
  level?: string;
  format: 'table' | 'json';
}

export async function runTargetsList(ctx: CliContext, options: ListOptions): Promise<number> {
  const loaded = await loadTargets(targetPathsOrBundled(ctx.cwd, options.paths));
  const shown = filterThresholds(loaded.thresholds, { document: options.document, year: yearOption(options.year), level: options.level });
  ctx.stdout(options.format === 'json' ? thresholdsJson(shown) : listTable(shown, ctx.lang, ctx.width));
  return EXIT.ok;
}

function yearOption(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  if (!/^\d{4}$/.test(year)) {
    throw new ParcheckError('USAGE', text(`--year cần một năm bốn chữ số, gặp: ${year}`, `--year needs a four-digit year, got: ${year}`), { expected: '2025', found: year });
  }
  return Number(year);
}

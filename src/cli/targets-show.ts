/** `parcheck targets show ID`: a target with its document, clause, expanded thresholds and supersession. */
import { targetsShowJson } from '../report/targets-json.js';
import { targetsShowText } from '../report/targets-show.js';
import { loadTargets } from '../targets/load-target-files.js';
import { targetPathsOrBundled } from '../targets/paths-or-bundled.js';
import { findTargets } from '../targets/select-thresholds.js';
import { EXIT, type CliContext } from './context.js';

export interface ShowOptions {
  id: string;
  paths: string[];
  format: 'table' | 'json';
}

export async function runTargetsShow(ctx: CliContext, options: ShowOptions): Promise<number> {
  const loaded = await loadTargets(targetPathsOrBundled(ctx.cwd, options.paths));
  const keys = findTargets(loaded.thresholds, options.id);
  if (options.format === 'json') ctx.stdout(targetsShowJson(keys, loaded.files, loaded.thresholds));
  else ctx.stdout(targetsShowText(keys, loaded.files, loaded.thresholds, ctx.lang));
  return EXIT.ok;
}

/**
 * The input flags shared by every command that reads agencies' files (`inspect`, `check`):
 * --sheet, --period, --mapping, --registry. Add them with `addIngestOptions(cmd, t)` and turn the
 * parsed flags into IngestOptions with `ingestOptionsFrom(flags, ctx)`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { IngestOptions } from '../core/types.js';
import type { CliContext } from './context.js';

export interface IngestFlags {
  sheet?: string;
  period?: string;
  mapping?: string;
  registry?: string[];
}

type T = (vi: string, en: string) => string;

export function addIngestOptions(cmd: Command, t: T): Command {
  return cmd
    .option('--sheet <name|index>', t('trang tính cần đọc (tên hoặc số thứ tự từ 1)', 'sheet to read (name or 1-based index)'))
    .option('--period <period>', t('kỳ báo cáo khi tệp không ghi rõ: 2025-10, 2025-Q4, 2025', 'report period when the file does not say: 2025-10, 2025-Q4, 2025'))
    .option('--mapping <file>', t('tệp YAML ánh xạ tiêu đề cột sang chỉ tiêu', 'YAML file mapping column headers to measures'))
    .option(
      '--registry <file>',
      t('sổ đơn vị YAML (tên, tên khác, cấp); lặp lại được', 'unit registry YAML (names, aliases, levels); repeatable'),
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    );
}

/** Loads the registry (YAML, line-numbered errors); relative paths are taken from ctx.cwd, shown as given. */
export async function ingestOptionsFrom(flags: IngestFlags, ctx: Pick<CliContext, 'cwd'>): Promise<IngestOptions> {
  // Paths stay as typed, so messages show them so; a context whose cwd is not the process's joins it.
  const at = (p: string) => (path.isAbsolute(p) || ctx.cwd === path.resolve('.') ? p : path.join(ctx.cwd, p));
  const options: IngestOptions = {};
  if (flags.sheet !== undefined) options.sheet = flags.sheet;
  if (flags.period !== undefined) {
    const { normalizePeriod } = await import('../ingest/period.js');
    options.period = normalizePeriod(flags.period);
  }
  if (flags.mapping !== undefined) options.mapping = at(flags.mapping);
  if (flags.registry && flags.registry.length > 0) {
    const { loadUnitRegistry } = await import('../ingest/registry.js');
    options.registry = await loadUnitRegistry(flags.registry.map(at));
  }
  return options;
}

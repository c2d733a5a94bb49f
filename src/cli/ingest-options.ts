/**
 * The input flags shared by every command that reads agencies' files (`inspect`, `check`):
 * --sheet, --period, --mapping, --registry. Add them with `addIngestOptions(cmd, t)` and turn the
 * parsed flags into IngestOptions with `ingestOptionsFrom(flags, ctx)`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { IngestOptions, InputLimits } from '../core/types.js';
import type { CliContext } from './context.js';

export interface IngestFlags {
  sheet?: string;
  period?: string;
  mapping?: string;
  registry?: string[];
  limit?: string[];
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
    )
    .option(
      '--limit <name=value>',
      t(
        'nâng/hạ giới hạn an toàn khi đọc: unpacked-mb, ratio, entries, sheet-cells, table-cells, table-mb, line-mb, shared-strings; lặp lại được (cũng đọc từ PARCHECK_LIMITS)',
        'raise/lower a safety limit on reading: unpacked-mb, ratio, entries, sheet-cells, table-cells, table-mb, line-mb, shared-strings; repeatable (also read from PARCHECK_LIMITS)',
      ),
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    );
}

/** Loads the registry (YAML, line-numbered errors); relative paths are taken from ctx.cwd, shown as given. */
export async function ingestOptionsFrom(flags: IngestFlags, ctx: Pick<CliContext, 'cwd'>, env: Record<string, string | undefined> = process.env): Promise<IngestOptions> {
  // Paths stay as typed, so messages show them so; a context whose cwd is not the process's joins it.
  const at = (p: string) => (path.isAbsolute(p) || ctx.cwd === path.resolve('.') ? p : path.join(ctx.cwd, p));
  const options: IngestOptions = {};
  if (flags.sheet !== undefined) options.sheet = flags.sheet;
  if (flags.period !== undefined) {
    const { normalizePeriod } = await import('../ingest/report-period.js');
    options.period = normalizePeriod(flags.period);
  }
  if (flags.mapping !== undefined) options.mapping = at(flags.mapping);
  if (flags.registry && flags.registry.length > 0) {
    const { loadUnitRegistry } = await import('../ingest/registry.js');
    options.registry = await loadUnitRegistry(flags.registry.map(at));
  }
  // The environment first (a cron job's defaults), then the flags, which win.
  const specs = [...(env.PARCHECK_LIMITS ?? '').split(',').filter((x) => x.trim() !== '').map((x) => ['PARCHECK_LIMITS', x] as const), ...(flags.limit ?? []).map((x) => ['--limit', x] as const)];
  if (specs.length > 0) {
    const { LIMIT_NAMES, limitNamed } = await import('../files/limits.js');
    const limits: InputLimits = {};
    for (const [where, spec] of specs) {
      const m = /^\s*([a-z-]+)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(spec);
      const known = m ? limitNamed(m[1]!) : undefined;
      if (!m || !known || Number(m[2]) <= 0) {
        throw new ParcheckError('USAGE', text(`Giới hạn không hợp lệ: "${spec}"`, `Invalid limit: "${spec}"`), {
          location: { path: where },
          expected: text(`${Object.keys(LIMIT_NAMES).join(' | ')}=số dương`, `${Object.keys(LIMIT_NAMES).join(' | ')}=a positive number`),
          found: spec,
          hint: text('Ví dụ: --limit unpacked-mb=4096 --limit line-mb=64', 'For example: --limit unpacked-mb=4096 --limit line-mb=64'),
        });
      }
      limits[known.key] = Number(m[2]) * known.scale;
    }
    options.limits = limits;
  }
  return options;
}

/**
 * The input flags shared by every command that reads agencies' files (`inspect`, `check`):
 * --sheet, --period, --mapping, --registry. Add them with `addIngestOptions(cmd, t)` and turn the
 * parsed flags into the input part of a pipeline request with `inputRequestFrom(flags, ctx)`.
 */
import type { Command } from 'commander';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { ScopeLevel } from '../core/types.js';
import type { InputRequest, TargetRequest } from '../pipeline/request.js';
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
    .option('--registry <file>', t('sổ đơn vị YAML (tên, tên khác, cấp); lặp lại được', 'unit registry YAML (names, aliases, levels); repeatable'), (value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      value,
    ])
    .option(
      '--limit <name=value>',
      t(
        'nâng/hạ giới hạn an toàn khi đọc: unpacked-mb, ratio, entries, sheet-cells, table-cells, table-mb, line-mb, shared-strings; lặp lại được (cũng đọc từ PARCHECK_LIMITS)',
        'raise/lower a safety limit on reading: unpacked-mb, ratio, entries, sheet-cells, table-cells, table-mb, line-mb, shared-strings; repeatable (also read from PARCHECK_LIMITS)',
      ),
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    );
}

/**
 * The input part of a pipeline request: the flags as typed (the pipeline reads the registries and the
 * mapping from `cwd`); the limits from the environment first (a cron job's defaults), then the flags, which win.
 */
export async function inputRequestFrom(flags: IngestFlags, ctx: Pick<CliContext, 'cwd'>, env: Record<string, string | undefined> = process.env): Promise<Omit<InputRequest, 'files'>> {
  const request: Omit<InputRequest, 'files'> = { cwd: ctx.cwd };
  if (flags.sheet !== undefined) request.sheet = flags.sheet;
  if (flags.period !== undefined) request.period = flags.period;
  if (flags.mapping !== undefined) request.mapping = flags.mapping;
  if (flags.registry && flags.registry.length > 0) request.registry = flags.registry;
  const specs = [
    ...(env.PARCHECK_LIMITS ?? '')
      .split(',')
      .filter((x) => x.trim() !== '')
      .map((x) => ['PARCHECK_LIMITS', x] as const),
    ...(flags.limit ?? []).map((x) => ['--limit', x] as const),
  ];
  if (specs.length > 0) request.limits = (await import('../files/limits.js')).limitsFromSpecs(specs);
  return request;
}

/** `--tolerance` as typed (a comma is a decimal point), checked. */
export function toleranceOf(value: string | number | undefined, fallback = 0.1): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) {
    throw new ParcheckError('USAGE', text(`--tolerance không hợp lệ: ${value}`, `Invalid --tolerance: ${value}`), {
      location: { path: '--tolerance' },
      expected: text('một số không âm, ví dụ 0.1', 'a non-negative number, e.g. 0.1'),
      found: String(value),
    });
  }
  return n;
}

/** The flags of the commands that check figures against targets (`check`, `explain`, `template`). */
export interface TargetFlags extends IngestFlags {
  files: string[];
  targets?: string[];
  document?: string;
  province?: string;
  asOf?: string;
  level?: ScopeLevel;
  unit?: string;
  combine?: boolean;
  tolerance?: string | number;
}

export async function targetRequestFrom(flags: TargetFlags, ctx: Pick<CliContext, 'cwd'>): Promise<TargetRequest> {
  const tolerance = toleranceOf(flags.tolerance);
  const request: TargetRequest = { files: flags.files, ...(await inputRequestFrom(flags, ctx)), tolerance };
  if (flags.targets !== undefined) request.targets = flags.targets;
  if (flags.document !== undefined) request.document = flags.document;
  if (flags.province !== undefined) request.province = flags.province;
  if (flags.asOf !== undefined) request.asOf = flags.asOf;
  if (flags.level !== undefined) request.level = flags.level;
  if (flags.unit !== undefined) request.unit = flags.unit;
  if (flags.combine) request.combine = true;
  return request;
}

/**
 * `parcheck reconcile A B`: the options wired, made into a request for the pipeline's runReconcile,
 * and every difference printed with both cells (report/reconcile-text.ts). Exit 0 when the sources
 * agree, 1 when they differ, 2 on errors. Start-up budget: the pipeline is imported when it runs.
 */
import { Option } from 'commander';
import { EXIT, type CliContext } from './context.js';
import { addIngestOptions, inputRequestFrom, toleranceOf, type IngestFlags } from './ingest-options.js';
import type { Wiring } from './program.js';
import { withWarningText } from '../report/warning-messages.js';

export function registerReconcile(wire: Wiring): void {
  const { t, ctx } = wire;
  const cmd = wire.program
    .command('reconcile')
    .description(
      t(
        'Đối chiếu hai nguồn (biểu tháng và danh sách hồ sơ) theo từng đơn vị, kỳ và chỉ số đo; liệt kê mọi chênh lệch với ô của cả hai bên',
        'Reconcile two sources (the monthly form and the dossier list) unit by unit, period by period, measure by measure; every difference with both cells',
      ),
    )
    .argument('<a>', t('nguồn thứ nhất', 'first source'))
    .argument('<b>', t('nguồn thứ hai', 'second source'))
    .option('--tolerance <n>', t('độ lệch cho phép (mặc định 0)', 'allowed difference (default 0)'))
    .option('--as-of <period>', t('kỳ cuối của danh sách hồ sơ', 'last period of a dossier list'))
    .addOption(new Option('--format <format>', t('định dạng kết quả', 'output format')).choices(['table', 'json']).default('table'));
  addIngestOptions(cmd, t).action(async (a: string, b: string, opts: Record<string, unknown>) => {
    wire.setExitCode(await runReconcileCommand(ctx, { a, b, ...(opts as object) }));
  });
}

export interface ReconcileCommandOptions extends IngestFlags {
  a: string;
  b: string;
  tolerance?: string;
  asOf?: string;
  format?: string;
}

export async function runReconcileCommand(ctx: CliContext, opts: ReconcileCommandOptions): Promise<number> {
  const tolerance = toleranceOf(opts.tolerance, 0);
  const { runReconcile } = await import('../pipeline/reconcile.js');
  const result = await runReconcile({ a: opts.a, b: opts.b, ...(await inputRequestFrom(opts, ctx)), tolerance, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
  ctx.stdout(
    opts.format === 'json'
      ? `${JSON.stringify({ ...result, checks: result.checks.map((c) => ({ ...c, note: withWarningText(c.note) })) }, null, 2)}\n`
      : (await import('../report/reconcile-text.js')).renderReconcile(result, ctx.lang),
  );
  return result.agree ? EXIT.ok : EXIT.failing;
}

/** `parcheck reconcile A B`: wiring only; the implementation is imported when the command runs. */
import { Option } from 'commander';
import { addIngestOptions } from './ingest-options.js';
import type { Wiring } from './program.js';

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
    const { runReconcileCommand } = await import('./reconcile.js');
    wire.setExitCode(await runReconcileCommand(ctx, { a, b, ...(opts as object) }));
  });
}

/** `parcheck verify DIR`: wiring only; the implementation is imported when the command runs. */
import { Option } from 'commander';
import type { Wiring } from './program.js';

export function registerVerify(wire: Wiring): void {
  const { t, ctx } = wire;
  wire.program
    .command('verify')
    .description(
      t(
        'Kiểm tra bộ chứng cứ: SHA-256 của từng tệp đầu vào và chỉ tiêu, chạy lại lệnh đã ghi và so từng byte của báo cáo',
        'Verify an evidence bundle: SHA-256 of every input and target file, re-run the recorded command and compare every output byte for byte',
      ),
    )
    .argument('<dir>', t('thư mục chứng cứ (có manifest.json)', 'evidence folder (holding manifest.json)'))
    .addOption(new Option('--format <format>', t('định dạng kết quả', 'output format')).choices(['table', 'json']).default('table'))
    .option('--manifest-sha256 <hex>', t('SHA-256 của manifest.json mà check --evidence đã in: manifest phải không đổi', 'SHA-256 of manifest.json as check --evidence printed it: the manifest must be unchanged'))
    .action(async (dir: string, opts: { format?: string; manifestSha256?: string }) => {
      const { runVerifyCommand } = await import('./verify.js');
      wire.setExitCode(await runVerifyCommand(ctx, { dir, format: opts.format, manifestSha256: opts.manifestSha256 }));
    });
}

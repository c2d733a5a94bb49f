/**
 * `parcheck verify DIR`: the bundle checked by src/evidence/verify.ts, printed. Exit 0 identical,
 * 1 different, 2 when the manifest is missing or invalid. Start-up budget: evidence (and its zod
 * schema) is imported when the command runs.
 */
import { Option } from 'commander';
import type { Wiring } from './program.js';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { EXIT, type CliContext } from './context.js';
import { packageVersion } from './version.js';

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
    .option(
      '--manifest-sha256 <hex>',
      t('SHA-256 của manifest.json mà check --evidence đã in: manifest phải không đổi', 'SHA-256 of manifest.json as check --evidence printed it: the manifest must be unchanged'),
    )
    .action(async (dir: string, opts: { format?: string; manifestSha256?: string }) => {
      wire.setExitCode(await runVerifyCommand(ctx, { dir, format: opts.format, manifestSha256: opts.manifestSha256 }));
    });
}

export async function runVerifyCommand(ctx: CliContext, opts: { dir: string; format?: string; manifestSha256?: string }): Promise<number> {
  if (opts.manifestSha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(opts.manifestSha256)) {
    throw new ParcheckError('USAGE', text('--manifest-sha256 cần 64 chữ số hex', '--manifest-sha256 needs 64 hex digits'), {
      location: { path: '--manifest-sha256' },
      expected: text('SHA-256 mà parcheck check --evidence đã in', 'the SHA-256 parcheck check --evidence printed'),
      found: opts.manifestSha256,
    });
  }
  const { verifyBundle } = await import('../evidence/verify.js');
  const report = await verifyBundle(opts.dir, { cwd: ctx.cwd, lang: ctx.lang, manifestSha256: opts.manifestSha256, version: packageVersion() });
  ctx.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : (await import('../report/verify-text.js')).renderVerify(report, ctx.lang));
  return report.identical ? EXIT.ok : EXIT.failing;
}

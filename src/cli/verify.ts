/**
 * `parcheck verify DIR`: the bundle checked by src/evidence/verify.ts, printed. Exit 0 identical,
 * 1 different, 2 when the manifest is missing or invalid.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { verifyBundle } from '../evidence/verify.js';
import { renderVerify } from '../report/verify-text.js';
import { EXIT, type CliContext } from './context.js';
import { packageVersion } from './version.js';

export async function runVerifyCommand(ctx: CliContext, opts: { dir: string; format?: string; manifestSha256?: string }): Promise<number> {
  if (opts.manifestSha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(opts.manifestSha256)) {
    throw new ParcheckError('USAGE', text('--manifest-sha256 cần 64 chữ số hex', '--manifest-sha256 needs 64 hex digits'), {
      location: { path: '--manifest-sha256' },
      expected: text('SHA-256 mà parcheck check --evidence đã in', 'the SHA-256 parcheck check --evidence printed'),
      found: opts.manifestSha256,
    });
  }
  const report = await verifyBundle(opts.dir, { cwd: ctx.cwd, lang: ctx.lang, manifestSha256: opts.manifestSha256, version: packageVersion() });
  ctx.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report, ctx.lang));
  return report.identical ? EXIT.ok : EXIT.failing;
}

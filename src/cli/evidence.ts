/** `check --evidence DIR`: the bundle written by src/evidence, its outputs never over an input; its manifest's hash printed. */
import { pick, text } from '../core/i18n.js';
import { writeEvidence } from '../evidence/write.js';
import { MANIFEST } from '../evidence/manifest.js';
import type { CheckRun } from '../pipeline/check.js';
import type { CheckRequest } from '../pipeline/request.js';
import type { CliContext } from './context.js';
import { writeOutputAtomic } from './output.js';
import { packageVersion } from './version.js';

export async function writeEvidenceCommand(ctx: CliContext, req: { dir: string; format?: string; request: CheckRequest; run: CheckRun }): Promise<void> {
  const { manifest, manifestSha256 } = await writeEvidence({ ...req, lang: ctx.lang, version: packageVersion(), argv: ctx.argv, write: writeOutputAtomic });
  if (!ctx.quiet) ctx.stderr(`${pick(text('Đã ghi bộ chứng cứ', 'Evidence written'), ctx.lang)}: ${req.dir} (${manifest.outputs.map((o) => o.path).join(', ')}, ${MANIFEST})\n`);
  // The manifest's own hash, kept outside the bundle (a ticket, an email), pins it: `verify
  // --manifest-sha256` then refuses a bundle whose manifest was rewritten together with its outputs.
  // Printed under --quiet too: it is the bundle's identity, not a notice.
  ctx.stderr(`${MANIFEST} sha256 ${manifestSha256}\n`);
}

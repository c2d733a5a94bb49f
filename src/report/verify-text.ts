/** The text of `parcheck verify`: one line per file checked, the manifest's hash, and the verdict. */
import { pick, text, type Lang } from '../core/i18n.js';
import type { VerifyReport } from '../evidence/verify.js';

const WORDS = {
  identical: text('giống hệt', 'identical'),
  changed: text('ĐÃ THAY ĐỔI', 'CHANGED'),
  missing: text('THIẾU', 'MISSING'),
  unlisted: text('KHÔNG CÓ TRONG MANIFEST', 'NOT IN THE MANIFEST'),
  'not-read': text('CÓ TRONG MANIFEST NHƯNG LỆNH KHÔNG ĐỌC/GHI', 'IN THE MANIFEST BUT NOT READ OR WRITTEN BY THE COMMAND'),
  manifest: text('manifest', 'manifest'),
  input: text('đầu vào', 'input'),
  target: text('chỉ tiêu', 'target'),
  output: text('báo cáo', 'output'),
  ok: text('Bộ chứng cứ khớp: các đầu vào không đổi, chạy lại cho kết quả giống hệt từng byte.', 'Evidence verified: inputs unchanged, the re-run gives byte-identical outputs.'),
  bad: text('Bộ chứng cứ KHÔNG khớp', 'Evidence does NOT verify'),
  rerun: text('Chạy lại thất bại', 'Re-run failed'),
};

export function renderVerify(r: VerifyReport, lang: Lang): string {
  const w = (t: { vi: string; en: string }) => pick(t, lang);
  const lines = r.items.map(
    (i) =>
      `${i.state === 'identical' ? '✓' : '✗'} ${w(WORDS[i.kind]).padEnd(9)} ${i.path}: ${w(WORDS[i.state])}${i.state === 'changed' ? ` (sha256 ${i.recorded?.slice(0, 12)} → ${i.found?.slice(0, 12)})` : ''}`,
  );
  if (r.rerun_error) lines.push(`✗ ${w(WORDS.rerun)}: ${r.rerun_error}`);
  lines.push(`manifest.json sha256 ${r.manifest_sha256}`);
  lines.push(
    '',
    r.identical
      ? w(WORDS.ok)
      : `${w(WORDS.bad)}: ${r.items
          .filter((i) => i.state !== 'identical')
          .map((i) => i.path)
          .join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

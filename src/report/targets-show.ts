/** `targets show` as text: a target with its document, clause, expanded thresholds and supersession. */
import { pick, text, type Lang } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import type { LoadedTargetFile } from '../targets/load-target-files.js';
import { conditionText, deadlineText, levelText } from './target-words.js';

const L = {
  document: text('Văn bản', 'Document'),
  issuer: text('Cơ quan ban hành', 'Issuer'),
  section: text('Mục', 'Section'),
  quote: text('Trích dẫn', 'Quote'),
  indicator: text('Chỉ số', 'Indicator'),
  note: text('Ghi chú', 'Note'),
  thresholds: text('Ngưỡng', 'Thresholds'),
  supersedes: text('thay cho', 'supersedes'),
  supersededBy: text('bị thay bởi', 'superseded by'),
  file: text('Tệp', 'File'),
};

/** One block per target named by `keys` (document#target), a blank line between them. */
export function targetsShowText(keys: string[], files: LoadedTargetFile[], thresholds: Threshold[], lang: Lang): string {
  return `${keys.map((k) => block(k, files, thresholds, lang)).join('\n\n')}\n`;
}

function block(key: string, files: LoadedTargetFile[], thresholds: Threshold[], lang: Lang): string {
  const [docId, targetId] = key.split('#') as [string, string];
  const file = files.find((f) => f.document.id === docId)!;
  const spec = file.data.targets.find((t) => t.id === targetId)!;
  const d = file.data.document;
  const mine = thresholds.filter((t) => t.document.id === docId && t.target === targetId);
  const p = (x: (typeof L)[keyof typeof L]) => pick(x, lang);
  const lines = [
    key,
    `  ${p(L.document)}: ${d.number} (${d.date}) ${d.title}`,
    `  ${p(L.issuer)}: ${d.issuer}`,
    `  ${p(L.file)}: ${file.path} (v${file.version})`,
    `  ${p(L.indicator)}: ${spec.indicator}`,
    `  ${p(L.section)}: ${spec.source.section}`,
    `  ${p(L.quote)}: “${spec.source.quote.replace(/\s+/g, ' ').trim()}”`,
  ];
  if (spec.note) lines.push(`  ${p(L.note)}: ${spec.note.replace(/\s+/g, ' ').trim()}`);
  lines.push(`  ${p(L.thresholds)}:`);
  for (const t of mine) {
    let line = `    ${t.id}  ${levelText(t.level, lang)}  ${conditionText(t, lang)}  ${deadlineText(t)}`;
    if (t.supersedes) line += `  (${p(L.supersedes)} ${t.supersedes})`;
    if (t.superseded_by) line += `  (${p(L.supersededBy)} ${t.superseded_by})`;
    lines.push(line);
  }
  return lines.join('\n');
}

/** `parcheck targets show ID`: a target with its document, clause, expanded thresholds and supersession. */
import { ParcheckError } from '../core/errors.js';
import { pick, text, type Lang } from '../core/i18n.js';
import type { Threshold } from '../core/types.js';
import { closest } from '../targets/closest.js';
import type { LoadedTargetFile } from '../targets/load-target-files.js';
import { EXIT, type CliContext } from './context.js';
import { conditionText, deadlineText, levelText, loadForCli } from './targets-common.js';
import { thresholdJson } from './targets-list.js';

export interface ShowOptions {
  id: string;
  paths: string[];
  format: 'table' | 'json';
}

/** Which targets an id names: doc#target, doc#threshold, a target id, or a threshold id. */
export function matchTargets(thresholds: Threshold[], id: string): string[] {
  const keys = new Set<string>();
  for (const t of thresholds) {
    const doc = t.document.id;
    if (id === `${doc}#${t.target}` || id === `${doc}#${t.id}` || id === t.target || id === t.id) keys.add(`${doc}#${t.target}`);
  }
  return [...keys];
}

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

export async function runTargetsShow(ctx: CliContext, options: ShowOptions): Promise<number> {
  const loaded = await loadForCli(ctx, options.paths);
  const keys = matchTargets(loaded.thresholds, options.id);
  if (keys.length === 0) {
    const ids = loaded.thresholds.flatMap((t) => [t.id, t.target, `${t.document.id}#${t.target}`]);
    const near = closest(options.id, ids, 5);
    throw new ParcheckError('TARGET_NOT_FOUND', text(`Không có chỉ tiêu mang mã ${options.id}`, `No target has the id ${options.id}`), {
      found: options.id,
      hint: text(`Mã gần nhất: ${near.join(', ')}`, `Closest ids: ${near.join(', ')}`),
    });
  }
  if (options.format === 'json') {
    const out = keys.map((key) => {
      const [docId, targetId] = key.split('#') as [string, string];
      const file = loaded.files.find((f) => f.document.id === docId)!;
      return {
        id: key,
        document: file.data.document,
        target: file.data.targets.find((t) => t.id === targetId),
        thresholds: loaded.thresholds.filter((t) => t.document.id === docId && t.target === targetId).map(thresholdJson),
      };
    });
    ctx.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    ctx.stdout(`${keys.map((k) => block(k, loaded.files, loaded.thresholds, ctx.lang)).join('\n\n')}\n`);
  }
  return EXIT.ok;
}

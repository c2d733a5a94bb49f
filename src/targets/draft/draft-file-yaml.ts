/**
 * Drafted targets → a target file (`schema: parcheck/targets@1`) whose targets each hold a `draft:`
 * block, as data and as YAML text with the numbers left out listed in a trailing comment block.
 */
import { stringify } from 'yaml';
import { slugify } from '../../ingest/text.js';
import { TARGET_SCHEMA_ID, type TargetFile } from '../schema.js';
import type { DraftResult, DraftTarget } from './extract.js';

export interface DraftDocumentOptions {
  documentId?: string;
  province?: string;
  sourceFile?: string;
}

function idOf(t: DraftTarget, used: Set<string>): string {
  const when = t.schedule ? ('years' in t.schedule ? Object.keys(t.schedule.years)[0] : t.schedule.start_year) : String(t.deadline ?? '').slice(0, 4);
  const stem = t.indicator ? t.indicator.replace(/_/g, '-') : slugify(t.quote.split(/\s+/).slice(0, 5).join(' ')).slice(0, 40) || 'target';
  const lvl = t.level !== 'all' && !t.by_level ? `-${t.level}` : '';
  const base = `${stem}${lvl}${when ? `-${when}` : ''}`.replace(/^-+/, '') || 'target';
  let id = /^[a-z0-9]/.test(base) ? base : `t-${base}`;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

export function draftTargetFile(result: DraftResult, options: DraftDocumentOptions): TargetFile {
  const h = result.header;
  const province = options.province ?? h.province ?? 'unknown';
  const docId = options.documentId ?? slugify(`${province}-${h.number?.split('/')[0] ?? 'ke-hoach'}-${h.issued ?? h.planStart}`);
  const used = new Set<string>();
  const targets = result.targets.map((t) => {
    const spec: Record<string, unknown> = { id: idOf(t, used), indicator: t.indicator, comparator: t.comparator };
    if (t.value !== undefined) spec.value = t.value;
    if (t.by_level) spec.by_level = t.by_level;
    if (t.schedule) spec.schedule = t.schedule;
    spec.unit = t.unit;
    if (t.deadline !== undefined && !t.schedule) spec.deadline = t.deadline;
    spec.scope = { level: t.level };
    if (t.baseline) spec.baseline = t.baseline;
    if (t.strict) spec.strict = true;
    spec.source = { section: t.section, quote: t.quote };
    spec.draft = { confidence: t.confidence, reason: t.reason, line: t.line };
    return spec;
  });
  const document: Record<string, unknown> = {
    id: docId,
    number: h.number ?? '…',
    date: h.date ?? String(h.planStart),
    issuer: h.issuer ?? (h.provinceName ? `UBND ${h.provinceName}` : 'UBND …'),
    title: h.title ?? 'Kế hoạch …',
    province,
  };
  if (options.sourceFile) document.source_file = options.sourceFile;
  return { schema: TARGET_SCHEMA_ID, document, version: '0.1.0', targets } as unknown as TargetFile;
}

export function draftYaml(file: TargetFile, result: DraftResult): string {
  const head = [
    '# Drafted by `parcheck targets draft`: every target below is a proposal.',
    '# Review each one (`parcheck targets review FILE --interactive`, or by hand): check the quote, the',
    '# indicator, the comparator, the deadline and the level, then delete its `draft:` block to accept it.',
    '# `parcheck targets validate` refuses the file while any `draft:` block is left.',
    '',
  ].join('\n');
  const body = stringify(file, { lineWidth: 0, flowCollectionPadding: true, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const tail = ['', `# not drafted: ${result.notDrafted.length} numbers read as no commitment; check that none was missed.`];
  for (const n of result.notDrafted) tail.push(`#   line ${n.line} (${n.reason}): ${JSON.stringify(n.quote.replace(/\s+/g, ' ').slice(0, 120))}`);
  return `${head}${body}${tail.join('\n')}\n`;
}

/** `parcheck explain` for a terminal: the chain behind one finding, one numbered step at a time. */
import { formatNumber, pick, text, type Lang } from '../core/i18n.js';
import type { SourceRef } from '../core/types.js';
import type { Explanation } from '../check/explain-finding.js';
import { STATUS_LABEL, LEVEL_LABEL } from './words.js';
import { showControls } from '../ingest/text.js';
import { shownDigits, shownGap, shownValue } from './format.js';
import { unitCode } from '../targets/unit-code.js';
import { warningMessage } from './warning-messages.js';

const W = {
  title: text('Giải thích kết quả', 'Explaining finding'),
  scope: text('Phạm vi', 'Scope'),
  period: text('Kỳ đo', 'Measured on'),
  asOf: text('thời điểm đánh giá', 'as of'),
  step1: text('1. Các ô đầu vào', '1. Input cells'),
  step2: text('2. Tổng theo chỉ số đo', '2. Sums per measure'),
  step3: text('3. Công thức', '3. Formula'),
  step4: text('4. Ngưỡng và điều khoản', '4. Threshold and clause'),
  step5: text('5. So sánh', '5. Comparison'),
  step6: text('6. Tiến độ (trước hạn)', '6. Trajectory (before the deadline)'),
  figures: text('số liệu', 'figures'),
  none: text('(không có số liệu)', '(no figures)'),
  missing: text('Thiếu', 'Missing'),
  status: text('Trạng thái', 'Status'),
  gap: text('Chênh lệch', 'Gap'),
  needed: text('Cần thêm', 'Needed'),
  deadline: text('Hạn', 'Deadline'),
  section: text('mục', 'section'),
  rule: text('Quy tắc', 'Rule'),
  baseline: text('Mốc gốc', 'Baseline'),
  ratio: text('Tỷ số tiến độ R (≥ 0,95 là đúng tiến độ)', 'Progress ratio R (≥ 0.95 is on track)'),
  perMonth: text('Điểm cần tăng mỗi tháng tới hạn', 'Points a month needed to the deadline'),
  superseded: text('Thay thế', 'Supersedes'),
  others: text('Phạm vi khác (--unit/--level)', 'Other scopes (--unit/--level)'),
  counted: text('các dòng được đếm', 'rows counted'),
  more: text('còn', 'more'),
  allInJson: text('--format json liệt kê đủ', '--format json lists them all'),
  mismatch: text('KHÔNG KHỚP với số liệu', 'DO NOT MATCH the figure'),
  role: { numerator: text('tử số', 'numerator'), denominator: text('mẫu số', 'denominator'), both: text('tử và mẫu', 'both') },
};

export function where(s: SourceRef): string {
  const head = s.line !== undefined ? `${s.file}:${s.line}${s.column !== undefined ? `:${s.column}` : ''}` : s.file;
  const rows = s.rows !== undefined ? `rows ${s.rows}` : undefined;
  const count = s.count !== undefined && s.rows !== undefined ? `(${s.count})` : undefined;
  const evidence = s.evidence !== undefined ? `(${showControls(s.evidence)})` : undefined;
  return [head, s.sheet, s.cell, [rows, count].filter(Boolean).join(' ') || undefined, evidence].filter(Boolean).join(' › ');
}

const SHOWN_ROWS = 40;

/** "rows counted (3): 2 TP-001, 3 TP-002, 5 TP-004": the rows of a dossier-list figure (line and id), the first SHOWN_ROWS. */
function countedLines(c: NonNullable<Explanation['inputs'][number]['counted']>[number], figure: number, p: (t: { vi: string; en: string }) => string): string[] {
  const shown = c.lines
    .slice(0, SHOWN_ROWS)
    .map((line, i) => (c.ids[i] ? `${line} ${showControls(c.ids[i]!)}` : String(line)))
    .join(', ');
  const rest = c.count - Math.min(c.lines.length, SHOWN_ROWS);
  const tail = rest > 0 ? ` … (${p(W.more)} ${rest}; ${p(W.allInJson)})` : '';
  const lines = [`      ${p(W.counted)} (${c.count}): ${shown || '—'}${tail}`];
  if (c.count !== figure) lines.push(`      ⚠ ${p(W.counted)} (${c.count}) ${p(W.mismatch)} (${figure})`);
  return lines;
}

/** The figures of a formula as the reader writes numbers ("35 / 100 × 100 = 35", "65,44"); names keep their digits. */
export function numbersIn(expr: string, lang: Lang): string {
  return expr.replace(/(?<![\w.,])-?\d+(?:\.\d+)?(?![\w.])/g, (m) => formatNumber(Number(m), lang, 4));
}

export function renderExplanation(e: Explanation, lang: Lang): string {
  const p = (t: { vi: string; en: string }) => pick(t, lang);
  // Every figure goes through the one formatter, so explain says 65,44 where the table does.
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, lang, 4));
  const f = e.finding;
  const t = e.threshold;
  const scope = f.scope.unit ?? p(LEVEL_LABEL[f.scope.level]);
  const out: string[] = [`${p(W.title)}: ${t.document.id}#${t.id} · ${t.indicator}`, `${p(W.scope)}: ${scope} · ${p(W.period)}: ${f.period} (${p(W.asOf)} ${e.as_of})`, '', p(W.step1)];
  if (e.inputs.length === 0) out.push(`   ${p(W.none)}`);
  for (const i of e.inputs) {
    out.push(`   ${i.unit} · ${i.measure} · ${i.period} = ${num(i.value)}   [${p(W.role[i.role])}]`);
    for (const s of i.sources) out.push(`      ${where(s)}${s.rows === undefined && i.sources.length === 1 ? ` = ${num(i.value)}` : ''}`);
    for (const c of i.counted ?? []) out.push(...countedLines(c, i.value, p));
  }
  for (const m of e.missing) out.push(`   ${p(W.missing)}: ${m.unit} · ${m.measures.join(', ')}`);
  out.push('', p(W.step2));
  for (const s of e.sums) out.push(`   ${s.measure} = ${num(s.value)}   (${num(s.figures)} ${p(W.figures)}; ${p(W.role[s.role])})`);
  out.push('', p(W.step3), `   ${f.formula}`);
  if (e.substituted) out.push(`   ${numbersIn(e.substituted, lang)}${f.unit === 'percent' && f.value !== null && !f.formula.includes('base') ? '%' : ''}`);
  // The value and gap as every report shows them (rounded towards the verdict, never contradicting the status).
  const shown = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, shownDigits(f.unit)));
  if (f.formula.includes('base') && f.value !== null) out.push(`   = ${shown(shownValue(f))}`);
  const value = t.comparator === 'between' ? `${num(t.value[0])}–${num(t.value[1])}` : num(t.value);
  out.push('', p(W.step4), `   ${t.comparator} ${value} ${unitCode(t)} · ${p(W.deadline)} ${t.deadlineDate}`);
  out.push(`   ${t.document.number} (${t.document.id})${t.section ? `, ${p(W.section)} ${t.section}` : ''}: "${t.quote}"`);
  out.push(`   ${t.file}${t.fileVersion ? ` (v${t.fileVersion})` : ''}`);
  if (t.supersedes) out.push(`   ${p(W.superseded)}: ${t.supersedes}`);
  out.push('', p(W.step5));
  out.push(`   ${shown(shownValue(f))} ${t.comparator} ${value} → ${p(W.status)}: ${p(STATUS_LABEL[f.status])} (${f.status})`);
  out.push(`   ${p(W.gap)}: ${f.gap === null ? '—' : `${f.gap > 0 ? '+' : ''}${shown(shownGap(f))}`} · ${p(W.needed)}: ${num(f.needed)}`);
  for (const pr of f.problems ?? []) out.push(`   [${pr.code}] ${warningMessage(pr, lang)}`);
  if (f.status === 'on-track' || f.status === 'off-track') {
    const tr = f.trajectory;
    out.push('', p(W.step6), `   ${p(W.rule)}: ${tr.rule}`);
    out.push(`   ${p(W.baseline)}: ${num(tr.baselineValue)}${tr.baselinePeriod ? ` (${tr.baselinePeriod})` : ''}`);
    out.push(`   ${p(W.ratio)}: ${num(tr.ratio)}`);
    out.push(`   ${p(W.perMonth)}: ${num(tr.pointsPerMonthNeeded)}`);
  }
  if (e.otherScopes.length > 0) {
    const list = e.otherScopes.map((s) => s.unit ?? s.level);
    out.push('', `${p(W.others)}: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ` … (+${list.length - 12})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

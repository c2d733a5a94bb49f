/** The human form of `inspect`: one section per file, Vietnamese by default. */
import { formatLocation } from '../core/errors.js';
import { formatNumber, LABELS, pick, text, type Lang, type Text } from '../core/i18n.js';
import { wrapLine } from './box.js';
import type { IngestedFile } from '../core/types.js';
import { escapeControl } from './escape.js';
import { warningMessage } from './warning-messages.js';

/** Unit names and headers come from the inputs: their controls are shown, never sent to the terminal. */
const visible = (lines: string[]) => lines.map((l) => l.split('\n').map(escapeControl).join('\n'));

const W = {
  shape: text('Dạng', 'Shape'),
  monthly_report: text('báo cáo tháng (biểu II.06a/VPCP/KSTT)', 'monthly report (form II.06a/VPCP/KSTT)'),
  rate_table: text('bảng tỷ lệ / chỉ số', 'rate / index table'),
  dossier_list: text('danh sách hồ sơ', 'dossier list'),
  figures_sheet: text('biểu nhập số liệu (parcheck template)', 'figures sheet (parcheck template)'),
  province: text('Tỉnh', 'Province'),
  header: text('Dòng tiêu đề', 'Header rows'),
  periods: text('Kỳ', 'Periods'),
  rows: text('Số dòng đã đọc', 'Rows read'),
  encoding: text('Bảng mã / định dạng', 'Encoding / format'),
  asOf: text('Thời điểm số liệu (theo tệp)', 'As of (stated in the file)'),
  columns: text('Cột', 'Columns'),
  column: text('Cột', 'Column'),
  heading: text('Tiêu đề', 'Heading'),
  mapped: text('Hiểu là', 'Read as'),
  units: text('Đơn vị', 'Units'),
  level: text('Cấp', 'Level'),
  from: text('Theo', 'From'),
  measures: text('Chỉ tiêu', 'Measures'),
  count: text('Số giá trị', 'Values'),
  sum: text('Tổng', 'Sum'),
  ignored: text('(bỏ qua)', '(ignored)'),
  unit: text('(tên đơn vị)', '(unit name)'),
  levelRole: text('(cấp)', '(level)'),
  none: text('—', '—'),
  registry: text('sổ đơn vị', 'registry'),
  group: text('dòng nhóm', 'group row'),
  name: text('tên', 'name'),
  unknown: text('không rõ', 'unknown'),
  province_l: text('tỉnh', 'province'),
  district_l: text('huyện', 'district'),
  commune_l: text('xã', 'commune'),
} satisfies Record<string, Text>;

function table(head: string[], rows: string[][], indent = '    '): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `${indent}${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function inspectTable(files: IngestedFile[], lang: Lang): string {
  const p = (t: Text) => pick(t, lang);
  const out: string[] = [];
  for (const f of files) {
    out.push(`${p(LABELS.file)}: ${f.path}`, `  SHA-256: ${f.sha256}`, `  ${p(W.shape)}: ${p(W[f.shape])}`);
    if (f.sheet) out.push(`  ${p(LABELS.sheet)}: ${f.sheet}`);
    if (f.province) out.push(`  ${p(W.province)}: ${f.province}`);
    if (f.headerRows?.length) out.push(`  ${p(W.header)}: ${f.headerRows.join(', ')}`);
    out.push(`  ${p(W.periods)}: ${f.periods.join(', ') || p(W.none)}`);
    if (f.rowsRead !== undefined) out.push(`  ${p(W.rows)}: ${f.rowsRead}`);
    if (f.encoding !== undefined) out.push(`  ${p(W.encoding)}: ${f.encoding}`);
    if (f.listAsOf !== undefined) out.push(`  ${p(W.asOf)}: ${f.listAsOf}`);
    const role = (c: IngestedFile['columns'][number]) =>
      c.measure ?? (c.role === 'unit' ? p(W.unit) : c.role === 'level' ? p(W.levelRole) : c.role && c.role !== 'ignored' ? `(${c.role})` : p(W.ignored));
    out.push(`  ${p(W.columns)}:`, table([p(W.column), p(W.heading), p(W.mapped)], f.columns.map((c) => [c.column, c.header, role(c)])));
    const lvl = (l: string | null) => (l ? p(W[`${l}_l` as keyof typeof W]) : p(W.unknown));
    const from = (s: string) => (s === 'column' ? p(W.column) : s === 'registry' ? p(W.registry) : s === 'group' ? p(W.group) : s === 'name' ? p(W.name) : p(W.unknown));
    out.push(`  ${p(W.units)} (${f.units.length}):`, table([p(W.units), p(W.level), p(W.from)], f.units.map((u) => [u.name, lvl(u.level), from(u.levelFrom)])));
    const sums = new Map<string, { n: number; sum: number }>();
    for (const o of f.observations) {
      const s = sums.get(o.measure) ?? { n: 0, sum: 0 };
      s.n++;
      s.sum += o.value;
      sums.set(o.measure, s);
    }
    const fmt = (n: number) => formatNumber(n, lang, 2);
    out.push(`  ${p(W.measures)}:`, table([p(W.measures), p(W.count), p(W.sum)], [...sums].map(([m, s]) => [m, String(s.n), m.endsWith('_declared') || m.endsWith('_rank') || m.endsWith('_score') ? '' : fmt(s.sum)])));
    out.push('');
  }
  return `${visible(out).join('\n')}`;
}

export function inspectWarnings(files: IngestedFile[], lang: Lang, width?: number): string {
  const lines = files.flatMap((f) => f.warnings.map((w) => `${pick(LABELS.warning, lang)} [${w.code}] ${formatLocation(w.location)}: ${warningMessage(w, lang)}`));
  // Each line break of a message stays one; every line fits the terminal.
  const shown = visible(lines).flatMap((l) => l.split('\n')).flatMap((l) => wrapLine(l, width, '    '));
  return shown.length > 0 ? `${shown.join('\n')}\n` : '';
}

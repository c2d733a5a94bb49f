/**
 * A seeded generator of report forms as provinces file them (biểu II.06a and kin): random wordings taken
 * from the lexicon, 1–3 header rows merged or not, a column-number row, group rows with or without
 * subtotals, a total row on top, at the bottom or absent, notes, a signing-date line and a signature
 * block with names under numeric columns, numbers as text with thousands dots or padding, blanks and
 * "-" for zero, formulas with cached values, an instructions sheet, a hidden sheet, a hidden helper
 * column, merged unit names, footnote markers; written as XLSX or CSV (`,` `;` tab, UTF-8/UTF-16).
 * Each variant carries its own tally, computed here as it is generated, never by parcheck's code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { writeZip, type Part } from '../hostile/zip-craft.js';

export type Level = 'province' | 'district' | 'commune';
export interface TruthUnit {
  name: string;
  level: Level;
  figures: Record<string, number>;
}
export interface Variant {
  seed: number;
  file: string;
  bytes: Buffer;
  period: string;
  units: TruthUnit[];
  /** What was drawn, printed when the variant fails. */
  traits: string[];
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEXICON = parse(readFileSync(new URL('../../lexicon/lexicon.yaml', import.meta.url), 'utf8')).forms as {
  groups: Record<string, { words: string[] }>;
  measures: Record<string, { leaf: string[] }>;
};

/** Lexicon words are folded; forms are written with diacritics. The spellings below are the same words. */
// biome-ignore format: one group of synonyms per line
const SPELL: Record<string, string> = {
  'so ho so nhan giai quyet': 'Số hồ sơ nhận giải quyết', 'nhan giai quyet': 'Nhận giải quyết', 'tiep nhan': 'Tiếp nhận', 'so ho so tiep nhan': 'Số hồ sơ tiếp nhận', 'da tiep nhan': 'Đã tiếp nhận',
  'so ho so da giai quyet': 'Số hồ sơ đã giải quyết', 'da giai quyet': 'Đã giải quyết', 'so luong ho so da giai quyet': 'Số lượng hồ sơ đã giải quyết', 'ket qua giai quyet': 'Kết quả giải quyết', 'da xu ly': 'Đã xử lý', 'giai quyet xong': 'Giải quyết xong',
  'so ho so dang giai quyet': 'Số hồ sơ đang giải quyết', 'dang giai quyet': 'Đang giải quyết', 'ho so dang xu ly': 'Hồ sơ đang xử lý', 'dang xu ly': 'Đang xử lý', 'chua giai quyet': 'Chưa giải quyết', 'chua xu ly': 'Chưa xử lý',
  'tong so': 'Tổng số', tong: 'Tổng', 'tong cong': 'Tổng cộng',
  'truc tuyen': 'Trực tuyến', 'tiep nhan truc tuyen': 'Tiếp nhận trực tuyến', 'nop truc tuyen': 'Nộp trực tuyến',
  'truc tiep, dich vu buu chinh': 'Trực tiếp, dịch vụ bưu chính', 'truc tiep': 'Trực tiếp', 'truc tiep/bcci': 'Trực tiếp/BCCI', 'mot cua': 'Một cửa',
  'tu ky truoc': 'Từ kỳ trước', 'ky truoc chuyen sang': 'Kỳ trước chuyển sang', 'ton ky truoc': 'Tồn kỳ trước', 'ton truoc': 'Tồn trước', 'so ky truoc chuyen qua': 'Số kỳ trước chuyển qua',
  'truoc han': 'Trước hạn', 'som han': 'Sớm hạn', som: 'Sớm', 'dung han': 'Đúng hạn', 'tra dung thoi han': 'Trả đúng thời hạn', 'den han': 'Đến hạn',
  'qua han': 'Quá hạn', 'tre han': 'Trễ hạn', tre: 'Trễ', 'cham han': 'Chậm hạn', 'tra qua han': 'Trả quá hạn',
  'trong han': 'Trong hạn', 'con han': 'Còn hạn', 'chua den han': 'Chưa đến hạn',
  'tu choi giai quyet': 'Từ chối giải quyết', 'tu choi': 'Từ chối', 'rut khong giai quyet': 'Rút không giải quyết', 'rut ho so': 'Rút hồ sơ', 'cho bo sung': 'Chờ bổ sung',
  'duoc so hoa': 'Được số hóa', 'da so hoa': 'Đã số hóa', 'so hoa ket qua': 'Số hóa kết quả',
};
const spelled = (folded: string) => SPELL[folded];
const wordsOf = (list: string[]) => list.map(String).filter((w) => spelled(w) !== undefined);

const GROUP_OF: Record<string, string> = {
  received_total: 'received',
  received_online: 'received',
  received_offline: 'received',
  received_carried_over: 'received',
  resolved_total: 'resolved',
  resolved_early: 'resolved',
  resolved_on_time: 'resolved',
  resolved_late: 'resolved',
  pending_total: 'pending',
  pending_in_time: 'pending',
  pending_overdue: 'pending',
};
const BASE = Object.keys(GROUP_OF);
const EXTRA = ['rejected', 'withdrawn', 'pending_awaiting_supplement', 'digitized_results'];

const UNITS: Record<Level, string[]> = {
  province: [
    'Sở Tư pháp',
    'Sở Nội vụ',
    'Sở Tài chính',
    'Sở Xây dựng',
    'Sở Y tế',
    'Công an tỉnh',
    'Ban Quản lý các khu công nghiệp',
    'Văn phòng UBND tỉnh',
    'Sở Công Thương',
    'Thanh tra tỉnh',
    'Sở Giáo dục và Đào tạo',
  ],
  district: ['UBND huyện Tiên Phước', 'UBND huyện Duy Xuyên', 'UBND thị xã Điện Bàn', 'UBND thành phố Tam Kỳ', 'UBND huyện Núi Thành', 'UBND huyện Thăng Bình'],
  commune: ['UBND xã Tam Xuân 1', 'UBND phường An Mỹ', 'UBND thị trấn Nam Phước', 'UBND xã Duy Sơn', 'UBND xã Bình Minh'],
};
/** Names the lexicon of levels cannot tell: only under a group row. */
const UNNAMED: Record<Level, string[]> = {
  province: ['Cổng thông tin điện tử tỉnh', 'Tổng công ty Cấp nước'],
  district: ['Chi nhánh Văn phòng Đăng ký đất đai Hội An'],
  commune: ['Cộng đồng dân cư thôn 3'],
};
const GROUP_LABEL: Record<Level, string[]> = { province: ['CẤP TỈNH', 'Sở, ban, ngành', 'Cấp tỉnh'], district: ['CẤP HUYỆN', 'Cấp huyện'], commune: ['CẤP XÃ', 'Cấp xã'] };
const ROMAN = ['I', 'II', 'III'];
const LETTER = ['A', 'B', 'C'];

/** A formula cell carries its cached value; without one (`v` undefined) it is what openpyxl writes. */
type Cell = string | number | null | { f: string; v?: number };

export function makeVariant(seed: number, dir: string): Variant {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const traits: string[] = [];
  const trait = (t: string) => traits.push(t);

  const extras = EXTRA.filter(() => chance(0.25));
  const rateColumn = chance(0.25);
  const measures = [...BASE, ...extras, ...(rateColumn ? ['on_time_rate_declared'] : [])];
  const depth = pick([1, 2, 2, 3]);
  const merged = chance(0.6);
  trait(`depth=${depth}${merged ? ' merged' : ''}`);
  const groupWord: Record<string, string> = {
    received: spelled(pick(wordsOf(LEXICON.groups.received!.words)))!,
    resolved: spelled(pick(wordsOf(LEXICON.groups.resolved!.words)))!,
    pending: spelled(pick(wordsOf(LEXICON.groups.pending!.words)))!,
  };
  trait(`groups=${Object.values(groupWord).join('|')}`);
  const leafWord = (m: string) => spelled(pick(wordsOf(LEXICON.measures[m]!.leaf)))!;
  const leaves = Object.fromEntries(
    measures.map((m) => [m, m === 'on_time_rate_declared' ? pick(['Tỉ lệ sớm và đúng hạn (%)', 'Tỷ lệ giải quyết đúng hạn (%)', 'Tỷ lệ trước và đúng hạn']) : leafWord(m)]),
  );
  trait(`leaves=${measures.map((m) => leaves[m]).join('|')}`);
  const hiddenHelper = chance(0.3);

  // Columns: STT, unit, [level], measures…, [helper], [Ghi chú]
  const levelColumn = chance(0.15);
  type Col = { top: string; mid: string; low: string; measure?: string; role?: string };
  const cols: Col[] = [
    { top: pick(['STT', 'TT']), mid: '', low: '', role: 'stt' },
    { top: pick(['Tên đơn vị', 'Đơn vị', 'Cơ quan, đơn vị', 'Lĩnh vực, công việc giải quyết theo cấp']), mid: '', low: '', role: 'unit' },
  ];
  if (levelColumn) cols.push({ top: 'Cấp', mid: '', low: '', role: 'level' });
  const sub = pick(['Trong kỳ', 'Trong đó', 'Nhận trong kỳ']);
  for (const m of measures) {
    const g = GROUP_OF[m];
    if (m === 'on_time_rate_declared') {
      cols.push({ top: leaves[m]!, mid: '', low: '', measure: m });
      continue;
    }
    if (!g) {
      cols.push({ top: depth === 1 ? `Số hồ sơ ${leaves[m]!.toLowerCase()}` : leaves[m]!, mid: '', low: '', measure: m });
      continue;
    }
    if (depth === 1) {
      const total = m.endsWith('_total');
      cols.push({ top: total ? `${groupWord[g]} - ${leaves[m]}` : `${groupWord[g]} - ${leaves[m]}`, mid: '', low: '', measure: m });
    } else if (depth === 3 && (m === 'received_online' || m === 'received_offline')) cols.push({ top: groupWord[g]!, mid: sub, low: leaves[m]!, measure: m });
    else cols.push({ top: groupWord[g]!, mid: leaves[m]!, low: '', measure: m });
  }
  if (hiddenHelper) cols.push({ top: 'Cột phụ', mid: '', low: '', role: 'helper' });
  if (chance(0.3)) cols.push({ top: 'Ghi chú', mid: '', low: '', role: 'note' });
  if (depth === 3) trait(`sub=${sub}`);
  if (extras.length) trait(`extras=${extras.join(',')}`);

  // Units and their figures.
  const groupRows = chance(0.6);
  const subtotals = groupRows && chance(0.5);
  const levels: Level[] = (['province', 'district', 'commune'] as Level[]).filter(() => chance(0.8));
  if (levels.length === 0) levels.push('province');
  const truth: TruthUnit[] = [];
  const used = new Set<string>();
  const byLevel = new Map<Level, TruthUnit[]>();
  for (const level of levels) {
    const pool = groupRows || levelColumn ? [...UNITS[level], ...UNNAMED[level]] : UNITS[level];
    const n = 1 + Math.floor(r() * 4);
    const list: TruthUnit[] = [];
    for (let k = 0; k < n; k++) {
      const name = pick(pool);
      if (used.has(name)) continue;
      used.add(name);
      const u: TruthUnit = { name, level, figures: figures(r, extras, chance(0.1)) };
      if (rateColumn)
        u.figures.on_time_rate_declared = u.figures.resolved_total === 0 ? 0 : Math.round(((u.figures.resolved_early! + u.figures.resolved_on_time!) / u.figures.resolved_total!) * 10000) / 100;
      list.push(u);
      truth.push(u);
    }
    byLevel.set(level, list);
  }
  const totalAt = pick(['top', 'bottom', 'bottom', 'none']);
  trait(`groupRows=${groupRows}${subtotals ? '+subtotals' : ''} total=${totalAt} levelColumn=${levelColumn}`);

  // Rendering a number: plain, text with thousands dots, padded, blank/"-" for zero.
  const numberStyle = pick(['plain', 'text', 'mixed']);
  const zeroStyle = pick(['0', 'blank', '-']);
  trait(`numbers=${numberStyle} zero=${zeroStyle}`);
  const render = (n: number): Cell => {
    if (n === 0) return zeroStyle === '0' ? (numberStyle === 'plain' ? 0 : '0') : zeroStyle === 'blank' ? null : '-';
    const style = numberStyle === 'mixed' ? pick(['plain', 'text', 'pad']) : numberStyle;
    if (style === 'plain') return n;
    const dotted = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return style === 'pad' ? `  ${dotted} ` : dotted;
  };
  const format = pick(['xlsx', 'xlsx', 'csv', 'csv']);
  const formulas = format === 'xlsx' && chance(0.4);
  if (formulas) trait('formulas');

  const rows: Cell[][] = [];
  const merges: string[] = [];
  const colLetter = (i: number) => String.fromCharCode(65 + i);
  const W = cols.length;
  const line = (cells: Record<number, Cell>): Cell[] => Array.from({ length: W }, (_, i) => cells[i] ?? null);
  const province = pick(['QUẢNG NAM', 'QUẢNG BÌNH', 'HÀ TĨNH']);
  const month = 1 + Math.floor(r() * 12);
  const year = pick([2024, 2025]);
  const quarter = chance(0.2);
  const period = quarter ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
  const title = quarter
    ? pick([
        `QUÝ ${['I', 'II', 'III', 'IV'][Math.ceil(month / 3) - 1]} NĂM ${year}`,
        `(Từ ngày 01/${(Math.ceil(month / 3) - 1) * 3 + 1}/${year} đến ngày ${[31, 30, 30, 31][Math.ceil(month / 3) - 1]}/${Math.ceil(month / 3) * 3}/${year})`,
      ])
    : pick([`THÁNG ${month}/${year}`, `Tháng ${String(month).padStart(2, '0')} năm ${year}`]);
  const signMonth = month === 12 ? 1 : month + 1;
  const signing = `${province === 'HÀ TĨNH' ? 'Hà Tĩnh' : province === 'QUẢNG BÌNH' ? 'Quảng Bình' : 'Quảng Nam'}, ngày ${String(1 + Math.floor(r() * 27)).padStart(2, '0')} tháng ${String(signMonth).padStart(2, '0')} năm ${month === 12 ? year + 1 : year}`;
  const signingOnTop = chance(0.3);
  if (signingOnTop) trait('signing-date above the title');
  rows.push(line({ 0: `ỦY BAN NHÂN DÂN TỈNH ${province}`, 5: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }));
  if (signingOnTop) rows.push(line({ 5: signing }));
  rows.push(line({ 0: 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC' }));
  rows.push(line({ 0: title }));
  if (chance(0.5)) rows.push(line({ [W - 1]: 'Đơn vị tính: Hồ sơ' }));
  rows.push(line({}));

  // Header band.
  const headerTop = rows.length + 1;
  const bands = depth;
  const band: Cell[][] = Array.from({ length: bands }, () => line({}));
  let prevTop = '';
  cols.forEach((c, i) => {
    if (depth === 1) {
      band[0]![i] = c.top;
      return;
    }
    const first = !merged || c.top !== prevTop || !c.measure;
    if (first || !merged) band[0]![i] = c.top;
    prevTop = c.measure ? c.top : '';
    if (!c.measure) {
      if (merged && bands > 1) merges.push(`${colLetter(i)}${headerTop}:${colLetter(i)}${headerTop + bands - 1}`);
      return;
    }
    if (depth === 2) band[1]![i] = c.mid;
    else if (c.low) {
      band[1]![i] = !merged || i === 0 || cols[i - 1]!.mid !== c.mid ? c.mid : null;
      band[2]![i] = c.low;
    } else {
      band[1]![i] = c.mid;
      if (merged) merges.push(`${colLetter(i)}${headerTop + 1}:${colLetter(i)}${headerTop + 2}`);
      else band[2]![i] = null;
    }
  });
  if (!GROUP_OF[cols[W - 1]!.measure ?? ''] && depth > 1) {
    // Extra columns merged down over the whole band.
  }
  rows.push(...band);
  if (chance(0.5)) {
    const style = pick(['paren', 'plain', 'letters', 'formula']);
    rows.push(
      cols.map((_, i) =>
        style === 'paren' ? `(${i + 1})` : style === 'letters' && i < 2 ? ['A', 'B'][i]! : style === 'formula' && i === 2 ? '(3)=(4)+(5)+(6)' : style === 'formula' ? `(${i + 1})` : String(i + 1),
      ),
    );
    trait(`numbering=${style}`);
  }

  // Body.
  const measureCols = cols.map((c, i) => [c, i] as const).filter(([c]) => c.measure);
  const sum = (us: TruthUnit[], m: string) => us.reduce((s, u) => s + (u.figures[m] ?? 0), 0);
  const rateOf = (us: TruthUnit[]) => {
    const t = sum(us, 'resolved_total');
    return `${String(t === 0 ? 0 : Math.round(((sum(us, 'resolved_early') + sum(us, 'resolved_on_time')) / t) * 10000) / 100).replace('.', ',')}%`;
  };
  const totalLabel = pick(['Tổng cộng', 'CỘNG', 'Tổng số', 'Toàn tỉnh', 'TỔNG CỘNG']);
  const bodyStart = rows.length + 1;
  const totalRow = () => {
    const cells: Record<number, Cell> = { 1: totalLabel };
    for (const [c, i] of measureCols) {
      if (c.measure === 'on_time_rate_declared') {
        cells[i] = rateOf(truth);
        continue;
      }
      const v = sum(truth, c.measure!);
      cells[i] = formulas && totalAt === 'bottom' ? { f: `SUM(${colLetter(i)}${bodyStart}:${colLetter(i)}${rows.length})`, v } : render(v);
    }
    rows.push(line(cells));
  };
  if (totalAt === 'top') totalRow();
  const footnoted = new Set<string>();
  let stt = 0;
  levels.forEach((level, li) => {
    const us = byLevel.get(level)!;
    if (groupRows) {
      const style = pick(['roman-stt', 'roman-name', 'letter-name', 'plain']);
      const label = pick(GROUP_LABEL[level]);
      const cells: Record<number, Cell> =
        style === 'roman-stt'
          ? { 0: ROMAN[li]!, 1: label }
          : style === 'roman-name'
            ? { 1: `${ROMAN[li]}. ${label}` }
            : style === 'letter-name'
              ? { 1: `${LETTER[li]}. ${label}` }
              : { 1: level === 'province' ? pick(['CẤP TỈNH', 'Sở, ban, ngành']) : label };
      if (subtotals) for (const [c, i] of measureCols) cells[i] = c.measure === 'on_time_rate_declared' ? rateOf(us) : render(sum(us, c.measure!));
      rows.push(line(cells));
    }
    for (const u of us) {
      stt++;
      let name = u.name;
      if (chance(0.08)) {
        name = `${u.name} ${pick(['(*)', '*'])}`;
        footnoted.add(u.name);
      }
      const cells: Record<number, Cell> = { 0: stt, 1: name };
      if (levelColumn) cells[2] = pick({ province: ['Cấp tỉnh', 'Tỉnh'], district: ['Cấp huyện', 'Huyện'], commune: ['Cấp xã', 'Xã'] }[u.level]);
      for (const [c, i] of measureCols) {
        const v = u.figures[c.measure!]!;
        if (c.measure === 'on_time_rate_declared') {
          cells[i] = `${String(v).replace('.', ',')}%`;
          continue;
        }
        cells[i] = formulas && c.measure === 'received_total' && chance(0.5) ? { f: 'SUM(1)', v } : render(v);
      }
      if (hiddenHelper) cells[cols.findIndex((c) => c.role === 'helper')] = Math.floor(r() * 1000);
      rows.push(line(cells));
      if (format === 'xlsx' && chance(0.1)) {
        // A unit name merged over two rows: the second row is empty.
        merges.push(`B${rows.length}:B${rows.length + 1}`);
        rows.push(line({}));
        trait('merged unit name');
      }
    }
  });
  if (totalAt === 'bottom') totalRow();
  if (footnoted.size) trait('footnote markers');

  // Footer: notes, signing date, signature block with names under numeric columns.
  const numericAt = measureCols.map(([, i]) => i);
  if (chance(0.7)) rows.push(line({ 0: pick(['Ghi chú: Số liệu tính đến hết ngày cuối kỳ.', '(*) Đơn vị chưa cập nhật đầy đủ số liệu trên hệ thống.', 'Ghi chú:']) }));
  if (chance(0.3)) rows.push(line({}));
  if (!signingOnTop) rows.push(line({ [pick(numericAt)]: signing }));
  const signerAt = pick(numericAt);
  rows.push(line({ 1: 'NGƯỜI LẬP BIỂU', [signerAt]: pick(['KT. CHÁNH VĂN PHÒNG', 'THỦ TRƯỞNG ĐƠN VỊ']) }));
  rows.push(line({ [signerAt]: 'PHÓ CHÁNH VĂN PHÒNG' }));
  rows.push(line({}));
  rows.push(line({ 1: pick(['Nguyễn Văn An', 'Lê Thị Hoa']), [signerAt]: pick(['Trần Văn Bình', 'Phạm Thị Lan']) }));
  trait('footer');

  const instructions = chance(0.25);
  const hiddenSheet = format === 'xlsx' && chance(0.2);
  if (instructions) trait('instructions sheet');
  if (hiddenSheet) trait('hidden sheet');
  const base = `zoo-${seed}`;
  let file: string;
  let bytes: Buffer;
  if (format === 'xlsx') {
    const sheets: SheetSpec[] = [];
    if (hiddenSheet) sheets.push({ name: 'Dữ liệu cũ', rows: rows.map((row) => row.map((c) => (typeof c === 'number' ? c + 7 : c))), merges: [], hidden: true });
    if (instructions)
      sheets.push({
        name: 'Hướng dẫn',
        rows: [['HƯỚNG DẪN ĐIỀN BIỂU'], ['Cột Tổng số = Trực tuyến + Trực tiếp + Từ kỳ trước'], ['Số hồ sơ đã giải quyết gồm trước hạn, đúng hạn, quá hạn']],
        merges: [],
      });
    sheets.push({
      name: pick(['Biểu II.06a', 'Sheet1', 'Báo cáo']),
      rows,
      merges: merged ? merges : merges.filter((m) => m.startsWith('B') && !m.includes(`B${headerTop}`)),
      hiddenColumns: hiddenHelper ? [cols.findIndex((c) => c.role === 'helper')] : [],
    });
    if (hiddenHelper) trait('hidden helper column');
    file = `${dir}/${base}.xlsx`;
    bytes = writeXlsx(sheets);
  } else {
    const delimiter = pick([',', ';', '\t']);
    const encoding = pick(['utf8', 'utf8bom', 'utf16le']);
    trait(`csv delimiter=${JSON.stringify(delimiter)} ${encoding}`);
    const text = `${rows.map((row) => row.map((c) => csvCell(c, delimiter)).join(delimiter)).join(pick(['\r\n', '\n']))}\r\n`;
    bytes =
      encoding === 'utf16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : encoding === 'utf8bom'
          ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
          : Buffer.from(text);
    file = `${dir}/${base}.csv`;
  }
  const units = truth.map((u) => ({ ...u, figures: Object.fromEntries(Object.entries(u.figures).filter(([m]) => measures.includes(m))) }));
  return { seed, file, bytes, period, units, traits: [format, ...traits] };
}

function figures(r: () => number, extras: string[], zero: boolean): Record<string, number> {
  const n = (max: number) => (zero ? 0 : Math.floor(r() * max));
  const online = n(1500);
  const offline = n(400);
  const carried = n(200);
  const total = online + offline + carried;
  const rejected = extras.includes('rejected') ? Math.min(n(5), total) : 0;
  const withdrawn = extras.includes('withdrawn') ? Math.min(n(5), total - rejected) : 0;
  const resolved = Math.floor((total - rejected - withdrawn) * (zero ? 0 : r()));
  const early = Math.floor(resolved * r());
  const late = Math.floor((resolved - early) * r() * 0.3);
  const pending = total - rejected - withdrawn - resolved;
  const overdue = Math.floor(pending * r() * 0.4);
  const f: Record<string, number> = {
    received_total: total,
    received_online: online,
    received_offline: offline,
    received_carried_over: carried,
    resolved_total: resolved,
    resolved_early: early,
    resolved_on_time: resolved - early - late,
    resolved_late: late,
    pending_total: pending,
    pending_in_time: pending - overdue,
    pending_overdue: overdue,
  };
  if (extras.includes('rejected')) f.rejected = rejected;
  if (extras.includes('withdrawn')) f.withdrawn = withdrawn;
  if (extras.includes('pending_awaiting_supplement')) f.pending_awaiting_supplement = Math.min(n(20), pending);
  if (extras.includes('digitized_results')) f.digitized_results = Math.floor(resolved * (zero ? 0 : r()));
  return f;
}

function csvCell(c: Cell, delimiter: string): string {
  if (c === null) return '';
  const s = typeof c === 'object' ? String(c.v) : String(c);
  return /["\r\n]/.test(s) || s.includes(delimiter) || s.includes(',') ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges: string[];
  hidden?: boolean;
  hiddenColumns?: number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);

/** A minimal workbook: inline strings, numbers, formulas with their cached value, merges, hidden parts. */
export function writeXlsx(sheets: SheetSpec[]): Buffer {
  const parts: Part[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rIdS${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml(sheetXml(s)) })),
  ];
  return writeZip(parts);
}

function sheetXml(s: SheetSpec): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const cols = s.hiddenColumns?.length ? `<cols>${s.hiddenColumns.map((c) => `<col min="${c + 1}" max="${c + 1}" width="0" hidden="1"/>`).join('')}</cols>` : '';
  const rows = s.rows
    .map((row, r) => {
      const cells = row
        .map((c, i) => {
          const ref = `${letter(i)}${r + 1}`;
          if (c === null) return '';
          if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
          if (typeof c === 'object') return c.v === undefined ? `<c r="${ref}"><f>${esc(c.f)}</f></c>` : `<c r="${ref}"><f>${esc(c.f)}</f><v>${c.v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const merges = s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${cols}<sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

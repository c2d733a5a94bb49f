/**
 * A seeded zoo of dossier lists as one-stop systems export them: random column wordings and orders,
 * extra columns, channel and status as codes or words, every yes/no spelling, datetimes as text or
 * serials, dossiers returned on their due day before or after the due time, title / export and count
 * lines, in CSV (UTF-8 with or without BOM, UTF-16, Windows-1258) or XLSX. Each variant keeps the rows it
 * wrote as reference rows (tests/helpers/dossier-reference.ts), whose independent tally it must equal.
 */
import ExcelJS from 'exceljs';
import { refDay, type RefMoment, type RefRow } from '../helpers/dossier-reference.js';
import { csvField, momentSerial, momentText } from '../helpers/dossier-writer.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

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

/** Wordings seen in exports (VOCABULARY.md "Per-dossier lists") and a few more. */
const WORDS = {
  code: ['Mã hồ sơ', 'Số hồ sơ', 'Mã hồ sơ hành chính', 'Mã HS', 'Số biên nhận'],
  unit: ['Đơn vị tiếp nhận', 'Cơ quan giải quyết', 'Cơ quan thực hiện', 'Đơn vị', 'Tên đơn vị'],
  level: ['Cấp', 'Cấp thực hiện'],
  channel: ['Hình thức nộp', 'Kênh nộp', 'Kênh thực hiện', 'Hình thức nộp hồ sơ'],
  received: ['Ngày tiếp nhận', 'Thời gian tiếp nhận', 'Ngày nhận', 'Ngày tiếp nhận hồ sơ'],
  due: ['Ngày hẹn trả', 'Hạn xử lý', 'Hạn giải quyết', 'Ngày hẹn trả kết quả'],
  returned: ['Ngày trả kết quả', 'Thời gian hoàn thành', 'Ngày có kết quả', 'Ngày kết thúc xử lý', 'Ngày trả công dân'],
  status: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ'],
  digitized: ['Số hóa kết quả', 'Đã số hóa', 'Được số hóa'],
  paid: ['Thanh toán trực tuyến', 'Đã thanh toán trực tuyến'],
  fee: ['Phí, lệ phí', 'Lệ phí'],
  eCirc: ['Luân chuyển điện tử', 'Xử lý trên môi trường điện tử'],
};
const EXTRA = ['STT', 'Tên thủ tục', 'Lĩnh vực', 'Ghi chú', 'Người nộp'];
const UNITS: [string, string][] = [
  ['Sở Tư pháp', 'Cấp Tỉnh'],
  ['Sở Y tế', 'Cấp Tỉnh'],
  ['UBND huyện Phú Ninh', 'Cấp Huyện'],
  ['UBND xã An Lộc - huyện Hòa Vang', 'Cấp Xã'],
  ['UBND phường Hòa Thuận', 'Cấp Xã'],
  ['Công an tỉnh', 'Cấp Tỉnh'],
];
const YES = ['x', 'X', 'Có', '1', 'TRUE', '✓'];
const NO = ['', '0', 'Không'];
const STATUS_WORDS: Record<RefRow['outcome'] | 'returned', string[]> = {
  by_dates: ['Đang xử lý', 'Đã tiếp nhận', 'Đã xử lý xong', '2', '4', '9'],
  returned: ['Đã trả kết quả', '10'],
  pending: ['Yêu cầu bổ sung giấy tờ', 'Chờ bổ sung', '5'],
  rejected: ['Không được tiếp nhận', 'Từ chối tiếp nhận', '3'],
  withdrawn: ['Công dân yêu cầu rút hồ sơ', 'Rút hồ sơ', '7'],
};

export interface ListVariant {
  seed: number;
  name: string;
  bytes: Buffer;
  rows: RefRow[];
  asOf?: RefMoment;
  /** Measures whose column the variant left out (they are not emitted). */
  without: string[];
  describe: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export async function makeListVariant(seed: number): Promise<ListVariant> {
  const r = rng(seed);
  const container = pick(r, ['csv-utf8', 'csv-bom', 'csv-utf16', 'csv-1258', 'xlsx'] as const);
  // ✓ has no byte in Windows-1258
  const yes = container === 'csv-1258' ? YES.filter((y) => y !== '✓') : YES;
  const timeStyle = pick(r, ['dmy', 'dmy-seconds', 'iso', 'date-only'] as const);
  const year = 2024 + Math.floor(r() * 2);
  const month = 1 + Math.floor(r() * 10);
  const months = 1 + Math.floor(r() * 3);
  const start = refDay(year, month, 1);
  const end = refDay(year, month + months, 1) - 1;
  const withTitle = r() < 0.6;
  const optional = { level: r() < 0.6, status: r() < 0.8, digitized: r() < 0.7, paid: r() < 0.6, fee: r() < 0.5, eCirc: r() < 0.5 };
  // a list needs a status or a channel (its shape); the channel is always there, codes or words
  const fields = [
    'code',
    'unit',
    'channel',
    'received',
    'due',
    'returned',
    ...Object.entries(optional)
      .filter(([, on]) => on)
      .map(([k]) => k),
  ] as (keyof typeof WORDS)[];
  const extras = EXTRA.filter(() => r() < 0.4);
  const columns: string[] = [...fields, ...extras];
  for (let i = columns.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [columns[i], columns[j]] = [columns[j]!, columns[i]!];
  }
  const header = columns.map((c) => (c in WORDS ? pick(r, WORDS[c as keyof typeof WORDS]) : c));
  const n = 5 + Math.floor(r() * 60);
  const rows: RefRow[] = [];
  const records: (string | number | null)[][] = [];
  const withTime = timeStyle !== 'date-only';
  const moment = (day: number): RefMoment => ({
    day,
    sec: withTime && r() < 0.8 ? (7 + Math.floor(r() * 11)) * 3600 + Math.floor(r() * 60) * 60 + (timeStyle === 'dmy-seconds' ? Math.floor(r() * 60) : 0) : null,
  });
  for (let i = 0; i < n; i++) {
    const [unit, level] = pick(r, UNITS);
    const recv = moment(start + Math.floor(r() * (end - start + 1)));
    const due = r() < 0.95 ? moment(recv.day + Math.floor(r() * 12)) : null;
    let ret: RefMoment | null = null;
    const fate = r();
    if (fate < 0.75) {
      // a quarter of the returns fall on the due day, before or after its time (the edge of on time)
      if (due && r() < 0.25) ret = { day: due.day, sec: withTime ? (due.sec === null ? 12 * 3600 : due.sec + (r() < 0.5 ? -1800 : 1800)) : null };
      else ret = moment(recv.day + Math.floor(r() * 20));
      if (ret.day > end) ret = null;
    }
    if (ret && ret.sec !== null && (ret.sec < 0 || ret.sec >= 86400)) ret = { day: ret.day, sec: null };
    const outcomeRoll = r();
    const outcome: RefRow['outcome'] = !optional.status ? 'by_dates' : outcomeRoll < 0.05 ? 'rejected' : outcomeRoll < 0.1 ? 'withdrawn' : outcomeRoll < 0.15 ? 'pending' : 'by_dates';
    const channel = r() < 0.5 ? 'online' : 'offline';
    const digitized = optional.digitized && r() < 0.5;
    const payable = (optional.fee || optional.paid) && r() < 0.5;
    const paid = payable && optional.paid && r() < 0.5;
    const eCirc = optional.eCirc && r() < 0.5;
    rows.push({ unit, recv, due, ret: outcome === 'pending' ? ret : ret, channel, outcome, digitized, payable, paid, eCirc });
    const xlsx = container === 'xlsx' && r() < 0.8;
    const dateCell = (m: RefMoment | null): string | number | null => {
      if (m === null) return xlsx ? null : '';
      if (xlsx) return momentSerial(m);
      return momentText(m, timeStyle === 'iso' ? 'iso' : 'dmy', timeStyle === 'dmy-seconds');
    };
    const statusWord =
      outcome === 'by_dates'
        ? ret
          ? pick(r, [...STATUS_WORDS.returned, ...STATUS_WORDS.by_dates.slice(2)])
          : pick(r, STATUS_WORDS.by_dates.slice(0, 2).concat(['4']))
        : pick(r, STATUS_WORDS[outcome]);
    const value: Record<string, string | number | null> = {
      code: `H${seed}-${i}`,
      unit,
      level,
      channel: channel === 'online' ? pick(r, ['Trực tuyến', '2', 'Nộp trực tuyến']) : pick(r, ['Trực tiếp', '1', '3', 'Dịch vụ bưu chính công ích', 'BCCI']),
      received: dateCell(recv),
      due: dateCell(due),
      returned: dateCell(ret),
      status: statusWord,
      digitized: digitized ? pick(r, yes) : pick(r, NO),
      // with a fee column the payment column is a plain yes/no; alone, "Không thu phí" marks no fee
      paid: optional.fee ? (paid ? pick(r, yes) : pick(r, NO)) : payable ? (paid ? pick(r, yes) : pick(r, ['Không', '0'])) : pick(r, ['', 'Không thu phí']),
      fee: payable ? pick(r, ['50.000', '100.000 đ', '25000']) : pick(r, ['Không thu phí', 'Không thu', '0', '']),
      eCirc: eCirc ? pick(r, yes) : pick(r, NO),
    };
    records.push(columns.map((c, k) => (c in value ? value[c]! : c === 'STT' ? String(i + 1) : `${header[k]} ${i} "trích dẫn", ghi chú`)));
  }
  const without: string[] = [];
  if (!optional.digitized) without.push('digitized_results');
  if (!optional.fee && !optional.paid) without.push('payable_dossiers');
  if (!optional.paid) without.push('paid_online');
  if (!optional.eCirc) without.push('e_circulated');
  const periodEnd = end;
  const exportDay = end + 1 + Math.floor(r() * 3);
  const title = withTitle
    ? [
        'DANH SÁCH HỒ SƠ TIẾP NHẬN',
        `Thời gian tiếp nhận: từ ngày ${momentText({ day: start, sec: null })} đến ngày ${momentText({ day: periodEnd, sec: null })} - Ngày kết xuất: ${momentText({ day: exportDay, sec: 8 * 3600 + 600 })}`,
      ]
    : [];
  const countLine = r() < 0.5 ? `Tổng số: ${n.toLocaleString('de-DE')} hồ sơ` : undefined;
  const asOf = withTitle ? { day: periodEnd, sec: null } : undefined;
  const name = `zoo-${seed}.${container === 'xlsx' ? 'xlsx' : container === 'csv-utf16' ? 'txt' : 'csv'}`;
  const describe = `seed ${seed}: ${container}, ${timeStyle}, ${n} rows, ${months} month(s), columns ${header.join(' | ')}${withTitle ? ', title' : ''}${countLine ? ', count line' : ''}`;
  let bytes: Buffer;
  if (container === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    for (const t of title) ws.addRow([t]);
    ws.addRow(header);
    for (const rec of records) ws.addRow(rec);
    if (countLine) ws.addRow([countLine]);
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  } else {
    const delimiter = container === 'csv-utf16' ? '\t' : pick(r, [';', ',']);
    const eol = pick(r, ['\r\n', '\n']);
    const lines = [
      ...title.map((t) => csvField(t, delimiter)),
      header.map((h) => csvField(h, delimiter)).join(delimiter),
      ...records.map((rec) => rec.map((v) => csvField(String(v ?? ''), delimiter)).join(delimiter)),
      ...(countLine ? [csvField(countLine, delimiter)] : []),
    ];
    const text = lines.join(eol) + eol;
    bytes =
      container === 'csv-utf16'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : container === 'csv-1258'
          ? encodeWindows1258(text)
          : container === 'csv-bom'
            ? Buffer.from(`\ufeff${text}`, 'utf8')
            : Buffer.from(text, 'utf8');
  }
  return { seed, name, bytes, rows, ...(asOf ? { asOf } : {}), without, describe };
}

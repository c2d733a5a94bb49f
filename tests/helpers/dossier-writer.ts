/** Writes dossier lists from reference rows (dossier-reference.ts) in the wordings real exports use. */
import type { RefMoment, RefRow } from './dossier-reference.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as text: `dd/mm/yyyy[ hh:mm[:ss]]` or ISO `yyyy-mm-dd[Thh:mm:ss]`. */
export function momentText(m: RefMoment | null, style: 'dmy' | 'iso' = 'dmy', withSeconds = false): string {
  if (m === null) return '';
  const t = new Date(m.day * 86400000);
  const [y, mo, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  let time = '';
  if (m.sec !== null) {
    const hh = Math.floor(m.sec / 3600);
    const mm = Math.floor(m.sec / 60) % 60;
    const ss = m.sec % 60;
    time = withSeconds || ss !== 0 ? `${pad(hh)}:${pad(mm)}:${pad(ss)}` : `${pad(hh)}:${pad(mm)}`;
  }
  if (style === 'iso') return `${y}-${pad(mo)}-${pad(d)}${time ? `T${time}` : ''}`;
  return `${pad(d)}/${pad(mo)}/${y}${time ? ` ${time}` : ''}`;
}

/** An Excel serial (1900 system) of a moment. */
export function momentSerial(m: RefMoment): number {
  return m.day + 25569 + (m.sec ?? 0) / 86400;
}

export function csvField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface SimpleList {
  header: string[];
  records: string[][];
}

/** The usual columns, one record per row; `note` goes last (after every column read). */
export function simpleList(rows: RefRow[], notes: string[] = []): SimpleList {
  const header = [
    'Mã hồ sơ',
    'Đơn vị tiếp nhận',
    'Hình thức nộp',
    'Ngày tiếp nhận',
    'Ngày hẹn trả',
    'Ngày trả kết quả',
    'Trạng thái',
    'Số hóa',
    'Phí, lệ phí',
    'Thanh toán trực tuyến',
    'Luân chuyển điện tử',
    'Ghi chú',
  ];
  const records = rows.map((r, i) => [
    `HS${String(i + 1).padStart(5, '0')}`,
    r.unit,
    r.channel === 'online' ? 'Trực tuyến' : r.channel === 'offline' ? 'Trực tiếp' : '',
    momentText(r.recv),
    momentText(r.due),
    momentText(r.ret),
    { by_dates: r.ret ? 'Đã trả kết quả' : 'Đang xử lý', pending: 'Yêu cầu bổ sung giấy tờ', rejected: 'Không được tiếp nhận', withdrawn: 'Công dân yêu cầu rút hồ sơ' }[r.outcome],
    r.digitized ? 'Có' : 'Không',
    r.payable ? '50.000' : 'Không thu phí',
    r.paid ? 'Có' : '',
    r.eCirc ? 'x' : '',
    notes[i] ?? '',
  ]);
  return { header, records };
}

export function csvText(list: SimpleList, delimiter = ';', eol = '\n'): string {
  return [list.header, ...list.records].map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join(eol) + eol;
}

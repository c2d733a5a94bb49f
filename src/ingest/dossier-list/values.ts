/**
 * How the text values of a dossier list are understood. Each distinct value is classified once (the
 * byte path caches the result by the field's bytes), so these functions can be plain and readable.
 */
import { foldText } from '../text.js';

export const CHANNEL_ONLINE = 0;
export const CHANNEL_OFFLINE = 1;
export const CHANNEL_UNKNOWN = 2;

function key(value: string): string {
  return foldText(value).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Hình thức nộp": Trực tuyến → online; Trực tiếp / Bưu chính / dịch vụ bưu chính công ích → offline. */
export function classifyChannel(value: string): number {
  const k = key(value);
  if (k === '') return CHANNEL_UNKNOWN;
  if (/\b(truc tuyen|online|qua mang|dich vu cong|dvc)\b/.test(k)) return CHANNEL_ONLINE;
  if (/\b(truc tiep|buu chinh|buu dien|bcci|mot cua)\b/.test(k)) return CHANNEL_OFFLINE;
  return CHANNEL_UNKNOWN;
}

const YES = new Set(['co', 'x', '1', 'true', 'yes', 'y', 'da so hoa', 'da thanh toan', 'da luan chuyen', 'dien tu', 'co so hoa']);

/** Số hóa / Thanh toán trực tuyến / Luân chuyển điện tử: "Có", "x", "1", "Đã …" are yes; anything else no. */
export function isYes(value: string): boolean {
  const k = key(value);
  return YES.has(k) || (k.startsWith('da ') && !k.startsWith('da khong'));
}

const NOT_PAYABLE = new Set(['', '0', 'khong thu', 'khong', 'mien', 'mien phi', 'mien le phi', 'khong phat sinh', 'khong co', 'khong thu phi', 'khong thu le phi']);

/** "Phí, lệ phí": blank, 0, "Không thu", "Miễn" mean the dossier owes nothing. */
export function feeIsPayable(value: string): boolean {
  const k = key(value).replace(/\b(d|dong|vnd)$/, '').trim();
  return !NOT_PAYABLE.has(k) && !/^0+( 0+)*$/.test(k);
}

/** "Thanh toán trực tuyến" alone: blank / Không thu / Không phát sinh = not payable; Có / Không = payable. */
export function paymentIsPayable(value: string): boolean {
  const k = key(value);
  return !(k === '' || k === 'khong thu' || k === 'khong phat sinh' || k === 'mien' || k === 'mien phi' || k === 'khong co nghia vu');
}

const KNOWN_STATUS =
  /^(da tra ket qua|da tra|tra ket qua|da giai quyet|hoan thanh|da hoan thanh|da xu ly|dang xu ly|dang giai quyet|cho xu ly|cho bo sung|yeu cau bo sung|bo sung ho so|tam dung|cho tra ket qua|cho tra|da tiep nhan|moi tiep nhan|tiep nhan|cho tiep nhan|da huy|huy|rut ho so|da rut|cong dan rut ho so|tu choi|khong giai quyet|tra lai|dung xu ly|cho phe duyet|cho ky|cho thanh toan|qua han|dung han|truoc han|tre han|cho thuc hien nghia vu tai chinh)$/;

/** Statuses do not drive the measures (the dates do); an unknown one is reported with a count. */
export function isKnownStatus(value: string): boolean {
  const k = key(value);
  return k === '' || KNOWN_STATUS.test(k);
}

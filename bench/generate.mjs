#!/usr/bin/env node
/**
 * Deterministic generator of dossier lists (one row per dossier) of any size, for the benchmark and
 * tests: semicolon CSV with BOM, CRLF and quoted fields; ~300 units across the three levels;
 * procedure names with commas and, now and then, embedded newlines and quotes; dates over 2025.
 *   node bench/generate.mjs --rows 5000000 --out bench/data/dossiers-5m.csv [--seed 7] [--format csv|tsv]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Tam Kỳ',
  'Hội An',
  'Điện Bàn',
  'Duy Xuyên',
  'Thăng Bình',
  'Quế Sơn',
  'Núi Thành',
  'Phú Ninh',
  'Tiên Phước',
  'Hiệp Đức',
  'Nông Sơn',
  'Đại Lộc',
  'Nam Giang',
  'Phước Sơn',
  'Bắc Trà My',
  'Nam Trà My',
  'Tây Giang',
  'Đông Giang',
];
const SYLL = [
  'An',
  'Bình',
  'Hòa',
  'Phước',
  'Tân',
  'Thạnh',
  'Xuân',
  'Quế',
  'Điện',
  'Duy',
  'Tam',
  'Đại',
  'Hiệp',
  'Sơn',
  'Trà',
  'Mỹ',
  'Lộc',
  'Thắng',
  'Hưng',
  'Phong',
  'Nghĩa',
  'Trung',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thuận',
  'Vinh',
  'Cường',
  'Phú',
];
const DEPTS = [
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Công Thương',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Thông tin và Truyền thông',
  'Sở Nội vụ',
  'Ban Quản lý các Khu kinh tế và Khu công nghiệp',
  'Thanh tra tỉnh',
  'Sở Ngoại vụ',
  'Công an tỉnh',
  'Ban Dân tộc',
];
const PROCS = [
  'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Cấp giấy phép xây dựng (công trình không theo tuyến)',
  'Đăng ký thành lập hộ kinh doanh',
  'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài',
  'Thủ tục đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  'Cấp giấy phép lái xe quốc tế',
  'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
  'Cấp giấy phép kinh doanh bán lẻ rượu, thuốc lá',
  'Xác nhận tình trạng hôn nhân',
  'Giải quyết chế độ trợ cấp, phụ cấp đối với người có công',
  'Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm',
];
const UNKNOWN_STATUS = ['Chờ ký số', 'Đã chuyển xử lý'];

export function makeUnits(random) {
  const units = DEPTS.map((name) => ({ name, level: 'Cấp tỉnh' }));
  for (const p of PLACES) units.push({ name: `UBND ${p === 'Tam Kỳ' || p === 'Hội An' ? 'thành phố' : p === 'Điện Bàn' ? 'thị xã' : 'huyện'} ${p}`, level: 'Cấp huyện' });
  const seen = new Set();
  while (units.length < 300) {
    const kind = random() < 0.75 ? 'xã' : random() < 0.8 ? 'phường' : 'thị trấn';
    const name = `UBND ${kind} ${SYLL[Math.floor(random() * SYLL.length)]} ${SYLL[Math.floor(random() * SYLL.length)]}`;
    if (seen.has(name)) continue;
    seen.add(name);
    units.push({ name, level: 'Cấp xã' });
  }
  return units;
}

const pad = (n) => (n < 10 ? `0${n}` : `${n}`);
const DAY = 86400000;
const BASE = Date.UTC(2025, 0, 1);
const END = Date.UTC(2025, 11, 31);
const dmy = (t) => {
  const d = new Date(t);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};
const quote = (s) => `"${s.replace(/"/g, '""')}"`;

export const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Đơn vị tiếp nhận',
  'Cấp',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
  'Số hóa kết quả',
  'Phí, lệ phí',
  'Thanh toán trực tuyến',
  'Luân chuyển điện tử',
];

/** Generate rows as arrays of raw (already quoted where needed) field texts. */
export function* rows(count, seed = 7) {
  const random = rng(seed);
  const units = makeUnits(random);
  for (let i = 1; i <= count; i++) {
    const u = units[Math.floor(random() * random() * units.length)];
    const recvDay = Math.floor(random() * 365);
    const recv = BASE + recvDay * DAY;
    const hh = 7 + Math.floor(random() * 10);
    const mm = Math.floor(random() * 60);
    const dueDays = 1 + Math.floor(random() * 15);
    const due = recv + dueDays * DAY;
    let ret = '';
    const r = random();
    if (r < 0.88) {
      const delta = r < 0.6 ? Math.floor(random() * dueDays) : r < 0.8 ? dueDays : dueDays + 1 + Math.floor(random() * 20);
      const t = recv + delta * DAY;
      if (t <= END) ret = `${dmy(t)} ${pad(8 + Math.floor(random() * 9))}:${pad(Math.floor(random() * 60))}`;
    }
    const c = random();
    const channel = c < 0.6 ? 'Trực tuyến' : c < 0.95 ? 'Trực tiếp' : 'Dịch vụ bưu chính công ích';
    let proc = PROCS[Math.floor(random() * PROCS.length)];
    if (random() < 0.001) proc += '\n(hồ sơ "khẩn", bổ sung)';
    const f = random();
    const fee = f < 0.6 ? 'Không thu' : f < 0.85 ? '50.000' : '100.000 đ';
    const paid = f < 0.6 ? '' : random() < 0.55 ? 'Có' : 'Không';
    const status = random() < 0.0005 ? UNKNOWN_STATUS[i % 2] : ret ? 'Đã trả kết quả' : 'Đang xử lý';
    yield [
      String(i),
      `H34.${pad(1 + (i % 40))}-${String(recvDay).padStart(3, '0')}-${String(i).padStart(7, '0')}`,
      quote(proc),
      quote(u.name),
      u.level,
      channel,
      `${dmy(recv)} ${pad(hh)}:${pad(mm)}`,
      dmy(due),
      ret,
      status,
      ret && random() < 0.7 ? 'Có' : 'Không',
      fee,
      paid,
      random() < 0.8 ? 'Có' : 'Không',
    ];
  }
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const count = Number(opt('rows', '1000000'));
  const out = opt('out', `bench/data/dossiers-${count}.csv`);
  const seed = Number(opt('seed', '7'));
  const sep = opt('format', 'csv') === 'tsv' ? '\t' : ';';
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const write = (s) => (stream.write(s) ? null : new Promise((r) => stream.once('drain', () => r(null))));
  await write(`\ufeff${HEADER.join(sep)}\r\n`);
  let batch = [];
  for (const row of rows(count, seed)) {
    batch.push(row.join(sep));
    if (batch.length === 20000) {
      await write(`${batch.join('\r\n')}\r\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\r\n')}\r\n`);
  await new Promise((r) => stream.end(r));
  process.stderr.write(`wrote ${count} rows to ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

/**
 * Hand-written zip containers for hostile XLSX files (PKWARE APPNOTE §4.3): each entry may declare
 * sizes other than its real ones, which is what a crafted zip bomb does. Nothing large is committed:
 * the tests build their files here, from an exceljs workbook and runs of zeros.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface Part {
  name: string;
  data: Buffer;
  /** Already-deflated bytes (a bomb built once); `data` then only gives the CRC and real size. */
  deflated?: Buffer;
  /** Unpacked size written in the headers, when it should lie. */
  declared?: number;
}

export function writeZip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = p.deflated ?? deflateRawSync(p.data);
    const crc = crc32(p.data);
    const size = p.declared ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A small monthly report (form II.06a, two units) as a real workbook, split into its zip parts. */
export async function reportParts(extraRows: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<Part[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow(['BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 3/2025']);
  ws.addRow(['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết']);
  ws.addRow([null, null, 'Tổng số', 'Trong kỳ', null, 'Từ kỳ trước chuyển qua', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']);
  ws.addRow([null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính']);
  ws.addRow([1, 'Sở Tư pháp', 250, 80, 140, 30, 200, 60, 120, 20, 50, 45, 5]);
  ws.addRow([2, 'Sở Tài chính', 600, 300, 200, 100, 500, 100, 380, 20, 100, 90, 10]);
  extraRows(ws);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts: Part[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]!.dir) continue;
    parts.push({ name, data: await zip.files[name]!.async('nodebuffer') });
  }
  return parts;
}

export function replacePart(parts: Part[], name: string, part: Omit<Part, 'name'>): Part[] {
  return parts.map((p) => (p.name === name ? { name, ...part } : p));
}

export const SHEET = 'xl/worksheets/sheet1.xml';

/** The layout of biểu II.06a/VPCP/KSTT as provinces fill it in: title rows, merged header, groups. */
const LEVEL_GROUPS = [
  ['province', 'I', 'CẤP TỈNH'],
  ['district', 'II', 'CẤP HUYỆN'],
  ['commune', 'III', 'CẤP XÃ'],
];

/** Quảng Nam's header: three rows ("Trong kỳ" over online/offline). */
export const QN_HEADER = {
  rows: [
    ['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null, 'Số kết quả giải quyết được số hóa'],
    [null, null, 'Tổng số', 'Trong kỳ', null, 'Từ kỳ trước chuyển qua', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn', null],
    [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', null, null, null, null, null, null, null, null, null],
  ],
  merges: ['A5:A7', 'B5:B7', 'C5:F5', 'G5:J5', 'K5:M5', 'N5:N7', 'C6:C7', 'D6:E6', 'F6:F7', 'G6:G7', 'H6:H7', 'I6:I7', 'J6:J7', 'K6:K7', 'L6:L7', 'M6:M7'],
  groups: LEVEL_GROUPS,
};

/** Quảng Bình's variant: two rows, other wording, no digitization column. */
export const QB_HEADER = {
  rows: [
    ['TT', 'Cơ quan, đơn vị', 'Số hồ sơ tiếp nhận', null, null, null, 'Số hồ sơ đã giải quyết xong', null, null, null, 'Số hồ sơ chưa giải quyết', null, null],
    [null, null, 'Tổng', 'Trực tuyến', 'Trực tiếp và qua dịch vụ BCCI', 'Kỳ trước chuyển sang', 'Tổng', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Tổng', 'Chưa đến hạn', 'Quá hạn'],
  ],
  merges: ['A5:A6', 'B5:B6', 'C5:F5', 'G5:J5', 'K5:M5'],
  groups: [
    ['province', 'I', 'Các Sở, ban, ngành'],
    ['district', 'II', 'Cấp huyện'],
    ['commune', 'III', 'Cấp xã'],
  ],
  width: 13,
};

const VN = (n) => n.toLocaleString('de-DE'); // 1.234: dots between thousands, as typed in Vietnam

function title(province, month) {
  const [y, m] = month.split('-');
  return [
    [`ỦY BAN NHÂN DÂN TỈNH ${province}`, null, null, null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['VĂN PHÒNG', null, null, null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    [`BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG ${Number(m)}/${y}`],
    ['(Biểu số II.06a/VPCP/KSTT ban hành kèm theo Thông tư số 01/2020/TT-VPCP)'],
  ];
}

function body(rows, header, { textNumbers = false, totalFirst = false } = {}) {
  const width = header.width ?? 14;
  const out = [];
  out.push(Array.from({ length: width }, (_, i) => `(${i + 1})`));
  const sums = Array(width - 2).fill(0);
  const blocks = [];
  for (const [level, roman, label] of header.groups) {
    const units = rows.filter((r) => r.unit.level === level);
    if (units.length === 0) continue;
    const sub = Array(width - 2).fill(0);
    const lines = units.map((r, i) => {
      const f = r.f.slice(0, width - 2);
      f.forEach((v, k) => {
        sub[k] += v;
        sums[k] += v;
      });
      // Some cells are stored as text, as when figures are pasted from another system: "1.234", "-".
      const cells = f.map((v, k) => (textNumbers && v >= 1000 && k % 3 === 0 ? VN(v) : textNumbers && v === 0 && k > 8 ? '-' : v));
      return [i + 1, r.unit.name, ...cells];
    });
    blocks.push([roman, label, ...sub], ...lines);
  }
  const total = [null, 'Tổng cộng', ...sums];
  if (totalFirst) out.push(total, ...blocks);
  else out.push(...blocks, total);
  out.push([]);
  out.push(['Ghi chú: Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh; hồ sơ trực tuyến gồm mức độ toàn trình và một phần.']);
  out.push([null, 'Người lập biểu', null, null, null, null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ']);
  return out;
}

export function monthlySheet(wb, { province, month, rows, header = QN_HEADER, textNumbers = false, totalFirst = false }) {
  const ws = wb.addWorksheet('Biểu II.06a');
  for (const r of title(province, month)) ws.addRow(r);
  for (const r of header.rows) ws.addRow(r);
  const first = 5 + header.rows.length;
  const lines = body(rows, header, { textNumbers, totalFirst });
  for (const r of lines) ws.addRow(r);
  for (const m of header.merges) ws.mergeCells(m);
  ws.mergeCells('A1:E1');
  ws.mergeCells('A3:N3');
  // Group and total rows as formulas with cached results, as Excel saves them.
  const width = header.width ?? 14;
  for (let r = first + 1; r < first + lines.length; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).value === 'Tổng cộng') {
      for (let c = 3; c <= width; c++) {
        const col = ws.getColumn(c).letter;
        const result = row.getCell(c).value;
        row.getCell(c).value = { formula: `SUMIF($A$${first + 1}:$A$${first + lines.length},"I*",${col}${first + 1}:${col}${first + lines.length})`, result };
      }
    }
  }
  ws.getColumn(2).width = 42;
  return ws;
}

/** The same form as the rows of a CSV export: merged cells become blanks. */
export function monthlyCsvRows({ province, month, rows, header = QN_HEADER }) {
  return [...title(province, month), ...header.rows, ...body(rows, header, { textNumbers: true })].map((r) => r.map((v) => v ?? ''));
}

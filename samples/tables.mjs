/** The rate table and the index table of the samples (the dossier list is in dossiers.mjs). */
const LEVEL_LABEL = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' };

/** Digitization and online payment for June 2025: declared rates as typed ("95,3%") and as Excel percents. */
/** `rows`: the June form rows with `pay` = [payable, paid online] counted from the dossier list. */
export function rateTable(ExcelJS, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tỷ lệ');
  ws.addRow(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM']);
  ws.addRow(['BẢNG TỔNG HỢP TỶ LỆ SỐ HÓA KẾT QUẢ VÀ THANH TOÁN TRỰC TUYẾN THÁNG 6/2025']);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Tên đơn vị',
    'Cấp',
    'Số hồ sơ đã giải quyết',
    'Số kết quả được số hóa',
    'Tỷ lệ số hóa (%)',
    'Số hồ sơ có nghĩa vụ tài chính',
    'Số hồ sơ thanh toán trực tuyến',
    'Tỷ lệ thanh toán trực tuyến (%)',
  ]);
  rows.forEach((r, i) => {
    const resolved = r.f[4];
    const digitized = r.f[11];
    const [payable, paid] = r.pay;
    const dRate = resolved > 0 ? Math.round((digitized / resolved) * 1000) / 10 : 0;
    const pRate = payable > 0 ? Math.round((paid / payable) * 1000) / 1000 : 0;
    const row = ws.addRow([i + 1, r.unit.name, LEVEL_LABEL[r.unit.level], resolved, digitized, `${String(dRate).replace('.', ',')}%`, payable, paid, pRate]);
    row.getCell(9).numFmt = '0.0%';
  });
  ws.addRow([]);
  ws.addRow(['Ghi chú: tỷ lệ số hóa = số kết quả được số hóa / số hồ sơ đã giải quyết.']);
  return wb;
}

/** Rank (of 63 provinces) and score per index and year, 2021–2024. Invented figures, realistic ranges. */
/** @type {[string, [number, number][]][]} */
const INDICES = [
  [
    'Chỉ số cải cách hành chính (PAR INDEX)',
    [
      [86.41, 21],
      [84.95, 28],
      [85.12, 24],
      [87.03, 17],
    ],
  ],
  [
    'Chỉ số hài lòng của người dân (SIPAS)',
    [
      [84.12, 30],
      [82.77, 41],
      [81.9, 46],
      [83.6, 35],
    ],
  ],
  [
    'Chỉ số PAPI',
    [
      [43.02, 18],
      [42.51, 25],
      [41.87, 33],
      [42.95, 22],
    ],
  ],
  [
    'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    [
      [66.19, 15],
      [64.8, 22],
      [65.33, 19],
      [67.02, 12],
    ],
  ],
  [
    'Chỉ số chuyển đổi số (DTI)',
    [
      [0.3811, 40],
      [0.4327, 36],
      [0.4815, 29],
      [0.5402, 26],
    ],
  ],
];

export function indexTable(ExcelJS) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ số');
  ws.addRow(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM']);
  ws.addRow(['KẾT QUẢ CÁC CHỈ SỐ ĐÁNH GIÁ CỦA TỈNH GIAI ĐOẠN 2021 - 2024']);
  ws.addRow([]);
  ws.addRow(['STT', 'Chỉ số', 'Năm', 'Điểm', 'Xếp hạng', 'Ghi chú']);
  let n = 1;
  for (const [name, years] of INDICES) {
    years.forEach(([score, rank], i) => {
      ws.addRow([n++, name, 2021 + i, score, rank, '/63 tỉnh, thành phố']);
    });
  }
  return wb;
}

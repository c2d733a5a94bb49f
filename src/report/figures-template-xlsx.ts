/**
 * The figures workbook an officer fills in: a cover sheet (how to fill it and feed it back), the
 * figures sheet (one row per figure; the `value` cell validated by kind), the figures the inputs
 * already hold, and the targets no figure can make checkable. Byte-identical reruns: the workbook is set
 * up by xlsx-workbook.ts, as the Excel report's is.
 */
import type ExcelJS from 'exceljs';
import { FIGURE_COLUMNS, LEVEL_WORDS } from '../ingest/figures-sheet-columns.js';
import { writeWorkbook } from './xlsx-workbook.js';
import { neutraliseFormula } from './escape.js';
import type { NotCheckableReason } from '../check/figure-needs.js';
import { targetsText, type TemplateDoc, type TemplateRow } from './figures-template-rows.js';

const FIGURES_SHEET = 'So lieu';
const HEADER_ROW = 5;

const WIDTHS = [16, 10, 34, 48, 14, 10, 12, 30, 10, 14, 30, 60, 22];
const CAPTIONS = [
  'Tỉnh',
  'Kỳ đánh giá',
  'Mã số liệu',
  'Tên số liệu',
  'Đơn vị tính',
  'Mã cấp',
  'Cấp',
  'Đơn vị (trống = cả cấp/toàn tỉnh)',
  'Kỳ số liệu',
  'GIÁ TRỊ (nhập)',
  'Nguồn, căn cứ (nhập)',
  'Chỉ tiêu cần số liệu này',
  'Giá trị hợp lệ',
];

const REASON: Record<NotCheckableReason, string> = {
  unknown_indicator: 'Chỉ số không có trong danh mục của parcheck: không số liệu nào kiểm tra được',
  district_level_ended: 'Chỉ tiêu cấp huyện: cấp huyện đã bỏ từ 01/7/2025, không áp dụng cho kỳ này',
  superseded: 'Đã được thay bằng chỉ tiêu của văn bản sau',
};

export async function templateXlsx(doc: TemplateDoc): Promise<Uint8Array> {
  return writeWorkbook(doc.asOf, (workbook) => {
    addCover(workbook, doc);
    addFigures(workbook, doc);
    addProvided(workbook, doc);
    addNotCheckable(workbook, doc);
  });
}

function addCover(wb: ExcelJS.Workbook, doc: TemplateDoc): void {
  const ws = wb.addWorksheet('Huong dan');
  ws.getColumn(1).width = 110;
  const lines = [
    `BIỂU NHẬP SỐ LIỆU BỔ SUNG — ${doc.provinceName.toUpperCase()} — KỲ ĐÁNH GIÁ ${doc.asOf}`,
    '',
    `Các chỉ tiêu của kế hoạch cần ${doc.rows.length} số liệu mà các tệp xuất từ hệ thống không có. Mỗi dòng của trang "${FIGURES_SHEET}" là một số liệu.`,
    'Cách điền:',
    '1. Nhập số vào cột GIÁ TRỊ (cột J): số nguyên cho số lượng (hồ sơ, thủ tục, cơ quan…), hạng từ 1 đến số tỉnh được xếp hạng, điểm và tỷ lệ % là số thập phân; cột "Giá trị hợp lệ" ghi rõ từng dòng.',
    '2. Ghi nguồn vào cột "Nguồn, căn cứ" (cột K): số quyết định, báo cáo, kết quả công bố… Nguồn này đi theo số liệu vào báo cáo kiểm tra (parcheck explain).',
    '3. Để trống dòng nào chưa có số liệu: chỉ tiêu đó vẫn là "Thiếu số liệu". Không xóa, không sửa các cột khác (mã số liệu, cấp, đơn vị, kỳ).',
    '4. Dòng có cột "Đơn vị" trống là số liệu của cả cấp (Cấp tỉnh, Cấp xã…) hoặc toàn tỉnh, không phải của riêng một cơ quan.',
    '',
    'Cách nộp lại: đưa tệp đã điền vào lệnh kiểm tra cùng các tệp xuất từ hệ thống, ví dụ:',
    `   parcheck check bao-cao-thang-*.xlsx danh-sach-ho-so.csv so-lieu-bo-sung.xlsx`,
    '   parcheck inspect so-lieu-bo-sung.xlsx    (xem parcheck đọc được những gì)',
    'Số liệu sai kiểu (chữ trong ô số lượng, hạng 0…) bị báo lỗi kèm ô; biểu của tỉnh hoặc kỳ khác bị từ chối.',
    '',
    `Trang "Da co so lieu": ${doc.provided.length} số liệu các tệp đầu vào đã có (không cần nhập).`,
    `Trang "Khong kiem tra duoc": ${doc.notCheckable.length} chỉ tiêu không số liệu nào làm cho kiểm tra được, và lý do.`,
  ];
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
}

function addFigures(wb: ExcelJS.Workbook, doc: TemplateDoc): void {
  const ws = wb.addWorksheet(FIGURES_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }] });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  // The title row names the province the way a report does, so `inspect` shows it too.
  ws.getCell(1, 1).value = `ỦY BAN NHÂN DÂN ${doc.provinceName.toUpperCase()}`;
  ws.getCell(2, 1).value = `BIỂU NHẬP SỐ LIỆU BỔ SUNG — kỳ đánh giá ${doc.asOf}`;
  ws.getCell(2, 1).font = { bold: true, size: 13 };
  CAPTIONS.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW - 1, i + 1);
    cell.value = c;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  FIGURE_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c;
    cell.font = { color: { argb: 'FF808080' }, italic: true };
  });
  doc.rows.forEach((r, i) => {
    const n = HEADER_ROW + 1 + i;
    const values = [r.province, r.asOf, r.measure, r.label, r.unitWord, r.level, r.levelWord, r.unitName, r.period, null, null, r.targets, r.rule];
    values.forEach((v, c) => {
      if (v !== null) ws.getCell(n, c + 1).value = neutraliseFormula(v);
    });
    const value = ws.getCell(n, 10);
    value.dataValidation = validation(r);
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    ws.getCell(n, 11).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
}

function validation(r: TemplateRow): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ', error: `Cần: ${r.rule}` } as const;
  switch (r.kind) {
    case 'count':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'rank':
      return { ...common, type: 'whole', operator: 'between', formulae: [1, r.max ?? 63] };
    case 'flag':
      return { ...common, type: 'whole', operator: 'between', formulae: [0, 1] };
    case 'percent':
      return { ...common, type: 'decimal', operator: 'between', formulae: [0, 100] };
    case 'score':
    case 'amount':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
  }
}

function addProvided(wb: ExcelJS.Workbook, doc: TemplateDoc): void {
  const ws = wb.addWorksheet('Da co so lieu');
  ws.addRow(['Mã số liệu', 'Cấp', 'Đơn vị', 'Kỳ số liệu', 'Chỉ tiêu cần số liệu này']).font = { bold: true };
  [28, 12, 30, 10, 80].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const n of doc.provided) ws.addRow([n.measure, LEVEL_WORDS[n.level], neutraliseFormula(n.unit ?? ''), n.period, neutraliseFormula(targetsText(n))]);
}

function addNotCheckable(wb: ExcelJS.Workbook, doc: TemplateDoc): void {
  const ws = wb.addWorksheet('Khong kiem tra duoc');
  ws.addRow(['Văn bản', 'Chỉ tiêu', 'Chỉ số', 'Cấp', 'Hạn', 'Điều khoản', 'Trích dẫn', 'Lý do']).font = { bold: true };
  [22, 34, 28, 12, 8, 24, 80, 60].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const { threshold: t, reason } of doc.notCheckable) {
    ws.addRow(
      [t.document.number || t.document.id, t.id, t.indicator, LEVEL_WORDS[t.level], t.deadline, t.section, t.quote, REASON[reason] + (t.superseded_by ? `: ${t.superseded_by}` : '')].map((v) =>
        typeof v === 'string' ? neutraliseFormula(v) : v,
      ),
    );
  }
}

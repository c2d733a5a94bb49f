/**
 * The forms lexicon (lexicon/lexicon.yaml `forms:`): the wordings of ../shared/VOCABULARY.md, each read as
 * its measure with its group; negations block; a leaf alone is nothing. Adding a wording = a line in
 * the lexicon and a row here.
 */
import { describe, expect, it } from 'vitest';
import type { ParcheckError } from '../../src/core/errors.js';
import type { Grid } from '../../src/files/grid.js';
import { ingestGrid } from '../../src/ingest/grid-ingest.js';
import { isFooterLabel, isTotalLabel, readColumn } from '../../src/ingest/profiles.js';

const CASES: [string[], string | null][] = [
  [['Kết quả giải quyết', 'Đã giải quyết'], 'resolved_total'],
  [['Kết quả giải quyết', 'Sớm hạn'], 'resolved_early'],
  [['Kết quả giải quyết', 'Trễ hạn'], 'resolved_late'],
  [['Số hồ sơ tiếp nhận', 'Tổng số'], 'received_total'],
  [['Chưa giải quyết', 'Còn hạn'], 'pending_in_time'],
  [['Chưa giải quyết', 'Quá hạn'], 'pending_overdue'],
  [['Số hồ sơ đã giải quyết', 'Quá hạn'], 'resolved_late'],
  [['Tiếp nhận', 'Nhận trong kỳ', 'Một cửa'], 'received_offline'],
  [['Tiếp nhận', 'Nhận trong kỳ', 'Trực tuyến'], 'received_online'],
  [['Số hồ sơ nhận giải quyết', 'Trong kỳ', 'Tổng số'], 'received_new'],
  [['Tiếp nhận', 'Tồn kỳ trước'], 'received_carried_over'],
  [['Tồn kỳ trước'], 'received_carried_over'],
  [['Đang xử lý', 'Chưa đến hạn'], 'pending_in_time'],
  [['Từ chối giải quyết'], 'rejected'],
  [['Rút không giải quyết'], 'withdrawn'],
  [['Chờ bổ sung'], 'pending_awaiting_supplement'],
  [['Tỉ lệ sớm và đúng hạn (%)'], 'on_time_rate_declared'],
  [['Tỷ lệ thanh toán trực tuyến (%)'], 'online_payment_rate_declared'],
  [['Số kết quả giải quyết được số hóa'], 'digitized_results'],
  [['Số kết quả chưa được số hóa'], null],
  [['Không thu phí'], null],
  [['Quá hạn'], null],
  [['Tổng số'], null],
];

describe('forms lexicon', () => {
  for (const [labels, measure] of CASES) {
    it(`${labels.join(' / ')} → ${measure}`, () => expect(readColumn(labels).candidates[0]?.measure ?? null).toBe(measure));
  }
  it('blocks a negated match and says so', () => expect(readColumn(['Số kết quả chưa được số hóa']).negated).toEqual(['digitized_results']));
  it('total rows by their whole label, never a prefix', () => {
    for (const t of ['Tổng cộng', 'CỘNG', 'Tổng số', 'Toàn tỉnh', 'Tổng cộng (I+II+III)', 'Cộng:']) expect(isTotalLabel(t), t).toBe(true);
    for (const u of ['Công an tỉnh', 'Cổng thông tin điện tử tỉnh', 'Tổng công ty Cấp nước', 'Cộng đồng dân cư']) expect(isTotalLabel(u), u).toBe(false);
  });
  it('footer openers: notes, footnotes, the place-and-date line, signatures', () => {
    for (const f of ['Ghi chú: …', '(*) Số liệu tạm tính', 'Hà Tĩnh, ngày 05 tháng 01 năm 2025', 'NGƯỜI LẬP BIỂU', 'KT. CHÁNH VĂN PHÒNG', 'Nơi nhận:']) expect(isFooterLabel(f), f).toBe(true);
    for (const u of ['Sở Tư pháp', 'UBND huyện Tiên Phước (*)', 'Ban Quản lý các khu công nghiệp']) expect(isFooterLabel(u), u).toBe(false);
  });
});

describe('ties are errors naming the cells and the candidates', () => {
  const grid = (rows: (string | number | null)[][]): Grid => ({ file: 'x.xlsx', kind: 'xlsx', sheet: 'S', rows: rows.map((cells, i) => ({ number: i + 1, cells })) });
  const errorOf = (g: Grid) => {
    try {
      ingestGrid(g, { period: '2025-10' });
    } catch (e) {
      return e as ParcheckError;
    }
    throw new Error('read without an error');
  };
  it('two columns for one measure (Trực tiếp and Qua BCCI both offline)', () => {
    const e = errorOf(
      grid([
        ['STT', 'Tên đơn vị', 'Tiếp nhận', null, null, 'Đã giải quyết', 'Đang giải quyết'],
        [null, null, 'Trực tuyến', 'Trực tiếp', 'Bưu chính', 'Tổng số', 'Tổng số'],
        [1, 'Sở Tư pháp', 1, 2, 3, 4, 2],
      ]),
    );
    expect(e.code).toBe('INPUT_HEADER');
    expect(e.location.cell).toBe('E2');
    expect(e.found).toBe('D, E');
  });
  it('a column no word tells apart is an error too, with every problem at once', () => {
    const e = errorOf(
      grid([
        ['STT', 'Tên đơn vị', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết', 'Số hồ sơ lưu kho', null],
        [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Tổng số', 'Quá hạn'],
        [1, 'Sở Tư pháp', 'mười', 1, 1, 0, 0],
      ]),
    );
    expect(e.code).toBe('INPUT_HEADER');
    expect([e, ...e.more].map((x) => x.found)).toContain('F2:G2');
    expect([e, ...e.more].map((x) => [x.code, x.location.cell])).toContainEqual(['INPUT_NUMBER', 'C3']);
  });
});

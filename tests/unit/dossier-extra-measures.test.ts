/**
 * The list figures beyond the form that PAR INDEX criteria need: dossiers received fully online (a
 * service of level 4 / toàn trình, not filed in person or by post), dossiers digitized ("Số hóa hồ sơ",
 * among those resolved), and dossiers received in the month resolved early / on time. Expected values
 * counted by hand from the rows below.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';

const ROWS = `Mã hồ sơ,Đơn vị tiếp nhận,Cấp,Hình thức nộp,Mức độ,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Số hóa hồ sơ,Số hóa
H-1,Sở Tư pháp,Tỉnh,Trực tuyến,Toàn trình,05/01/2025,10/01/2025,08/01/2025,Có,Có
H-2,Sở Tư pháp,Tỉnh,Trực tuyến,Mức độ 4,06/01/2025,10/01/2025,10/01/2025,Không,Có
H-3,Sở Tư pháp,Tỉnh,Trực tiếp,Một phần,07/01/2025,10/01/2025,12/01/2025,Có,Không
H-4,Sở Tư pháp,Tỉnh,Trực tuyến,3,28/01/2025,31/01/2025,03/02/2025,Có,Có
H-5,Sở Tư pháp,Tỉnh,Trực tuyến,4,29/01/2025,05/02/2025,04/02/2025,Không,Không
H-6,Sở Tư pháp,Tỉnh,Bưu chính,4,30/01/2025,05/02/2025,,Không,Không
`;

describe('dossier list: figures beyond the form', () => {
  it('counts full-online receipts, digitized dossiers and receipts resolved in time, each by its own month', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parcheck-extra-'));
    const file = path.join(dir, 'ds.csv');
    writeFileSync(file, ROWS);
    const result = await ingestDossierList(file, {});
    const get = (period: string, measure: string) => result.observations.find((o) => o.period === period && o.measure === measure)?.value;
    // H-1, H-2, H-5 (H-6 is level 4 but came by post; H-3, H-4 are not level 4)
    expect(get('2025-01', 'received_full_online')).toBe(3);
    // resolved in January: H-1, H-2, H-3 (H-1, H-3 digitized); in February: H-4, H-5 (H-4)
    expect(get('2025-01', 'dossiers_digitized')).toBe(2);
    expect(get('2025-02', 'dossiers_digitized')).toBe(1);
    expect(get('2025-01', 'digitized_results')).toBe(2);
    // received in January: early H-1 (8 < 10), H-5 (4/2 < 5/2); on time H-2; late H-3, H-4; H-6 pending
    expect(get('2025-01', 'received_in_period_resolved_early')).toBe(2);
    expect(get('2025-01', 'received_in_period_resolved_on_time')).toBe(1);
    expect(get('2025-02', 'received_in_period_resolved_early')).toBe(0);
    const columns = Object.fromEntries(result.columns.map((c) => [c.header, c.measure]));
    expect(columns['Mức độ']).toBe('received_full_online');
    expect(columns['Số hóa hồ sơ']).toBe('dossiers_digitized');
    expect(columns['Số hóa']).toBe('digitized_results');
  });
});

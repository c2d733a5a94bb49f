/** HTML tables as web systems export them "to Excel": spans fill the cells they cover, <br> breaks lines. */
import { describe, expect, it } from 'vitest';
import { readHtmlTables } from '../../src/files/html-table.js';

describe('readHtmlTables', () => {
  it('fills rowspan and colspan, decodes entities and &nbsp;, keeps <br> as a line break', async () => {
    const html = `<table>
      <tr><th rowspan="2">STT</th><th colspan="2">Số&nbsp;hồ sơ &amp; kết quả</th></tr>
      <tr><th>Tổng<br/>số</th><th>Trực tuyến</th></tr>
      <tr><td>1</td><td rowspan="2">Sở Tư pháp</td><td>3</td></tr>
      <tr><td>2</td><td>4</td></tr>
    </table><table><tr><td>x</td></tr></table>`;
    const [grid, second] = await readHtmlTables(html, 'a.xls');
    expect(grid!.rows.map((r) => r.cells)).toEqual([
      ['STT', 'Số hồ sơ & kết quả', 'Số hồ sơ & kết quả'],
      ['STT', 'Tổng\nsố', 'Trực tuyến'],
      ['1', 'Sở Tư pháp', '3'],
      ['2', 'Sở Tư pháp', '4'],
    ]);
    expect(grid!.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(second!.rows[0]!.cells).toEqual(['x']);
  });
});

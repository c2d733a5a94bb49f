/** Hand-made workbooks for tests/unit/xlsx-fast.test.ts: the parts of an XLSX, written as XML strings. */
import type { Part } from '../hostile/zip-craft.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shared strings: a rich-text item, entities and character references, plain text. */
const DEFAULT_SI = ['<r><rPr><b/></rPr><t>Tổng </t></r><r><t xml:space="preserve">số &amp; tỷ lệ</t></r>', '<t>A &lt;5&gt; &#273;&#x1EA1;t</t>', '<t>Quảng Nam</t><rPh sb="0" eb="1"><t>QN</t></rPh>'];

/** Styles: 0 General, 1 built-in date (14), 2 custom dd/mm/yyyy, 3 built-in 0.00%. */
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export function sheetXml(rows: string, o: { dimension?: string; merges?: string[] } = {}): string {
  const dimension = o.dimension ? `<dimension ref="${o.dimension}"/>` : '';
  const merges = o.merges ? `<mergeCells count="${o.merges.length}">${o.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${dimension}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${rows}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

export interface CraftOptions {
  sheets: { name: string; xml: string; part?: string }[];
  date1904?: boolean;
  /** Plain shared strings (escaped here); without them, DEFAULT_SI. */
  strings?: string[];
}

export function workbookParts(o: CraftOptions): Part[] {
  const sis = o.strings ? o.strings.map((s) => `<t>${escapeXml(s)}</t>`) : DEFAULT_SI;
  const parts = o.sheets.map((s, i) => s.part ?? `sheet${i + 1}.xml`);
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${parts.map((p) => `<Override PartName="/xl/worksheets/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${o.date1904 ? ' date1904="1"' : ''}/><sheets>${o.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((p, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/${p}"/>`).join('')}<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdU" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', data: xml(STYLES) },
    { name: 'xl/sharedStrings.xml', data: xml(`<sst xmlns="${MAIN}" count="${sis.length}" uniqueCount="${sis.length}">${sis.map((s) => `<si>${s}</si>`).join('')}</sst>`) },
    ...o.sheets.map((s, i) => ({ name: `xl/worksheets/${parts[i]}`, data: Buffer.from(s.xml) })),
  ];
}

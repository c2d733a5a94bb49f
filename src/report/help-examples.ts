/** The examples and exit codes printed after each command's help, in the reader's language: words only, wired by cli/program.ts. */
import { pick, text, type Lang, type Text } from '../core/i18n.js';

interface Extra {
  examples: [string, Text][];
  exits: Text[];
}

const OK_FAIL_ERR = (ok: Text, fail: Text): Text[] => [
  text(`0  ${ok.vi}`, `0  ${ok.en}`),
  text(`1  ${fail.vi}`, `1  ${fail.en}`),
  text('2  lỗi cách dùng, tệp chỉ tiêu hoặc tệp đầu vào (không đọc được, sai dạng)', '2  a usage, target file or input error (unreadable, wrong shape)'),
];
const OK_ERR = (ok: Text): Text[] => [text(`0  ${ok.vi}`, `0  ${ok.en}`), text('2  lỗi cách dùng, tệp chỉ tiêu hoặc tệp đầu vào', '2  a usage, target file or input error')];

const EXTRAS: Record<string, Extra> = {
  parcheck: {
    examples: [
      ['parcheck inspect bao-cao-thang-10.xlsx', text('xem parcheck đọc được gì từ một tệp mới', 'see what parcheck reads from a new export')],
      ['parcheck check exports/', text('đối chiếu mọi tệp .xlsx/.csv trong thư mục với chỉ tiêu của tỉnh', 'check every .xlsx/.csv file of a folder against the province’s targets')],
      [
        'parcheck check "exports/*.xlsx" --level xã',
        text('chỉ cấp xã (mẫu tên tệp trong ngoặc kép được mở rộng như nhau trên mọi shell)', 'the commune level only (a quoted pattern is expanded the same on every shell)'),
      ],
      ['parcheck explain online-dossier-rate-2025 exports/', text('giải thích một kết quả từng bước', 'explain one finding step by step')],
      ['parcheck check --help', text('hướng dẫn của một lệnh, với ví dụ và mã thoát', 'the help of one command, with examples and exit codes')],
    ],
    exits: OK_FAIL_ERR(
      text('không có chỉ tiêu nào không đạt (theo --fail-on)', 'no finding fails (under --fail-on)'),
      text('có chỉ tiêu không đạt (theo --fail-on)', 'some finding fails (under --fail-on)'),
    ),
  },
  'parcheck check': {
    examples: [
      [
        'parcheck check bao-cao-thang-0*.xlsx chi-so-2024.xlsx',
        text('các tháng và bảng chỉ số, đối chiếu với chỉ tiêu của tỉnh ghi trong tệp', 'the months and the index table, against the targets of the province the files name'),
      ],
      ['parcheck check exports/ --level "cấp huyện"', text('mọi tệp trong thư mục, chỉ cấp huyện', 'every file of a folder, the district level only')],
      [
        'parcheck check exports/ --unit "Duy Xuyên"',
        text('các đơn vị có tên chứa "Duy Xuyên" (không phân biệt hoa thường, dấu)', 'the units whose name holds "Duy Xuyên" (case and diacritics ignored)'),
      ],
      ['parcheck check exports/ --output bao-cao.xlsx --quiet', text('báo cáo Excel cho cron (ghi nguyên tử)', 'the Excel report for cron (written atomically)')],
      ['parcheck check exports/ --wide', text('bảng đủ mọi cột, không co theo màn hình', 'every column, whatever the terminal’s width')],
    ],
    exits: OK_FAIL_ERR(
      text('không có kết quả nào không đạt theo --fail-on (mặc định: missed)', 'no finding fails under --fail-on (default: missed)'),
      text('có kết quả không đạt theo --fail-on', 'some finding fails under --fail-on'),
    ),
  },
  'parcheck inspect': {
    examples: [
      ['parcheck inspect bao-cao-thang-10.xlsx', text('dạng bảng, ánh xạ cột, đơn vị, cấp, kỳ và cảnh báo', 'shape, column mapping, units, levels, periods and warnings')],
      ['parcheck inspect exports/ --format json', text('mọi tệp trong thư mục, dạng JSON', 'every file of a folder, as JSON')],
    ],
    exits: OK_ERR(text('đã đọc được mọi tệp', 'every file was read')),
  },
  'parcheck explain': {
    examples: [
      ['parcheck explain online-dossier-rate-2025 exports/', text('toàn tỉnh: ô, tổng, công thức, điều khoản, so sánh', 'the whole province: cells, sums, formula, clause, comparison')],
      ['parcheck explain digitized-results exports/ --unit "Duy Xuyên"', text('một đơn vị', 'one unit')],
      ['parcheck explain digitized-results exports/ --level xã --format json', text('cấp xã, dạng JSON', 'the commune level, as JSON')],
    ],
    exits: OK_ERR(text('đã giải thích', 'explained')),
  },
  'parcheck reconcile': {
    examples: [['parcheck reconcile bao-cao-thang-05.xlsx danh-sach-ho-so.csv', text('biểu tháng so với danh sách hồ sơ', 'the monthly form against the dossier list')]],
    exits: OK_FAIL_ERR(text('hai nguồn khớp nhau', 'the two sources agree'), text('có chênh lệch', 'they differ')),
  },
  'parcheck verify': {
    examples: [['parcheck verify ho-so-chung-cu/', text('băm lại, chạy lại và so từng byte', 're-hash, re-run and compare byte for byte')]],
    exits: OK_FAIL_ERR(text('mọi tệp khớp', 'everything matches'), text('có tệp thay đổi hoặc thiếu', 'some file changed or is missing')),
  },
  'parcheck targets': {
    examples: [
      ['parcheck targets list --level xã', text('các ngưỡng của cấp xã', 'the thresholds of the commune level')],
      ['parcheck targets show pci-rank-2025', text('một chỉ tiêu và điều khoản của nó', 'one target and its clause')],
      ['parcheck targets validate targets/ --sources targets/sources', text('kiểm tra tệp chỉ tiêu và trích dẫn', 'validate target files and their quotes')],
    ],
    exits: OK_ERR(text('thành công', 'success')),
  },
  'parcheck targets list': {
    examples: [['parcheck targets list --document qn-2370-2021 --year 2025', text('ngưỡng năm 2025 của một văn bản', 'the 2025 thresholds of one document')]],
    exits: OK_ERR(text('thành công', 'success')),
  },
  'parcheck targets show': {
    examples: [['parcheck targets show qn-16nqtu-2021#pci-rank-2025', text('một chỉ tiêu của một văn bản', 'one target of one document')]],
    exits: OK_ERR(text('thành công', 'success')),
  },
  'parcheck targets validate': {
    examples: [['parcheck targets validate my-targets.yaml', text('kiểm tra một tệp chỉ tiêu tự viết', 'validate a target file of one’s own')]],
    exits: OK_ERR(text('tệp hợp lệ', 'the files are valid')),
  },
  'parcheck targets diff': {
    examples: [['parcheck targets diff cu.yaml moi.yaml', text('những gì thay đổi giữa hai phiên bản', 'what changed between two versions')]],
    exits: OK_ERR(text('đã so sánh', 'compared')),
  },
  'parcheck template': {
    examples: [
      ['parcheck template exports/ --output bieu-nhap.xlsx', text('biểu nhập cho những số liệu chỉ tiêu cần mà các tệp chưa có', 'a workbook for the figures the targets need that the files lack')],
      ['parcheck template --province quang-nam --level xã --output bieu-xa.csv', text('chỉ cấp xã, dạng CSV', 'the commune level only, as CSV')],
    ],
    exits: OK_ERR(text('đã ghi biểu', 'the workbook was written')),
  },
  'parcheck targets draft': {
    examples: [['parcheck targets draft ke-hoach-cchc.docx --document-id dn-123-2026 --output nhap.yaml', text('nháp tệp chỉ tiêu từ văn bản kế hoạch', 'a draft target file from a plan’s text')]],
    exits: OK_ERR(text('đã soạn nháp', 'the draft was written')),
  },
  'parcheck targets review': {
    examples: [['parcheck targets review nhap.yaml --interactive', text('duyệt từng chỉ tiêu bên trích dẫn của nó', 'review each target beside its quote')]],
    exits: OK_ERR(text('đã duyệt', 'reviewed')),
  },
  'parcheck targets schema': {
    examples: [['parcheck targets schema > targets.schema.json', text('JSON Schema cho trình soạn thảo', 'the JSON Schema for an editor')]],
    exits: OK_ERR(text('thành công', 'success')),
  },
};

const TITLE = { examples: text('Ví dụ:', 'Examples:'), exits: text('Mã thoát:', 'Exit codes:') };

/** The text after a command's help, or undefined for a command without one. */
export function helpAfter(command: string, lang: Lang): string | undefined {
  const extra = EXTRAS[command];
  if (!extra) return undefined;
  const lines = ['', pick(TITLE.examples, lang)];
  for (const [example, what] of extra.examples) lines.push(`  ${example}`, `      ${pick(what, lang)}`);
  lines.push('', pick(TITLE.exits, lang));
  for (const exit of extra.exits) lines.push(`  ${pick(exit, lang)}`);
  return lines.join('\n');
}

/**
 * The words of every warning, in Vietnamese and English, written from its code and data. Raise
 * sites carry data only; every renderer (stderr, inspect, reports, explain, reconcile) asks here, so
 * a message reads the same wherever it is shown. The type of WORDS makes a missing code a compile error.
 */
import { formatNumber, type Lang, type Text } from '../core/i18n.js';
import type { SourceRef } from '../core/types.js';
import type { CellPlace, CountedRows, CountedValue, IdentityMismatch, IngestWarning, WarningCode, WarningOf } from '../core/warnings.js';

type Words = { [C in WarningCode]: (w: WarningOf<C>, lang: Lang) => string };

/** The reader's words of a warning. */
export function warningMessage(w: IngestWarning, lang: Lang): string {
  return (WORDS[w.code] as (w: IngestWarning, lang: Lang) => string)(w, lang);
}

/** A warning's words in both languages (JSON reports carry both, whatever --lang). */
export function warningText(w: IngestWarning): Text {
  return { vi: warningMessage(w, 'vi'), en: warningMessage(w, 'en') };
}

/**
 * The warning as JSON has always shown it: its words (both languages) in the place of its data, every
 * other key where it was.
 */
export function withWarningText<W extends IngestWarning>(w: W): Omit<W, 'data'> & { message: Text } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(w)) out[key === 'data' ? 'message' : key] = key === 'data' ? warningText(w) : value;
  return out as Omit<W, 'data'> & { message: Text };
}

const say = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
/** Figures of the form's arithmetic, as each language writes them (up to 4 decimals). */
const fig = (value: number, lang: Lang) => formatNumber(value, lang, 4);
const place = (p: CellPlace, lang: Lang) => p.cell ?? (p.line !== undefined ? say(lang, `dòng ${p.line}`, `line ${p.line}`) : '');
const sourcePlace = (s: SourceRef) => `${s.file}${s.sheet ? ` › ${s.sheet}` : ''} › ${s.cell ?? s.line ?? ''}`;
const listed = (values: CountedValue[]) => values.map((v) => `"${v.value}" (${v.count})`).join(', ');

function rows(d: CountedRows, lang: Lang, vi: string, en: string): string {
  const first = d.sheetRows ? say(lang, `hàng ${d.line}`, `row ${d.line}`) : say(lang, `dòng ${d.line}`, `line ${d.line}`);
  return say(lang, `${d.count} hồ sơ ${vi} (đầu tiên ở ${first})`, `${d.count} dossiers ${en} (first at ${first})`);
}

function identity({ data: d }: { data: IdentityMismatch }, lang: Lang): string {
  const cells = d.partsAt.map((p) => place(p, lang)).join(', ');
  return say(
    lang,
    `${d.unit}: ${d.total} = ${fig(d.totalValue, lang)} (ô ${place(d.totalAt, lang)}) nhưng ${d.parts.join(' + ')} = ${fig(d.sum, lang)} (ô ${cells})`,
    `${d.unit}: ${d.total} = ${fig(d.totalValue, lang)} (cell ${place(d.totalAt, lang)}) but ${d.parts.join(' + ')} = ${fig(d.sum, lang)} (cells ${cells})`,
  );
}

function rowSum(d: WarningOf<'TOTAL_ROW_MISMATCH'>['data'], lang: Lang, vi: string, en: string): string {
  const span = d.span ? `${place(d.span[0], lang)}…${place(d.span[1], lang)}` : '';
  return say(
    lang,
    `${d.measure}: ${vi} ghi ${fig(d.total, lang)} (ô ${place(d.totalAt, lang)}) nhưng tổng các đơn vị là ${fig(d.sum, lang)} (${span})`,
    `${d.measure}: the ${en} says ${fig(d.total, lang)} (cell ${place(d.totalAt, lang)}) but the units sum to ${fig(d.sum, lang)} (${span})`,
  );
}

const FORMAT_NAME = {
  xlsx: { vi: 'sổ tính .xlsx', en: 'an .xlsx workbook' },
  csv: { vi: 'văn bản CSV', en: 'CSV text' },
  html: { vi: 'bảng HTML (trang web lưu với đuôi Excel)', en: 'an HTML table (a web page saved with an Excel extension)' },
} as const;

const WORDS: Words = {
  FILE_CONTENT_NOT_EXTENSION: ({ data: d }, lang) =>
    say(lang, `Tệp có đuôi "${d.ext}" nhưng nội dung là ${FORMAT_NAME[d.format].vi}: đọc theo nội dung`, `The file is named "${d.ext}" but holds ${FORMAT_NAME[d.format].en}: read by its content`),
  HIDDEN_SHEET: ({ data: d }, lang) => say(lang, `Trang tính ẩn "${d.sheet}" được bỏ qua (dùng --sheet để đọc nó)`, `Hidden sheet "${d.sheet}" is skipped (use --sheet to read it)`),
  HIDDEN_ROW: ({ data: d }, lang) => say(lang, `Dòng ẩn ${d.row} được bỏ qua`, `Hidden row ${d.row} is ignored`),
  HIDDEN_COLUMN: ({ data: d }, lang) => say(lang, `Cột ẩn ${d.column} ("${d.header}") được bỏ qua`, `Hidden column ${d.column} ("${d.header}") is ignored`),
  SECOND_TOTAL_ROW: ({ data: d }, lang) =>
    say(lang, `Dòng tổng thứ hai "${d.label}" (dòng ${d.row}) được đối chiếu như dòng tổng đầu`, `A second total row "${d.label}" (row ${d.row}) is checked like the first`),
  UNIT_FOOTNOTE: ({ data: d }, lang) => say(lang, `Dấu chú thích được bỏ khỏi tên đơn vị "${d.name}" → "${d.unit}"`, `A footnote marker is stripped from the unit name "${d.name}" → "${d.unit}"`),
  COLUMN_NEGATED: ({ data: d }, lang) =>
    say(
      lang,
      `Cột ${d.column} ("${d.header}") mang từ phủ định nên không được đọc là ${d.negated.join(', ')}`,
      `Column ${d.column} ("${d.header}") is negated, so it is not read as ${d.negated.join(', ')}`,
    ),
  COLUMN_UNKNOWN: ({ data: d }, lang) => {
    if (d.under === 'group') {
      const groups = d.groups.map((t) => `"${t}"`).join(', ');
      return say(lang, `Các cột ${d.range} nằm dưới nhóm cột không có trong từ điển: ${groups} (bỏ qua)`, `Columns ${d.range} sit under a column group the lexicon does not know: ${groups} (ignored)`);
    }
    const near = d.closest;
    return say(
      lang,
      `Cột ${d.column} ("${d.header}") không khớp từ nào trong từ điển nên được bỏ qua${near ? `; gần nhất: "${near.words}" (${near.measure}); nếu đúng, thêm vào --mapping: ${near.mapping}` : ''}`,
      `Column ${d.column} ("${d.header}") matches no lexicon word and is ignored${near ? `; closest: "${near.words}" (${near.measure}); if so, add to --mapping: ${near.mapping}` : ''}`,
    );
  },
  MISSING_GROUP: ({ data: d }, lang) =>
    say(
      lang,
      `Biểu không có nhóm cột ${d.groups.map((g) => `"${g.name}"`).join(', ')}: các chỉ tiêu của nhóm đó sẽ thiếu số liệu`,
      `The form has no ${d.groups.map((g) => `"${g.name}" (${g.key})`).join(', ')} column group: its measures will have no data`,
    ),
  DUPLICATE_UNIT: ({ data: d }, lang) => say(lang, `Đơn vị "${d.unit}" xuất hiện hai lần (lần đầu ở ${d.first})`, `Unit "${d.unit}" appears twice (first at ${d.first})`),
  UNIT_LEVEL_UNKNOWN: ({ data: d }, lang) =>
    say(lang, `Không xác định được cấp của "${d.unit}"; thêm đơn vị vào sổ đơn vị (--registry)`, `Cannot tell the level of "${d.unit}"; add it to a unit registry (--registry)`),
  IDENTITY_RECEIVED: identity,
  IDENTITY_RECEIVED_NEW: identity,
  IDENTITY_BALANCE: identity,
  IDENTITY_RESOLVED: identity,
  IDENTITY_PENDING: identity,
  TOTAL_ROW_MISMATCH: ({ data: d }, lang) => rowSum(d, lang, 'dòng tổng cộng', 'total row'),
  GROUP_ROW_MISMATCH: ({ data: d }, lang) => rowSum(d, lang, `dòng nhóm "${d.label}"`, `group row "${d.label}"`),
  SUBCOUNT_EXCEEDS_TOTAL: ({ data: d }, lang) => {
    if (d.of === 'ratio') {
      const [num, den] = [d.numerator.join(' + '), d.denominator.join(' + ')];
      return say(lang, `${d.unit}: ${num} = ${d.numeratorSum} lớn hơn ${den} = ${d.denominatorSum}`, `${d.unit}: ${num} = ${d.numeratorSum} exceeds ${den} = ${d.denominatorSum}`);
    }
    return say(
      lang,
      `${d.unit}: ${d.part} (${fig(d.partValue, lang)}, ô ${place(d.partAt, lang)}) lớn hơn ${d.whole} (${fig(d.wholeValue, lang)}, ô ${place(d.wholeAt, lang)})`,
      `${d.unit}: ${d.part} (${fig(d.partValue, lang)}, cell ${place(d.partAt, lang)}) exceeds ${d.whole} (${fig(d.wholeValue, lang)}, cell ${place(d.wholeAt, lang)})`,
    );
  },
  CARRY_OVER_MISMATCH: ({ data: d }, lang) =>
    say(
      lang,
      `${d.unit}: hồ sơ từ kỳ trước chuyển qua tháng ${d.period} là ${fig(d.carried, lang)} nhưng số đang giải quyết cuối tháng ${d.previous} là ${fig(d.pending, lang)} (${sourcePlace(d.pendingAt)})`,
      `${d.unit}: carried over into ${d.period} is ${fig(d.carried, lang)} but pending at the end of ${d.previous} was ${fig(d.pending, lang)} (${sourcePlace(d.pendingAt)})`,
    ),
  DOSSIER_PLACEHOLDER_DATE: ({ data: d }, lang) =>
    rows(d, lang, 'có ngày 01/01/1900 (ngày giữ chỗ, nghĩa là chưa có ngày); đọc như ô trống', 'have the date 01/01/1900 (a "no date" placeholder); read as blank'),
  DOSSIER_DATE_BEFORE_2000: ({ data: d }, lang) => rows(d, lang, 'có ngày trước năm 2000; kiểm tra có gõ nhầm năm không', 'have a date before 2000; check for a mistyped year'),
  DOSSIER_DATE_AFTER_EXPORT: ({ data: d }, lang) =>
    rows(d, lang, `có ngày tiếp nhận hoặc trả kết quả sau ngày kết xuất ${d.exportDay}`, `have a receipt or return date after the export day ${d.exportDay}`),
  DOSSIER_STATUS_PENDING_RETURNED: ({ data: d }, lang) =>
    rows(d, lang, 'có trạng thái chờ bổ sung nhưng có ngày trả kết quả; tính là đang giải quyết', 'wait for supplements by their status yet have a return date; counted as pending'),
  DOSSIER_STATUS_RETURNED_NO_DATE: ({ data: d }, lang) =>
    rows(d, lang, 'có trạng thái đã trả kết quả nhưng không có ngày trả; tính là đang giải quyết', 'are returned by their status yet have no return date; counted as pending'),
  DOSSIER_FLAG_UNKNOWN: ({ data: d }, lang) =>
    say(
      lang,
      `${d.count} hồ sơ có giá trị không nhận ra ở cột "${d.column}": ${listed(d.values)}; tính là "không"`,
      `${d.count} dossiers have an unknown value in column "${d.column}": ${listed(d.values)}; counted as "no"`,
    ),
  DOSSIER_COUNT_MISMATCH: ({ data: d }, lang) => say(lang, `Dòng tổng ghi ${d.stated} hồ sơ nhưng đọc được ${d.read} hồ sơ`, `The count line says ${d.stated} dossiers but ${d.read} were read`),
  DOSSIER_STATUS_UNKNOWN: ({ data: d }, lang) =>
    say(
      lang,
      `${d.count} hồ sơ có trạng thái không nhận ra ở cột "${d.column}": ${listed(d.values)}; số liệu vẫn tính theo các cột ngày`,
      `${d.count} dossiers have an unknown status in column "${d.column}": ${listed(d.values)}; figures still follow the date columns`,
    ),
  DOSSIER_CHANNEL_UNKNOWN: ({ data: d }, lang) =>
    say(
      lang,
      `${d.count} hồ sơ có hình thức nộp không nhận ra ở cột "${d.column}": ${listed(d.values)}; không tính vào trực tuyến hay trực tiếp`,
      `${d.count} dossiers have an unknown submission channel in column "${d.column}": ${listed(d.values)}; counted as neither online nor offline`,
    ),
  DOSSIER_NO_DUE_DATE: ({ data: d }, lang) => say(lang, `${d.count} hồ sơ không có ngày hẹn trả; coi là đúng hạn / trong hạn`, `${d.count} dossiers have no due date; counted as on time / in time`),
  DOSSIER_RETURN_BEFORE_RECEIPT: ({ data: d }, lang) => say(lang, `${d.count} hồ sơ có ngày trả kết quả trước ngày tiếp nhận`, `${d.count} dossiers were returned before their receipt date`),
  DOSSIER_CARRY_OVER_FIRST_MONTH: ({ data: { month } }, lang) =>
    say(
      lang,
      `Danh sách bắt đầu từ tháng ${month}, không có hồ sơ tiếp nhận trước đó: số hồ sơ từ kỳ trước chuyển qua của tháng ${month} tính được là 0 và có thể thiếu (kéo theo tổng số hồ sơ nhận, đã và đang giải quyết); đưa cả các hồ sơ tồn từ kỳ trước vào danh sách nếu cần đối chiếu tháng này`,
      `The list starts in ${month} and holds no dossier received before it: carried-over dossiers of ${month} count as 0 and may be incomplete (and with them received, resolved and pending totals); include the dossiers pending from before in the list to reconcile that month`,
    ),
  DOSSIER_UNIT_BLANK: ({ data: d }, lang) => say(lang, `${d.count} hồ sơ không ghi đơn vị tiếp nhận; đã bỏ qua`, `${d.count} dossiers name no receiving unit; skipped`),
  NEGATIVE_VALUE: ({ data: d }, lang) => say(lang, `${d.unit}: số âm (${d.value})`, `${d.unit}: negative value (${d.value})`),
  DUPLICATE_OBSERVATION: ({ data: d }, lang) => {
    const what = `${d.unit} · ${d.period} · ${d.measure}`;
    if (d.how === 'summed') return say(lang, `${what}: cộng số liệu từ nhiều tệp`, `${what}: summed across files`);
    const where = d.firstFile === d.secondFile ? d.secondFile : `${d.firstFile} = ${d.secondFile}`;
    return say(lang, `${d.count} số liệu có hai lần với cùng giá trị (${where}), gộp làm một; ví dụ ${what}`, `${d.count} figures appear twice with the same value (${where}), merged; e.g. ${what}`);
  },
  DECLARED_RATE_MISMATCH: ({ data: d }, lang) => {
    // Figures in the reader's format (decimal comma in Vietnamese), as every report writes them.
    const n = (value: number, digits?: number) => formatNumber(value, lang, digits);
    const shown = `${d.numerator.join(' + ')} / ${d.denominator.join(' + ')} = ${n(d.numeratorSum, 4)} / ${n(d.denominatorSum, 4)}`;
    return say(
      lang,
      `${d.unit} · ${d.period}: tỷ lệ ghi trong tệp ${n(d.declared)}% nhưng tính lại từ số đếm (${shown}) được ${n(d.recomputed)}%, lệch ${n(d.difference)} điểm (dung sai ${n(d.tolerance)})`,
      `${d.unit} · ${d.period}: the file states ${n(d.declared)}% but its counts (${shown}) give ${n(d.recomputed)}%, a difference of ${n(d.difference)} points (tolerance ${n(d.tolerance)})`,
    );
  },
  UNKNOWN_INDICATOR: ({ data: d }, lang) => say(lang, `${d.threshold}: chỉ số ${d.indicator} không có trong danh mục`, `${d.threshold}: indicator ${d.indicator} is not in the catalogue`),
  THRESHOLD_NOT_APPLICABLE: ({ data: d }, lang) =>
    say(
      lang,
      `${d.document}#${d.threshold}: chỉ tiêu cấp huyện chỉ áp dụng cho kỳ trước 01/7/2025 (đã bỏ cấp huyện); bỏ qua`,
      `${d.document}#${d.threshold}: a district-level target applies to periods before 2025-07-01 only (the district level was abolished); skipped`,
    ),
  REPEATED_TARGET: ({ data: d }, lang) => {
    const list = d.repeats.map((r) => `${r.target} (${r.document}, ${r.id})`).join('; ');
    return say(lang, `Cùng chỉ tiêu được nhắc lại ở: ${list}; kiểm tra và đếm một lần`, `The same target is repeated in: ${list}; checked and counted once`);
  },
  MISSING_MEASURE: ({ data: d, measures = [] }, lang) => {
    const named = measures.join(', ');
    if (d.lacking === 'unit') return say(lang, `${d.unit === '*' ? 'Phạm vi' : d.unit}: thiếu ${named}`, `${d.unit === '*' ? 'Scope' : d.unit}: missing ${named}`);
    if (d.lacking === 'inputs') return say(lang, `Các tệp đầu vào không có số liệu ${named} (${d.formula})`, `The inputs hold no ${named} (${d.formula})`);
    return say(lang, `Không đơn vị nào có đủ cả tử số và mẫu số: ${d.formula}`, `No unit has both the numerator and the denominator: ${d.formula}`);
  },
  MISSING_BASELINE: ({ data: d }, lang) => say(lang, `Thiếu số liệu năm gốc ${d.year}`, `No figure for the baseline year ${d.year}`),
  INCOMPLETE_PERIOD: ({ data: d }, lang) => {
    let so: string;
    if (d.soFar === null && d.latest) so = say(lang, `chưa có số liệu của kỳ này; số liệu gần nhất là của ${d.latest}`, `no figure of this period yet; the latest is of ${d.latest}`);
    else if (d.soFar === null) so = say(lang, 'chưa có số liệu nào của kỳ này', 'no figure of this period yet');
    else {
      const n = Math.round(d.soFar * 100) / 100;
      so = say(lang, `số liệu đến nay cho ${String(n).replace('.', ',')}`, `the figures so far give ${n}`);
    }
    return periodLacking(d, lang, so);
  },
  PARTIAL_PERIOD_FINAL: ({ data: d }, lang) =>
    periodLacking(
      d,
      lang,
      say(
        lang,
        'nhưng đã vượt ngưỡng, các tháng còn thiếu không thể làm đạt: Không đạt là kết luận cuối cùng',
        'but the count is already past its ceiling and no missing month can undo it: the miss is final',
      ),
    ),
  UNITS_BELOW: ({ data: d, units = [] }, lang) => {
    if (units.length === 0) return say(lang, `Mọi đơn vị (${d.total}) đều đạt`, `Every unit (${d.total}) meets it`);
    const list = units.map((u) => `${u.unit} ${u.value === null ? '—' : Math.round(u.value * 100) / 100}`).join('; ');
    return say(
      lang,
      `${d.failing}/${d.total} đơn vị không đạt${d.unknown ? `, ${d.unknown} chưa đủ số liệu` : ''}: ${list}`,
      `${d.failing} of ${d.total} units fall short${d.unknown ? `, ${d.unknown} incomplete` : ''}: ${list}`,
    );
  },
  XLSX_TEXT: ({ data: d }, lang) =>
    say(
      lang,
      `Báo cáo Excel: ${d.replaced} đoạn văn bản có ký tự Excel không chứa được (thay bằng �), ${d.cut} đoạn dài quá ${d.limit} ký tự (cắt bớt, ghi "… [+N]"); ví dụ: "${d.example}"`,
      `Excel report: ${d.replaced} texts hold characters Excel cannot store (replaced by �), ${d.cut} exceed ${d.limit} characters (cut, marked "… [+N]"); e.g. "${d.example}"`,
    ),
};

/** Every warning code, at run time (fixtures check theirs against it). */
export const WARNING_CODES = Object.keys(WORDS) as [WarningCode, ...WarningCode[]];

function periodLacking(d: { period: string; missing: string; whole: boolean }, lang: Lang, so: string): string {
  return say(
    lang,
    `Kỳ của chỉ tiêu là ${d.period}; ${d.whole ? 'thiếu cả kỳ' : `thiếu ${d.missing}`}; ${so}`,
    `The target's period is ${d.period}; ${d.whole ? 'all of it is missing' : `missing ${d.missing}`}; ${so}`,
  );
}

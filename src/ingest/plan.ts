/**
 * The plan for reading a table: which shape it is, where its header is, and what each column holds
 * (a role such as unit or level, or a canonical measure), scored from the lexicon or given by a
 * --mapping. A tie (two measures for one column, two columns for one measure) and a column under a
 * group the lexicon does not know are problems: reported all together, never resolved by a guess.
 */
import { ParcheckError } from '../core/errors.js';
import type { ColumnMapping, IngestWarning, InputShape } from '../core/types.js';
import { columnLetter, type Grid } from '../files/grid.js';
import { buildColumns, findHeader, type HeaderBlock } from './table-header.js';
import { closestWord, mappingLine } from './advice.js';
import type { HeaderMapping } from './mapping.js';
import { isDeclaredRate, readColumn, REQUIRED_GROUPS, roleOf, type Candidate, type Group } from './profiles.js';
import { foldText } from './text.js';
import { warning } from '../core/warnings.js';

export interface PlannedColumn extends ColumnMapping {
  index: number;
  /** The "STT" column: shown as ignored, but its roman numerals mark group rows. */
  stt?: boolean;
  /** The lexicon's scored guesses (best first), for inspect --suggest-mapping. */
  candidates?: Candidate[];
  /** Hidden in the workbook: read for nothing, reported. */
  hidden?: boolean;
}

export interface TablePlan {
  kind: 'table';
  shape: InputShape;
  header: HeaderBlock;
  columns: PlannedColumn[];
  groups: Group[];
  /** Ties, orphan columns: the header cannot be read without a --mapping. */
  problems: ParcheckError[];
  notes: IngestWarning[];
}

// A grid is planned to choose the sheet, then again to read it: once is enough.
const PLANS = new WeakMap<Grid, Map<HeaderMapping | undefined, TablePlan | null>>();

export function planTable(grid: Grid, mapping?: HeaderMapping): TablePlan | null {
  let byMapping = PLANS.get(grid);
  if (!byMapping) PLANS.set(grid, (byMapping = new Map()));
  if (!byMapping.has(mapping)) byMapping.set(mapping, planFresh(grid, mapping));
  return byMapping.get(mapping)!;
}

function planFresh(grid: Grid, mapping?: HeaderMapping): TablePlan | null {
  const header = mapping?.headerRow !== undefined ? mappedHeader(grid, mapping) : findHeader(grid);
  if (!header) return null;
  const groups = new Set<Group>();
  const lastRow = grid.rows[header.start + header.count - 1]!.number;
  const at = (index: number) => ({ file: grid.file, ...(grid.kind === 'xlsx' ? { sheet: grid.sheet, cell: `${columnLetter(index)}${lastRow}` } : { line: lastRow, column: index + 1 }) });
  const problems: ParcheckError[] = [];
  const notes: IngestWarning[] = [];
  const hidden = new Set(grid.hiddenColumns ?? []);
  const orphans: { index: number; label: string }[] = [];
  const columns: PlannedColumn[] = header.columns.map((col) => {
    const letter = columnLetter(col.index);
    const base = { index: col.index, column: letter, header: col.labels.join(' / ') };
    const mapped = mapping?.lookup(letter, col.labels.map(foldText));
    if (mapped) return { ...base, ...mapped, ...(mapped.role === ('stt' as string) ? { role: 'ignored' as const, stt: true } : {}) };
    if (hidden.has(col.index)) {
      notes.push(warning('HIDDEN_COLUMN', { column: letter, header: base.header }, { location: at(col.index) }));
      return { ...base, measure: null, role: 'ignored' as const, hidden: true };
    }
    const role = roleOf(col.labels);
    if (role === 'stt') return { ...base, measure: null, role: 'ignored' as const, stt: true };
    if (role) return { ...base, measure: null, role };
    const reading = readColumn(col.labels);
    if (reading.group && reading.groupAbove) groups.add(reading.group);
    const [best, second] = reading.candidates;
    if (best && second && second.score === best.score) {
      problems.push(
        new ParcheckError(
          'INPUT_HEADER',
          {
            vi: `Cột ${letter} ("${base.header}") khớp ngang nhau với hai chỉ tiêu: ${best.measure}, ${second.measure}`,
            en: `Column ${letter} ("${base.header}") matches two measures equally: ${best.measure}, ${second.measure}`,
          },
          {
            location: at(col.index),
            expected: { vi: 'một chỉ tiêu cho mỗi cột', en: 'one measure per column' },
            found: `${best.measure} (${best.score}), ${second.measure} (${second.score})`,
            hint: { vi: `Chỉ rõ bằng --mapping, ví dụ: ${mappingLine(letter, best.measure)}`, en: `Say which with --mapping, e.g. ${mappingLine(letter, best.measure)}` },
          },
        ),
      );
      return { ...base, measure: null, role: 'ignored' as const, candidates: reading.candidates };
    }
    if (!best) {
      if (reading.negated.length > 0) {
        notes.push(warning('COLUMN_NEGATED', { column: letter, header: base.header, negated: reading.negated }, { location: at(col.index) }));
      } else if (reading.group === null && isLeafOnly(col.labels)) orphans.push({ index: col.index, label: col.labels[0]! });
      else if (col.labels.join('').trim() !== '') {
        const near = closestWord(col.labels);
        const closest = near ? { closest: { words: near.words, measure: near.measure, mapping: mappingLine(letter, near.measure) } } : {};
        notes.push(warning('COLUMN_UNKNOWN', { under: 'lexicon', column: letter, header: base.header, ...closest }, { location: at(col.index) }));
      }
      return { ...base, measure: null, role: 'ignored' as const, candidates: [] };
    }
    return { ...base, measure: best.measure, role: isDeclaredRate(best.measure) ? ('declared_rate' as const) : ('measure' as const), candidates: reading.candidates };
  });
  if (orphans.length > 0) {
    const error = orphanError(grid, header, orphans, lastRow);
    // Under a --mapping the user has said what to read: columns it leaves out are reported, not fatal.
    if (mapping) notes.push(warning('COLUMN_UNKNOWN', { under: 'group', range: error.found!, groups: [...new Set(orphans.map((o) => o.label))] }, { location: error.location }));
    else problems.push(error);
  }
  const byMeasure = new Map<string, PlannedColumn[]>();
  for (const c of columns) if (c.measure) byMeasure.set(c.measure, [...(byMeasure.get(c.measure) ?? []), c]);
  for (const [measure, cols] of byMeasure) {
    if (cols.length < 2) continue;
    problems.push(
      new ParcheckError(
        'INPUT_HEADER',
        {
          vi: `Hai cột cùng được hiểu là ${measure}: ${cols.map((c) => `${c.column} ("${c.header}")`).join(', ')}`,
          en: `Two columns are both read as ${measure}: ${cols.map((c) => `${c.column} ("${c.header}")`).join(', ')}`,
        },
        {
          location: at(cols[1]!.index),
          expected: { vi: 'mỗi chỉ tiêu ở một cột', en: 'each measure in one column' },
          found: cols.map((c) => c.column).join(', '),
          hint: {
            vi: `Chỉ rõ cột nào bằng --mapping, ví dụ: ${mappingLine(cols[0]!.column, measure)} và ${mappingLine(cols[1]!.column, 'ignore')}`,
            en: `Say which with --mapping, e.g. ${mappingLine(cols[0]!.column, measure)} and ${mappingLine(cols[1]!.column, 'ignore')}`,
          },
        },
      ),
    );
    for (const c of cols) Object.assign(c, { measure: null, role: 'ignored' });
  }
  const found = REQUIRED_GROUPS.filter((g) => groups.has(g));
  const measures = columns.filter((c) => c.measure !== null);
  const measureGroups = new Set(measures.map((c) => c.measure!.split('_')[0]).filter((g) => REQUIRED_GROUPS.includes(g!)));
  let shape: InputShape | null = mapping?.shape ?? null;
  if (!shape) {
    if (found.length >= 2 || measureGroups.size >= 2) shape = 'monthly_report';
    else if (measures.length > 0 || problems.length > 0) shape = 'rate_table';
    else return null;
  }
  if (shape === 'monthly_report' && !mapping) {
    const lacking = REQUIRED_GROUPS.filter((g) => !measureGroups.has(g));
    if (lacking.length > 0) {
      const top = grid.rows[header.start]!.number;
      const location = { file: grid.file, ...(grid.kind === 'xlsx' ? { sheet: grid.sheet, cell: `A${top}` } : { line: top }) };
      notes.push(warning('MISSING_GROUP', { groups: lacking.map((g) => ({ key: g, name: GROUP_NAMES[g]! })) }, { location, measures: lacking.map((g) => `${g}_total`) }));
    }
  }
  if (!columns.some((c) => c.role === 'unit')) {
    const candidate = columns.find((c) => !c.stt && !c.hidden && c.measure === null && c.role === 'ignored' && (c.candidates?.length ?? 0) === 0);
    if (candidate) Object.assign(candidate, { role: 'unit', measure: null });
  }
  return { kind: 'table', shape, header, columns, groups: found, problems, notes };
}

const GROUP_NAMES: Record<string, string> = { received: 'Số hồ sơ nhận giải quyết', resolved: 'Số hồ sơ đã giải quyết', pending: 'Số hồ sơ đang giải quyết' };

/** A lowest label that only makes sense under a group ("Tổng số", "Quá hạn"). */
function isLeafOnly(labels: string[]): boolean {
  return (
    labels.length > 1 &&
    readColumn(['so ho so da giai quyet', labels[labels.length - 1]!]).candidates.length + readColumn(['so ho so dang giai quyet', labels[labels.length - 1]!]).candidates.length > 0
  );
}

function orphanError(grid: Grid, header: HeaderBlock, orphans: { index: number; label: string }[], lastRow: number): ParcheckError {
  const first = columnLetter(orphans[0]!.index);
  const last = columnLetter(orphans[orphans.length - 1]!.index);
  const range = first === last ? `${first}${lastRow}` : `${first}${lastRow}:${last}${lastRow}`;
  const tops = [...new Set(orphans.map((o) => o.label))];
  const near = closestWord(tops);
  const top = grid.rows[header.start]!.number;
  return new ParcheckError(
    'INPUT_HEADER',
    {
      vi: `Các cột ${range} nằm dưới nhóm cột không có trong từ điển: ${tops.map((t) => `"${t}"`).join(', ')}`,
      en: `Columns ${range} sit under a column group the lexicon does not know: ${tops.map((t) => `"${t}"`).join(', ')}`,
    },
    {
      location: { file: grid.file, ...(grid.kind === 'xlsx' ? { sheet: grid.sheet, cell: `${first}${top}` } : { line: top }) },
      expected: {
        vi: 'nhóm "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết" hoặc "Số hồ sơ đang giải quyết" (hoặc cách gọi khác trong lexicon/lexicon.yaml)',
        en: 'a group such as "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết" or "Số hồ sơ đang giải quyết" (or another wording in lexicon/lexicon.yaml)',
      },
      found: range,
      hint: near
        ? {
            vi: `Từ gần nhất trong từ điển: "${near.words}". Mô tả các cột bằng --mapping, ví dụ: ${mappingLine(first, near.measure)} (parcheck inspect TỆP --suggest-mapping viết sẵn tệp ánh xạ).`,
            en: `Closest lexicon word: "${near.words}". Describe the columns with --mapping, e.g. ${mappingLine(first, near.measure)} (parcheck inspect FILE --suggest-mapping drafts the mapping file).`,
          }
        : {
            vi: 'Mô tả các cột bằng --mapping (parcheck inspect TỆP --suggest-mapping viết sẵn tệp ánh xạ).',
            en: 'Describe the columns with --mapping (parcheck inspect FILE --suggest-mapping drafts the mapping file).',
          },
    },
  );
}

function mappedHeader(grid: Grid, mapping: HeaderMapping): HeaderBlock | null {
  const start = grid.rows.findIndex((r) => r.number === mapping.headerRow);
  if (start < 0) return null;
  const count = Math.min(mapping.headerRows ?? 1, grid.rows.length - start);
  return { start, count, columns: buildColumns(grid.rows.slice(start, start + count)) };
}

/**
 * The input dispatcher: what a file really is (XLSX by its zip bytes, else CSV; a name contradicting
 * the content is an error), then which shape it holds (dossier list, monthly report, rate or index
 * table) from its header, and the reader for that shape.
 */
import { ParcheckError } from '../core/errors.js';
import type { IngestedFile, IngestOptions, IngestWarning } from '../core/types.js';
import { emptyError } from '../files/text-encoding.js';
import { cellText, type Grid } from '../files/grid.js';
import { sha256File } from '../files/hash.js';
import { limitError, resolveLimits } from '../files/limits.js';
import { readHead, sniffFile } from '../files/sniff.js';
import type { OpenedList } from './dossier-list/ingest-list.js';
import type { RowBook } from './dossier-list/list-xlsx.js';
import { checkCarryOver } from './carry-over.js';
import { readCsvTable } from './csv-table.js';
import { gridScore, ingestGrid, type GridResult } from './grid-ingest.js';
import type { HeaderMapping } from './mapping.js';
import { foldText, showControls } from './text.js';
import { findFiguresHeader, readFiguresSheet } from './figures-sheet.js';
import { warning } from '../core/warnings.js';

export async function ingestFile(path: string, options: IngestOptions): Promise<IngestedFile> {
  const limits = resolveLimits(options.limits);
  const { head, size } = await readHead(path);
  if (size === 0) throw emptyError(path);
  const { format, warning } = await sniffFile(path, head, size);
  const said = (f: IngestedFile): IngestedFile => (warning ? { ...f, warnings: [warning, ...f.warnings] } : f);
  // The mapping reader (and its YAML parser) is loaded only for --mapping.
  const mappings = options.mapping ? await import('./mapping.js') : undefined;
  const mapping = mappings && options.mapping ? await mappings.loadMapping(options.mapping) : undefined;
  if (mapping && mappings!.isDossierMapping(mapping)) return dossierList(path, options, { format, warning });
  if (format === 'csv') {
    const table = await readCsvTable(path, head, size, limits, mapping ? null : looksLikeDossierList);
    if (table === 'dossier_list') return dossierList(path, options, { format, warning });
    const read = said(finish(path, chooseResult([table.grid], options, mapping, path), table.sha256));
    return table.grid.encoding === 'windows-1258' ? { ...read, encoding: 'windows-1258' } : read;
  }
  if (format === 'html') {
    // A web system's "Excel" export: its tables read whole (as small as a summary table must be).
    if (size > limits.tableBytes) throw limitError(path, 'tableBytes', limits.tableBytes, size, { vi: 'bảng HTML quá lớn', en: 'HTML table too large' });
    const { gridBook, readHtmlFile } = await import('../files/html-table.js');
    const { decodeWindows1258 } = await import('../files/text-encoding.js');
    const { grids, bytes } = await readHtmlFile(path, path, decodeWindows1258);
    const { sha256Bytes } = await import('../files/hash.js');
    let list = false;
    for (const g of grids) list ||= !mapping && (await looksLikeDossierList(g.rows.slice(0, 40).map((r) => r.cells.map(cellText))));
    if (list) {
      return dossierList(path, options, { format, warning, book: gridBook(grids), hashing: Promise.resolve(sha256Bytes(bytes)), encoding: 'html' });
    }
    return { ...said(finish(path, chooseResult(grids, options, mapping, path), sha256Bytes(bytes))), encoding: 'html' };
  }
  // The zip limits (entries, declared sizes, ratios) are checked as the workbook opens, the real sizes,
  // dimensions and cells while each part inflates: nothing is inflated ahead of the reader (bounded memory on zip bombs).
  const { openXlsx, peekBookGrids, readBookGrids } = await import('../files/xlsx-grids.js');
  const hashing = sha256File(path);
  hashing.catch(() => undefined);
  const book = await openXlsx(path, path, limits);
  if (!options.sheet && !mapping) {
    // The first rows tell a dossier list, which is then streamed, never held as a grid (memory bounded by units × months).
    for (const g of await peekBookGrids(book, 10))
      if (await looksLikeDossierList(g.rows.map((r) => r.cells.map(cellText)))) return dossierList(path, options, { book: book as unknown as RowBook, hashing, format, warning });
  }
  const { grids, truncated } = await readBookGrids(book, limits.tableCells);
  if (truncated)
    throw limitError(path, 'tableCells', limits.tableCells, `> ${limits.tableCells}`, { vi: 'sổ tính có quá nhiều ô cho một báo cáo tổng hợp', en: 'too many cells for a summary report' });
  return said(finish(path, chooseResult(grids, options, mapping, path), await hashing));
}

export async function ingestFiles(paths: string[], options: IngestOptions): Promise<IngestedFile[]> {
  const files: IngestedFile[] = [];
  for (const p of paths) files.push(await ingestFile(p, options));
  checkCarryOver(files);
  return files;
}

function finish(path: string, result: GridResult, sha256: string): IngestedFile {
  const warnings = result.warnings.map((w) => ({ ...w, data: controlsShown(w.data) }) as IngestWarning);
  return { path, sha256, ...result, warnings };
}

/** The names a table's warning quotes, their control characters shown (`\x1b`), never sent. */
function controlsShown<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (Array.isArray(value)) return value.map(controlsShown) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, controlsShown(v)])) as T;
  return value;
}

async function dossierList(path: string, options: IngestOptions, opened: OpenedList): Promise<IngestedFile> {
  const { ingestDossierList } = await import('./dossier-list/ingest-list.js');
  return ingestDossierList(path, options, opened);
}

export async function looksLikeDossierList(rows: string[][]): Promise<boolean> {
  const { isDossierListHeader } = await import('./dossier-list/columns.js');
  return rows.some((cells) => cells.filter((c) => c !== '').length >= 4 && isDossierListHeader(cells.map(foldText)));
}

function chooseResult(grids: Grid[], options: IngestOptions, mapping: HeaderMapping | undefined, file: string): GridResult {
  const names = grids.map((g, i) => `${i + 1}. ${g.sheet ?? ''}`).join(', ');
  if (options.sheet !== undefined && grids[0]?.kind === 'xlsx') {
    const want = options.sheet;
    const grid = grids.find((g) => g.sheet === want) ?? grids.find((g) => foldText(g.sheet ?? '') === foldText(want)) ?? (/^\d+$/.test(want) ? grids[Number(want) - 1] : undefined);
    if (!grid) {
      throw new ParcheckError(
        'INPUT_SHEET',
        { vi: `Không có trang tính "${want}"`, en: `No sheet "${want}"` },
        {
          location: { file },
          expected: names,
          found: want,
          hint: { vi: 'Dùng --sheet với tên hoặc số thứ tự (từ 1) của một trang tính trong danh sách.', en: 'Pass --sheet a name or 1-based index from the list.' },
        },
      );
    }
    grids = [grid];
  }
  const notes: IngestWarning[] = [];
  if (options.sheet === undefined && grids.length > 1) {
    // Hidden sheets hold helpers or old figures: never read unless --sheet names one.
    for (const g of grids.filter((x) => x.hidden)) {
      notes.push(warning('HIDDEN_SHEET', { sheet: g.sheet }, { location: { file, sheet: g.sheet } }));
    }
    grids = grids.filter((x) => !x.hidden);
  }
  // A figures sheet written by `parcheck template` and filled in by hand (figures-sheet.ts).
  if (!mapping) {
    for (const grid of grids) {
      const figures = findFiguresHeader(grid);
      if (!figures) continue;
      const result = readFiguresSheet(grid, figures);
      return notes.length > 0 ? { ...result, warnings: [...notes, ...result.warnings] } : result;
    }
  }
  const wanted = mapping?.sheet;
  if (wanted !== undefined && options.sheet === undefined && grids.length > 1) {
    const named = grids.find((g) => g.sheet === wanted) ?? grids.find((g) => foldText(g.sheet ?? '') === foldText(wanted));
    if (named) grids = [named];
  }
  // The sheet is chosen by what it holds: the one with the most columns of a known report.
  const scored = grids
    .map((grid) => ({ grid, score: gridScore(grid, mapping) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best && next && next.score === best.score && best.score > 1) {
    throw new ParcheckError(
      'INPUT_SHEET',
      { vi: `Hai trang tính cùng chứa một báo cáo: "${best.grid.sheet}" và "${next.grid.sheet}"`, en: `Two sheets both hold a report: "${best.grid.sheet}" and "${next.grid.sheet}"` },
      {
        location: { file },
        expected: { vi: 'một trang tính báo cáo', en: 'one report sheet' },
        found: names,
        hint: { vi: 'Chọn trang tính bằng --sheet.', en: 'Pick the sheet with --sheet.' },
      },
    );
  }
  for (const { grid } of scored) {
    const result = ingestGrid(grid, options, mapping);
    if (result) return notes.length > 0 ? { ...result, warnings: [...notes, ...result.warnings] } : result;
  }
  if (grids.length > 1) {
    throw new ParcheckError(
      'INPUT_SHEET',
      { vi: 'Không trang tính nào có tiêu đề của một báo cáo đã biết', en: 'No sheet has the header of a known report' },
      {
        location: { file },
        expected: { vi: 'biểu II.06a, bảng tỷ lệ hoặc bảng chỉ số', en: 'form II.06a, a rate table or an index table' },
        found: names,
        hint: { vi: 'Chọn trang tính bằng --sheet, hoặc mô tả các cột bằng --mapping.', en: 'Pick the sheet with --sheet, or describe its columns with --mapping.' },
      },
    );
  }
  const g = grids[0]!;
  throw new ParcheckError(
    'INPUT_HEADER',
    { vi: 'Không tìm thấy dòng tiêu đề của một báo cáo đã biết', en: 'No header of a known report found' },
    {
      location: { file, ...(g.sheet ? { sheet: g.sheet } : {}) },
      expected: {
        vi: 'tiêu đề biểu II.06a (STT, Tên đơn vị, Số hồ sơ nhận / đã / đang giải quyết…), bảng tỷ lệ hoặc danh sách hồ sơ',
        en: 'the header of form II.06a (STT, unit, dossiers received / resolved / pending…), a rate table or a dossier list',
      },
      found: g.rows
        .slice(0, 3)
        .map((r) => r.cells.map(cellText).filter(Boolean).join(' | '))
        .join(' / ')
        .slice(0, 200),
      hint: { vi: 'Mô tả các cột bằng --mapping TỆP.yaml (xem README).', en: 'Describe the columns with --mapping FILE.yaml (see README).' },
    },
  );
}

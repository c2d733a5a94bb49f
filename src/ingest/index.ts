/**
 * The input dispatcher: what a file really is (XLSX by its zip bytes, else CSV; a name contradicting
 * the content is an error), then which shape it holds (dossier list, monthly report, rate or index
 * table) from its header, and the reader for that shape.
 */
import { readFile } from 'node:fs/promises';
import { ParcheckError } from '../core/errors.js';
import type { IngestedFile, IngestOptions } from '../core/types.js';
import { parseCsvText, readCsvBytes } from '../files/csv.js';
import { decodeText, emptyError } from '../files/encoding.js';
import { cellText, type Grid } from '../files/grid.js';
import { sha256File } from '../files/hash.js';
import { guardLineLength } from '../files/line-guard.js';
import { limitError, resolveLimits } from '../files/limits.js';
import { readHead, sniffFormat } from '../files/sniff.js';
import { guardXlsx } from '../files/zip-guard.js';
import { checkCarryOver } from './carry-over.js';
import { ingestGrid, type GridResult, type Partial } from './grid-ingest.js';
import { loadMapping, type HeaderMapping } from './mapping.js';
import { foldText, showControls } from './text.js';

export async function ingestFile(path: string, options: IngestOptions): Promise<IngestedFile> {
  const limits = resolveLimits(options.limits);
  const { head, size } = await readHead(path);
  if (size === 0) throw emptyError(path);
  const format = sniffFormat(head, path);
  const mapping = options.mapping ? await loadMapping(options.mapping) : undefined;
  if (format === 'csv') {
    if (!mapping && (await looksLikeDossierList(headRows(head, size, path)))) return dossierList(path, options);
    await guardLineLength(path, path, limits.lineBytes);
    if (size > limits.tableBytes) throw limitError(path, 'tableBytes', limits.tableBytes, size, { vi: 'tệp quá lớn cho một báo cáo tổng hợp (danh sách hồ sơ thì được đọc dần, không giới hạn)', en: 'file too large for a summary report (a dossier list is streamed, without this limit)' });
    const grid = readCsvBytes(await readFile(path), path, limits.tableCells);
    return finish(path, chooseResult([grid], options, mapping, path));
  }
  await guardXlsx(path, path, limits);
  const { readXlsxGrids } = await import('../files/xlsx.js');
  const { grids, truncated } = await readXlsxGrids(path, path, limits.tableCells, limits);
  if (!options.sheet && !mapping) {
    for (const g of grids) if (await looksLikeDossierList(g.rows.slice(0, 10).map((r) => r.cells.map(cellText)))) return dossierList(path, options);
  }
  if (truncated) throw limitError(path, 'tableCells', limits.tableCells, `> ${limits.tableCells}`, { vi: 'sổ tính có quá nhiều ô cho một báo cáo tổng hợp', en: 'too many cells for a summary report' });
  return finish(path, chooseResult(grids, options, mapping, path));
}

export async function ingestFiles(paths: string[], options: IngestOptions): Promise<IngestedFile[]> {
  const files: IngestedFile[] = [];
  for (const p of paths) files.push(await ingestFile(p, options));
  checkCarryOver(files);
  return files;
}

async function finish(path: string, result: GridResult): Promise<IngestedFile> {
  const warnings = result.warnings.map((w) => ({ ...w, message: { vi: showControls(w.message.vi), en: showControls(w.message.en) } }));
  return { path, sha256: await sha256File(path), ...result, warnings };
}

async function dossierList(path: string, options: IngestOptions): Promise<IngestedFile> {
  const { ingestDossierList } = await import('./dossier-list/index.js');
  return ingestDossierList(path, options);
}

async function looksLikeDossierList(rows: string[][]): Promise<boolean> {
  const { isDossierListHeader } = await import('./dossier-list/index.js');
  return rows.some((cells) => cells.filter((c) => c !== '').length >= 4 && isDossierListHeader(cells.map(foldText)));
}

/** The first records of a CSV, decoded from its head cut at a line end (never inside a character). */
function headRows(head: Uint8Array, size: number, file: string): string[][] {
  let bytes = head;
  if (head.length < size) {
    const le16 = head[0] === 0xff && head[1] === 0xfe;
    let cut = head.lastIndexOf(0x0a);
    if (cut < 0) return [];
    cut += le16 ? 2 : 1;
    bytes = head.subarray(0, cut - (cut % 2 === 1 && (le16 || (head[0] === 0xfe && head[1] === 0xff)) ? 1 : 0));
  }
  const { text, encoding } = decodeText(bytes, file);
  return parseCsvText(text, file, encoding).rows.slice(0, 10).map((r) => r.cells.map(cellText));
}

function chooseResult(grids: Grid[], options: IngestOptions, mapping: HeaderMapping | undefined, file: string): GridResult {
  const names = grids.map((g, i) => `${i + 1}. ${g.sheet ?? ''}`).join(', ');
  if (options.sheet !== undefined && grids[0]?.kind === 'xlsx') {
    const want = options.sheet;
    const grid = grids.find((g) => g.sheet === want) ?? grids.find((g) => foldText(g.sheet ?? '') === foldText(want)) ?? (/^\d+$/.test(want) ? grids[Number(want) - 1] : undefined);
    if (!grid) {
      throw new ParcheckError('INPUT_SHEET', { vi: `Không có trang tính "${want}"`, en: `No sheet "${want}"` }, {
        location: { file }, expected: names, found: want,
        hint: { vi: 'Dùng --sheet với tên hoặc số thứ tự (từ 1) của một trang tính trong danh sách.', en: 'Pass --sheet a name or 1-based index from the list.' },
      });
    }
    grids = [grid];
  }
  let partial: { grid: Grid; plan: Partial } | null = null;
  for (const grid of grids) {
    const result = ingestGrid(grid, options, mapping);
    if (result && 'kind' in result) partial ??= { grid, plan: result };
    else if (result) return result;
  }
  if (partial) throw headerError(partial.grid, partial.plan);
  if (grids.length > 1) {
    throw new ParcheckError('INPUT_SHEET', { vi: 'Không trang tính nào có tiêu đề của một báo cáo đã biết', en: 'No sheet has the header of a known report' }, {
      location: { file }, expected: { vi: 'biểu II.06a, bảng tỷ lệ hoặc bảng chỉ số', en: 'form II.06a, a rate table or an index table' }, found: names,
      hint: { vi: 'Chọn trang tính bằng --sheet, hoặc mô tả các cột bằng --mapping.', en: 'Pick the sheet with --sheet, or describe its columns with --mapping.' },
    });
  }
  const g = grids[0]!;
  throw new ParcheckError('INPUT_HEADER', { vi: 'Không tìm thấy dòng tiêu đề của một báo cáo đã biết', en: 'No header of a known report found' }, {
    location: { file, ...(g.sheet ? { sheet: g.sheet } : {}) },
    expected: { vi: 'tiêu đề biểu II.06a (STT, Tên đơn vị, Số hồ sơ nhận / đã / đang giải quyết…), bảng tỷ lệ hoặc danh sách hồ sơ', en: 'the header of form II.06a (STT, unit, dossiers received / resolved / pending…), a rate table or a dossier list' },
    found: g.rows.slice(0, 3).map((r) => r.cells.map(cellText).filter(Boolean).join(' | ')).join(' / ').slice(0, 200),
    hint: { vi: 'Mô tả các cột bằng --mapping TỆP.yaml (xem README).', en: 'Describe the columns with --mapping FILE.yaml (see README).' },
  });
}

const GROUP_NAMES = { received: 'Số hồ sơ nhận giải quyết', resolved: 'Số hồ sơ đã giải quyết', pending: 'Số hồ sơ đang giải quyết' } as const;

function headerError(grid: Grid, plan: Partial): ParcheckError {
  const row = grid.rows[plan.header.start]!;
  return new ParcheckError('INPUT_HEADER', { vi: `Tiêu đề biểu thiếu nhóm cột: ${plan.missing.map((g) => `"${GROUP_NAMES[g]}"`).join(', ')}`, en: `The header lacks column groups: ${plan.missing.map((g) => `"${GROUP_NAMES[g]}" (${g})`).join(', ')}` }, {
    location: { file: grid.file, ...(grid.kind === 'xlsx' ? { sheet: grid.sheet, cell: `A${row.number}` } : { line: row.number }) },
    expected: REQUIRED.map((g) => GROUP_NAMES[g]).join('; '),
    found: plan.groups.length > 0 ? plan.groups.map((g) => GROUP_NAMES[g]).join('; ') : '—',
    hint: { vi: 'Kiểm tra tiêu đề cột, hoặc mô tả các cột bằng --mapping.', en: 'Check the column headers, or describe them with --mapping.' },
  });
}
const REQUIRED = ['received', 'resolved', 'pending'] as const;

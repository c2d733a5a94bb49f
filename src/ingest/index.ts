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
import { readHead, sniffFormat } from '../files/sniff.js';
import { checkCarryOver } from './carry-over.js';
import { ingestGrid, type GridResult, type Partial } from './grid-ingest.js';
import { loadMapping, type HeaderMapping } from './mapping.js';
import { foldText } from './text.js';

/** Above this, a CSV that is not a dossier list is not read whole (reports are a few hundred rows). */
const MAX_TABLE_BYTES = 200 * 1024 * 1024;

export async function ingestFile(path: string, options: IngestOptions): Promise<IngestedFile> {
  const { head, size } = await readHead(path);
  if (size === 0) throw emptyError(path);
  const format = sniffFormat(head, path);
  const mapping = options.mapping ? await loadMapping(options.mapping) : undefined;
  if (format === 'csv') {
    if (!mapping && (await looksLikeDossierList(headRows(head, size, path)))) return dossierList(path, options);
    if (size > MAX_TABLE_BYTES) throw tooLarge(path, size);
    const grid = readCsvBytes(await readFile(path), path);
    return finish(path, chooseResult([grid], options, mapping, path));
  }
  const { readXlsxGrids } = await import('../files/xlsx.js');
  const grids = await readXlsxGrids(path, path);
  if (!options.sheet && !mapping) {
    for (const g of grids) if (await looksLikeDossierList(g.rows.slice(0, 10).map((r) => r.cells.map(cellText)))) return dossierList(path, options);
  }
  return finish(path, chooseResult(grids, options, mapping, path));
}

export async function ingestFiles(paths: string[], options: IngestOptions): Promise<IngestedFile[]> {
  const files: IngestedFile[] = [];
  for (const p of paths) files.push(await ingestFile(p, options));
  checkCarryOver(files);
  return files;
}

async function finish(path: string, result: GridResult): Promise<IngestedFile> {
  return { path, sha256: await sha256File(path), ...result };
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

function tooLarge(file: string, size: number): ParcheckError {
  return new ParcheckError('INPUT_TOO_LARGE', { vi: 'Tệp quá lớn cho một báo cáo tổng hợp', en: 'File too large for a summary report' }, {
    location: { file }, found: `${Math.round(size / 1048576)} MB`,
    expected: { vi: 'báo cáo tổng hợp dưới 200 MB, hoặc một danh sách hồ sơ', en: 'a summary report under 200 MB, or a dossier list' },
  });
}

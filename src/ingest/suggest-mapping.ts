/**
 * `parcheck inspect FILE --suggest-mapping`: a mapping YAML drafted from what the lexicon makes of a
 * file, also one it cannot read fully: the sheet, the header rows, each column with its best guess and
 * score, unknown and tied columns as comments, the first and last data rows. `--mapping` accepts the
 * draft unchanged: ties and duplicates keep the best guess, the others are left commented out.
 */
import type { IngestOptions } from '../core/types.js';
import { emptyError } from '../files/text-encoding.js';
import { cellText, type Grid } from '../files/grid.js';
import { resolveLimits } from '../files/limits.js';
import { readHead, sniffFormat } from '../files/sniff.js';
import { closestWord } from './advice.js';
import { readCsvTable } from './csv-table.js';
import { gridScore } from './grid-ingest.js';
import { isNumberingRow } from './table-header.js';
import { foldText } from './text.js';
import { planTable } from './plan.js';
import { readTableRows } from './table.js';

const q = (s: string) => JSON.stringify(s);

export async function suggestMapping(path: string, options: IngestOptions): Promise<string> {
  const limits = resolveLimits(options.limits);
  const { head, size } = await readHead(path);
  if (size === 0) throw emptyError(path);
  let grids: Grid[];
  if (sniffFormat(head, path) === 'csv') {
    const table = await readCsvTable(path, head, size, limits, async (rows) => (await import('./ingest-file.js')).looksLikeDossierList(rows));
    if (table === 'dossier_list') return (await import('./dossier-list/list-suggest-mapping.js')).suggestListMapping(path, options);
    grids = [table.grid];
  } else {
    const { openXlsx, peekBookGrids, readBookGrids } = await import('../files/xlsx-grids.js');
    const { looksLikeDossierList } = await import('./ingest-file.js');
    const book = await openXlsx(path, path, limits);
    for (const g of await peekBookGrids(book, 10))
      if (await looksLikeDossierList(g.rows.map((r) => r.cells.map(cellText)))) return (await import('./dossier-list/list-suggest-mapping.js')).suggestListMapping(path, options);
    grids = (await readBookGrids(book, limits.tableCells)).grids;
  }
  const visible =
    options.sheet !== undefined
      ? grids.filter((g, i) => g.sheet === options.sheet || foldText(g.sheet ?? '') === foldText(options.sheet!) || String(i + 1) === options.sheet)
      : grids.filter((g) => !g.hidden);
  const best = visible.map((grid) => ({ grid, score: gridScore(grid) })).sort((a, b) => b.score - a.score)[0];
  const out = [`# parcheck mapping drafted by \`parcheck inspect --suggest-mapping\` from ${path}`, '# Check each guess; uncomment a line to read a column; then run with --mapping THIS-FILE.'];
  if (!best || best.score === 0) {
    out.push('# No header of a known report was found: name the header row and the columns yourself.', 'columns: []');
    return `${out.join('\n')}\n`;
  }
  const { grid } = best;
  const plan = planTable(grid);
  if (grid.kind === 'xlsx') out.push(`sheet: ${q(grid.sheet ?? '')}`);
  if (!plan) {
    out.push('# An index or rate table read by its own columns (Chỉ số, Năm, Điểm, Xếp hạng): nothing to map.', 'columns: []');
    return `${out.join('\n')}\n`;
  }
  const headerRows = grid.rows.slice(plan.header.start, plan.header.start + plan.header.count).map((r) => r.number);
  let bodyStart = plan.header.start + plan.header.count;
  while (bodyStart < grid.rows.length && isNumberingRow(grid.rows[bodyStart]!)) bodyStart++;
  let first = grid.rows[bodyStart]?.number;
  let last = first;
  try {
    const rows = readTableRows(grid, plan.columns, bodyStart, options.period ?? '2000-01', options.registry);
    const numbers = rows.units.map((u) => u.row.number);
    if (numbers.length > 0) [first, last] = [Math.min(...numbers), Math.max(...numbers)];
  } catch {
    // The body has problems of its own: the rows are still worth a comment.
  }
  out.push(`shape: ${plan.shape}`, `header_row: ${headerRows[0]}`, `header_rows: ${headerRows.length}`, `# data rows: first ${first ?? '?'}, last ${last ?? '?'}`, 'columns:');
  const taken = new Set<string>();
  for (const c of plan.columns) {
    const header = q(c.header);
    if (c.stt) out.push(`  - { column: ${c.column}, role: stt }  # ${header}`);
    else if (c.role === 'unit' || c.role === 'level') out.push(`  - { column: ${c.column}, role: ${c.role} }  # ${header}`);
    else if (c.hidden) out.push(`  - { column: ${c.column}, role: ignore }  # hidden column ${header}`);
    else {
      const [guess, second] = c.candidates ?? [];
      const tie = guess && second && second.score === guess.score ? `; TIE with ${second.measure} (${second.score}): check` : '';
      if (guess && !taken.has(guess.measure)) {
        taken.add(guess.measure);
        out.push(`  - { column: ${c.column}, measure: ${guess.measure} }  # ${header} score ${guess.score}${tie}`);
      } else if (guess)
        out.push(
          `  - { column: ${c.column}, role: ignore }  # ${header}: ${guess.measure} (score ${guess.score}) is already column ${plan.columns.find((x) => x.candidates?.[0]?.measure === guess.measure)?.column}; swap if this one is right`,
        );
      else if (c.role === 'ignored' && /ghi chu|nguyen nhan|ly do/.test(foldText(c.header))) out.push(`  - { column: ${c.column}, role: ignore }  # ${header}`);
      else {
        const near = closestWord(c.header.split(' / '));
        const sample = grid.rows
          .slice(bodyStart, bodyStart + 3)
          .map((r) => cellText(r.cells[c.index]))
          .filter(Boolean)
          .join(', ');
        out.push(
          `  # - { column: ${c.column}, measure: ${near?.measure ?? '?'} }  # unknown ${header}${near ? `; closest lexicon word "${near.words}" (${near.score})` : ''}${sample ? `; values ${sample}` : ''}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

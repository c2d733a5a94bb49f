/**
 * `parcheck template`: the figures the chosen targets need at a period that the given inputs do not
 * hold, written as a workbook (or CSV) for an officer to fill in and feed back to `check`.
 * `--period` is the as-of period of the check the figures serve (`2025`: every target in force in
 * 2025; targets due earlier get rows for their own year); without it, the latest year of the inputs.
 */
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { pick, text } from '../core/i18n.js';
import type { ScopeLevel } from '../core/types.js';
import { targetRequestFrom, type TargetFlags } from './ingest-options.js';
import { EXIT, type CliContext } from './context.js';

export interface TemplateCommandOptions extends TargetFlags {
  output: string;
  level?: ScopeLevel;
}

export async function runTemplateCommand(ctx: CliContext, opts: TemplateCommandOptions): Promise<number> {
  const ext = path.extname(opts.output).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new ParcheckError('USAGE', text(`Biểu nhập phải là .xlsx hoặc .csv: ${opts.output}`, `The workbook must be .xlsx or .csv: ${opts.output}`), {
      location: { path: '--output' },
      expected: '.xlsx, .csv',
      found: ext || opts.output,
      hint: text('Ví dụ: --output so-lieu-bo-sung.xlsx', 'For example: --output so-lieu-bo-sung.xlsx'),
    });
  }
  // --period here is the as-of period of the figures, not a period forced on the inputs
  const { runFigureNeeds } = await import('../pipeline/figure-needs.js');
  const { period, level, ...flags } = opts;
  const { needs: result, asOf, province: found, thresholds, inputs: run } = await runFigureNeeds({ ...(await targetRequestFrom(flags, ctx)), asOf: period, level });
  const { templateDoc, provinceNameOf } = await import('../report/figures-template-rows.js');
  const province = found ?? opts.province ?? '';
  const doc = templateDoc(result, province, provinceNameOf(thresholds, province), asOf, ctx.lang);
  const data = ext === '.csv' ? (await import('../report/figures-template-csv.js')).templateCsv(doc) : await (await import('../report/figures-template-xlsx.js')).templateXlsx(doc);
  const { writeOutputAtomic } = await import('../files/write-output.js');
  await writeOutputAtomic(run.at(opts.output), data, { protect: run.protect });
  if (!ctx.quiet) {
    const msg = text(
      `Đã ghi biểu nhập ${opts.output}: ${doc.rows.length} số liệu cần nhập cho ${result.thresholds.length} chỉ tiêu (${result.provided.length} số liệu đã có trong tệp đầu vào; ${result.notCheckable.length} chỉ tiêu không kiểm tra được)`,
      `Workbook written to ${opts.output}: ${doc.rows.length} figures to fill in for ${result.thresholds.length} thresholds (${result.provided.length} figures already in the inputs; ${result.notCheckable.length} thresholds not checkable)`,
    );
    ctx.stderr(`${pick(msg, ctx.lang)}\n`);
  }
  return EXIT.ok;
}

/**
 * `parcheck targets review draft.yaml [--interactive]`: each drafted target beside its quote, least
 * confident first. With --interactive in a terminal the officer accepts (the draft: block is deleted),
 * edits the indicator, or drops each target; the file is written atomically once, at the end.
 * Without a terminal it only prints.
 */
import path from 'node:path';
import { pick, text } from '../core/i18n.js';
import { writeOutputAtomic } from '../files/write-output.js';
import { indicatorIds } from '../measures/indicators.js';
import { reviewText } from '../report/targets-review.js';
import { closest } from '../targets/closest.js';
import { DraftEdits, readDraftFile } from '../targets/draft-file.js';
import { EXIT, type CliContext } from './context.js';

export interface ReviewOptions {
  file: string;
  interactive: boolean;
  /** Asks one question on the terminal; undefined when stdin/stdout are not a TTY. */
  ask?: (question: string) => Promise<string>;
}

export async function runTargetsReview(ctx: CliContext, options: ReviewOptions): Promise<number> {
  const file = path.resolve(ctx.cwd, options.file);
  const { doc, drafted } = readDraftFile(file, options.file);
  if (drafted.length === 0) {
    ctx.stdout(`${pick(text('Không còn chỉ tiêu nháp: chạy parcheck targets validate.', 'No drafted target left: run parcheck targets validate.'), ctx.lang)}\n`);
    return EXIT.ok;
  }
  if (!options.interactive || !options.ask) {
    if (options.interactive) ctx.stderr(`${pick(text('Không phải terminal: chỉ in danh sách.', 'Not a terminal: printing only.'), ctx.lang)}\n`);
    ctx.stdout(reviewText(drafted));
    return EXIT.ok;
  }
  const edits = DraftEdits.of(doc);
  if (!edits) return EXIT.error;
  const ids = indicatorIds();
  let changed = 0;
  for (const d of drafted) {
    ctx.stdout(reviewText([d]));
    if (!edits.has(d.index)) continue;
    let answer = (
      await options.ask(pick(text('[a] chấp nhận  [e] sửa chỉ số  [d] bỏ  [s] để sau  [q] lưu và thoát > ', '[a] accept  [e] edit indicator  [d] drop  [s] skip  [q] save and quit > '), ctx.lang))
    )
      .trim()
      .toLowerCase();
    if (answer === 'q') break;
    if (answer === 'e') {
      const given = (await options.ask(pick(text('Chỉ số: ', 'Indicator: '), ctx.lang))).trim();
      if (!ids.includes(given)) {
        ctx.stderr(`${pick(text('Không có trong danh mục; gần nhất: ', 'Not in the catalogue; closest: '), ctx.lang)}${closest(given, ids).join(', ')}\n`);
        continue;
      }
      edits.setIndicator(d.index, given);
      changed++;
      answer = (await options.ask(pick(text('Chấp nhận luôn? [a/s] > ', 'Accept it now? [a/s] > '), ctx.lang))).trim().toLowerCase();
    }
    if (answer === 'a') {
      if (!edits.hasIndicator(d.index)) {
        ctx.stderr(`${pick(text('Cần chọn chỉ số trước khi chấp nhận ([e]).', 'Choose an indicator before accepting ([e]).'), ctx.lang)}\n`);
        continue;
      }
      edits.accept(d.index);
      changed++;
    } else if (answer === 'd') {
      edits.drop(d.index);
      changed++;
    }
  }
  if (changed === 0) return EXIT.ok;
  await writeOutputAtomic(file, edits.text(), { protect: [] });
  ctx.stderr(`${pick(text(`Đã lưu ${options.file}`, `Saved ${options.file}`), ctx.lang)}\n`);
  return EXIT.ok;
}

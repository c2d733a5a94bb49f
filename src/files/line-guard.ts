/**
 * A CSV line of hundreds of megabytes is refused before the file is read whole (issue 8): the file is
 * streamed in 1 MB chunks and only the length of the current line is kept, so time and memory stay
 * bounded by the limit, not by the file. UTF-16 line feeds contain a 0x0A byte too, so one scan fits all.
 */
import { createReadStream } from 'node:fs';
import { limitError } from './limits.js';

export async function guardLineLength(path: string, file: string, maxLineBytes: number): Promise<void> {
  let run = 0;
  let line = 1;
  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
        if (run + nl - from > maxLineBytes) break;
        run = 0;
        line++;
        from = nl + 1;
      }
      run += chunk.length - from;
      if (run > maxLineBytes) {
        throw limitError(file, 'lineBytes', maxLineBytes, `> ${Math.round(maxLineBytes / 1048576)} MB`, { vi: `dòng ${line} dài bất thường`, en: `line ${line} is abnormally long` }, { line });
      }
    }
  } finally {
    input.destroy();
  }
}

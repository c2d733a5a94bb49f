/**
 * A CSV line of hundreds of megabytes is refused before it is parsed (bounded memory on hostile input). Only the length of the
 * current line is kept, so a file too large to read whole is streamed in 1 MB chunks and refused at its
 * first long line, in time and memory bounded by the limit; bytes already in memory are scanned in place.
 * UTF-16 line feeds contain a 0x0A byte too, so one scan fits all.
 */
import { createReadStream } from 'node:fs';
import { lineTooLongError } from './byte-line-limit.js';

class LineRun {
  private run = 0;
  private line = 1;

  constructor(
    private readonly file: string,
    private readonly maxLineBytes: number,
  ) {}

  /** The next bytes of the file; throws at the first line longer than the limit. */
  feed(chunk: Uint8Array): void {
    const max = this.maxLineBytes;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      if (this.run + nl - from > max) break;
      this.run = 0;
      this.line++;
      from = nl + 1;
    }
    this.run += chunk.length - from;
    if (this.run > max) {
      const line = this.line;
      throw lineTooLongError(this.file, max, line);
    }
  }
}

/** The guard on a file streamed from disk (one too large to be read whole). */
export async function guardLineLength(path: string, file: string, maxLineBytes: number): Promise<void> {
  const run = new LineRun(file, maxLineBytes);
  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) run.feed(chunk);
  } finally {
    input.destroy();
  }
}

/** The guard on a file's bytes already read. */
export function guardLineBytes(bytes: Uint8Array, file: string, maxLineBytes: number): void {
  new LineRun(file, maxLineBytes).feed(bytes);
}

/**
 * The only place that touches `process`: builds the context, runs the program, and maps every
 * error to a message on stderr and an exit code (0 pass, 1 failing findings, 2 usage/target/input).
 */
import { CommanderError } from 'commander';
import { isParcheckError, ParcheckError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { colorWanted, EXIT, messageWidth, terminalWidth, type CliContext } from './context.js';
import { buildProgram } from './program.js';
import { renderError } from './render-error.js';
import { wrapLine } from '../report/box.js';

/** A message's lines wrapped to the terminal, continuations indented under their line. */
const fit = (message: string, width: number | undefined) =>
  `${message.replace(/\n$/, '').split('\n').flatMap((l) => wrapLine(l, width, '    ')).join('\n')}\n`;

/** `--lang` is read before commander runs, because help texts are written in that language. */
export function langFromArgv(argv: string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value === 'en' || value === 'vi') return value;
  }
  return env.PARCHECK_LANG === 'en' ? 'en' : 'vi';
}

export async function main(argv: string[]): Promise<number> {
  // `parcheck … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const args = argv.slice(2);
  const lang = langFromArgv(args, process.env);
  const ctx: CliContext = {
    lang,
    color: colorWanted(process.env, process.stdout.isTTY, args.includes('--no-color') ? false : undefined),
    progress: Boolean(process.stderr.isTTY) && !args.includes('--quiet') && !args.includes('-q'),
    quiet: args.includes('--quiet') || args.includes('-q'),
    cwd: process.cwd(),
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    argv: args,
    width: terminalWidth(process.stdout, process.env),
    proseWidth: messageWidth(process.stdout, process.env),
    errWidth: messageWidth(process.stderr, process.env),
  };
  const debug = args.includes('--debug');
  const stderrColor = colorWanted(process.env, process.stderr.isTTY, args.includes('--no-color') ? false : undefined);
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end here with code 0; usage errors were already printed by commander
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (isParcheckError(error)) {
      ctx.stderr(fit(renderError(error, lang, stderrColor), ctx.errWidth));
      if (debug && error.stack) ctx.stderr(`${error.stack}\n`);
      return EXIT.error;
    }
    const internal = new ParcheckError(
      'INTERNAL',
      {
        vi: `Lỗi nội bộ của parcheck: ${(error as Error)?.message ?? String(error)}`,
        en: `parcheck internal error: ${(error as Error)?.message ?? String(error)}`,
      },
      {
        hint: {
          vi: 'Chạy lại với --debug và gửi kết quả cho nhóm phát triển parcheck.',
          en: 'Run again with --debug and send the output to the parcheck maintainers.',
        },
      },
    );
    ctx.stderr(fit(renderError(internal, lang, stderrColor), ctx.errWidth));
    if (debug && error instanceof Error && error.stack) ctx.stderr(`${error.stack}\n`);
    return EXIT.error;
  }
}

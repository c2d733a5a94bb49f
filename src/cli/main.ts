/**
 * The only place that touches `process`: builds the context, runs the program, and maps every
 * error to a message on stderr and an exit code (0 pass, 1 failing findings, 2 usage/target/input).
 */
import { Command, CommanderError } from 'commander';
import { isParcheckError, ParcheckError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { colorWanted, EXIT, messageWidth, terminalWidth, type CliContext } from './context.js';
import { buildProgram } from './program.js';
import { renderError } from './render-error.js';
import { wrapLine } from '../report/box.js';

/** A message's lines wrapped to the terminal, continuations indented under their line. */
const fit = (message: string, width: number | undefined) =>
  `${message
    .replace(/\n$/, '')
    .split('\n')
    .flatMap((l) => wrapLine(l, width, '    '))
    .join('\n')}\n`;

interface GlobalOptions {
  lang: Lang;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

/**
 * The program-wide options, read by a first commander pass that knows only them: the help texts are
 * written in the language asked, so it is known before the program is built. Anything else (a
 * command, its options, --help) is left to the program; a malformed value is too, which reports it.
 */
export function globalOptions(args: string[], env: NodeJS.ProcessEnv): GlobalOptions {
  const first = new Command()
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined })
    .option('--lang <lang>')
    .option('--no-color')
    .option('-q, --quiet')
    .option('--debug');
  // the first valid --lang wins, as a reader expects of a flag typed twice; an invalid one is the program's error
  const langs: string[] = [];
  first.on('option:lang', (value: string) => langs.push(value));
  try {
    first.parseOptions(args);
  } catch {
    // `--lang` with no value: the program reports it
  }
  const o = first.opts<{ color: boolean; quiet?: boolean; debug?: boolean }>();
  const asked = langs.find((l) => l === 'en' || l === 'vi') as Lang | undefined;
  return { lang: asked ?? (env.PARCHECK_LANG === 'en' ? 'en' : 'vi'), color: o.color, quiet: Boolean(o.quiet), debug: Boolean(o.debug) };
}

export async function main(argv: string[]): Promise<number> {
  // `parcheck … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const args = argv.slice(2);
  const global = globalOptions(args, process.env);
  const lang = global.lang;
  const ctx: CliContext = {
    lang,
    color: colorWanted(process.env, process.stdout.isTTY, global.color ? undefined : false),
    progress: Boolean(process.stderr.isTTY) && !global.quiet,
    quiet: global.quiet,
    cwd: process.cwd(),
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    argv: args,
    width: terminalWidth(process.stdout, process.env),
    proseWidth: messageWidth(process.stdout, process.env),
    errWidth: messageWidth(process.stderr, process.env),
  };
  const debug = global.debug;
  const stderrColor = colorWanted(process.env, process.stderr.isTTY, global.color ? undefined : false);
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

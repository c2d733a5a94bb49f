/**
 * Every command is wired here, and each command module is imported only when that command runs,
 * so `--help`, `--version` and `targets list` never load exceljs.
 */
import { Command, Option } from 'commander';
import { text, pick } from '../core/i18n.js';
import { wrapLine } from '../report/box.js';
import type { CliContext } from './context.js';
import { commandPath, helpConfiguration, localizeHelpCommand, translateCommanderError } from './help-i18n.js';
import { helpAfter } from '../report/help-examples.js';
import { packageVersion } from './version.js';

export type SetExitCode = (code: number) => void;

export function buildProgram(ctx: CliContext, setExitCode: SetExitCode): Command {
  const t = (vi: string, en: string) => pick(text(vi, en), ctx.lang);
  const program = new Command('parcheck')
    .description(
      t(
        'Kiểm tra số liệu cải cách hành chính (CCHC) so với chỉ tiêu của các kế hoạch tỉnh; truy vết từng số liệu tới ô và điều khoản.',
        'Check public-administration-reform (CCHC) figures against provincial plan targets, tracing every figure to its cell and clause.',
      ),
    )
    .version(packageVersion(), '-V, --version', t('in phiên bản', 'print the version'))
    .helpOption('-h, --help', t('in hướng dẫn', 'show help'))
    .addOption(new Option('--lang <lang>', t('ngôn ngữ thông báo', 'language of messages')).choices(['vi', 'en']).default('vi'))
    .option('--no-color', t('không tô màu', 'no colour'))
    .option('-q, --quiet', t('không in tiến độ và thông báo phụ', 'no progress or chatter'))
    .option('--debug', t('in stack trace khi có lỗi', 'print stack traces on errors'))
    .exitOverride();

  const wire = { program, ctx, t, setExitCode };
  registerCommands(wire);

  // Sub-commands inherit the output, help and exit behaviour of the program; an option error is one
  // message and one line of advice in the reader's language, never followed by the whole help.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureHelp(helpConfiguration(ctx.lang, ctx.width)).configureOutput(output(cmd, ctx));
    cmd.helpOption('-h, --help', t('in hướng dẫn', 'show help'));
    localizeHelpCommand(cmd, ctx.lang);
    const after = helpAfter(commandPath(cmd), ctx.lang);
    if (after) cmd.addHelpText('after', after);
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

function output(cmd: Command, ctx: CliContext) {
  return {
    writeOut: (s: string) => ctx.stdout(s),
    writeErr: (s: string) => ctx.stderr(s),
    outputError: (s: string, write: (s: string) => void) => {
      const lines = translateCommanderError(s, ctx.lang, commandPath(cmd)).split('\n');
      write(lines.flatMap((l) => wrapLine(l, ctx.errWidth, '    ')).join('\n'));
    },
  };
}

export interface Wiring {
  program: Command;
  ctx: CliContext;
  t: (vi: string, en: string) => string;
  setExitCode: SetExitCode;
}

/** Each command registers itself through one small function in its own file (see cli/commands.ts). */
function registerCommands(wire: Wiring): void {
  for (const register of COMMANDS) register(wire);
}

import { COMMANDS } from './commands.js';

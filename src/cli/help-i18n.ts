/**
 * commander speaks English of its own ("Usage:", "Options:", "(choices: …, default: …)", "display help
 * for command", "error: unknown option …"). Everything it writes goes through here: help titles and
 * option details through its Help hooks, errors through `outputError`, so `--lang vi` (the default)
 * is Vietnamese from the first line to the last, and a mistyped option gets one line of advice
 * ("Ý bạn là --level?") instead of the whole help.
 */
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { pick, text, type Lang } from '../core/i18n.js';
import { closest } from '../pipeline/suggest.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

/** Placeholders in usage lines and option terms, in the reader's language. */
const PLACEHOLDERS: Record<string, string> = {
  options: 'tùy_chọn',
  command: 'lệnh',
  files: 'tệp',
  file: 'tệp',
  paths: 'đường_dẫn',
  path: 'đường_dẫn',
  dir: 'thư_mục',
  id: 'mã',
  slug: 'tỉnh',
  period: 'kỳ',
  level: 'cấp',
  name: 'tên',
  'name|index': 'tên|số',
  'name=value': 'tên=giá_trị',
  format: 'dạng',
  status: 'mức',
  points: 'điểm',
  lang: 'ngôn_ngữ',
  target: 'chỉ_tiêu',
  year: 'năm',
  n: 'số',
  old: 'tệp_cũ',
  new: 'tệp_mới',
  a: 'nguồn_1',
  b: 'nguồn_2',
  plan: 'kế_hoạch',
};

const W = {
  choices: text('chọn', 'choices'),
  default: text('mặc định', 'default'),
  helpCommand: text('in hướng dẫn của một lệnh', 'display help for command'),
};

/** `<files...>` → `<tệp...>`, `[options]` → `[tùy_chọn]`; English untouched. */
export function placeholders(term: string, lang: Lang): string {
  if (lang === 'en') return term;
  return term.replace(/([<[])([^\]>.]+)((?:\.\.\.)?[\]>])/g, (all, open: string, word: string, close: string) => {
    const vi = PLACEHOLDERS[word];
    return vi ? `${open}${vi}${close}` : all;
  });
}

/** Help hooks for one language; `width` is the terminal's (commander wraps descriptions to it). */
export function helpConfiguration(lang: Lang, width: number | undefined): HelpConfiguration {
  const extra = (description: string, choices: readonly string[] | undefined, fallback: unknown, show: boolean) => {
    const info: string[] = [];
    if (choices) info.push(`${pick(W.choices, lang)}: ${choices.join(', ')}`);
    if (show && fallback !== undefined) info.push(`${pick(W.default, lang)}: ${typeof fallback === 'string' ? fallback : JSON.stringify(fallback)}`);
    return info.length > 0 ? `${description} (${info.join('; ')})`.trim() : description;
  };
  return {
    ...(width !== undefined ? { helpWidth: width } : {}),
    styleTitle: (title: string) => (lang === 'vi' ? (TITLES[title] ?? title) : title),
    optionTerm: (option: Option) => placeholders(option.flags, lang),
    optionDescription: (option: Option) => extra(option.description, option.argChoices, option.defaultValueDescription ?? option.defaultValue, Boolean(option.required || option.optional)),
    argumentTerm: (argument: Argument) => `${(lang === 'vi' && PLACEHOLDERS[argument.name()]) || argument.name()}${argument.variadic ? '...' : ''}`,
    argumentDescription: (argument: Argument) => extra(argument.description, argument.argChoices, argument.defaultValueDescription ?? argument.defaultValue, true),
    subcommandTerm: (cmd: Command) => placeholders(`${cmd.name()} ${cmd.usage()}`.trim(), lang),
    commandUsage: (cmd: Command) => {
      const names: string[] = [];
      for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
      return placeholders([...names, cmd.name(), cmd.usage()].filter(Boolean).join(' '), lang);
    },
  };
}

/** The implicit `help [command]` of a command with subcommands, in the reader's language. */
export function localizeHelpCommand(cmd: Command, lang: Lang): void {
  if (cmd.commands.length > 0) cmd.helpCommand(placeholders('help [command]', lang), pick(W.helpCommand, lang));
}

const E = {
  error: text('Lỗi', 'Error'),
  unknownOption: text('không có tùy chọn {flag}', 'unknown option {flag}'),
  unknownCommand: text('không có lệnh {name}', 'unknown command {name}'),
  missingArgument: text('thiếu tham số {name}', 'missing argument {name}'),
  optionMissing: text('tùy chọn {flag} cần một giá trị', 'option {flag} needs a value'),
  invalidChoice: text('giá trị "{value}" không hợp lệ; chọn một trong: {choices}', 'value "{value}" is not allowed; choose one of: {choices}'),
  invalidValue: text('giá trị "{value}" không hợp lệ', 'value "{value}" is not valid'),
  tooMany: text('thừa tham số: cần {expected}, có {got}', 'too many arguments: expected {expected}, got {got}'),
  didYouMean: text('Ý bạn là {x}?', 'Did you mean {x}?'),
  seeHelp: text('{command} --help liệt kê mọi tùy chọn', '{command} --help lists every option'),
};

/**
 * commander's error text ("error: unknown option '--levels'\n(Did you mean --level?)") in the
 * reader's language, as our own errors look: `Lỗi [USAGE] --levels: không có tùy chọn --levels`
 * and one indented line of advice. `command` is the command line prefix (`parcheck check`).
 */
export function translateCommanderError(raw: string, lang: Lang, command: string): string {
  const p = (t: { vi: string; en: string }, vars: Record<string, string> = {}) => Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pick(t, lang));
  const message = raw.trim();
  const suggestion = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(message)?.[1];
  const head = message.replace(/\n\(Did you mean .+\?\)$/, '');
  let where = '';
  let what = head.replace(/^error: /, '');
  let advice = suggestion ? p(E.didYouMean, { x: suggestion }) : undefined;
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '(.+)'$/.exec(head))) {
    where = m[1]!;
    what = p(E.unknownOption, { flag: m[1]! });
  } else if ((m = /^error: unknown command '(.+)'$/.exec(head))) {
    where = m[1]!;
    what = p(E.unknownCommand, { name: m[1]! });
  } else if ((m = /^error: missing required argument '(.+)'$/.exec(head))) {
    what = p(E.missingArgument, { name: placeholders(`<${m[1]!}>`, lang) });
  } else if ((m = /^error: option '(\S+?),? ?(--\S+)?(?: [<[].*)?' argument missing$/.exec(head))) {
    where = m[2] ?? m[1]!;
    what = p(E.optionMissing, { flag: where });
  } else if ((m = /^error: option '([^']*)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/.exec(head))) {
    where = /--[\w-]+/.exec(m[1]!)?.[0] ?? m[1]!;
    const value = m[2]!;
    const choices = /^Allowed choices are (.*)\.$/.exec(m[3]!);
    if (choices) {
      const list = choices[1]!.split(', ');
      what = p(E.invalidChoice, { value, choices: list.join(', ') });
      const near = closest(value, list, 1)[0];
      if (near !== undefined) advice = p(E.didYouMean, { x: near });
    } else {
      // Our own parsers (--level) throw their message in the reader's language, advice on a second line.
      const [reason, ...more] = m[3]!.split('\n');
      what = `${p(E.invalidValue, { value })}: ${reason}`;
      if (more.length > 0) advice = more.join(' ');
    }
  } else if ((m = /^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(head))) {
    what = p(E.tooMany, { expected: m[1]!, got: m[2]! });
  }
  const lines = [`${pick(E.error, lang)} [USAGE]${where ? ` ${where}` : ''}: ${what}`];
  const help = p(E.seeHelp, { command });
  lines.push(`  ${advice ? `${advice} (${help})` : help}`);
  return `${lines.join('\n')}\n`;
}

/** `parcheck targets list` for a command object. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

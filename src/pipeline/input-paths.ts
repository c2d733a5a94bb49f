/**
 * What the user typed as inputs, made into files: a folder means every supported file in it (not its
 * subfolders), and a pattern the shell left alone (quoted, or a shell that does not expand, such as
 * cmd.exe) is expanded here the same way everywhere: `*`, `?`, `[abc]`, `{a,b}` and `**`. Files come
 * in name order, each once, shown as typed (`exports/` + `t10.xlsx` → `exports/t10.xlsx`).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';

/** Read from a folder: workbooks and delimited text. A `.txt` is read only when named, since folders hold notes too. */
export const FOLDER_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv'] as const;

const GLOB = /[*?[{]/;

export async function expandInputs(given: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (shown: string) => {
    const key = path.resolve(cwd, shown);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(shown);
    }
  };
  for (const arg of given) {
    const abs = path.resolve(cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const files = await folderFiles(abs);
      if (files.length === 0) {
        throw new ParcheckError('INPUT_NOT_FOUND', text(`Thư mục ${arg} không có tệp số liệu nào`, `Folder ${arg} holds no data file`), {
          location: { file: arg },
          expected: text(`tệp ${FOLDER_EXTENSIONS.join(', ')} trong thư mục (không tính thư mục con)`, `${FOLDER_EXTENSIONS.join(', ')} files in the folder (subfolders are not read)`),
          hint: text('Chỉ rõ tệp, ví dụ: parcheck check thu-muc/*.xlsx', 'Name the files, e.g. parcheck check folder/*.xlsx'),
        });
      }
      for (const f of files) add(joinShown(arg, f));
      continue;
    }
    if (!info && GLOB.test(arg)) {
      const matches = await expandGlob(arg, cwd);
      if (matches.length === 0) {
        throw new ParcheckError('INPUT_NOT_FOUND', text(`Không có tệp nào khớp mẫu ${arg}`, `No file matches ${arg}`), {
          location: { file: arg },
          hint: text('Kiểm tra thư mục và mẫu tên tệp (*, ?, [ ], { }).', 'Check the folder and the pattern (*, ?, [ ], { }).'),
        });
      }
      for (const m of matches) add(m);
      continue;
    }
    add(arg);
  }
  return out;
}

async function folderFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$')) // ~$: Excel's lock files
    .map((e) => e.name)
    .filter((name) => (FOLDER_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()))
    .sort(byName);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(path.sep) ? `${dir}${name}` : `${dir}/${name}`;
}

/** A pattern's matches, as paths typed relative to the same place as the pattern. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const absolute = path.isAbsolute(pattern);
  const first = parts.findIndex((p) => GLOB.test(p));
  const base = parts.slice(0, first);
  const start = base.join('/') || (absolute ? '/' : '');
  const results: string[] = [];
  const walk = async (dirShown: string, rest: string[]): Promise<void> => {
    if (rest.length === 0) return;
    const [segment, ...more] = rest as [string, ...string[]];
    const dirAbs = path.resolve(cwd, dirShown || '.');
    if (!GLOB.test(segment)) {
      const next = dirShown ? `${dirShown}/${segment}` : segment;
      if (more.length === 0) {
        if ((await stat(path.resolve(cwd, next)).catch(() => null))?.isFile()) results.push(next);
      } else await walk(next, more);
      return;
    }
    const entries = await readdir(dirAbs, { withFileTypes: true }).catch(() => []);
    if (segment === '**') {
      await walk(dirShown, more); // zero folders
      for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.')).sort((a, b) => byName(a.name, b.name))) {
        await walk(dirShown ? `${dirShown}/${e.name}` : e.name, rest);
      }
      return;
    }
    const re = segmentRegExp(segment);
    for (const e of entries.filter((x) => re.test(x.name) && (segment.startsWith('.') || !x.name.startsWith('.'))).sort((a, b) => byName(a.name, b.name))) {
      const next = dirShown ? `${dirShown}/${e.name}` : e.name;
      if (more.length === 0) {
        if (e.isFile()) results.push(next);
      } else if (e.isDirectory()) await walk(next, more);
    }
  };
  await walk(start === '/' ? '' : start, parts.slice(first));
  const fixed = absolute && start === '/' ? results.map((r) => `/${r}`) : results;
  return [...new Set(fixed)];
}

/** One path segment of a glob as a regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = segment.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^${}()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Which target files a list of paths names: files as given, *.yaml / *.yml found under folders. */
import { existsSync, statSync } from 'node:fs';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { targetFilesUnder } from './catalogue.js';

/** Files named, and *.yaml / *.yml found under folders named (skipping a `units/` registry). */
export function resolveTargetPaths(paths: string[]): { files: string[]; problems: ParcheckError[] } {
  const files: string[] = [];
  const problems: ParcheckError[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      problems.push(
        new ParcheckError('TARGET_FILE_NOT_FOUND', text(`Không tìm thấy tệp hoặc thư mục chỉ tiêu: ${p}`, `Target file or folder not found: ${p}`), {
          location: { file: p },
          hint: text('Kiểm tra đường dẫn; bỏ trống để dùng bộ chỉ tiêu kèm theo.', 'Check the path; leave it out to use the bundled targets.'),
        }),
      );
    } else if (statSync(p).isDirectory()) {
      files.push(...targetFilesUnder(p));
    } else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}

/**
 * zod issues → TARGET_SCHEMA errors at the line and column of the offending node, with what was
 * expected and what the file has. Unions are narrowed to the branch the author most likely meant.
 */
import type { z } from 'zod';
import { ParcheckError, type Location } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { formatPath, type DataPath } from './locate.js';

type Issue = z.core.$ZodIssue;
export type Locator = (path: DataPath, key?: string) => Location;

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

export function describeValue(v: unknown): string {
  if (v === undefined) return '(không có / missing)';
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
}

/** Flatten unions: keep the branch with fewest issues, unless every branch just says "wrong type". */
function flatten(issues: readonly Issue[], base: DataPath = []): { issue: Issue; path: DataPath }[] {
  const out: { issue: Issue; path: DataPath }[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
      out.push({ issue, path });
      continue;
    }
    const rootTypeOnly = (b: readonly Issue[]) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0;
    if (issue.errors.every(rootTypeOnly)) {
      const expected = issue.errors.map((b) => (b[0] as { expected?: string }).expected).join(' | ');
      out.push({ issue: { ...issue, code: 'invalid_type', expected, message: `expected ${expected}` } as unknown as Issue, path });
      continue;
    }
    const branches = issue.errors.filter((b) => !rootTypeOnly(b));
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
    out.push(...flatten(best, path));
  }
  return out;
}

function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    default:
      return issue.message;
  }
}

export function schemaProblems(issues: readonly Issue[], data: unknown, locateAt: Locator): ParcheckError[] {
  const problems: ParcheckError[] = [];
  for (const { issue, path } of flatten(issues)) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(
          new ParcheckError('TARGET_SCHEMA', text(`Khóa không được phép: ${key}`, `Key not allowed: ${key}`), {
            location: locateAt(path, key),
            found: key,
            hint: text('Kiểm tra chính tả; các khóa hợp lệ có trong `parcheck targets schema`.', 'Check the spelling; the allowed keys are in `parcheck targets schema`.'),
          }),
        );
      }
      continue;
    }
    const found = valueAt(data, path);
    const where = formatPath(path) || '(gốc / root)';
    const missing = found === undefined && issue.code === 'invalid_type';
    problems.push(
      new ParcheckError(
        'TARGET_SCHEMA',
        missing ? text(`Thiếu trường bắt buộc ${where}`, `Missing required field ${where}`) : text(`Giá trị không hợp lệ ở ${where}: ${issue.message}`, `Invalid value at ${where}: ${issue.message}`),
        { location: locateAt(path), expected: expectedOf(issue), found: describeValue(found) },
      ),
    );
  }
  return problems;
}

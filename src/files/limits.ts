/**
 * Size guards on what parcheck agrees to read (hostile input must not exhaust memory or time). Each default is far above any genuine export
 * and far below what would exhaust a 2-core, few-GB office machine; each is raised with
 * `--limit NAME=VALUE` or `PARCHECK_LIMITS="NAME=VALUE,…"` (the CLI turns both into IngestOptions.limits).
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import type { InputLimits } from '../core/types.js';

export type ReadLimits = Required<InputLimits>;

const MB = 1024 * 1024;

// unpackedBytes: a 1,048,576-row dossier list unpacks to ~0.7 GB. ratio: real sheet XML packs 5–30×,
// deflate's ceiling is ~1030×. entries: a real workbook has a few dozen. sheetCells: 1,048,576 rows ×
// 100 columns (Excel's own maximum is 17 billion). tableCells: a monthly report or rate table has a few
// thousand. tableBytes: a CSV read whole (the dossier list streams instead). lineBytes: Excel caps a
// cell at 32,767 characters, so no genuine line comes near 8 MB. sharedStrings: a million-row dossier
// list with a unique code, name and address on every row holds ~3 million distinct strings; each costs
// ~40 bytes held, and `<si/>` packs to almost nothing, so 100 million of them in a 30 MB file took 3.6 GB.

export const DEFAULT_LIMITS: ReadLimits = {
  unpackedBytes: 2048 * MB,
  ratio: 200,
  entries: 10_000,
  sheetCells: 1_048_576 * 100,
  tableCells: 1_000_000,
  tableBytes: 200 * MB,
  lineBytes: 8 * MB,
  sharedStrings: 10_000_000,
};

/** How each limit is spelled on the command line, and the unit its value is given in. */
export const LIMIT_NAMES: Record<string, { key: keyof ReadLimits; scale: number }> = {
  'unpacked-mb': { key: 'unpackedBytes', scale: MB },
  ratio: { key: 'ratio', scale: 1 },
  entries: { key: 'entries', scale: 1 },
  'sheet-cells': { key: 'sheetCells', scale: 1 },
  'table-cells': { key: 'tableCells', scale: 1 },
  'table-mb': { key: 'tableBytes', scale: MB },
  'line-mb': { key: 'lineBytes', scale: MB },
  'shared-strings': { key: 'sharedStrings', scale: 1 },
};

/** The limit a command-line name means; only the names above (never `constructor` or `__proto__`). */
export function limitNamed(name: string): { key: keyof ReadLimits; scale: number } | undefined {
  return Object.hasOwn(LIMIT_NAMES, name) ? LIMIT_NAMES[name] : undefined;
}

/**
 * Limits written as `NAME=VALUE` (`unpacked-mb=4096`), each with where it was given (`--limit`,
 * `PARCHECK_LIMITS`): later ones win. A name not above, a value not a positive number is a USAGE error.
 */
export function limitsFromSpecs(specs: readonly (readonly [where: string, spec: string])[]): InputLimits {
  const limits: InputLimits = {};
  for (const [where, spec] of specs) {
    const m = /^\s*([a-z-]+)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(spec);
    const known = m ? limitNamed(m[1]!) : undefined;
    if (!m || !known || Number(m[2]) <= 0) {
      throw new ParcheckError('USAGE', text(`Giới hạn không hợp lệ: "${spec}"`, `Invalid limit: "${spec}"`), {
        location: { path: where },
        expected: text(`${Object.keys(LIMIT_NAMES).join(' | ')}=số dương`, `${Object.keys(LIMIT_NAMES).join(' | ')}=a positive number`),
        found: spec,
        hint: text('Ví dụ: --limit unpacked-mb=4096 --limit line-mb=64', 'For example: --limit unpacked-mb=4096 --limit line-mb=64'),
      });
    }
    limits[known.key] = Number(m[2]) * known.scale;
  }
  return limits;
}

export function resolveLimits(given: InputLimits | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...given };
}

function nameOf(key: keyof ReadLimits): string {
  return Object.entries(LIMIT_NAMES).find(([, v]) => v.key === key)![0];
}

function shown(key: keyof ReadLimits, value: number): string {
  const { scale } = LIMIT_NAMES[nameOf(key)]!;
  return scale === 1 ? String(value) : `${Math.round((value / scale) * 10) / 10} MB`;
}

/**
 * INPUT_TOO_LARGE naming the file, the limit crossed, what was found and how to raise the limit.
 * `found` is a number in the limit's own unit (bytes, cells, ratio) or a description.
 */
export function limitError(file: string, key: keyof ReadLimits, limit: number, found: number | string, what: { vi: string; en: string }, where: { sheet?: string; line?: number } = {}): ParcheckError {
  const name = nameOf(key);
  const { scale } = LIMIT_NAMES[name]!;
  const raise = `--limit ${name}=${Math.ceil((typeof found === 'number' ? found * 2 : limit * 10) / scale)}`;
  return new ParcheckError(
    'INPUT_TOO_LARGE',
    { vi: `Tệp vượt giới hạn an toàn: ${what.vi}`, en: `The file exceeds a safety limit: ${what.en}` },
    {
      location: { file, ...where },
      expected: { vi: `tối đa ${shown(key, limit)} (giới hạn ${name})`, en: `at most ${shown(key, limit)} (limit ${name})` },
      found: typeof found === 'number' ? shown(key, found) : found,
      hint: {
        vi: `Nếu tệp là thật, nâng giới hạn bằng ${raise} (hoặc biến môi trường PARCHECK_LIMITS="${name}=…"); nếu không, xuất lại tệp từ hệ thống.`,
        en: `If the file is genuine, raise the limit with ${raise} (or the environment variable PARCHECK_LIMITS="${name}=…"); otherwise export the file again.`,
      },
    },
  );
}

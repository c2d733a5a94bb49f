/**
 * Start-up budget: `--help`, `--version` and `targets list` load nothing they do not use, and reading
 * an .xlsx no longer loads exceljs (kept for writing reports). The CLI
 * runs with a preloaded probe that records every module the ESM loader resolves (a resolve hook,
 * writing from the hooks thread) and, at exit, every CommonJS module in require's cache.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-startup-'));
const hooks = path.join(dir, 'hooks.mjs');
const probe = path.join(dir, 'probe.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.PARCHECK_PROBE_OUT, result.url + '\\n');
  return result;
}
`,
);
writeFileSync(
  probe,
  `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const cached = Object.keys(require('node:module')._cache).map((f) => pathToFileURL(f).href);
  appendFileSync(process.env.PARCHECK_PROBE_OUT, cached.join('\\n') + '\\n');
});
`,
);

/** The packages (node_modules/<name>) a CLI run loaded. */
function packagesLoaded(args: string[]): Set<string> {
  const out = path.join(dir, `${args.join('_').replace(/\W/g, '')}.txt`);
  writeFileSync(out, '');
  const run = runCli(args, { env: { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}`, PARCHECK_PROBE_OUT: out } });
  expect(run.code).toBe(0);
  const urls = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  expect(urls.some((u) => u.includes('/dist/cli/main.js'))).toBe(true);
  const names = urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((n): n is string => n !== undefined);
  return new Set(names);
}

const HEAVY = ['exceljs', 'csv-parse', 'jszip', 'unzipper', 'saxes'];

describe('start-up loads only what the command uses', () => {
  it.each([[['--version']], [['--help']], [['targets', '--help']]])('parcheck %j', (args) => {
    const loaded = packagesLoaded(args);
    expect(loaded).toContain('commander');
    for (const name of [...HEAVY, 'yaml', 'zod']) expect(loaded, name).not.toContain(name);
  });

  it('parcheck targets list: the bundled targets come from the build cache, without the YAML parser or zod', () => {
    const loaded = packagesLoaded(['targets', 'list']);
    expect(loaded).toContain('commander'); // the table is drawn by report/box.ts, fitted to the terminal
    for (const name of [...HEAVY, 'yaml', 'zod']) expect(loaded, name).not.toContain(name);
  });

  it('parcheck targets validate reads and validates every file in full', () => {
    const loaded = packagesLoaded(['targets', 'validate']);
    expect(loaded).toContain('yaml');
    expect(loaded).toContain('zod');
  });

  it('parcheck check on CSV forms with the bundled targets loads neither the YAML parser, zod nor exceljs', () => {
    const loaded = packagesLoaded(['check', 'samples/qn-bao-cao-tthc-2025-03.csv', '--fail-on', 'never']);
    expect(loaded).toContain('csv-parse');
    for (const name of ['exceljs', 'yaml', 'zod']) expect(loaded, name).not.toContain(name);
  });

  it('parcheck inspect on an .xlsx reads it without exceljs (its own reader, files/xlsx-fast)', () => {
    const loaded = packagesLoaded(['inspect', 'samples/qn-bao-cao-tthc-2025-01.xlsx', '--format', 'json']);
    expect(loaded).not.toContain('exceljs');
  });
});

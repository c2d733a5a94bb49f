/**
 * The package as a user gets it: `npm pack`, publint and arethetypeswrong on the tarball, then the
 * tarball installed in a scratch project and the README's library script ("Use it as a library") run
 * there on the samples; its summary must be the demo's. Run by `npm run check:package`, after the build.
 * Offline: `npm ci` cached the dependencies' tarballs but not the registry's metadata, so a plain
 * `npm install --offline x.tgz` cannot resolve versions (ENOTCACHED); the scratch project gets a
 * lockfile made of this repository's own entries for the runtime dependencies, and `npm ci --offline`
 * then needs only the cached tarballs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const EXPECTED = { met: 2, missed: 0, incomplete: 1, 'on-track': 2, 'off-track': 9, 'no-data': 68, invalid: 0 };

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const step = (what) => process.stdout.write(`pack-smoke: ${what}\n`);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'parcheck-pack-'));
try {
  const project = path.join(scratch, 'project');
  mkdirSync(project);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], ROOT));
  const tarball = path.join(project, packed.filename);
  step(`packed ${packed.filename} (${packed.entryCount} files, ${Math.round(packed.size / 1024)} kB)`);

  step('publint');
  process.stdout.write(run(path.join(BIN, 'publint'), ['run', tarball, '--strict'], ROOT));
  // ESM only ("type": "module", no require condition): a CommonJS consumer is not supported, so the
  // profile that leaves out the node10 and CommonJS-under-node16 resolutions.
  step('arethetypeswrong (--profile esm-only)');
  process.stdout.write(run(path.join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], ROOT));

  writeScratchProject(project, packed);
  step('npm ci --offline (the tarball, and the runtime dependencies from the cache)');
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);

  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Use it as a library'));
  const script = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!script) throw new Error('README.md: no ```js block under "### Use it as a library"');
  writeFileSync(path.join(project, 'check-month.mjs'), script);
  symlinkSync(path.join(ROOT, 'samples'), path.join(project, 'samples'));
  step('the README script, importing runCheck from the installed package');
  let stdout;
  try {
    stdout = run(process.execPath, ['check-month.mjs'], project);
  } catch (caught) {
    // a failing check exits 1 and still prints its summary; any other exit is a broken install
    const failed = /** @type {{ stdout?: string, status?: number }} */ (caught);
    stdout = failed.stdout ?? '';
    if (failed.status !== 0 && failed.status !== 1) throw caught;
  }
  const printed = JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
  const same = JSON.stringify(printed.summary) === JSON.stringify(EXPECTED) && printed.as_of === '2025-06';
  step(`summary ${JSON.stringify(printed.summary)} as of ${printed.as_of}: ${same ? 'as expected' : 'DIFFERENT'}`);
  if (!same) process.exitCode = 1;
  else step('ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** package.json and package-lock.json of a project depending on the tarball alone. */
function writeScratchProject(project, packed) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const spec = `file:${packed.filename}`;
  const name = 'parcheck-pack-smoke';
  const packages = { '': { name, dependencies: { parcheck: spec } } };
  packages['node_modules/parcheck'] = {
    version: manifest.version,
    resolved: spec,
    integrity: packed.integrity,
    license: manifest.license,
    dependencies: manifest.dependencies,
    bin: manifest.bin,
    engines: manifest.engines,
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[key] = entry;
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module', dependencies: { parcheck: spec } }, null, 2)}\n`);
  writeFileSync(path.join(project, 'package-lock.json'), `${JSON.stringify({ name, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

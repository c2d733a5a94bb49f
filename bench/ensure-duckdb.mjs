#!/usr/bin/env node
/**
 * DuckDB is the benchmark's yardstick only, so it is not a dependency of parcheck: the registry this
 * project installs from lacks its macOS/Windows binding packages, which makes `npm ci` refuse a lock file
 * that names them. `npm run bench` installs it here, without saving, when it is missing.
 */
import { execFileSync } from 'node:child_process';

const VERSION = '1.5.6-r.1';
const duckdbPackage = '@duckdb/node-api'; // in a variable: typecheck and knip do not look for it
try {
  await import(duckdbPackage);
} catch {
  process.stderr.write(`bench: installing @duckdb/node-api@${VERSION} (not saved to package.json)\n`);
  execFileSync('npm', ['install', '--no-save', `@duckdb/node-api@${VERSION}`], { stdio: 'inherit' });
}

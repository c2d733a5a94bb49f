#!/usr/bin/env node
/**
 * Benchmark (bounded memory and throughput on large lists): parcheck's dossier-list aggregation vs DuckDB on the same generated file, side by
 * side (time, rows/s, peak RSS), and a check that both give the same value for every unit × month ×
 * measure. Then a 50k-row XLSX read and start-up times.
 *   npm run bench -- [--rows 1000000] [--sizes 1000000,2000000,5000000] [--skip-xlsx] [--skip-startup]
 * Files go to bench/data/ (gitignored) and are reused when present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('sizes', opt('rows', '1000000')).split(',').map(Number);
const node = process.execPath;

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time, and CPU time (user+sys, from /usr/bin/time) which other load on the machine distorts less. */
function run(cmd, cmdArgs) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '@@cpu %U %S %M', cmd, ...cmdArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${r.stderr}`);
  const m = /@@cpu ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { seconds, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, maxRssKb: m ? Number(m[3]) : 0, stdout: r.stdout };
}

function ensureCsv(rows) {
  const file = path.join('bench/data', `dossiers-${rows}.csv`);
  if (!existsSync(path.join(ROOT, file))) run(node, ['bench/generate.mjs', '--rows', String(rows), '--out', file]);
  return file;
}

function compare(a, b) {
  const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]);
  const totals = {};
  let mismatches = 0;
  for (const k of keys) {
    const x = a.cells[k] ?? 0;
    const y = b.cells[k] ?? 0;
    const measure = k.slice(k.lastIndexOf('|') + 1);
    totals[measure] ??= [0, 0];
    totals[measure][0] += x;
    totals[measure][1] += y;
    if (x !== y) mismatches++;
  }
  return { mismatches, cells: keys.size, totals };
}

const table = [];
const rate = (r) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M` : `${Math.round(r / 1e3)} k`);
const row = (what, rows, r, kb) =>
  table.push({
    what,
    rows,
    seconds: r.seconds.toFixed(2),
    'cpu s': Number.isNaN(r.cpu) ? '' : r.cpu.toFixed(2),
    'rows/s': rows ? rate(rows / r.seconds) : '',
    'peak RSS': kb ? `${Math.round(kb / 1024)} MB` : '',
    'load avg': loadavg()[0].toFixed(1),
  });

for (const rows of sizes) {
  const file = ensureCsv(rows);
  const p = run(node, ['bench/parcheck-child.mjs', file]);
  const pj = JSON.parse(p.stdout);
  const d = run(node, ['bench/duckdb-child.mjs', file, '2']);
  const dj = JSON.parse(d.stdout);
  const m = run(node, ['bench/duckdb-child.mjs', file, '2', '--minimal']);
  const mj = JSON.parse(m.stdout);
  row('parcheck (byte scanner, worker threads)', rows, p, pj.vmhwmKb);
  row('DuckDB 2 threads, same measures', rows, d, dj.vmhwmKb);
  row('DuckDB 2 threads, COUNT GROUP BY unit × month only', rows, m, mj.vmhwmKb);
  const c = compare(pj, dj);
  console.log(`\n${rows} rows (${file}): ratio parcheck/DuckDB = ${(p.seconds / d.seconds).toFixed(2)}; cells compared ${c.cells}, mismatches ${c.mismatches}`);
  for (const [measure, [x, y]] of Object.entries(c.totals)) console.log(`  ${measure.padEnd(22)} parcheck ${String(x).padStart(10)}  duckdb ${String(y).padStart(10)}${x === y ? '' : '  MISMATCH'}`);
  if (c.mismatches > 0) process.exitCode = 1;
}

if (!args.includes('--skip-xlsx')) {
  run(node, ['bench/xlsx-child.mjs', '--make', '--rows', '50000']);
  const r = run(node, ['bench/xlsx-child.mjs', '--rows', '50000']);
  const j = JSON.parse(r.stdout);
  row('XLSX dossier list, parcheck (files/xlsx-fast)', j.rows, r, j.vmhwmKb);
  // The whole CLI on the same file: start-up, sniffing, the dispatcher's peek at the first rows, JSON out.
  const cli = run(node, ['bin/parcheck.js', 'inspect', 'bench/data/dossiers-50000.xlsx', '--format', 'json']);
  row('  same file, whole CLI: parcheck inspect --format json', j.rows, cli, cli.maxRssKb);
  const e = run(node, ['bench/xlsx-child.mjs', '--rows', '50000', '--exceljs']);
  const ej = JSON.parse(e.stdout);
  row('XLSX rows walked by exceljs streaming (before)', ej.rows, e, ej.vmhwmKb);
}

if (!args.includes('--skip-startup')) {
  // What the build should do after tsc (see scripts/bundle-target-values.mjs): targets list skips the YAML parse.
  run(node, ['scripts/bundle-target-values.mjs']);
  const median = (cmdArgs) => {
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(run(node, cmdArgs));
    return runs.sort((a, b) => a.seconds - b.seconds)[3];
  };
  row('node -e 0', 0, median(['-e', '0']));
  row('parcheck --version', 0, median(['bin/parcheck.js', '--version']));
  row('parcheck --help', 0, median(['bin/parcheck.js', '--help']));
  row('parcheck targets list', 0, median(['bin/parcheck.js', 'targets', 'list']));
}

console.log();
console.table(table);

/**
 * parcheck's dossier-list aggregation on one file (the built dist/), for bench/run.mjs. Prints
 * {cells, rows, vmhwmKb} as JSON on stdout. `--threads N` overrides the worker count.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const threadsArg = process.argv.indexOf('--threads');
const threads = threadsArg > 0 ? Number(process.argv[threadsArg + 1]) : undefined;
/** @type {typeof import('../src/ingest/dossier-list/ingest-list.js')} typed by the source dist/ is built from */
const { ingestDossierList } = await import(new URL('../dist/ingest/dossier-list/ingest-list.js', import.meta.url).href);
const result = await ingestDossierList(file, threads ? { threads } : {});
const cells = {};
for (const o of result.observations) cells[`${o.unit}|${o.period}|${o.measure}`] = o.value;
const status = readFileSync('/proc/self/status', 'utf8');
const vmhwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
process.stdout.write(JSON.stringify({ rows: result.rowsRead, first: result.periods[0], last: result.periods.at(-1), vmhwmKb, cells }));

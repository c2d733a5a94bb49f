/**
 * The zoo: generated report forms of every layout the provinces send, each read back and compared with
 * the tally the generator kept while writing it (tests/zoo/forms-zoo.ts). Every figure, unit and level
 * must come back exactly; a failing variant prints its seed (ZOO_SEED=<seed> replays one).
 * CI reads 500 variants; `npm run fuzz` reads FUZZ_RUNS of them from a fresh seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { makeVariant, type Variant } from './forms-zoo.js';
import { warningMessage } from '../../src/report/warning-messages.js';

const RUNS = Math.max(500, Number(process.env.FUZZ_RUNS ?? 0) / 10);
const FIRST = process.env.ZOO_SEED !== undefined ? Number(process.env.ZOO_SEED) : process.env.FUZZ_RUNS ? Date.now() % 1_000_000 : 1;
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-zoo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mismatches(v: Variant): Promise<string[]> {
  writeFileSync(v.file, v.bytes);
  let read: Awaited<ReturnType<typeof ingestFile>>;
  try {
    read = await ingestFile(v.file, {});
  } catch (e) {
    if (e instanceof ParcheckError)
      return [
        `refused: [${e.code}] ${JSON.stringify(e.location)} ${typeof e.text === 'string' ? e.text : e.text.en} ${e.found ?? ''} ${[...e.more]
          .slice(0, 3)
          .map((m) => JSON.stringify(m.location) + (typeof m.text === 'string' ? m.text : m.text.en))
          .join(' | ')}`,
      ];
    throw e;
  }
  const out: string[] = [];
  if (read.periods.join() !== v.period) out.push(`period ${read.periods.join()} ≠ ${v.period}`);
  const units = new Map(read.units.map((u) => [u.name, u]));
  for (const u of v.units) {
    const got = units.get(u.name);
    if (!got) out.push(`unit missing: ${u.name}`);
    else if (got.level !== u.level) out.push(`${u.name}: level ${got.level} (${got.levelFrom}) ≠ ${u.level}`);
  }
  for (const name of units.keys()) if (!v.units.some((u) => u.name === name)) out.push(`unit not in the form: ${name}`);
  const seen = new Map<string, number>();
  for (const o of read.observations) seen.set(`${o.unit}|${o.measure}`, (seen.get(`${o.unit}|${o.measure}`) ?? 0) + o.value);
  for (const u of v.units) {
    for (const [m, value] of Object.entries(u.figures)) {
      const got = seen.get(`${u.name}|${m}`);
      if (got !== value) out.push(`${u.name} ${m}: ${got} ≠ ${value}`);
      seen.delete(`${u.name}|${m}`);
    }
  }
  for (const [k, value] of seen) out.push(`extra figure ${k} = ${value}`);
  const noisy = read.warnings.filter((w) => /IDENTITY|MISMATCH|EXCEEDS|DUPLICATE|LEVEL_UNKNOWN|MISSING_GROUP|NEGATED/.test(w.code));
  for (const w of noisy) out.push(`warning ${w.code}: ${warningMessage(w, 'en')}`);
  return out;
}

describe('the zoo of report forms', () => {
  it(`reads ${RUNS} generated variants exactly (seeds ${FIRST}…${FIRST + RUNS - 1})`, async () => {
    const failures: string[] = [];
    for (let seed = FIRST; seed < FIRST + RUNS; seed++) {
      const v = makeVariant(seed, dir);
      const bad = await mismatches(v);
      if (bad.length > 0) failures.push(`seed ${seed} (${v.traits.join('; ')}):\n    ${bad.slice(0, 6).join('\n    ')}`);
      rmSync(v.file, { force: true });
    }
    const rate = ((RUNS - failures.length) / RUNS) * 100;
    if (failures.length > 0) console.error(`zoo: ${RUNS - failures.length}/${RUNS} read exactly (${rate.toFixed(1)}%)\n${failures.slice(0, 15).join('\n')}`);
    expect(failures).toEqual([]);
  }, 600_000);
});

/**
 * The dossier-list zoo (tests/zoo/dossier-list-zoo.ts): every generated list read through the input
 * dispatcher must aggregate exactly, month by month and unit by unit, to the independent tally of the
 * rows it was written from. A failing variant prints its seed (ZOO_SEED=<seed> replays it).
 * CI reads 200 variants; `npm run fuzz` reads FUZZ_RUNS/10 of them from a fresh seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { observedTally, referenceTally } from '../helpers/dossier-reference.js';
import { makeListVariant } from './dossier-list-zoo.js';

const RUNS = Math.max(200, Number(process.env.FUZZ_RUNS ?? 0) / 10);
const FIRST = process.env.ZOO_SEED !== undefined ? Number(process.env.ZOO_SEED) : process.env.FUZZ_RUNS ? Date.now() % 1_000_000 : 1;
const COUNT = process.env.ZOO_SEED !== undefined ? 1 : RUNS;
const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-list-zoo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier-list zoo', () => {
  it(`${COUNT} generated lists aggregate exactly to an independent tally`, async () => {
    const failures: string[] = [];
    for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
      const v = await makeListVariant(seed);
      const file = path.join(dir, v.name);
      writeFileSync(file, v.bytes);
      try {
        const read = await ingestFile(file, {});
        const want = referenceTally(v.rows, { ...(v.asOf ? { asOf: v.asOf } : {}), without: v.without });
        const got = observedTally(read.observations);
        if (read.shape !== 'dossier_list') failures.push(`${v.describe}: shape ${read.shape}`);
        else if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(want).sort())) {
          const keys = [...new Set([...Object.keys(got), ...Object.keys(want)])].filter((k) => got[k] !== want[k]).slice(0, 5);
          failures.push(`${v.describe}: ${keys.map((k) => `${k} read ${got[k] ?? 0} ≠ ${want[k] ?? 0}`).join('; ')}`);
        } else if (read.warnings.some((w) => w.code === 'DOSSIER_COUNT_MISMATCH' || w.code === 'DOSSIER_FLAG_UNKNOWN' || w.code === 'DOSSIER_STATUS_UNKNOWN' || w.code === 'DOSSIER_CHANNEL_UNKNOWN')) {
          failures.push(`${v.describe}: warnings ${read.warnings.map((w) => w.code).join(', ')}`);
        }
      } catch (e) {
        if (!(e instanceof ParcheckError)) throw e;
        failures.push(`${v.describe}: refused [${e.code}] ${JSON.stringify(e.location)} ${typeof e.text === 'string' ? e.text : e.text.en}`);
      }
    }
    expect(failures.slice(0, 5).join('\n')).toBe('');
  }, 600_000);
});

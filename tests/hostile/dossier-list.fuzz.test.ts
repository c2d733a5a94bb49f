/**
 * Dossier lists under hostile dates, quotes and line endings (placeholder and
 * absurd dates, stray quotes, mixed line endings): for every generated list the reader either gives the figures of an independent tally written in
 * the test (tests/helpers/dossier-reference.ts) or refuses with a ParcheckError that names a line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import { observedTally, referenceTally, refDay, type RefMoment, type RefRow } from '../helpers/dossier-reference.js';
import { csvField, momentText, simpleList } from '../helpers/dossier-writer.js';
import { FILE_RUNS, outcomeAsync, params } from './fuzz.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-fuzz-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const UNITS = ['Sở Tư pháp', 'Sở Y tế', 'UBND xã Tam Phú', 'UBND phường Hòa Thuận'];
const BASE = refDay(2025, 1, 1);

/** A dossier of 2025, or (rarely) one with a date anywhere from 1900 to 2099. */
const row = (farDates: boolean): fc.Arbitrary<RefRow> =>
  fc
    .record({
      unit: fc.constantFrom(...UNITS),
      recvDay: farDates
        ? fc.oneof({ weight: 9, arbitrary: fc.integer({ min: BASE, max: BASE + 364 }) }, { weight: 1, arbitrary: fc.integer({ min: refDay(1900, 1, 2), max: refDay(2099, 12, 31) }) })
        : fc.integer({ min: BASE, max: BASE + 364 }),
      recvSec: fc.option(fc.integer({ min: 1, max: 86399 }), { nil: null }),
      dueIn: fc.option(fc.integer({ min: -3, max: 30 }), { nil: null }),
      dueSec: fc.option(fc.integer({ min: 1, max: 86399 }), { nil: null }),
      retIn: fc.option(
        farDates ? fc.oneof({ weight: 9, arbitrary: fc.integer({ min: -2, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: -40000, max: 40000 }) }) : fc.integer({ min: -2, max: 60 }),
        { nil: null },
      ),
      retSec: fc.option(fc.integer({ min: 1, max: 86399 }), { nil: null }),
      channel: fc.constantFrom('online', 'offline') as fc.Arbitrary<'online' | 'offline'>,
      outcome: fc.constantFrom('by_dates', 'by_dates', 'by_dates', 'pending', 'rejected', 'withdrawn') as fc.Arbitrary<RefRow['outcome']>,
      digitized: fc.boolean(),
      payable: fc.boolean(),
      paid: fc.boolean(),
      eCirc: fc.boolean(),
    })
    .map((r) => ({
      unit: r.unit,
      recv: { day: r.recvDay, sec: r.recvSec },
      due: r.dueIn === null ? null : { day: r.recvDay + r.dueIn, sec: r.dueSec },
      ret: r.retIn === null ? null : { day: r.recvDay + r.retIn, sec: r.retSec },
      channel: r.channel,
      outcome: r.outcome,
      digitized: r.digitized,
      payable: r.payable,
      paid: r.paid && r.payable,
      eCirc: r.eCirc,
    }));

const inRange = (m: RefMoment | null) => m === null || (m.day >= refDay(1900, 1, 1) && m.day <= refDay(2100, 12, 31));

async function check(text: string, data: RefRow[]): Promise<void> {
  const file = path.join(dir, `list-${n++}.csv`);
  writeFileSync(file, text);
  const r = await outcomeAsync(() => ingestDossierList(file, { threads: 1 }));
  if (r instanceof ParcheckError) {
    // a refusal is allowed for dates only, and must say where
    expect(r.code).toBe('INPUT_DATE');
    expect(r.location.line).toBeGreaterThan(1);
    return;
  }
  expect(observedTally(r.observations)).toEqual(referenceTally(data));
}

describe('dossier list fuzz', () => {
  it('placeholder, absurd and far-apart dates: the figures of the reference, or INPUT_DATE at a line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row(true), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 3 }), async (rows, holes) => {
        const data = rows.filter((r) => inRange(r.recv) && inRange(r.due) && inRange(r.ret));
        if (data.length === 0) return;
        const list = simpleList(data);
        // 01/01/1900 placeholders in due or return cells: read as blank
        for (const h of holes) {
          const i = h % data.length;
          const col = h % 2 === 0 ? 4 : 5;
          list.records[i]![col] = '01/01/1900';
          data[i] = { ...data[i]!, ...(col === 4 ? { due: null } : { ret: null }) };
        }
        await check(`${[list.header, ...list.records].map((r) => r.map((v) => csvField(v, ';')).join(';')).join('\n')}\n`, data);
      }),
      params(FILE_RUNS * 3),
    );
  });

  it('quotes inside unquoted fields after the columns read never change the figures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row(false), { minLength: 1, maxLength: 30 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '"', '2', '4', 'ỏ', "'"), minLength: 1, maxLength: 10 }), { maxLength: 30 }),
        async (data, notes) => {
          const list = simpleList(data);
          const lines = [list.header, ...list.records].map((r, i) => {
            const note = i > 0 ? notes[i - 1] : undefined;
            const body = r
              .slice(0, -1)
              .map((v) => csvField(v, ';'))
              .join(';');
            // written raw, never quoted: a quote that is not the field's first character is a plain one
            return `${body};${note !== undefined ? `x${note.replace(/[;\n\r]/g, '')}` : ''}`;
          });
          await check(`${lines.join('\n')}\n`, data);
        },
      ),
      params(FILE_RUNS * 3),
    );
  });

  it('any mix of CR, LF and CRLF line ends gives the same figures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row(false), { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom('\r', '\n', '\r\n'), { minLength: 31, maxLength: 31 }), async (data, eols) => {
        const list = simpleList(data);
        const lines = [list.header, ...list.records].map((r) => r.map((v) => csvField(v, ';')).join(';'));
        await check(lines.map((l, i) => l + eols[i]!).join(''), data);
      }),
      params(FILE_RUNS * 3),
    );
  });

  it('times of day on due and return dates: early / on time / late by moment', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row(false), { minLength: 1, maxLength: 30 }), fc.constantFrom('dmy', 'iso') as fc.Arbitrary<'dmy' | 'iso'>, async (data, style) => {
        const list = simpleList(data);
        for (const [i, r] of data.entries()) {
          list.records[i]![3] = momentText(r.recv, style, true);
          list.records[i]![4] = momentText(r.due, style);
          list.records[i]![5] = momentText(r.ret, style, true);
        }
        await check(`${[list.header, ...list.records].map((r) => r.map((v) => csvField(v, ';')).join(';')).join('\n')}\n`, data);
      }),
      params(FILE_RUNS * 3),
    );
  });
});

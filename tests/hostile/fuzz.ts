/**
 * Shared settings of the hostile suite. CI runs a fixed seed with few runs (the whole suite stays well
 * under a minute on 2 cores); `npm run fuzz` sets FUZZ_RUNS=20000 and a fresh seed (FUZZ_SEED replays one).
 */
import type fc from 'fast-check';
import { expect } from 'vitest';
import { ERROR_CODES, ParcheckError } from '../../src/core/errors.js';

const longRun = process.env.FUZZ_RUNS !== undefined;
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
export const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : longRun ? Date.now() : 20251123;
/** Runs for properties that write a file or spawn exceljs: a tenth of the others. */
export const FILE_RUNS = Math.max(10, Math.round(RUNS / 10));

export const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

/** The outcome hostile input may have: a value, or a ParcheckError with a known code (never INTERNAL). */
export function isParcheckFailure(error: unknown): boolean {
  return error instanceof ParcheckError && (ERROR_CODES as readonly string[]).includes(error.code) && error.code !== 'INTERNAL';
}

export function outcome<T>(fn: () => T): T | ParcheckError {
  try {
    return fn();
  } catch (error) {
    if (!isParcheckFailure(error)) throw error;
    return error as ParcheckError;
  }
}

export async function outcomeAsync<T>(fn: () => Promise<T>): Promise<T | ParcheckError> {
  try {
    return await fn();
  } catch (error) {
    if (!isParcheckFailure(error)) throw error;
    return error as ParcheckError;
  }
}

/** What every refused CLI run must look like: exit 2, nothing on stdout, the code on stderr, no stack. */
export function expectRefused(run: { code: number; stdout: string; stderr: string }, code: string): void {
  expect(run.stderr).toContain(`[${code}]`);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).not.toContain('INTERNAL');
}

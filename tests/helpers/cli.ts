/**
 * Runs the built CLI as a user would: a child process, NO_COLOR, no TTY.
 * `npm test` builds first (pretest), so dist/ is current.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/parcheck.js');
/** The plan texts the bundled targets quote, kept with the targets so CI needs nothing outside the repo. */
export const SEEDS = path.join(ROOT, 'targets/sources');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, PARCHECK_LANG: undefined, ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = unknown>(args: string[], options?: Parameters<typeof runCli>[1]): { code: number; json: T; stderr: string } {
  const run = runCli(args, options);
  let json: T;
  try {
    json = JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 2000)}`);
  }
  return { code: run.code, json, stderr: run.stderr };
}

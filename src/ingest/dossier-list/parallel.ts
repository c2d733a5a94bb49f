/**
 * Scanning a UTF-8 CSV on every core: speculative cuts (split.ts), one worker thread per range, then a
 * verification pass in file order. A range whose start was not where the previous range really stopped
 * (the cut fell inside a quoted field) is scanned again from the true boundary, in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ColumnIndex } from './columns.js';
import { scanRange, type RangeJob, type RangeResult } from './scan-range.js';
import { guessCuts } from './split.js';
import type { ListAsOf } from './list-title.js';

export interface ScanPlan {
  path: string;
  size: number;
  dataStart: number;
  columns: ColumnIndex;
  width: number;
  delimiter: number;
  threads?: number;
  progressEvery: number;
  onBytes?: (bytes: number, rows: number) => void;
  cuts?: number[];
  maxLine?: number;
  asOf?: ListAsOf;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Worker threads need the compiled worker next to this module (absent when run from TS sources). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

function runWorker(job: RangeJob, onBytes?: (bytes: number, rows: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    worker.on('message', (msg: { type: string; bytes: number; rows: number; result?: RangeResult }) => {
      onBytes?.(msg.bytes, msg.rows);
      if (msg.type === 'done') resolve(msg.result!);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`dossier-list worker exited with code ${code}`));
    });
  });
}

/** Results in file order, each starting where the previous one stopped (or at a failure). */
export async function scanParallel(plan: ScanPlan): Promise<RangeResult[]> {
  const threads = plan.threads ?? defaultThreads();
  const cuts = plan.cuts ?? guessCuts(plan.path, plan.size, plan.dataStart, threads, plan.delimiter, plan.width);
  const bounds = [plan.dataStart, ...cuts, plan.size];
  const jobs: RangeJob[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    jobs.push({
      path: plan.path,
      start: bounds[i]!,
      end: bounds[i + 1]!,
      columns: plan.columns,
      width: plan.width,
      delimiter: plan.delimiter,
      progressEvery: plan.progressEvery,
      maxLine: plan.maxLine,
      ...(plan.asOf ? { asOf: plan.asOf } : {}),
    });
  }
  const results = await Promise.all(jobs.map((job) => runWorker(job, plan.onBytes)));
  const verified: RangeResult[] = [];
  let expected = plan.dataStart;
  for (let i = 0; i < results.length; i++) {
    let result = results[i]!;
    if (result.start !== expected) {
      result = scanRange({ ...jobs[i]!, start: expected, end: Math.max(expected, jobs[i]!.end) });
    }
    verified.push(result);
    if (result.failure || result.span || result.unterminatedAt !== undefined || result.tooLong !== undefined) break;
    expected = result.stop;
  }
  return verified;
}

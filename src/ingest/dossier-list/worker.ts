/** Worker thread entry: scans the byte range it is given and posts the tally back. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange, type RangeJob } from './scan-range.js';

const job = workerData as RangeJob;
let lastBytes = job.start;
let lastRows = 0;
const every = job.progressEvery ?? 64 * 1024 * 1024;
const result = scanRange(job, (offset, rows) => {
  if (offset - lastBytes >= every) {
    parentPort!.postMessage({ type: 'progress', bytes: Math.min(offset, job.end) - lastBytes, rows: rows - lastRows });
    lastBytes = Math.min(offset, job.end);
    lastRows = rows;
  }
});
const stop = result.stop < 0 ? job.end : Math.min(result.stop, job.end);
parentPort!.postMessage({ type: 'done', result, bytes: Math.max(0, stop - lastBytes), rows: result.counts.rows - lastRows });

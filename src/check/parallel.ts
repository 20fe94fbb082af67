import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FilePassOptions } from './file-pass.js';

export type Outcome = FileOutcome | { unreadable: string };

/**
 * Checks files on worker threads, one per core (at most 4), each taking an equal share. Only the
 * bundled tool has the worker script (dist/check/worker.js); elsewhere the caller checks inline.
 */
export async function checkInWorkers(files: readonly string[], options: FilePassOptions, threads = Math.min(4, availableParallelism())): Promise<Map<string, Outcome>> {
  const script = new URL('../check/worker.js', import.meta.url);
  const shares: string[][] = Array.from({ length: threads }, () => []);
  // Round robin: neighbouring files (one body's years) are alike in size.
  files.forEach((file, i) => shares[i % threads]!.push(file));
  const results = await Promise.all(
    shares
      .filter((share) => share.length > 0)
      .map(
        (share) =>
          new Promise<[string, Outcome][]>((resolve, reject) => {
            const worker = new Worker(script, { workerData: { files: share, options } });
            worker.once('message', (message: [string, Outcome][]) => resolve(message));
            worker.once('error', reject);
            worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
          }),
      ),
  );
  return new Map(results.flat());
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FilePassOptions } from './file-pass.js';

export type Outcome = FileOutcome | { unreadable: string };

/** A worker's heap: a plan file needs a few MB at most; small heaps keep the whole run lean. */
const resourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 12 };

/**
 * Worker threads for `plan check`, one per core but the main thread's (at most 3), kept for the
 * whole run: the main thread takes a share of the files too, so two cores cost one extra heap,
 * not two. Only the bundled tool has the worker script (dist/check/worker.js).
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private broken = false;

  constructor(options: FilePassOptions, threads = Math.min(3, availableParallelism() - 1)) {
    const script = new URL('../check/worker.js', import.meta.url);
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(script, { workerData: { options }, resourceLimits }));
    for (const worker of this.workers) worker.unref();
  }

  /**
   * Each worker takes an equal share; results come back in batches. Files a worker did not get to
   * (it ran out of memory on a huge file, say) are left out of the map: the caller checks them.
   */
  async check(files: readonly string[], inline: (file: string) => Outcome): Promise<Map<string, Outcome>> {
    const results = new Map<string, Outcome>();
    if (this.broken) return results;
    // One share per worker and one for this thread. Round robin: neighbouring files (one body's
    // plans) are alike in size.
    const shares: string[][] = [[], ...this.workers.map(() => [])];
    files.forEach((file, i) => shares[i % shares.length]!.push(file));
    const [own = [], ...theirs] = shares;
    const done = Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<void>((resolve) => {
            const onMessage = (message: { batch: [string, Outcome][]; done: boolean }) => {
              for (const [absolute, outcome] of message.batch) results.set(absolute, outcome);
              if (message.done) finish();
            };
            const onFailure = () => {
              this.broken = true;
              finish();
            };
            const finish = () => {
              worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
              resolve();
            };
            worker.on('message', onMessage).once('error', onFailure).once('exit', onFailure);
            worker.postMessage(theirs[i]);
          }),
      ),
    );
    // The workers' messages wait in the queue while this thread checks its own share.
    for (const file of own) results.set(file, inline(file));
    await done;
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

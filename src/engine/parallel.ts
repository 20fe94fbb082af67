import { Worker } from 'node:worker_threads';
import type { GroupOptions, Outcome, YearResult } from './group-pass.js';

/** What the main thread sends a worker: files to check each on its own, or a year folder to check whole. */
export type Job = { files: string[] } | { year: string };
/** What a worker answers: outcomes in batches (the last one marked done), or a year's result. */
export type Answer = { batch: [string, Outcome][]; done: boolean } | { result: YearResult };

/**
 * The heap of each worker, in MB. The young generation is where a file's parse lives and dies:
 * V8 gives it 8 MB below 14 and 16 MB from 14 on, and with 8 parsing is a fifth slower (objects
 * still in use are copied, then promoted, again and again). The old generation holds V8's own (the
 * code, about 16 MB with the transient) and a year's facts (about 4 kB a file): measured on the
 * bench corpus, below 20 MB for a year of 1,000 files a worker does little but collect garbage,
 * while each MB above what it needs is one more MB the process keeps. A worker that runs out of it
 * stops, and its work is done again on the main thread.
 */
export function heapLimits(largestGroup: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 24 + Math.ceil(largestGroup / 250) };
}

/**
 * Worker threads of `plan check`, kept for the whole run. Only the bundled tool has the worker
 * script (dist/engine/worker.js).
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private broken = false;

  constructor(options: GroupOptions, threads: number, largestGroup: number) {
    const script = new URL('../engine/worker.js', import.meta.url);
    const resourceLimits = heapLimits(largestGroup);
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(script, { workerData: { options }, resourceLimits }));
  }

  /**
   * The files in equal shares, one per worker and one checked here by `inline`: a single big year
   * still uses every core. Round robin: neighbouring files (one body's plans) are alike in size.
   * Files a worker did not get to (it stopped) are left out of the answer.
   */
  async checkFiles(files: readonly string[], inline: (file: string) => Outcome): Promise<Map<string, Outcome>> {
    const results = new Map<string, Outcome>();
    if (this.broken) return results;
    const shares: string[][] = [[], ...this.workers.map(() => [])];
    files.forEach((file, i) => shares[i % shares.length]!.push(file));
    const [own = [], ...theirs] = shares;
    const done = Promise.all(
      this.workers.map((worker, i) =>
        this.exchange(worker, { files: theirs[i]! }, (answer) => {
          if (!('batch' in answer)) return true;
          for (const [absolute, outcome] of answer.batch) results.set(absolute, outcome);
          return answer.done;
        }),
      ),
    );
    // The workers' answers wait in the queue while this thread checks its own share.
    for (const file of own) results.set(file, inline(file));
    await done;
    return results;
  }

  /**
   * Year folders, each to the next free worker, which lists it, checks it and keeps its caches:
   * this thread only waits, so its heap stays as small as it started. Years a worker did not
   * finish (it stopped) are left out of the answer.
   */
  async checkYears(years: readonly string[]): Promise<Map<string, YearResult>> {
    const results = new Map<string, YearResult>();
    let next = 0;
    const serve = async (worker: Worker): Promise<void> => {
      while (!this.broken && next < years.length) {
        const year = years[next++]!;
        await this.exchange(worker, { year }, (answer) => {
          if ('result' in answer) results.set(year, answer.result);
          return true;
        });
      }
    };
    await Promise.all(this.workers.map(serve));
    return results;
  }

  /** Sends one job and takes answers until `take` says the job is done or the worker stops. */
  private exchange(worker: Worker, job: Job, take: (answer: Answer) => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      const onMessage = (answer: Answer) => {
        if (take(answer)) finish();
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
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

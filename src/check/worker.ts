// A worker thread of `plan check`: checks the files it is given, each on its own, and sends back
// plain data (see parallel.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, type FileOutcome, type FilePassOptions } from './file-pass.js';

const { files, options } = workerData as { files: string[]; options: FilePassOptions };
const outcomes: [string, FileOutcome | { unreadable: string }][] = files.map((absolute) => {
  try {
    return [absolute, checkOne(absolute, readFileSync(absolute), options)];
  } catch (error) {
    return [absolute, { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) }];
  }
});
parentPort!.postMessage(outcomes);

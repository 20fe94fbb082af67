// A worker thread of `plan check` (see parallel.ts): checks each list of files it is sent, each
// file on its own, and sends back plain data in batches, then a last empty batch marked done.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, type FileOutcome, type FilePassOptions } from './file-pass.js';
import { FileReader } from './file-reader.js';

const batchSize = 100;
const reader = new FileReader();
const { options } = workerData as { options: FilePassOptions };

parentPort!.on('message', (files: string[]) => {
  let batch: [string, FileOutcome | { unreadable: string }][] = [];
  for (const absolute of files) {
    try {
      batch.push([absolute, checkOne(absolute, reader.read(absolute), options)]);
    } catch (error) {
      batch.push([absolute, { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) }]);
    }
    if (batch.length >= batchSize) {
      parentPort!.postMessage({ batch, done: false });
      batch = [];
    }
  }
  parentPort!.postMessage({ batch, done: true });
});

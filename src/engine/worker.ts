// A worker thread of `plan check` (see parallel.ts). It answers two kinds of job: a list of files,
// each checked on its own and sent back as plain data in batches (the last one marked done); or a
// year folder, listed and checked start to end here (caches, files, checks across files) and
// answered with its diagnostics and file list, so that the main thread never holds a year's files
// or facts.
import { parentPort, workerData } from 'node:worker_threads';
import { checkEach, readAndCheck } from './file-pass.js';
import { FileReader } from '../repo/file-reader.js';
import { checkYear, type GroupOptions, type Outcome } from './group-pass.js';
import type { Answer, Job } from './parallel.js';

const batchSize = 100;
const reader = new FileReader();
const { options } = workerData as { options: GroupOptions };

const send = (answer: Answer) => parentPort!.postMessage(answer);

parentPort!.on('message', async (job: Job) => {
  if ('year' in job) {
    send({ result: await checkYear(job.year, options, checkEach(reader, options)) });
    return;
  }
  let batch: [string, Outcome][] = [];
  for (const absolute of job.files) {
    batch.push([absolute, readAndCheck(reader, absolute, options)]);
    if (batch.length >= batchSize) {
      send({ batch, done: false });
      batch = [];
    }
  }
  send({ batch, done: true });
});

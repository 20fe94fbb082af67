// A worker thread of `plan check` (see parallel.ts). It answers two kinds of job: a list of files,
// each checked on its own and sent back as plain data in batches (the last one marked done); or a
// whole group, checked start to end here (cache, files, checks across files) and answered with its
// diagnostics only, so that the main thread never holds a group's facts.
import { parentPort, workerData } from 'node:worker_threads';
import { checkEach, readAndCheck } from './file-pass.js';
import { FileReader } from './file-reader.js';
import { checkGroup, type GroupOptions, type Outcome } from './group-pass.js';
import type { Answer, Job } from './parallel.js';

const batchSize = 100;
const reader = new FileReader();
const { options } = workerData as { options: GroupOptions };

const send = (answer: Answer) => parentPort!.postMessage(answer);

parentPort!.on('message', async (job: Job) => {
  if ('group' in job) {
    const result = await checkGroup(job.group, options, checkEach(reader, options));
    send({ result });
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

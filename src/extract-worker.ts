// A worker thread: reads and extracts articles sent by ExtractPool, one compromise instance per worker.
import { parentPort } from 'node:worker_threads';
import { extractFile, type Job, type Shard } from './pipeline.js';

parentPort!.on('message', async (message: { id: number; job: Job; shard?: Shard }) => {
  parentPort!.postMessage({ id: message.id, result: await extractFile(message.job, message.shard) });
});

// A worker thread: reads and extracts articles sent by ExtractPool, one compromise instance per worker.
import { parentPort } from 'node:worker_threads';
import { extractFile, type Shard } from './pipeline.js';

parentPort!.on('message', async (job: { id: number; path: string; shard?: Shard }) => {
  parentPort!.postMessage({ id: job.id, result: await extractFile(job.path, job.shard) });
});

// ExtractPool: extraction across worker threads, results handed back in input order, a bounded number in flight.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from './paths.js';
import { extractFile, type FileResult, type Shard } from './pipeline.js';

/** Compiled worker (npm install and npm test build dist/); the source tree cannot start .ts workers. */
const WORKER = join(ROOT, 'dist', 'src', 'extract-worker.js');

export const defaultWorkers = () => Math.max(1, availableParallelism());

/**
 * Extract `paths` with `workers` threads (in this thread when workers is 1), yielding results in input order.
 * At most 2 × workers files are read or held at once, so memory stays flat however many files there are.
 */
export async function* extractAll(paths: Iterable<string>, workers = defaultWorkers(), shard?: Shard): AsyncGenerator<{ path: string; result: FileResult }> {
  if (workers <= 1) {
    for (const path of paths) yield { path, result: await extractFile(path, shard) };
    return;
  }
  const threads = Array.from({ length: workers }, () => new Worker(WORKER));
  const idle = [...threads];
  const waiting = new Map<number, (r: FileResult) => void>();
  const failures: Error[] = [];
  // A worker that dies (out of memory, say) fails its jobs with a clear message; the run then stops.
  const crash = (err: Error) => {
    failures.push(err);
    for (const [id, done] of waiting) done({ ok: false, diagnostic: { file: `job ${id}`, severity: 'error', place: null, message: `extraction worker died: ${err.message}`, source: 'extract:worker' } });
    waiting.clear();
  };
  for (const t of threads) {
    t.on('message', (m: { id: number; result: FileResult }) => {
      idle.push(t);
      waiting.get(m.id)?.(m.result);
      waiting.delete(m.id);
    });
    t.on('error', crash);
  }
  let next = 0;
  const queue: { path: string; done: Promise<FileResult> }[] = [];
  const dispatchers: (() => void)[] = [];
  const start = (path: string): Promise<FileResult> =>
    new Promise((resolve) => {
      const id = next++;
      const run = () => {
        const t = idle.pop()!;
        waiting.set(id, (r) => {
          resolve(r);
          dispatchers.shift()?.();
        });
        t.postMessage({ id, path, shard });
      };
      if (idle.length) run();
      else dispatchers.push(run);
    });
  try {
    for (const path of paths) {
      queue.push({ path, done: start(path) });
      if (queue.length >= workers * 2) {
        const head = queue.shift()!;
        yield { path: head.path, result: await head.done };
      }
      if (failures.length) throw failures[0];
    }
    while (queue.length) {
      const head = queue.shift()!;
      yield { path: head.path, result: await head.done };
    }
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

// ExtractPool: extraction across worker threads, results handed back in input order, a bounded number in flight.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ROOT } from './paths.js';
import { extractFile, type FileResult, type Job, jobName, type Shard } from './pipeline.js';

/** Compiled worker (npm install and npm test build dist/); the source tree cannot start .ts workers. */
const WORKER = join(ROOT, 'dist', 'src', 'extract-worker.js');

export const defaultWorkers = () => Math.max(1, availableParallelism());

/**
 * Extract `paths` with `workers` threads (in this thread when workers is 1), yielding results in input order.
 * At most 2 × workers files are read or held at once, so memory stays flat however many files there are.
 */
export async function* extractAll(paths: Iterable<Job>, workers = defaultWorkers(), shard?: Shard): AsyncGenerator<{ path: string; result: FileResult }> {
  if (workers <= 1) {
    for (const job of paths) yield { path: jobName(job), result: await extractFile(job, shard) };
    return;
  }
  const pool = new ExtractPool(workers);
  try {
    yield* pool.extract(paths, shard);
  } finally {
    await pool.close();
  }
}

/** Worker threads that stay up between runs (each loads its lexicons and warms up once). */
export class ExtractPool {
  private readonly threads: Worker[];
  private readonly idle: Worker[];
  private readonly waiting = new Map<number, (r: FileResult) => void>();
  private readonly dispatchers: (() => void)[] = [];
  private readonly failures: Error[] = [];
  private next = 0;

  constructor(readonly workers: number) {
    // Each heap (this thread's and each worker's: the flag is the process's) may grow to twice what it kept at its
    // last collection before the next, where V8 lets a busy heap grow up to four times: a worker's heap reached
    // 200–230 MiB with 60–75 MiB live. Whole extraction of 10,000 articles: peak RSS 703–763 → 507 MiB, time the
    // same (README, Speed and memory). Set here, where the workers start, not when the module is merely imported.
    setFlagsFromString('--heap-growing-percent=100');
    this.threads = Array.from({ length: workers }, () => new Worker(WORKER));
    this.idle = [...this.threads];
    for (const t of this.threads) {
      t.on('message', (m: { id: number; result: FileResult }) => {
        this.idle.push(t);
        this.waiting.get(m.id)?.(m.result);
        this.waiting.delete(m.id);
      });
      t.on('error', (err) => this.crash(err));
    }
  }

  /** `paths` extracted in input order; at most 2 × workers files in flight. */
  async *extract(paths: Iterable<Job>, shard?: Shard): AsyncGenerator<{ path: string; result: FileResult }> {
    const queue: { path: string; done: Promise<FileResult> }[] = [];
    for (const job of paths) {
      queue.push({ path: jobName(job), done: this.start(job, shard) });
      if (queue.length >= this.workers * 2) {
        const head = queue.shift()!;
        yield { path: head.path, result: await head.done };
      }
      if (this.failures.length) throw this.failures[0];
    }
    while (queue.length) {
      const head = queue.shift()!;
      yield { path: head.path, result: await head.done };
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }

  private start(job: Job, shard?: Shard): Promise<FileResult> {
    return new Promise((resolve) => {
      const id = this.next++;
      const run = () => {
        const t = this.idle.pop()!;
        this.waiting.set(id, (r) => {
          resolve(r);
          this.dispatchers.shift()?.();
        });
        t.postMessage({ id, job, shard });
      };
      if (this.idle.length) run();
      else this.dispatchers.push(run);
    });
  }

  /** A worker that dies (out of memory, say) fails its jobs with a clear message; the run then stops. */
  private crash(err: Error): void {
    this.failures.push(err);
    for (const [id, done] of this.waiting) done({ ok: false, diagnostic: { file: `job ${id}`, severity: 'error', place: null, message: `extraction worker died: ${err.message}`, source: 'extract:worker' } });
    this.waiting.clear();
  }
}

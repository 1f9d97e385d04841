// Extraction across worker threads: same records as in-process, input order kept, a bounded number in flight.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shardOf } from '../src/pipeline.js';
import { extractAll } from '../src/pool.js';
import { CORPUS } from './helpers.js';

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(CORPUS, f));

describe('extractAll', () => {
  test('two workers give the records one thread gives, in input order', async () => {
    const collect = async (workers: number) => {
      const out: string[] = [];
      for await (const { path, result } of extractAll(files, workers)) out.push(`${path} ${result.ok === true ? JSON.stringify(result.record) : 'failed'}`);
      return out;
    };
    const threaded = await collect(2);
    expect(threaded.map((l) => l.split(' ')[0])).toEqual(files);
    expect(threaded).toEqual(await collect(1));
  });

  test('it never reads more than two files per worker ahead of what it has handed back', async () => {
    let pulled = 0;
    let handed = 0;
    let maxAhead = 0;
    function* source() {
      for (const f of files) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - handed);
        yield f;
      }
    }
    for await (const _ of extractAll(source(), 2)) handed++;
    expect(handed).toBe(files.length);
    expect(maxAhead).toBeLessThanOrEqual(2 * 2 + 1);
    expect(maxAhead).toBeGreaterThan(1); // and it does work ahead
  });
});

describe('shards', () => {
  test('every id falls in exactly one shard, the same on every run', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `article-${i}`);
    const sizes = [0, 1, 2, 3].map((s) => ids.filter((id) => shardOf(id, 4) === s).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);
    for (const n of sizes) expect(n).toBeGreaterThan(200); // roughly even
    expect([shardOf('2026-02-06-muscat-talks', 4), shardOf('wikinews-flag', 4), shardOf('a', 7)]).toEqual([
      shardOf('2026-02-06-muscat-talks', 4), shardOf('wikinews-flag', 4), shardOf('a', 7),
    ]);
    expect(shardOf('a', 7)).toBe(0xe40c292c % 7); // FNV-1a of "a", pinned so shards agree across versions
  });
});

// Real processes against the real Neo4j: a killed ingest re-run ends as one clean run would; two ingests at once
// on overlapping articles leave no duplicates.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { counts, reset } from '../../src/graph/load.js';
import { instanceHome, start, stop } from '../../src/graph/local.js';
import { type Connection, connect } from '../../src/graph/neo4j.js';
import { ROOT } from '../../src/paths.js';
import { CORPUS, freshGraph, testEnv } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const N = 150;
let conn: Connection;
let dir: string;
let clean: Record<string, number>;

/** N articles from the corpus texts, each with its own id (so each is a separate article). */
async function corpus(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'newsgraph-resilience-'));
  const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  for (const sub of ['all', 'first', 'second']) mkdirSync(join(root, sub));
  for (let i = 0; i < N; i++) {
    const text = texts[i % texts.length]!.replace(/^id: .*$/m, `id: resilience-${i}`);
    writeFileSync(join(root, 'all', `a${i}.md`), text);
    if (i < N * 0.6) writeFileSync(join(root, 'first', `a${i}.md`), text);
    if (i >= N * 0.4) writeFileSync(join(root, 'second', `a${i}.md`), text);
  }
  return root;
}

function run(args: string[]): { done: Promise<number>; kill: () => void; stderr: () => string } {
  const child = spawn('node', [CLI, ...args], { env: testEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : (code ?? -1))));
  void done.then((code) => code > 0 && console.error(stderr));
  return { done, kill: () => child.kill('SIGKILL'), stderr: () => stderr };
}

const completed = async () => Number((await conn.driver.executeQuery('MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n')).records[0]!.get('n'));

beforeAll(async () => {
  conn = await freshGraph();
  dir = await corpus();
  expect(await run(['ingest', join(dir, 'all'), '--batch-size', '50']).done).toBe(0);
  clean = await counts(conn);
  expect(clean['node:Article']).toBe(N);
}, 300_000);
afterAll(async () => conn?.close());

describe('resilience', () => {
  test('SIGKILL in the middle of an ingest, then a re-run: the graph is exactly as after one clean run', async () => {
    await reset(conn);
    const ingest = run(['ingest', join(dir, 'all'), '--batch-size', '50', '--chunk', '10']);
    // Kill it once part of the corpus is in, while the rest is still being extracted and loaded.
    while ((await completed()) < 20) await new Promise((r) => setTimeout(r, 100));
    ingest.kill();
    expect(await ingest.done).toBe(-1);
    const partial = await completed();
    expect(partial).toBeLessThan(N);
    expect(await run(['ingest', join(dir, 'all'), '--batch-size', '50']).done).toBe(0);
    expect(await counts(conn)).toEqual(clean);
  }, 300_000);

  test('two ingests at once on overlapping articles: no duplicate articles, entities or claims', async () => {
    await reset(conn);
    const a = run(['ingest', join(dir, 'first'), '--batch-size', '20', '--workers', '1']);
    const b = run(['ingest', join(dir, 'second'), '--batch-size', '20', '--workers', '1']);
    expect(await Promise.all([a.done, b.done])).toEqual([0, 0]);
    expect(await counts(conn)).toEqual(clean);
  }, 300_000);
});

describe('a database restart in the middle of an ingest', () => {
  test('the ingest rides it out on retries, or stops with one clear line; a re-run completes the graph', async () => {
    await reset(conn);
    const home = instanceHome('test');
    const ingest = run(['ingest', join(dir, 'all'), '--batch-size', '50', '--chunk', '10', '--workers', '1']);
    while ((await completed()) < 10) await new Promise((r) => setTimeout(r, 100));
    await conn.close();
    expect(await stop(home)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    await start(home); // the same port again, so the running ingest's driver finds it
    const code = await ingest.done;
    conn = await connect(testEnv());
    console.log(`exit code of the ingest across the restart: ${code} ${ingest.stderr().trim()}`);
    if (code !== 0) expect(ingest.stderr()).toMatch(/^newsgraph: .+\n$/); // one clear line, no stack trace
    expect(await run(['ingest', join(dir, 'all'), '--batch-size', '50']).done).toBe(0);
    expect(await counts(conn)).toEqual(clean);
  }, 300_000);
});

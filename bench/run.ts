// npm run bench: speed and memory, measured in one run on this machine, written to bench/results.json.
// The large corpus is built deterministically from the real articles in corpus/ and eval/gold/gum-dev.jsonl:
// article i takes source text i mod n with its paragraphs rotated by floor(i / n), id bench-i and date 2020-01-01 + i days.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { applySchema, counts, DEFAULT_LOAD, loadRecords, loadSteps, reset } from '../src/graph/load.js';
import { connect, type Connection } from '../src/graph/neo4j.js';
import { loadQueries, runQuery } from '../src/graph/queries.js';
import { ROOT } from '../src/paths.js';
import type { ExtractionRecord } from '../src/schema.js';
import { ExtractPool, extractAll } from '../src/pool.js';
import { readArticleFile } from '../src/read.js';

const OUT = join(ROOT, 'bench', 'corpus');
const RESULTS = join(ROOT, 'bench', 'results.json');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const ONE = join(ROOT, 'dist', 'bench', 'one-article.js');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const EXTRACT_SAMPLE = Number(process.env.BENCH_EXTRACT ?? 600);
const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_INSTANCE: 'bench' };
delete env.NEO4J_URI; // the benchmark empties its graph: it only ever uses its own local instance

function sources(): string[] {
  const bodies = readdirSync(join(ROOT, 'corpus'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  const gum = readFileSync(join(ROOT, 'eval', 'gold', 'gum-dev.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { body: string }).body);
  return [...bodies, ...gum];
}

function buildCorpus(n: number): { files: string[]; words: number } {
  const texts = sources();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const paras = texts[i % texts.length]!.split(/\n+/).filter((p) => p.trim());
    const r = Math.floor(i / texts.length) % paras.length;
    const body = [...paras.slice(r), ...paras.slice(0, r)].join('\n\n');
    words += body.split(/\s+/).filter(Boolean).length;
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const file = join(OUT, `bench-${String(i).padStart(6, '0')}.md`);
    writeFileSync(file, `---\nid: bench-${i}\ntitle: "Benchmark article ${i}"\nsource: benchmark\npublished: ${date}\n---\n${body}\n`);
    files.push(file);
  }
  return { files, words };
}

/** Extraction in this thread, or on the pool's warm workers. */
async function extractRate(files: string[], pool?: ExtractPool): Promise<{ seconds: number; records: ExtractionRecord[] }> {
  const t0 = performance.now();
  const records: ExtractionRecord[] = [];
  for await (const { result } of pool ? pool.extract(files) : extractAll(files, 1)) if (result.ok === true) records.push(result.record);
  return { seconds: (performance.now() - t0) / 1000, records };
}

async function compromiseRate(files: string[]): Promise<number> {
  const bodies = await Promise.all(files.map(async (f) => ((await readArticleFile(f)) as { ok: true; article: { body: string } }).article.body));
  const t0 = performance.now();
  for (const body of bodies) {
    const doc = nlp(body);
    for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) view.json({ offset: true });
  }
  return (performance.now() - t0) / 1000;
}

/** Rows the loader writes for these records: one per article, entity, mention link, claim, relation and completion. */
function rowCount(records: ExtractionRecord[]): number {
  return loadSteps(records).reduce((n, step) => n + step.rows.length, 0);
}

/**
 * The same rows through the same load queries, one statement (and transaction) per row, one at a time: what a
 * first loader usually looks like. Only the batching differs from loadRecords.
 */
async function naiveLoad(conn: Connection, records: ExtractionRecord[]): Promise<{ rows: number; seconds: number }> {
  const queries = loadQueries();
  const t0 = performance.now();
  let rows = 0;
  for (const step of loadSteps(records)) {
    for (const row of step.rows) {
      await runQuery(conn.driver, conn.database, queries.get(step.query)!, { rows: [row] }, 'write');
      rows++;
    }
  }
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

function cliIngest(files: string): { seconds: number; peakRssMiB: number; loaded: number } {
  const r = spawnSync('node', [CLI, 'ingest', files, '--json'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  return JSON.parse(r.stdout) as { seconds: number; peakRssMiB: number; loaded: number };
}

const SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'top-entities': { type: 'person' }, entity: { name: 'Trump' }, 'who-said': { name: 'Trump' }, 'claims-about': { name: 'United States' }, events: { place: 'Muscat' }, sources: { country: 'Iran' }, 'speakers-about-both': { a: 'Scientology', b: 'Los Angeles' },
  'co-mentions': { name: 'Iran' }, claims: { article: 'bench-22' }, relations: { name: 'Brad Cooper' }, article: { id: 'bench-22' }, entities: { type: 'force' },
  'claims-via': { name: 'Reuters' }, 'claims-by-cue': { cue: 'warn' }, timeline: { name: 'Iran' }, 'forces-near': { name: 'Arabian Sea' },
  roles: {}, path: { from: 'Brad Cooper', to: 'Arabian Sea' }, network: { name: 'Trump', depth: 2 },
  conflicts: {}, alliances: { name: 'Israel', depth: 2 }, 'command-chain': { name: 'US Central Command' }, meetings: { name: 'Iran' }, 'actor-timeline': { name: 'Iran' },
};

async function queryLatency(conn: Connection): Promise<Record<string, { medianMs: number; p95Ms: number; rows: number }>> {
  const out: Record<string, { medianMs: number; p95Ms: number; rows: number }> = {};
  for (const q of [...loadQueries().values()].filter((x) => !x.internal)) {
    const params = SAMPLE_PARAMS[q.name] ?? {};
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 23; i++) {
      const t0 = performance.now();
      rows = (await runQuery(conn.driver, conn.database, q, params)).length;
      if (i >= 3) times.push(performance.now() - t0); // the first runs plan and warm the caches
    }
    times.sort((a, b) => a - b);
    out[q.name] = { medianMs: round(times[Math.floor(times.length / 2)]!), p95Ms: round(times[Math.ceil(times.length * 0.95) - 1]!), rows };
  }
  return out;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Extraction time against the length of one paragraph: the corpus texts joined into one line with no breaks, as text
 * taken from JSON or scraped pages often is, at 50 KB, 500 KB and 5 MB, each in a fresh process (one thread).
 */
function scaling(): Record<string, { seconds: number; peakRssMiB: number; timePerTenfold?: number }> {
  const paragraph = sources().join(' ').replace(/\s+/g, ' ');
  const dir = join(OUT, '..', 'scaling');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out: Record<string, { seconds: number; peakRssMiB: number; timePerTenfold?: number }> = {};
  let previous: number | undefined;
  for (const [label, size] of [['50 KB', 50_000], ['500 KB', 500_000], ['5 MB', 5_000_000]] as const) {
    const file = join(dir, `paragraph-${size}.txt`);
    writeFileSync(file, paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size));
    const r = spawnSync('node', [ONE, file], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
    if (r.status !== 0) throw new Error(`scaling ${label} failed: ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    const { seconds, peakRssMiB } = JSON.parse(r.stdout) as { seconds: number; peakRssMiB: number };
    out[label] = { seconds: round(seconds, 2), peakRssMiB, ...(previous ? { timePerTenfold: round(seconds / previous, 1) } : {}) };
    previous = seconds;
    console.log(`scaling ${label}`, JSON.stringify(out[label]));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

async function main(): Promise<void> {
  if (process.argv.includes('--scaling')) {
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, scaling: { measuredAt: new Date().toISOString(), paragraph: scaling() } }, null, 2)}\n`);
    console.log(`written to ${RESULTS}`);
    return;
  }
  const machine = `${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`newsgraph bench on ${machine}`);
  const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), machine };

  // 1. Extraction alone.
  const sample = buildCorpus(EXTRACT_SAMPLE);
  // Every side runs the whole sample once before it is timed (module loading, lexicons, JIT), so the figures are
  // steady rates; the whole-ingest figures below include a cold start. (A worker runs about 150 articles before its
  // rate settles: warmed on 100 each, two workers measured 78 articles/s, then 113 on the next pass.)
  await extractRate(sample.files);
  const one = await extractRate(sample.files);
  const pool = new ExtractPool(availableParallelism());
  await extractRate(sample.files, pool);
  const all = await extractRate(sample.files, pool);
  await pool.close();
  await compromiseRate(sample.files);
  const plain = await compromiseRate(sample.files);
  const wps = (s: number) => Math.round(sample.words / s);
  results.extraction = {
    articles: sample.files.length, words: sample.words,
    oneWorker: { articlesPerSecond: round(sample.files.length / one.seconds), wordsPerSecond: wps(one.seconds) },
    allCores: { workers: availableParallelism(), articlesPerSecond: round(sample.files.length / all.seconds), wordsPerSecond: wps(all.seconds) },
    plainCompromise: { articlesPerSecond: round(sample.files.length / plain), wordsPerSecond: wps(plain) },
    ratioAllCoresToCompromise: round(wps(all.seconds) / wps(plain), 2),
  };
  console.log('extraction', JSON.stringify(results.extraction));

  results.scaling = { measuredAt: new Date().toISOString(), paragraph: scaling() };

  // 2. Load alone: batched UNWIND ... MERGE against one statement per row, on the same records.
  const conn = await connect(env, (l) => console.log(l));
  try {
    await reset(conn);
    await applySchema(conn);
    // Warm the database's planner and JIT on both paths first, so that neither figure is a cold start's.
    await naiveLoad(conn, one.records.slice(0, 5));
    await reset(conn);
    await loadRecords(conn, one.records.slice(0, 100));
    await reset(conn);
    const naiveRecords = one.records.slice(0, 40);
    const naive = await naiveLoad(conn, naiveRecords);
    const batched: Record<string, number> = {};
    for (const batchSize of [100, 1000, 10000]) {
      await reset(conn);
      const t0 = performance.now();
      await loadRecords(conn, one.records, { ...DEFAULT_LOAD, batchSize });
      batched[batchSize] = Math.round(rowCount(one.records) / ((performance.now() - t0) / 1000));
    }
    const naiveRate = Math.round(naive.rows / naive.seconds);
    results.load = { naiveRowsPerSecond: naiveRate, naiveRows: naive.rows, batchedRowsPerSecond: batched, rows: rowCount(one.records), ratioBatched1000ToNaive: round(batched[1000]! / naiveRate, 1) };
    console.log('load', JSON.stringify(results.load));

    // 3. Whole ingest through the CLI, on a fresh graph, at each size; 4. query latency on the largest.
    const ingestRuns: Record<string, unknown> = {};
    for (const n of SIZES) {
      await reset(conn);
      const corpus = buildCorpus(n);
      const r = cliIngest(OUT);
      ingestRuns[n] = { articles: r.loaded, words: corpus.words, seconds: round(r.seconds), articlesPerSecond: round(r.loaded / r.seconds), peakRssMiB: r.peakRssMiB };
      console.log(`ingest ${n}`, JSON.stringify(ingestRuns[n]));
    }
    results.ingest = ingestRuns;
    results.graph = await counts(conn);
    results.queries = { articles: SIZES[SIZES.length - 1], latency: await queryLatency(conn) };
    console.log('queries', JSON.stringify(results.queries));
  } finally {
    await conn.close();
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${RESULTS}`);
}

await main();

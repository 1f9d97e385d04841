// ingest: files → extraction → Neo4j, in chunks, collecting diagnostics; one bad article never stops the batch.
import { applySchema, DEFAULT_LOAD, emptyStats, type LoadOptions, type LoadStats, loadRecords, type Merges, mergePeople, prune, type Totals, totals } from './graph/load.js';
import type { Connection } from './graph/neo4j.js';
import type { Shard } from './pipeline.js';
import { defaultWorkers, extractAll } from './pool.js';
import { ArticleIds } from './ids.js';
import { expandInputs } from './read.js';
import { mergeKey } from './merge.js';
import type { Diagnostic, ExtractionRecord } from './schema.js';

export interface IngestOptions extends LoadOptions {
  /** Articles extracted before each load (bounds memory: at most two chunks are held). */
  chunk: number;
  /** Extraction threads. */
  workers: number;
  /** Only the articles whose id falls in shard `index` of `count` (a stable hash of the id). */
  shard?: Shard;
  onDiagnostic?: (d: Diagnostic) => void;
  onProgress?: (p: Progress) => void;
  /** The field of a dump's records that holds the text (default: body, text or content). */
  field?: string;
  /** Standard input, for the path "-". */
  stdin?: () => Promise<Uint8Array>;
}

export interface Progress {
  done: number;
  total: number;
  /** Distinct entities in the articles read so far. */
  entities: number;
  claims: number;
  failed: number;
  seconds: number;
}

export interface IngestSummary extends LoadStats, Merges {
  /** Distinct entities in the articles read (LoadStats' `entities` counts entity rows written, chunk by chunk). */
  distinctEntities: number;
  /** The graph's entity total after the run less before it: entities new to the graph, less any pruned with replaced articles. */
  newEntities: number;
  /** What the graph holds after the run. */
  graph: Totals;
  inputs: number;
  /** Inputs that repeat an article read earlier in the run (same id, same text): loaded once. */
  repeats: number;
  failed: number;
  pruned: number;
  diagnostics: number;
  outOfShard: number;
  seconds: number;
  /** Peak resident memory of this process (all worker threads included), in MiB. */
  peakRssMiB: number;
}

export async function ingest(conn: Connection, paths: string[], opts: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  const options: IngestOptions = { ...DEFAULT_LOAD, chunk: 200, workers: defaultWorkers(), ...opts };
  const t0 = performance.now();
  const { files, diagnostics: inputProblems } = await expandInputs(paths, { field: options.field, stdin: options.stdin });
  let diagnostics = 0;
  let failed = inputProblems.length;
  let outOfShard = 0;
  let skippedRepeats = 0;
  const report = (d: Diagnostic) => {
    diagnostics++;
    options.onDiagnostic?.(d);
  };
  inputProblems.forEach(report);
  const total = emptyStats();
  await applySchema(conn);
  const before = await totals(conn);
  const seen = new Set<string>(); // entity ids of the articles read, for an honest distinct count
  const surnames = new Set<string>(); // of the persons read: where people may merge across articles
  const progress: Progress = { done: 0, total: files.length, entities: 0, claims: 0, failed, seconds: 0 };
  // Extraction and loading overlap: one chunk loads while the next is extracted.
  let loading: Promise<void> = Promise.resolve();
  const load = async (records: ExtractionRecord[]) => {
    if (!records.length) return;
    const stats = await loadRecords(conn, records, options);
    for (const key of Object.keys(total) as (keyof LoadStats)[]) total[key] += stats[key];
  };
  let pending: ExtractionRecord[] = [];
  const ids = new ArticleIds();
  for await (const { path, result } of extractAll(files, options.workers, options.shard)) {
    progress.done++;
    const admitted = result.ok === true ? ids.admit(result.record, path) : null;
    if (admitted?.diagnostic) report(admitted.diagnostic);
    if (admitted && !admitted.record) {
      skippedRepeats++;
    } else if (result.ok === 'out-of-shard') {
      outOfShard++;
    } else if (!result.ok) {
      failed++;
      progress.failed++;
      report(result.diagnostic);
    } else {
      result.diagnostics.forEach(report);
      const record = admitted!.record!;
      pending.push(record);
      for (const e of record.entities) {
        seen.add(e.id);
        if (e.type === 'person') surnames.add(mergeKey(e.name));
      }
      progress.entities = seen.size;
      progress.claims += record.claims.length;
    }
    if (pending.length >= options.chunk) {
      await loading;
      loading = load(pending);
      pending = [];
    }
    progress.seconds = (performance.now() - t0) / 1000;
    options.onProgress?.(progress);
  }
  await loading;
  await load(pending);
  const pruned = total.replaced ? await prune(conn) : 0;
  const merges = await mergePeople(conn, [...surnames]);
  const graph = await totals(conn);
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  return { ...total, ...merges, repeats: skippedRepeats, distinctEntities: seen.size, newEntities: graph.entities - before.entities, graph, inputs: files.length + inputProblems.length, failed, pruned, diagnostics, outOfShard, seconds: (performance.now() - t0) / 1000, peakRssMiB };
}

// ingest: files → extraction → Neo4j, in chunks, collecting diagnostics; one bad article never stops the batch.
import { applySchema, DEFAULT_LOAD, emptyStats, type LoadOptions, type LoadStats, loadRecords, prune } from './graph/load.js';
import type { Connection } from './graph/neo4j.js';
import { processArticle } from './pipeline.js';
import { expandInputs, readArticleFile } from './read.js';
import type { Diagnostic, ExtractionRecord } from './schema.js';

export interface IngestOptions extends LoadOptions {
  /** Articles extracted before each load (bounds memory). */
  chunk: number;
  onDiagnostic?: (d: Diagnostic) => void;
}

export interface IngestSummary extends LoadStats {
  inputs: number;
  failed: number;
  pruned: number;
  diagnostics: number;
  seconds: number;
}

export async function ingest(conn: Connection, paths: string[], opts: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  const options: IngestOptions = { ...DEFAULT_LOAD, chunk: 200, ...opts };
  const t0 = performance.now();
  const { files, diagnostics: inputProblems } = await expandInputs(paths);
  let diagnostics = 0;
  let failed = inputProblems.length;
  const report = (d: Diagnostic) => {
    diagnostics++;
    options.onDiagnostic?.(d);
  };
  inputProblems.forEach(report);
  const total = emptyStats();
  await applySchema(conn);
  let pending: ExtractionRecord[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const stats = await loadRecords(conn, pending, options);
    for (const key of Object.keys(total) as (keyof LoadStats)[]) total[key] += stats[key];
    pending = [];
  };
  for (const file of files) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      failed++;
      report(read.diagnostic);
      continue;
    }
    const { record, diagnostics: ds } = processArticle(read.article);
    ds.forEach(report);
    pending.push(record);
    if (pending.length >= options.chunk) await flush();
  }
  await flush();
  const pruned = total.replaced ? await prune(conn) : 0;
  return { ...total, inputs: files.length + inputProblems.length, failed, pruned, diagnostics, seconds: (performance.now() - t0) / 1000 };
}

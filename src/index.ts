// The library: what the command line does, as typed functions. `extract` needs no database; `ingest`, `query` and
// `search` open the project's local Neo4j (or NEO4J_URI's) and close it again, or run on a Graph opened once.
//
//   import { extract, ingest, query } from 'newsgraph';
//   const record = extract('Steve Witkoff met Abbas Araghchi in Muscat.');
//   await ingest(['articles/', 'https://example.com/feed.xml']);
//   const rows = await query('entity', { name: 'witkof' });
import { type Connection, connect } from './graph/neo4j.js';
import { type Candidate, runWithLookup, search as searchNames } from './graph/lookup.js';
import { getQuery, type Row } from './graph/queries.js';
import { ingest as ingestInto, type IngestOptions, type IngestSummary } from './ingest.js';
import { processArticle } from './pipeline.js';
import { extractAll } from './pool.js';
import { articleFromBody, expandInputs, type InputOptions } from './read.js';
import type { Article, Diagnostic, ExtractionRecord } from './schema.js';

export { Article, Claim, Diagnostic, Entity, ENTITY_TYPES, EntityType, ExtractionRecord, Mention, Relation, RelationType } from './schema.js';
export type { Candidate } from './graph/lookup.js';
export { NoSuchEntity } from './graph/lookup.js';
export type { Row } from './graph/queries.js';
export type { IngestOptions, IngestSummary, Progress } from './ingest.js';
export type { InputOptions } from './read.js';
export type { FetchOptions } from './fetch.js';

/** What an article's text may come with. */
export type ArticleMeta = Partial<Pick<Article, 'title' | 'source' | 'url' | 'published'>>;

/** Entities, claims and relations of one article's text (no database). `id` names the article in the record. */
export function extract(text: string, meta: ArticleMeta & { id?: string } = {}): ExtractionRecord {
  const { id = 'article', ...rest } = meta;
  return processArticle(articleFromBody(id, text, rest)).record;
}

/** One result per input article: its record, or why it could not be read or extracted. */
export type InputResult = { input: string; record: ExtractionRecord; diagnostics: Diagnostic[] } | { input: string; error: Diagnostic };

/**
 * Files, folders, URLs, dumps and feeds (as the command line takes them) → one result per article, in input order,
 * extracted on `workers` threads (default: one per core). Inputs that cannot be read at all come first, as errors.
 */
export async function* extractInputs(inputs: string[], options: InputOptions & { workers?: number } = {}): AsyncGenerator<InputResult> {
  const { files, diagnostics } = await expandInputs(inputs, options);
  for (const d of diagnostics) yield { input: d.file, error: d };
  if (!files.length) return;
  for await (const { path, result } of extractAll(files, Math.max(1, Math.min(options.workers ?? 1, files.length)))) {
    if (result.ok === true) yield { input: path, record: result.record, diagnostics: result.diagnostics };
    else if (result.ok === false) yield { input: path, error: result.diagnostic };
  }
}

export interface GraphOptions {
  /** Where NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and NEWSGRAPH_INSTANCE are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Lines about starting the local Neo4j. */
  onLog?: (line: string) => void;
}

/** A graph opened once for several calls; close it when done. */
export class Graph {
  /** On a connection made already (graph/neo4j.ts connect). */
  constructor(readonly connection: Connection) {}

  static async open(options: GraphOptions = {}): Promise<Graph> {
    return new Graph(await connect(options.env ?? process.env, options.onLog ?? (() => {})));
  }

  /** Extract and load articles (idempotent: unchanged articles are skipped, changed ones replaced). */
  ingest(inputs: string[], options: Partial<IngestOptions> = {}): Promise<IngestSummary> {
    return ingestInto(this.connection, inputs, options);
  }

  /**
   * Run a prepared query (queries/NAME.cypher) with its parameters; entity names are looked up forgivingly first
   * (`onNote` hears "witkof" taken as Steve Witkoff) and NoSuchEntity, with the closest names, is thrown when none fits.
   */
  query(name: string, params: Record<string, unknown> = {}, options: { onNote?: (note: string) => void } = {}): Promise<Row[]> {
    return runWithLookup(this.connection, getQuery(name), params, options.onNote);
  }

  /** Entities whose names, aliases or titled forms match the text, forgiving case, accents and typos. */
  search(text: string, limit = 10): Promise<Candidate[]> {
    return searchNames(this.connection, text, limit);
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

async function withGraph<T>(options: GraphOptions, fn: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await Graph.open(options);
  try {
    return await fn(graph);
  } finally {
    await graph.close();
  }
}

/** Extract and load articles into Neo4j; see Graph.ingest. */
export function ingest(inputs: string[], options: Partial<IngestOptions> & GraphOptions = {}): Promise<IngestSummary> {
  return withGraph(options, (g) => g.ingest(inputs, options));
}

/** Run a prepared query; see Graph.query. */
export function query(name: string, params: Record<string, unknown> = {}, options: GraphOptions & { onNote?: (note: string) => void } = {}): Promise<Row[]> {
  return withGraph(options, (g) => g.query(name, params, options));
}

/** Look entities up by name; see Graph.search. */
export function search(text: string, options: GraphOptions & { limit?: number } = {}): Promise<Candidate[]> {
  return withGraph(options, (g) => g.search(text, options.limit));
}

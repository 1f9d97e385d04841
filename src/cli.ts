#!/usr/bin/env node
// The command line: maps subcommands to library functions. main(argv, io) → exit code, testable without a process.
import { createWriteStream, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { entitiesFromJsonl, type GraphEdge, type GraphNode, toGraphML } from './export.js';
import { FORMATS, type Format, formatRows, printable } from './format.js';
import { counts, DEFAULT_LOAD, reset } from './graph/load.js';
import { credentials, credentialsFile, instanceHome, readState, start, status, stop } from './graph/local.js';
import { type Connection, connect, explain } from './graph/neo4j.js';
import { entityId, NoSuchEntity } from './graph/lookup.js';
import { checkParams, getQuery, loadQueries, QueryError, runQuery, signature } from './graph/queries.js';
import { NEWSGRAPH_VERSION } from './version.js';
import { buildView } from './view.js';
import { ArticleIds } from './ids.js';
import { type Progress } from './ingest.js';
import { Graph } from './index.js';
import { type FileResult, type Shard } from './pipeline.js';
import { defaultWorkers, extractAll } from './pool.js';
import { defaultCacheDir, FETCH_DEFAULTS } from './fetch.js';
import { expandInputs, type InputOptions } from './read.js';
import { ENTITY_TYPES, type EntityType, formatDiagnostic } from './schema.js';
import { dict } from './dict.js';

export interface IO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Promise<Uint8Array>;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: show live progress. */
  isTTY?: boolean;
}

/** Wrong arguments: exit 2. */
class UsageError extends Error {}

const HELP: Readonly<Record<string, string>> = dict({
  main: `newsgraph: people, places, organizations, military forces and claims from news articles, into Neo4j

Usage: newsgraph <command> [options]

Commands:
  extract <inputs>         extract entities, claims and relations; no database needed
  ingest <inputs>          extract and load into Neo4j (idempotent)
  query <name>             run a prepared query (newsgraph query --list)
  search <text>            entities whose names match, forgiving case, accents and typos
  export entities|graph    entity list (from Neo4j or extract output), or the entity graph
  view <entity>            an HTML page drawing the network around an entity, with its claims
  neo4j start|stop|status  the project's local Neo4j

Options:
  -h, --help     help for newsgraph or a command (newsgraph <command> --help)
  -v, --version  print the version
  --verbose      print stack traces with errors

Database: the project's own Neo4j 5.26 (installed and started on first use), or any Neo4j
named by NEO4J_URI with NEO4J_USER, NEO4J_PASSWORD and optional NEO4J_DATABASE.
Exit codes: 0 success, 1 runtime failure (or some inputs failed), 2 usage error.
`,
  extract: `Usage: newsgraph extract <files|dirs|urls|-> [--format jsonl|json] [--out FILE] [--workers N] [--field NAME]

Extract entities, claims and relations from articles and print one JSON record per article,
in input order. Inputs:
  articles   .md, .txt, .markdown: text, with optional YAML front matter (id, title, source, url, published)
  web pages  .html, .htm: the story's text without the page around it; title, byline, date, URL and
             site from the page's JSON-LD and meta tags
  feeds      .rss, .atom, .xml: RSS 2.0 or Atom, one article per item
  dumps      .jsonl, .ndjson, .json: one article per record (id, title, url, published, source, and the
             text under body, text or content); a bad record is reported by its line, the others are read
  URLs       http(s):// pages, feeds or dumps, fetched (4 at a time, 20 s and 10 MB at most each) and kept
             in a cache (NEWSGRAPH_CACHE, default ~/.cache/newsgraph/fetch), so a re-run fetches nothing
  folders    searched for all of the above (.json files only when named)
  -          standard input: an article, a page, a feed or a dump, by its content

Options:
  --field NAME         the field of a dump's records that holds the text
  --refresh            fetch URLs again even when the cache has them
  --timeout SECONDS    give up on a URL after this long (default 20)
  --format jsonl|json  one record per line (default) or one JSON array
  --out FILE           write to FILE instead of stdout
  --workers N          extraction threads (default: one per core)
`,
  ingest: `Usage: newsgraph ingest <files|dirs|urls|-> [--concurrency N] [--batch-size N] [--chunk N] [--workers N] [--shard I/N] [--field NAME] [--refresh] [--timeout SECONDS] [--json]

Extract articles and load them into Neo4j. Re-ingesting an unchanged article changes nothing;
a changed article replaces what it added before; an interrupted run is finished by the next one.
Bad inputs are reported and skipped. Progress is shown when stderr is a terminal. Inputs as for
extract: articles, web pages, RSS and Atom feeds, dumps, folders, URLs, and "-" for stdin.

Options:
  --field NAME      the field of a dump's records that holds the text (default: body, text or content)
  --refresh         fetch URLs again even when the cache has them
  --timeout SECONDS give up on a URL after this long (default 20)
  --concurrency N   write batches in flight at once (default 2)
  --batch-size N    rows per write transaction (default 1000)
  --chunk N         articles extracted per load; memory holds at most two chunks (default 200)
  --workers N       extraction threads (default: one per core)
  --shard I/N       only articles in shard I of N (0-based, by a hash of the article id), so N
                    processes, on any machines, can share one corpus against one database
  --json            print the summary as JSON
`,
  query: `Usage: newsgraph query --list
       newsgraph query <name> [--param key=value ...] [--format table|json|jsonl|csv]

Run a prepared query from queries/*.cypher. Values are passed as parameters, never spliced into Cypher.
An entity parameter (name, a, b, from, to, place, country) may be a surname, lower case or misspelt:
it is looked up as newsgraph search does, the name used is said on stderr, and when no name fits
clearly the closest names are listed and the exit code is 1.

Options:
  --list               list the queries with their parameters
  --param key=value    a parameter (repeatable)
  --format FORMAT      table (default), json, jsonl or csv
`,
  search: `Usage: newsgraph search <text> [--limit N] [--format table|json|jsonl|csv]

List the entities whose names, aliases or titled forms match the text, best first, with type and
counts. Case and accents do not matter, and a word may be off by a letter or two ("witkof").
Exits 1 when nothing matches.

Options:
  --limit N            at most N entities (default 10)
  --format FORMAT      table (default), json, jsonl or csv
`,
  export: `Usage: newsgraph export entities [--type TYPE] [--format csv|json|jsonl] [--out FILE] [--from FILE.jsonl]
       newsgraph export graph [--format graphml|json] [--out FILE]

Export the entity list, from Neo4j or (with --from) from "newsgraph extract" output without a database;
or the entity graph (entities, typed relations, sentence co-mentions with weights) for Gephi, Cytoscape or yEd.

Options:
  --type TYPE        person, place, organization, force or event (entities)
  --format FORMAT    entities: csv (default), json or jsonl; graph: graphml (default) or json
  --out FILE         write to FILE instead of stdout
  --from FILE.jsonl  read extract output instead of Neo4j (entities)
`,
  view: `Usage: newsgraph view <entity> --out FILE.html [--depth 1|2]

Write a self-contained HTML page (no network needed to open it) drawing the network around an entity:
entities named in the same sentences (to --depth), typed relations, nodes coloured by type, claims by and about it.
`,
  neo4j: `Usage: newsgraph neo4j start|stop|status [--show-password]|reset --yes

Manage the project's local Neo4j 5.26 Community (embedded, Bolt on 127.0.0.1, data in .neo4j/).
It asks for a password, made at first start and kept in .neo4j/<instance>/credentials.json (readable by
you alone); newsgraph uses it by itself. File access from Cypher (LOAD CSV FROM 'file:...') is off.
  start    install on first use (Maven fetches the jars; needs java and mvn), or reuse a running one
  stop     shut it down cleanly
  status   whether it runs, where, and what the graph holds; --show-password prints the login
           for Neo4j Browser, cypher-shell or another driver (user neo4j)
  reset    delete every node and relationship (needs --yes); works on NEO4J_URI's server too
start and stop do nothing when NEO4J_URI is set.
`,
});

/** A query used by a command itself (not offered to users by name). */
const internalQuery = (name: string) => loadQueries().get(name)!;

const COMMON = { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } } as const;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args: negativeValues(args, options), options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
}

/** "--concurrency -1" → "--concurrency=-1": a number after an option that takes a value is that value (checked later), not an option. */
function negativeValues(args: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.startsWith('--') ? args[i]!.slice(2) : '';
    if (options[name]?.type === 'string' && /^-\d/.test(args[i + 1] ?? '')) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]!);
  }
  return out;
}

/** Options extract and ingest share: how inputs are read and URLs fetched. */
const INPUT_OPTIONS = { field: { type: 'string' }, refresh: { type: 'boolean' }, timeout: { type: 'string' } } as const;

/** How extract and ingest read their inputs: the dump field, standard input for "-" (a usage error when none), and how URLs are fetched. */
function inputOptions(positionals: string[], values: { field?: string; refresh?: boolean; timeout?: string }, io: IO): InputOptions {
  if (positionals.includes('-') && !io.stdin) throw new UsageError('no standard input to read');
  const timeoutMs = positiveInt(values.timeout, 'timeout', FETCH_DEFAULTS.timeoutMs / 1000) * 1000;
  return { field: values.field, stdin: io.stdin, fetch: { cacheDir: defaultCacheDir(io.env), refresh: values.refresh, timeoutMs } };
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

export async function main(argv: string[], io: IO): Promise<number> {
  const verbose = argv.includes('--verbose');
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP[rest[0] ?? 'main'] ?? HELP.main!);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`newsgraph ${NEWSGRAPH_VERSION}\n`);
      return 0;
    }
    if (!HELP[command] || command === 'main') throw new UsageError(`unknown command "${command}"; commands: extract, ingest, query, search, export, view, neo4j (see newsgraph --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP[command]!);
      return 0;
    }
    switch (command) {
      case 'extract':
        return await extractCommand(rest, io);
      case 'ingest':
        return await ingestCommand(rest, io);
      case 'query':
        return await queryCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'view':
        return await viewCommand(rest, io);
      case 'search':
        return await searchCommand(rest, io);
      default:
        return await neo4jCommand(rest, io);
    }
  } catch (err) {
    // Messages name files and values as given: printed escaped, so a name cannot colour the terminal or forge a line.
    if (err instanceof NoSuchEntity) {
      io.stderr(`newsgraph: ${printable(err.message)}\n`);
      return 1;
    }
    if (err instanceof UsageError || err instanceof QueryError) {
      io.stderr(`newsgraph: ${printable(err.message)}\n`);
      return 2;
    }
    io.stderr(`newsgraph: ${printable((err as Error).message.split('\n')[0]!)}\n`);
    if (verbose) io.stderr(`${(err as Error).stack}\n`);
    return 1;
  }
}

async function extractCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' }, ...INPUT_OPTIONS });
  const format = oneOf(values.format, ['jsonl', 'json'] as const, 'format', 'jsonl');
  const workers = positiveInt(values.workers, 'workers', defaultWorkers());
  if (!positionals.length) throw new UsageError('extract needs files, folders or - (stdin); see newsgraph extract --help');
  const { files, diagnostics } = await expandInputs(positionals, inputOptions(positionals, values, io));
  let failed = diagnostics.length;
  diagnostics.forEach((d) => io.stderr(`${formatDiagnostic(d)}\n`));
  const out = values.out ? createWriteStream(values.out) : null;
  const emit = (text: string) => (out ? out.write(text) : io.stdout(text));
  const records: unknown[] = [];
  const ids = new ArticleIds();
  const take = (result: FileResult, input: string) => {
    if (result.ok === 'out-of-shard') return;
    if (!result.ok) {
      failed++;
      io.stderr(`${formatDiagnostic(result.diagnostic)}\n`);
      return;
    }
    const { record, diagnostic } = ids.admit(result.record, input);
    [...result.diagnostics, ...(diagnostic ? [diagnostic] : [])].forEach((d) => io.stderr(`${formatDiagnostic(d)}\n`));
    if (!record) return;
    if (format === 'jsonl') emit(`${JSON.stringify(record)}\n`);
    else records.push(record);
  };
  for await (const { path, result } of extractAll(files, Math.min(workers, files.length))) take(result, path);
  if (format === 'json') emit(`${JSON.stringify(records, null, 2)}\n`);
  if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (failed) io.stderr(`newsgraph: ${failed} input${failed === 1 ? '' : 's'} failed\n`);
  return failed ? 1 : 0;
}

async function withConnection<T>(io: IO, fn: (conn: Connection) => Promise<T>): Promise<T> {
  const conn = await connect(io.env, (line) => io.stderr(`${line}\n`));
  try {
    return await fn(conn);
  } catch (err) {
    // A database lost mid-run: say where and what to run, not the driver's text.
    throw err instanceof QueryError || err instanceof UsageError ? err : new Error(explain(err, conn.uri, conn.hint, !io.env.NEO4J_URI));
  } finally {
    await conn.close();
  }
}

async function ingestCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, {
    concurrency: { type: 'string' }, 'batch-size': { type: 'string' }, chunk: { type: 'string' }, workers: { type: 'string' }, shard: { type: 'string' }, json: { type: 'boolean' }, ...INPUT_OPTIONS,
  });
  if (!positionals.length) throw new UsageError('ingest needs files, folders or - (stdin); see newsgraph ingest --help');
  const concurrency = positiveInt(values.concurrency, 'concurrency', DEFAULT_LOAD.concurrency);
  const batchSize = positiveInt(values['batch-size'], 'batch-size', DEFAULT_LOAD.batchSize);
  const workers = positiveInt(values.workers, 'workers', defaultWorkers());
  const chunk = positiveInt(values.chunk, 'chunk', 200);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be I/N with 0 <= I < N, got "${values.shard}"`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const progress = io.isTTY ? progressLine(io) : undefined;
  const summary = await withConnection(io, (conn) =>
    new Graph(conn).ingest(positionals, { concurrency, batchSize, chunk, workers, shard, ...inputOptions(positionals, values, io), onDiagnostic: (d) => io.stderr(`${progress ? '\r\x1b[K' : ''}${formatDiagnostic(d)}\n`), onProgress: progress }),
  );
  if (progress) io.stderr('\r\x1b[K');
  if (values.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else {
    io.stdout(
      `ingested ${summary.loaded} article${summary.loaded === 1 ? '' : 's'} (${summary.skipped} unchanged, ${summary.replaced} replaced, ${summary.failed} failed${summary.repeats ? `, ${summary.repeats} repeated` : ''}${shard ? `, ${summary.outOfShard} in other shards` : ''}) ` +
        `in ${summary.seconds.toFixed(1)}s: ${summary.distinctEntities} distinct entities (${summary.newEntities >= 0 ? '+' : ''}${summary.newEntities} in the graph), ${summary.mentions} mention links, ${summary.claims} claims, ${summary.relations} relations written; ` +
        `the graph holds ${summary.graph.articles} articles, ${summary.graph.entities} entities, ${summary.graph.claims} claims\n`,
    );
    const list = (items: string[]) => `${items.slice(0, 10).join('; ')}${items.length > 10 ? `; and ${items.length - 10} more` : ''}`;
    if (summary.merged.length) io.stdout(`one person across articles: ${list(summary.merged)}\n`);
    if (summary.ambiguous.length) io.stdout(`kept apart, several full names fit: ${list(summary.ambiguous)}\n`);
  }
  return summary.failed ? 1 : 0;
}

/** A one-line progress display on a terminal, redrawn at most five times a second. */
function progressLine(io: IO): (p: Progress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < 200 && p.done < p.total) return;
    last = now;
    const rate = p.done / Math.max(p.seconds, 0.001);
    const eta = rate > 0 ? Math.round((p.total - p.done) / rate) : 0;
    io.stderr(`\r\x1b[Kingest: ${p.done}/${p.total} articles, ${rate.toFixed(1)}/s, ${p.entities} distinct entities, ${p.claims} claims, ${p.failed} errors, ETA ${Math.floor(eta / 60)}m${String(eta % 60).padStart(2, '0')}s`);
  };
}

async function queryCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { list: { type: 'boolean' }, param: { type: 'string', multiple: true }, format: { type: 'string' } });
  const format = oneOf<Format>(values.format, FORMATS, 'format', 'table');
  if (values.list) {
    const rows = [...loadQueries().values()].filter((q) => !q.internal).map((q) => ({ name: q.name, description: q.description, params: signature(q) }));
    io.stdout(format === 'table' ? rows.map((r) => `${r.name}\n  ${r.description}\n  params: ${r.params}\n`).join('') : formatRows(rows, format));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('query needs one query name, or --list; see newsgraph query --help');
  const query = getQuery(positionals[0]!);
  const params: Record<string, string> = {};
  for (const p of values.param ?? []) {
    const eq = p.indexOf('=');
    if (eq < 1) throw new UsageError(`--param must be key=value, got "${p}"`);
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  checkParams(query, params); // a wrong value is a usage error before any database is started or reached
  const rows = await withConnection(io, (conn) => new Graph(conn).query(query.name, params, { onNote: note(io) }));
  io.stdout(formatRows(rows, format));
  return 0;
}

/** A name taken for another ("witkof" as Steve Witkoff), said on stderr so that piped output stays clean. */
const note = (io: IO) => (text: string) => io.stderr(`newsgraph: ${printable(text)}\n`);

async function searchCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { limit: { type: 'string' }, format: { type: 'string' } });
  const format = oneOf<Format>(values.format, FORMATS, 'format', 'table');
  const limit = positiveInt(values.limit, 'limit', 10);
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError('search needs the text to look for; see newsgraph search --help');
  const found = await withConnection(io, (conn) => new Graph(conn).search(text, limit));
  io.stdout(formatRows(found.map((c) => ({ name: c.name, type: c.type, articles: c.articles, mentions: c.mentions, aliases: c.aliases, id: c.id })), format));
  return found.length ? 0 : 1;
}

async function exportCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { type: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } });
  const target = positionals[0];
  if (positionals.length !== 1 || (target !== 'entities' && target !== 'graph')) throw new UsageError('export takes one target: entities or graph; see newsgraph export --help');
  let text: string;
  if (target === 'graph') {
    const format = oneOf(values.format, ['graphml', 'json'] as const, 'format', 'graphml');
    if (values.from || values.type) throw new UsageError('export graph reads Neo4j and takes no --from or --type');
    const [nodes, edges] = await withConnection(io, (conn) =>
      Promise.all([runQuery(conn.driver, conn.database, internalQuery('admin-graph-nodes'), {}), runQuery(conn.driver, conn.database, internalQuery('admin-graph-edges'), {})]),
    );
    text = format === 'json' ? `${JSON.stringify({ nodes, edges }, null, 2)}\n` : toGraphML(nodes as unknown as GraphNode[], edges as unknown as GraphEdge[]);
  } else {
    const type = values.type === undefined ? null : oneOf<EntityType>(values.type, ENTITY_TYPES, 'type', 'person');
    const format = oneOf(values.format, ['csv', 'json', 'jsonl'] as const, 'format', 'csv');
    const rows = values.from
      ? await entitiesFromJsonl(values.from, type)
      : await withConnection(io, (conn) => runQuery(conn.driver, conn.database, getQuery('entities'), { type }));
    text = formatRows(rows, format);
  }
  if (values.out) await writeFile(values.out, text);
  else io.stdout(text);
  return 0;
}

async function viewCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, depth: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('view needs one entity name; see newsgraph view --help');
  if (!values.out) throw new UsageError('view needs --out FILE.html');
  const depth = positiveInt(values.depth, 'depth', 1);
  if (depth > 2) throw new UsageError(`--depth must be 1 or 2, got "${values.depth}"`);
  const page = await withConnection(io, async (conn) => {
    const name = await entityId(conn, positionals[0]!, note(io));
    const run = (q: string, params: Record<string, unknown>) => runQuery(conn.driver, conn.database, getQuery(q), params);
    const [entity] = await run('entity', { name });
    if (!entity) throw new Error(`no entity named "${name}" in the graph (try newsgraph query top-entities)`);
    const [network, relations, claimsBy, claimsAbout] = await Promise.all([
      run('network', { name, depth }), run('relations', { name, limit: 100 }), run('who-said', { name, limit: 100 }), run('claims-about', { name, limit: 100 }),
    ]);
    return buildView({ entity, network, relations, claimsBy, claimsAbout });
  });
  await writeFile(values.out, page);
  io.stdout(`wrote ${printable(values.out)}\n`);
  return 0;
}

async function neo4jCommand(args: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(args, { yes: { type: 'boolean' }, 'show-password': { type: 'boolean' } });
  const action = positionals[0];
  if (positionals.length !== 1 || !['start', 'stop', 'status', 'reset'].includes(action!)) throw new UsageError('neo4j takes one of: start, stop, status, reset');
  if (action === 'reset') {
    if (!values.yes) throw new UsageError('neo4j reset deletes the whole graph: add --yes to confirm');
    await withConnection(io, (conn) => reset(conn));
    io.stdout('graph emptied\n');
    return 0;
  }
  if (io.env.NEO4J_URI) {
    io.stdout(`NEO4J_URI is set (${io.env.NEO4J_URI}): newsgraph uses that server and manages no local one\n`);
    return 0;
  }
  const home = instanceHome(io.env.NEWSGRAPH_INSTANCE);
  if (action === 'start') {
    const s = await start(home, (line) => io.stderr(`${line}\n`));
    io.stdout(`Neo4j running at bolt://127.0.0.1:${s.port} (pid ${s.pid}, data in ${s.home})\n`);
    return 0;
  }
  if (action === 'stop') {
    io.stdout((await stop(home)) ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
    return 0;
  }
  const s = await status(home);
  if (!s) {
    io.stdout(`Neo4j not running${readState(home) ? ' (its process is alive but Bolt does not answer)' : ''}\n`);
    return 1;
  }
  const held = await withConnection(io, (conn) => counts(conn));
  const summary = Object.entries(held).filter(([k]) => k.startsWith('node:')).map(([k, n]) => `${n} ${k.slice(5)}`).join(', ') || 'empty';
  io.stdout(`Neo4j running at bolt://127.0.0.1:${s.port} (pid ${s.pid}, since ${s.startedAt}); graph: ${summary}\n`);
  const login = credentials(home);
  io.stdout(`login: user ${login.user}, password ${values['show-password'] ? login.password : `in ${credentialsFile(home)} (or --show-password)`}\n`);
  return 0;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Run when executed directly (also through the npm bin symlink).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : undefined));
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: readStdin,
    env: process.env,
    isTTY: process.stderr.isTTY,
  });
  process.exitCode = code;
}

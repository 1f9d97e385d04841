// The command line through main(argv, io): exit codes, help, bad arguments, and each command end to end.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { connect } from '../src/graph/neo4j.js';
import { CORPUS, FIXTURES, freshGraph, MUSCAT, testEnv } from './helpers.js';

async function cli(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: stdin === undefined ? undefined : async () => new TextEncoder().encode(stdin),
    env: testEnv(),
  });
  return { code, stdout, stderr };
}

describe('help and usage errors', () => {
  test('--help lists every command; each command has its own help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const c of ['extract', 'ingest', 'query', 'export entities|graph', 'view <entity>', 'neo4j start|stop|status']) expect(stdout).toContain(c);
    for (const c of ['extract', 'ingest', 'query', 'export', 'view', 'neo4j']) {
      const help = await cli([c, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: newsgraph ${c}`));
    }
  });

  test.each<[string[], RegExp]>([
    [[], /^$/], // no command: help on stdout, exit 2
    [['frobnicate'], /unknown command "frobnicate"; commands: extract, ingest, query, search, export, view, neo4j/],
    [['constructor'], /unknown command "constructor"; commands:/],
    [['extract'], /extract needs files, folders or - \(stdin\)/],
    [['extract', 'x.md', '--format', 'xml'], /--format must be one of jsonl, json, got "xml"/],
    [['ingest', 'corpus', '--batch-size', '0'], /--batch-size must be a whole number of at least 1, got "0"/],
    [['ingest', 'corpus', '--concurency', '2'], /unknown option '--concurency'/],
    [['query'], /query needs one query name, or --list/],
    [["query", "nope"], /unknown query "nope"; available: actor-timeline, alliances, article, claims-about/],
    [['query', 'entity'], /query "entity" needs parameter "name"/],
    [['query', 'top-entities', '--param', 'limit=lots'], /parameter "limit" must be a whole number from 0 to 1000000, got "lots"/],
    [['query', 'top-entities', '--param', 'type=persn'], /parameter "type" must be one of person, place, organization, force, event, got "persn"/],
    [['query', 'top-entities', '--param', 'from=yesterday'], /parameter "from" must be a date as YYYY-MM-DD \(e\.g\. 2026-02-06\), got "yesterday"/],
    [['query', 'top-entities', '--param', 'to=2024-02-30'], /parameter "to" must be a date as YYYY-MM-DD .*, got "2024-02-30"/],
    [['query', 'entities', '--param', 'type=ship'], /parameter "type" must be one of person, place/],
    [['ingest', 'corpus', '--concurrency', '-1'], /--concurrency must be a whole number of at least 1, got "-1"/],
    [['extract', 'corpus', '--workers', '-3'], /--workers must be a whole number of at least 1, got "-3"/],
    [['query', 'top-entities', '--param', 'limit'], /--param must be key=value, got "limit"/],
    [['export', 'nodes'], /export takes one target: entities or graph/],
    [['export', 'graph', '--format', 'csv'], /--format must be one of graphml, json, got "csv"/],
    [['view', 'Iran'], /view needs --out FILE.html/],
    [['view', 'Iran', '--out', 'x.html', '--depth', '3'], /--depth must be 1 or 2, got "3"/],
    [['export', 'entities', '--type', 'ship'], /--type must be one of person, place, organization, force, event, got "ship"/],
    [['neo4j', 'restart'], /neo4j takes one of: start, stop, status, reset/],
    [['neo4j', 'reset'], /add --yes to confirm/],
  ])('%j exits 2 with one clear line', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

test('a wrong parameter value is a usage error before any database is reached', async () => {
  let stderr = '';
  const code = await main(['query', 'top-entities', '--param', 'type=persn'], { stdout: () => {}, stderr: (t) => void (stderr += t), env: { ...testEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' } });
  expect(code).toBe(2);
  expect(stderr).toMatch(/must be one of person/);
});

test('file names and values reach the terminal escaped: no colours, no forged lines', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-names-'));
  const name = join(dir, 'evil\n\x1b[31mforged.md: all good [read:ok]\u202e.md');
  await writeFile(name, ''); // empty: reported by name
  const { code, stderr } = await cli(['extract', name]);
  expect(code).toBe(1);
  expect(stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/);
  expect(stderr).toContain('evil\\n\\x1b[31mforged.md: all good [read:ok]\\u202e.md: empty file [read:empty]');
  expect(stderr.trim().split('\n')).toHaveLength(2); // the diagnostic and the count, each one line
  const usage = await cli(['query', 'entity', '--param', 'name\x1b[2J=x']);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('\\x1b[2J');
});

describe('extract (no database)', () => {
  test('prints one record per article, offsets exact', async () => {
    const { code, stdout, stderr } = await cli(['extract', MUSCAT]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.article).toMatchObject({ id: '2026-02-06-muscat-talks', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(record.entities.map((e: { name: string }) => e.name)).toContain('Steve Witkoff');
    expect(record.claims.length).toBeGreaterThanOrEqual(4);
  });

  test('reads stdin and writes --format json to --out', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'newsgraph-cli-')), 'out.json');
    const { code } = await cli(['extract', '-', '--format', 'json', '--out', out], 'Prime Minister Keir Starmer visited Paris.');
    expect(code).toBe(0);
    const records = JSON.parse(await readFile(out, 'utf8'));
    expect(records).toHaveLength(1);
    expect(records[0].entities.map((e: { id: string }) => e.id)).toEqual(['person:keir-starmer', 'place:paris']);
  });

  test('bad files are named on stderr, the rest still extracted, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-'));
    await writeFile(join(dir, 'a-empty.md'), '');
    await writeFile(join(dir, 'b-good.md'), 'General Motors cut jobs in Detroit.');
    const { code, stdout, stderr } = await cli(['extract', dir]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dir, 'a-empty.md')}: empty file [read:empty]`);
    expect(stderr).toContain('newsgraph: 1 input failed');
  });
});

describe('with the database', () => {
  beforeAll(async () => {
    await freshGraph().then((c) => c.close());
  });

  test('ingest, query, export, status', async () => {
    const first = await cli(['ingest', CORPUS, '--batch-size', '100', '--concurrency', '2']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 23 articles \(0 unchanged, 0 replaced, 0 failed\)/);
    // 498 distinct in the articles, one fewer in the graph: "Trump" (Muscat) is "Donald Trump" (Wikinews).
    expect(first.stdout).toMatch(/: (\d+) distinct entities \(\+(\d+) in the graph\), .*; the graph holds 23 articles, \2 entities, \d+ claims\none person across articles: Trump → Donald Trump\n$/);
    const again = await cli(['ingest', CORPUS, '--json']);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ loaded: 0, skipped: 23, failed: 0, newEntities: 0, graph: { articles: 23 } });
    // Distinct entities are counted once however the run is chunked, and match what the graph holds.
    expect(summary.distinctEntities).toBe(summary.graph.entities + 1);
    const chunked = JSON.parse((await cli(['ingest', CORPUS, '--json', '--chunk', '3'])).stdout);
    expect(chunked).toMatchObject({ distinctEntities: summary.distinctEntities, newEntities: 0 });

    const table = await cli(['query', 'who-said', '--param', 'name=Trump']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^speaker\s+kind\s+cue\s+claim/);
    expect(table.stdout).toContain('“very good”');
    expect(table.stdout).toMatch(/\(5 rows\)\n$/); // three in the Muscat article, two in a Wikinews one
    const csv = await cli(['query', 'top-entities', '--param', 'type=force', '--param', 'limit=3', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('name,type,mentions,articles');
    expect(csv.stdout.trim().split('\n')).toHaveLength(4);

    const list = await cli(['query', '--list']);
    expect(list.stdout).toMatch(/^actor-timeline\n  What an entity did and had done to it/);
    expect(list.stdout).toMatch(/\narticle\n  Everything extracted from one article/);
    expect(list.stdout).not.toContain('load-claims');

    const exported = await cli(['export', 'entities', '--type', 'force', '--format', 'jsonl']);
    const forces = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(forces.every((f: { type: string }) => f.type === 'force')).toBe(true);
    expect(forces.map((f: { name: string }) => f.name)).toContain('US Central Command');

    const status = await cli(['neo4j', 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^Neo4j running at bolt:\/\/127\.0\.0\.1:\d+ .*graph: 23 Article/);
  });

  test('export from extract output needs no database and matches the graph export', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-cli-'));
    const jsonl = join(dir, 'corpus.jsonl');
    expect((await cli(['extract', CORPUS, '--out', jsonl])).code).toBe(0);
    const fromFile = await cli(['export', 'entities', '--from', jsonl, '--format', 'json'], undefined);
    const fromDb = await cli(['export', 'entities', '--format', 'json']);
    const key = (rows: { id: string; mentions: number; articles: number }[]) => rows.map((r) => `${r.id} ${r.mentions} ${r.articles}`).sort();
    expect(key(JSON.parse(fromFile.stdout))).toEqual(key(JSON.parse(fromDb.stdout)));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"not": "a record"}\n');
    const err = await cli(['export', 'entities', '--from', bad]);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/bad\.jsonl:1: not an extraction record/);
  });

  test('ingest - reads a JSON Lines dump from standard input: one article per record, bad lines named, a re-run adds nothing', async () => {
    const dump = await readFile(join(FIXTURES, 'inputs', 'dump.jsonl'), 'utf8');
    const first = await cli(['ingest', '-', '--json'], dump);
    expect(first.code).toBe(1); // three bad records
    expect(JSON.parse(first.stdout)).toMatchObject({ loaded: 3, failed: 3 });
    expect(first.stderr).toContain('<stdin>:4: not a JSON object');
    const conn = await connect(testEnv());
    try {
      const { records } = await conn.driver.executeQuery("MATCH (a:Article) WHERE a.id STARTS WITH 'feed-' RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published ORDER BY id", {}, { database: conn.database });
      expect(records.map((r) => r.toObject())).toEqual([
        { id: 'feed-1', title: 'Talks in Muscat', url: 'https://example.com/1', published: '2026-02-06' },
        { id: 'feed-2', title: 'Strikes', url: null, published: null },
        { id: 'feed-3', title: null, url: null, published: null },
      ]);
    } finally {
      await conn.close();
    }
    const again = await cli(['ingest', '-', '--json'], dump);
    expect(JSON.parse(again.stdout)).toMatchObject({ loaded: 0, skipped: 3, failed: 3 });
  });

  test('an unreachable NEO4J_URI is one clear line and exit 1', async () => {
    let stderr = '';
    const code = await main(['query', 'top-entities'], { stdout: () => {}, stderr: (t) => void (stderr += t), env: { ...testEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\): check that the server runs and that NEO4J_URI points at it, then run the same command again.*\n$/);
  });
});

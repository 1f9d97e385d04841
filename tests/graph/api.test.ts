// The library API as a user imports it: `import { extract, ingest, query } from 'newsgraph'`, typed, on real Neo4j.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract, extractInputs, ExtractionRecord, Graph, ingest, NoSuchEntity, query, search } from '../../src/index.js';
import { ROOT } from '../../src/paths.js';
import { FIXTURES, freshGraph, testEnv } from '../helpers.js';

const run = promisify(execFile);
const NEWS = join(FIXTURES, 'news');

describe('library API', () => {
  beforeAll(async () => {
    const conn = await freshGraph();
    await conn.close();
  });

  test('extract: one text → a record that satisfies the schema, no database', () => {
    const record = extract('US special envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi in Muscat on Friday.', { id: 'muscat', published: '2026-02-06' });
    expect(ExtractionRecord.parse(record)).toEqual(record);
    expect(record.article).toMatchObject({ id: 'muscat', published: '2026-02-06' });
    expect(record.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expect.arrayContaining(['person:Steve Witkoff', 'person:Abbas Araghchi', 'place:Muscat']));
  });

  test('extractInputs: files, feeds and dumps as the command line reads them, one result per article', async () => {
    const results = [];
    for await (const r of extractInputs([NEWS, join(FIXTURES, 'bad', 'not-a-feed.xml')])) results.push(r);
    expect(results.filter((r) => 'error' in r).map((r) => ('error' in r ? r.error.message : ''))).toEqual(['not an RSS or Atom feed (its root element is not <rss>, <feed> or <rdf:RDF>)']);
    expect(results.filter((r) => 'record' in r)).toHaveLength(8);
  });

  test('ingest, query (names looked up forgivingly) and search, each opening and closing the graph; a Graph for several calls', async () => {
    const summary = await ingest([NEWS], { env: testEnv(), workers: 1 });
    expect(summary).toMatchObject({ loaded: 8, failed: 0 });
    const notes: string[] = [];
    const [witkoff] = await query('entity', { name: 'witkof' }, { env: testEnv(), onNote: (n) => notes.push(n) });
    expect(witkoff).toMatchObject({ name: 'Steve Witkoff', type: 'person' });
    expect(notes).toHaveLength(1);
    await expect(query('entity', { name: 'smth' }, { env: testEnv() })).rejects.toBeInstanceOf(NoSuchEntity);
    expect((await search('kushner', { env: testEnv() }))[0]).toMatchObject({ name: 'Jared Kushner', type: 'person', articles: 2 });
    const graph = await Graph.open({ env: testEnv() });
    try {
      expect((await graph.ingest([NEWS], { workers: 1 })).skipped).toBe(8);
      expect((await graph.query('top-entities', { limit: 1 })).length).toBe(1);
    } finally {
      await graph.close();
    }
  });

  test("the package imports by its name, and its .d.ts types check a user's code", async () => {
    const dir = join(ROOT, 'tests', 'output', 'api-consumer');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'consumer.ts');
    await writeFile(file, [
      "import { extract, ingest, query, type ExtractionRecord, type IngestSummary, type Row } from 'newsgraph';",
      "const record: ExtractionRecord = extract('Steve Witkoff met Abbas Araghchi in Muscat.', { published: '2026-02-06' });",
      'const names: string[] = record.entities.map((e) => e.name);',
      'export async function later(): Promise<[IngestSummary, Row[]]> {',
      "  return [await ingest(['articles/'], { workers: 2 }), await query('entity', { name: names[0] })];",
      '}',
      '// @ts-expect-error: extract takes text, not a number',
      'extract(42);',
      '',
    ].join('\n'));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--types', 'node', '--skipLibCheck', file], { cwd: ROOT });
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "import { extract } from 'newsgraph'; console.log(extract('Abbas Araghchi spoke in Muscat.').entities.map((e) => e.name).join('|'))"], { cwd: ROOT });
    expect(stdout.trim()).toBe('Abbas Araghchi|Muscat');
  });
});

// Real Neo4j: loads give exact counts, re-loads change nothing, changed articles replace their old content.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applySchema, counts, toBatches } from '../../src/graph/load.js';
import type { Connection } from '../../src/graph/neo4j.js';
import { ingest } from '../../src/ingest.js';
import { processArticle } from '../../src/pipeline.js';
import { expandInputs, readArticleFile } from '../../src/read.js';
import type { ExtractionRecord } from '../../src/schema.js';
import { CORPUS, freshGraph, MUSCAT } from '../helpers.js';

/**
 * What the graph must hold for these records, counted from the records themselves, once the persons merged across
 * articles (`merged`: merged id → the entity it joined; tests/graph/lookup.test.ts checks which merge) are one.
 */
function expectedCounts(loaded: ExtractionRecord[], merged = new Map<string, string>()): Record<string, number> {
  const to = (id: string) => merged.get(id) ?? id;
  const records = loaded.map((r) => ({
    ...r,
    entities: [...new Map(r.entities.map((e) => [to(e.id), { ...e, id: to(e.id) }])).values()],
    claims: r.claims.map((c) => ({ ...c, speaker: c.speaker && to(c.speaker), via: c.via && to(c.via), about: [...new Set(c.about.map(to))] })),
    relations: r.relations.map((x) => ({ ...x, from: to(x.from), to: to(x.to) })).filter((x) => x.from !== x.to),
  }));
  const entities = new Map<string, string>();
  for (const r of records) for (const e of r.entities) entities.set(e.id, e.type);
  const label = { person: 'Person', place: 'Place', organization: 'Organization', force: 'Force', event: 'Event' } as const;
  const out: Record<string, number> = { 'node:Article': records.length, 'node:Entity': entities.size };
  const add = (key: string, n: number) => n && (out[key] = (out[key] ?? 0) + n);
  for (const type of entities.values()) add(`node:${label[type as keyof typeof label]}`, 1);
  const relationKeys = new Set<string>();
  for (const r of records) {
    add('node:Claim', r.claims.length);
    add('relationship:IN', r.claims.length);
    add('relationship:MENTIONED_IN', r.entities.length);
    add('relationship:SAID', r.claims.filter((c) => c.speaker).length);
    // Unnamed speakers are Source nodes that said their claim, affiliated with their country when it is an entity here.
    const sources = r.claims.filter((c) => !c.speaker && c.speakerDescription !== null);
    add('node:Source', sources.length);
    add('relationship:SAID', sources.length);
    add('relationship:AFFILIATED_WITH', sources.filter((c) => r.entities.some((e) => e.type === 'place' && e.name === c.speakerAffiliation)).length);
    add('relationship:VIA', r.claims.filter((c) => c.via).length);
    add('relationship:ABOUT', r.claims.reduce((n, c) => n + c.about.length, 0));
    for (const rel of r.relations) relationKeys.add(`${rel.type}|${rel.from}|${rel.to}|${r.article.id}`);
  }
  for (const key of relationKeys) add(`relationship:${key.split('|')[0]}`, 1);
  add('node:MergedId', merged.size);
  add('relationship:INTO', merged.size);
  return out;
}

/** The graph's merged ids and the entities they joined. */
async function mergedIds(conn: Connection): Promise<Map<string, string>> {
  const { records } = await conn.driver.executeQuery('MATCH (m:MergedId)-[:INTO]->(e:Entity) RETURN m.id AS id, e.id AS into');
  return new Map(records.map((r) => [r.get('id') as string, r.get('into') as string]));
}

async function corpusRecords(): Promise<ExtractionRecord[]> {
  const { files } = await expandInputs([CORPUS]);
  const out: ExtractionRecord[] = [];
  for (const f of files) {
    const r = await readArticleFile(f);
    if (r.ok) out.push(processArticle(r.article).record);
  }
  return out;
}

describe('load into a real Neo4j', () => {
  let conn: Connection;
  let records: ExtractionRecord[];
  beforeAll(async () => {
    conn = await freshGraph();
    records = await corpusRecords();
  });
  afterAll(async () => conn?.close());

  test('the corpus loads with exactly the nodes and relationships its records hold', async () => {
    const summary = await ingest(conn, [CORPUS], { batchSize: 50, concurrency: 3 });
    expect(summary).toMatchObject({ loaded: 23, skipped: 0, failed: 0, replaced: 0 });
    expect(summary.merged).toEqual(['Trump → Donald Trump']); // a surname in one article, the full name in others
    expect(await counts(conn)).toEqual(expectedCounts(records, await mergedIds(conn)));
    expect((await counts(conn))['node:Article']).toBe(23); // every article is in
  });

  test('ingesting the same articles again changes nothing', async () => {
    const before = await counts(conn);
    const summary = await ingest(conn, [CORPUS], { batchSize: 7, concurrency: 2 });
    expect(summary).toMatchObject({ loaded: 0, skipped: 23 });
    expect(await counts(conn)).toEqual(before);
  });

  test('a changed article replaces its old claims and mentions instead of adding to them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-load-'));
    const changed = join(dir, 'muscat.md');
    const original = await readFile(MUSCAT, 'utf8');
    // Same id, new text: one sentence (with Trump's quotes and its mentions) removed.
    const cut = original.replace(/Washington, for its part.*$/s, 'Washington, for its part, stayed silent.\n');
    await writeFile(changed, cut);
    const summary = await ingest(conn, [changed]);
    expect(summary).toMatchObject({ loaded: 1, replaced: 1 });
    const newRecord = (await readArticleFile(changed)) as { ok: true; article: Parameters<typeof processArticle>[0] };
    const expected = expectedCounts(records.map((r) => (r.article.id === newRecord.article.id ? processArticle(newRecord.article).record : r)), await mergedIds(conn));
    expect(await counts(conn)).toEqual(expected);
    // And back: the original text restores the original graph.
    await ingest(conn, [MUSCAT]);
    expect(await counts(conn)).toEqual(expectedCounts(records, await mergedIds(conn)));
  });

  test('an interrupted load (an article without its hash) is finished by the next run, without duplicates', async () => {
    const before = await counts(conn);
    // What a kill between the content writes and the final hash write leaves behind.
    await conn.driver.executeQuery('MATCH (a:Article {id: $id}) REMOVE a.sha256', { id: '2026-02-06-muscat-talks' });
    const summary = await ingest(conn, [CORPUS]);
    expect(summary).toMatchObject({ loaded: 1, replaced: 1, skipped: 22 });
    expect(await counts(conn)).toEqual(before);
  });

  test('articles made by another extractor are loaded again, though their text is unchanged', async () => {
    const before = await counts(conn);
    await conn.driver.executeQuery("MATCH (a:Article) WHERE a.id IN ['wikinews-flag', 'wikinews-iodine'] SET a.extractor = 'an-older-one'");
    const summary = await ingest(conn, [CORPUS]);
    expect(summary).toMatchObject({ loaded: 2, replaced: 2, skipped: 21 });
    expect(await counts(conn)).toEqual(before);
    expect((await ingest(conn, [CORPUS])).skipped).toBe(23);
  });

  test('a graph loaded before entities kept totals gets them when the schema is applied', async () => {
    const before = await counts(conn);
    await conn.driver.executeQuery('MATCH (e:Entity) REMOVE e.mentionTotal, e.articleTotal');
    expect((await counts(conn))['check:entities with stale totals']).toBe(before['node:Entity']);
    await applySchema(conn);
    expect(await counts(conn)).toEqual(before); // counts() reports entities whose totals disagree with their edges
  });

  test('bad inputs are reported by name and the good articles in the same run still load', async () => {
    await freshGraph().then((c) => c.close());
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bad-'));
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Paris.', 'latin1'));
    await writeFile(join(dir, 'front.md'), '---\nid: [oops\n---\nText.');
    await writeFile(join(dir, 'good.md'), '---\nid: good-one\ntitle: Good\n---\nPresident Joe Biden visited Paris on Monday.\n');
    const problems: string[] = [];
    const summary = await ingest(conn, [dir, join(dir, 'missing-folder')], { onDiagnostic: (d) => problems.push(`${d.file.replace(dir, 'DIR')}: ${d.message}`) });
    expect(summary).toMatchObject({ loaded: 1, failed: 5 });
    expect(problems.sort()).toEqual([
      'DIR/binary.md: binary file (NUL byte at offset 4)',
      'DIR/empty.md: empty file',
      expect.stringMatching(/^DIR\/front\.md: malformed front matter: /),
      'DIR/latin1.txt: not valid UTF-8 (first bad byte at offset 3); save it as UTF-8 or UTF-16 with a byte-order mark',
      'DIR/missing-folder: cannot read: no such file or directory',
    ]);
    const held = await counts(conn);
    expect(held['node:Article']).toBe(1);
    expect(held['node:Person']).toBe(1);
    expect(held['node:Place']).toBe(1);
  });
});

describe('toBatches', () => {
  const rows = [
    { article: 'a', entity: 'us' }, { article: 'a', entity: 'iran' }, { article: 'a', entity: 'oman' },
    { article: 'b', entity: 'us' }, { article: 'b', entity: 'cooper' },
    { article: 'c', entity: 'us' },
  ];
  const ids = (batches: Record<string, unknown>[][]) => batches.map((b) => b.map((r) => `${r.article}:${r.entity}`));
  test.each<[number, string | undefined, string | undefined, string[][]]>([
    // Plain batches of two.
    [2, undefined, undefined, [['a:us', 'a:iran'], ['a:oman', 'b:us'], ['b:cooper', 'c:us']]],
    // An article's rows stay in one batch, so two batches in flight never share an article...
    [2, 'article', undefined, [['a:us', 'a:iran', 'a:oman'], ['b:us', 'b:cooper'], ['c:us']]],
    // ...and each batch takes its entities in one order, so two batches cannot lock them crosswise.
    [2, 'article', 'entity', [['a:iran', 'a:oman', 'a:us'], ['b:cooper', 'b:us'], ['c:us']]],
    [10, 'article', 'entity', [['b:cooper', 'a:iran', 'a:oman', 'a:us', 'b:us', 'c:us']]],
  ])('size %i, group %s, order %s', (size, group, order, expected) => {
    expect(ids(toBatches(rows, size, group, order))).toEqual(expected);
  });
  test('no rows, no batches', () => expect(toBatches([], 1000, 'article', 'entity')).toEqual([]));
});

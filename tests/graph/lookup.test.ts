// Real Neo4j: news as it arrives (a page, feeds, a dump, by file and by URL), one entity per person across articles,
// and lookup that forgives surnames, case and typos.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { NoSuchEntity, resolveName, resolveParams } from '../../src/graph/lookup.js';
import type { Connection } from '../../src/graph/neo4j.js';
import { getQuery, runQuery } from '../../src/graph/queries.js';
import { ingest } from '../../src/ingest.js';
import { FIXTURES, freshGraph, testEnv } from '../helpers.js';

const NEWS = join(FIXTURES, 'news');
const MARKUP = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|CDATA|https?:/i;

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: testEnv() });
  return { code, stdout, stderr };
}

let conn: Connection;
const read = (cypher: string, params: Record<string, unknown> = {}) => conn.driver.executeQuery(cypher, params).then((r) => r.records.map((x) => x.toObject()));
/** A folder of articles written from texts, one file each. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-merge-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}
const personsNamed = (word: string) => read("MATCH (e:Person) WHERE e.name CONTAINS $word RETURN e.name AS name ORDER BY name", { word }).then((rows) => rows.map((r) => r.name));

beforeAll(async () => {
  conn = await freshGraph();
});
afterAll(() => conn.close());

describe('a folder holding a saved page, an RSS feed, an Atom feed and a JSONL dump', () => {
  test('loads one article per page, item and record, with titles, dates and URLs, and no markup in any entity or claim', async () => {
    const summary = await ingest(conn, [NEWS], { workers: 1 });
    expect(summary).toMatchObject({ loaded: 8, failed: 0 });
    const articles = await read('MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.published AS published, a.url AS url ORDER BY id');
    expect(articles).toHaveLength(8);
    for (const a of articles) {
      expect(a.title).toBeTruthy();
      expect(a.published).toMatch(/^2026-02-0\d$/);
      expect(a.url).toMatch(/^https:\/\//);
    }
    const texts = await read('MATCH (e:Entity) RETURN e.name AS text UNION MATCH (c:Claim) RETURN c.text AS text');
    expect(texts.length).toBeGreaterThan(20);
    for (const { text } of texts) expect(text).not.toMatch(MARKUP);
  });

  test('"Trump" (a feed item) and "Donald Trump" (the page) are one entity; the two Smiths stay two, and "Smith" alone says it could be either', async () => {
    expect(await personsNamed('Trump')).toEqual(['Donald Trump']);
    const [trump] = await read("MATCH (e:Entity {id: 'person:donald-trump'}) RETURN e.aliases AS aliases, e.merged AS merged, e.articleTotal AS articles");
    expect(trump).toEqual({ aliases: ['Trump'], merged: ['Trump (surname: the one full name in the graph)'], articles: expect.anything() });
    expect(Number(trump!.articles)).toBe(2);
    expect(await personsNamed('Smith')).toEqual(['John Smith', 'Maria Smith', 'Smith']);
    const [smith] = await read("MATCH (e:Entity {id: 'person:smith'}) RETURN e.ambiguousWith AS couldBe");
    expect(smith!.couldBe).toEqual(['John Smith', 'Maria Smith']);
    // The claims of the feed item are Donald Trump's now.
    const said = await read("MATCH (:Entity {id: 'person:donald-trump'})-[:SAID]->(c:Claim) RETURN c.article AS article");
    expect(new Set(said.map((r) => r.article))).toEqual(new Set(['muscat-talks', 'harbourwire.example-news-trump-iran-talks']));
  });

  test('a re-ingest of a changed article never splits what was merged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-news-'));
    await cp(NEWS, dir, { recursive: true });
    const rss = join(dir, 'wire.rss');
    await writeFile(rss, (await readFile(rss, 'utf8')).replace('talks with Iran would go on next week', 'talks with Iran would go on next month'));
    const summary = await ingest(conn, [dir], { workers: 1 });
    expect(summary).toMatchObject({ loaded: 1, replaced: 1, skipped: 7 });
    expect(await personsNamed('Trump')).toEqual(['Donald Trump']);
    const [row] = await read("MATCH (e:Entity {id: 'person:donald-trump'})-[m:MENTIONED_IN]->(a:Article) RETURN count(a) AS articles, sum(m.count) AS mentions");
    expect(Number(row!.articles)).toBe(2);
    await rm(dir, { recursive: true });
  });
});

describe('one entity per real-world thing, in either order', () => {
  test('the full name first or the surname first: one person; countries and bodies through their variants', async () => {
    await conn.close();
    conn = await freshGraph();
    const surnameFirst = await folder({ 'a.txt': 'Witkoff told reporters in Geneva that the US wanted a deal. The UN welcomed it.' });
    const fullLater = await folder({ 'b.txt': 'Steve Witkoff, the envoy, flew to Oman on Monday. The United States and the United Nations said talks would resume.' });
    await ingest(conn, [surnameFirst], { workers: 1 });
    expect(await personsNamed('Witkoff')).toEqual(['Witkoff']);
    const second = await ingest(conn, [fullLater], { workers: 1 });
    expect(second.merged).toEqual(['Witkoff → Steve Witkoff']);
    expect(await personsNamed('Witkoff')).toEqual(['Steve Witkoff']);
    const places = await read("MATCH (e:Entity) WHERE e.name IN ['United States', 'US', 'United Nations', 'UN'] RETURN e.name AS name, e.articleTotal AS n ORDER BY name");
    expect(places.map((p) => [p.name, Number(p.n)])).toEqual([['United Nations', 2], ['United States', 2]]);
  });

  test('two different Smiths in two articles stay two, and an article naming only "Smith" is linked to neither', async () => {
    const dir = await folder({
      'farm.txt': 'John Smith, a farmer from Ames, won the Iowa prize on Friday.',
      'ward.txt': 'Maria Smith, a nurse in Leeds, opened the new ward on Sunday.',
      'council.txt': 'Smith said on Monday that the council would meet again in June.',
    });
    const summary = await ingest(conn, [dir], { workers: 1 });
    expect(summary.merged).toEqual([]);
    expect(summary.ambiguous).toEqual(['Smith: John Smith, Maria Smith']);
    expect(await personsNamed('Smith')).toEqual(['John Smith', 'Maria Smith', 'Smith']);
  });
});

describe('lookup that forgives', () => {
  beforeAll(async () => {
    await conn.close();
    conn = await freshGraph();
    await ingest(conn, [NEWS], { workers: 1 });
  });

  test.each([
    ['Witkoff', 'exact', 'Steve Witkoff'],
    ['steve witkoff', 'exact', 'Steve Witkoff'],
    ['witkof', 'closest', 'Steve Witkoff'],
    ['Kushner', 'closest', 'Jared Kushner'], // no article calls him Kushner alone: the index finds him
    ['Kushnr', 'closest', 'Jared Kushner'],
    ['ALBUSAIDI', 'exact', 'Badr Albusaidi'],
    ['Abbas Aragchi', 'closest', 'Abbas Araghchi'],
    ['Trump', 'exact', 'Donald Trump'],
    ['person:donald-trump', 'exact', 'Donald Trump'],
    ['person:trump', 'exact', 'Donald Trump'], // a merged id still finds its person
  ])('%j → %s %j', async (typed, kind, name) => {
    const r = await resolveName(conn, typed);
    expect(r.kind).toBe(kind);
    expect(r.kind !== 'none' && r.name).toBe(name);
  });

  test('nothing clearly best: no guess, the closest names instead', async () => {
    const smth = await resolveName(conn, 'smth');
    expect(smth.kind === 'none' && smth.suggestions.map((s) => s.name)).toEqual(['John Smith', 'Maria Smith', 'Smith']);
    const none = await resolveName(conn, 'Zyxwv Qqq');
    expect(none).toEqual({ kind: 'none', suggestions: [] });
    await expect(resolveParams(conn, getQuery('entity'), { name: 'smth' })).rejects.toThrow(NoSuchEntity);
  });

  test('every entity parameter of every query is looked up', async () => {
    const notes: string[] = [];
    const params = await resolveParams(conn, getQuery('path'), { from: 'witkof', to: 'Kushnr', limit: 3 }, (n) => notes.push(n));
    expect(params).toEqual({ from: 'person:steve-witkoff', to: 'person:jared-kushner', limit: 3 });
    expect(notes).toEqual(['"witkof" is taken as Steve Witkoff (person); newsgraph search lists other matches', '"Kushnr" is taken as Jared Kushner (person); newsgraph search lists other matches']);
    const rows = await runQuery(conn.driver, conn.database, getQuery('who-said'), await resolveParams(conn, getQuery('who-said'), { name: 'witkof' }));
    expect(rows.length).toBeGreaterThan(0);
  });

  test('CLI: query entity finds Steve Witkoff by surname and by typo; an unknown name lists the closest and exits 1; search lists matches', async () => {
    for (const name of ['Witkoff', 'witkof']) {
      const r = await cli(['query', 'entity', '--param', `name=${name}`, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)[0].name).toBe('Steve Witkoff');
    }
    const typo = await cli(['query', 'entity', '--param', 'name=smth']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe('newsgraph: no entity named "smth" in the graph; did you mean John Smith (person, 1 article), Maria Smith (person, 1 article), Smith (person, 1 article)?\n');
    const search = await cli(['search', 'smith', '--format', 'json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout).map((r: { name: string; type: string }) => `${r.name} (${r.type})`)).toEqual(['John Smith (person)', 'Maria Smith (person)', 'Smith (person)']);
    expect((await cli(['search', 'qqqqq'])).code).toBe(1);
  });
});

describe('ingest by URL, from a local HTTP server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const files: Record<string, [string, string]> = {
      '/muscat-talks': ['text/html; charset=utf-8', await readFile(join(NEWS, 'muscat-talks.html'), 'utf8')],
      '/wire.rss': ['application/rss+xml', await readFile(join(NEWS, 'wire.rss'), 'utf8')],
      '/desk.atom': ['application/atom+xml', await readFile(join(NEWS, 'desk.atom'), 'utf8')],
      '/desk.jsonl': ['application/x-ndjson', await readFile(join(NEWS, 'desk.jsonl'), 'utf8')],
    };
    server = createServer((req, res) => {
      const file = files[req.url!];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    await conn.close();
    conn = await freshGraph();
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('the same articles as from the folder, with titles, dates and URLs; a missing URL is one error and the rest load', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'newsgraph-cache-'));
    let stdout = '';
    let stderr = '';
    const code = await main(['ingest', ...['/muscat-talks', '/wire.rss', '/desk.atom', '/desk.jsonl', '/gone'].map((p) => base + p), '--json'], {
      stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { ...testEnv(), NEWSGRAPH_CACHE: cache },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${base}/gone: .*HTTP 404 Not Found.*\n$`));
    expect(JSON.parse(stdout)).toMatchObject({ loaded: 8, failed: 1, merged: ['Trump → Donald Trump'] });
    // (A relative link in a fetched feed is read against the feed's URL.)
    const articles = await read('MATCH (a:Article) WHERE a.title IS NOT NULL AND a.published IS NOT NULL AND a.url STARTS WITH "http" RETURN count(a) AS n');
    expect(Number(articles[0]!.n)).toBe(8);
  });
});

describe('two inputs with one id', () => {
  test('are both loaded, under distinct ids, and both reported', async () => {
    const dir = await folder({ 'a b.txt': 'Oslo is cold in winter.', 'a-b.txt': 'Lima is warm in winter.' });
    const said: string[] = [];
    const summary = await ingest(conn, [dir], { workers: 1, onDiagnostic: (d) => said.push(`${d.file.replace(dir, '')}: ${d.message}`) });
    expect(summary.loaded).toBe(2);
    expect(said).toEqual(['/a-b.txt: has the id "a-b" of ' + join(dir, 'a b.txt') + ', with other text; loaded as "a-b-2"'.replace(dir, '')]);
    const ids = await read("MATCH (a:Article) WHERE a.id STARTS WITH 'a-b' RETURN a.id AS id ORDER BY id");
    expect(ids.map((r) => r.id)).toEqual(['a-b', 'a-b-2']);
  });
});

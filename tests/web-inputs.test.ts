// Web pages, RSS and Atom feeds and URLs, read from real files in tests/fixtures/news and from a local HTTP server.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { idFor, readFeed } from '../src/feeds.js';
import { fetchAll } from '../src/fetch.js';
import { isoDay, readPage } from '../src/html.js';
import type { Job } from '../src/pipeline.js';
import { expandInputs, parseArticle } from '../src/read.js';
import type { Article } from '../src/schema.js';
import { FIXTURES } from './helpers.js';

const NEWS = join(FIXTURES, 'news');
const read = (name: string) => readFile(join(NEWS, name), 'utf8');
const articlesOf = (files: Job[]) => files.map((f) => (typeof f !== 'string' && f.read.ok ? f.read.article : null)).filter((a): a is Article => a !== null);
/** Markup or entity debris that must never reach an article's text. */
const MARKUP = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|CDATA/i;

describe('web pages', () => {
  test('a saved news page: the story text without navigation, ads, related links or footer; metadata from JSON-LD and meta tags', async () => {
    const page = readPage(await read('muscat-talks.html'));
    expect(page).toMatchObject({
      title: 'Envoys meet in Muscat as talks resume', byline: 'Leila Haddad', published: '2026-02-06',
      url: 'https://gulfcourier.example/2026/02/06/envoys-meet-in-muscat', site: 'Gulf Courier',
    });
    expect(page.text).toMatch(/^US special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi held indirect talks in Muscat/);
    expect(page.text).toContain('“The talks were serious and constructive,” Araghchi told state television');
    expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(5); // paragraphs stay paragraphs
    for (const chrome of ['Sport', 'cookies', 'Oil prices', 'All rights reserved', 'Advertisement', 'dataLayer', 'Search']) expect(page.text).not.toContain(chrome);
    expect(page.text).not.toMatch(MARKUP);
  });

  test('a page read as a file is an article named by its file, its text the body', async () => {
    const r = parseArticle(await read('muscat-talks.html'), join(NEWS, 'muscat-talks.html'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ id: 'muscat-talks', title: 'Envoys meet in Muscat as talks resume', source: 'Gulf Courier', byline: 'Leila Haddad', published: '2026-02-06' });
    expect(r.article.body.startsWith('US special envoy Steve Witkoff')).toBe(true);
  });

  test('without JSON-LD the meta tags, then <title> and <time>, give the metadata', () => {
    const html = `<html><head><title>Storm hits coast</title><meta property="og:site_name" content="Coast News"></head>
      <body><article><h1>Storm hits coast</h1><p>By <span>Ann Lee</span> <time datetime="2025-10-03">3 October</time></p>
      <p>${'A storm hit the coast of Cornwall on Friday, cutting power to thousands of homes. '.repeat(5)}</p></article></body></html>`;
    expect(readPage(html, 'https://coast.example/storm')).toMatchObject({ title: 'Storm hits coast', site: 'Coast News', published: '2025-10-03', url: 'https://coast.example/storm' });
  });

  test.each([
    ['2026-02-06T18:30:00+04:00', '2026-02-06'],
    ['2026-02-06', '2026-02-06'],
    ['Sat, 07 Feb 2026 09:15:00 GMT', '2026-02-07'],
    ['Sun, 8 Feb 2026 23:59:00 -0800', '2026-02-08'],
    ['February 9, 2026', '2026-02-09'],
    ['yesterday', null],
  ])('isoDay(%j) = %j', (given, day) => expect(isoDay(given)).toBe(day));
});

describe('feeds', () => {
  test('RSS 2.0: one article per item, with title, link, date, source and byline; HTML in content:encoded and escaped in description cleaned', async () => {
    const { articles, diagnostics } = readFeed(await read('wire.rss'), join(NEWS, 'wire.rss'));
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.article.id, a.article.title, a.article.published, a.article.url])).toEqual([
      ['harbourwire.example-news-trump-iran-talks', 'Trump says Iran talks will go on', '2026-02-07', 'https://harbourwire.example/news/trump-iran-talks'],
      ['harbourwire.example-news-iowa-farmer-prize', 'Iowa farmer wins state prize', '2026-02-07', 'https://harbourwire.example/news/iowa-farmer-prize'],
      // A relative link is read against the channel's link.
      ['harbourwire.example-news-leeds-hospital-ward', 'Hospital opens new ward', '2026-02-08', 'https://harbourwire.example/news/leeds-hospital-ward'],
    ]);
    expect(articles.every((a) => a.article.source === 'Harbour Wire')).toBe(true);
    expect(articles[0]!.article.byline).toBe('Tom Avery');
    expect(articles[0]!.article.body).toBe('Trump said on Saturday that talks with Iran would go on next week, a day after his envoy met Iranian officials in Oman.\n\n“We are talking, and we will keep talking,” Trump told reporters at the White House. More on Iran');
    expect(articles[2]!.article.body).toBe("Maria Smith, a senior nurse at St James's Hospital in Leeds, opened the new children's ward on Sunday.\n\nSmith said the ward had been planned for six years.");
    for (const { article } of articles) expect(article.body).not.toMatch(MARKUP);
  });

  test('Atom: entries with their alternate link, published (or updated) date, author, and HTML title and content cleaned', async () => {
    const { articles } = readFeed(await read('desk.atom'), join(NEWS, 'desk.atom'));
    expect(articles.map((a) => [a.article.title, a.article.published, a.article.url, a.article.byline])).toEqual([
      ['Kushner to join next round of Oman talks', '2026-02-09', 'https://capitaldesk.example/2026/02/09/kushner-oman', 'Ana Ruiz'],
      ['Smith to retire', '2026-02-09', 'https://capitaldesk.example/2026/02/09/smith-retire', null],
    ]);
    expect(articles[0]!.article.body).toBe('Jared Kushner will join Steve Witkoff for the next round of talks in Muscat, two officials said on Monday.\n\nWitkoff is expected to travel to Oman later this week.');
    expect(articles[1]!.article.source).toBe('Capital Desk');
  });

  test.each([
    ['not XML at all', 'just words', /not an RSS or Atom feed/],
    ['broken XML', '<rss><channel><item><title>x</title></channel>', /not a well-formed feed/],
    ['no items', '<rss version="2.0"><channel><title>Empty</title></channel></rss>', /a feed with no items/],
    ['an item without text', '<rss version="2.0"><channel><title>T</title><item><title>Only a title</title></item></channel></rss>', /item 1: no text/],
  ])('%s: a clear message', (_, xml, message) => {
    const { diagnostics } = readFeed(xml, 'feed.xml');
    expect(diagnostics.map((d) => `${d.place ? `${d.place}: ` : ''}${d.message}`).join('\n')).toMatch(message);
  });

  test("a document's own entities are not expanded (no entity bombs)", () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>T</title><item><title>x</title><description>&b;&b;&b;</description></item></channel></rss>';
    const { articles } = readFeed(bomb, 'bomb.xml');
    expect(articles.every((a) => a.article.body.length < 1000)).toBe(true);
  });

  test.each([
    ['https://www.example.com/2026/02/06/story.html?utm=x#top', 'example.com-2026-02-06-story'],
    ['tag:capitaldesk.example,2026:smith-retire', 'tag:capitaldesk.example-2026:smith-retire'],
  ])('idFor(%j) = %j: stable ids from links', (ref, id) => expect(idFor(ref)).toBe(id));
});

describe('inputs: a folder of a page, two feeds and a dump', () => {
  test('gives one article per page, item and record, each with title, date and URL, and no markup', async () => {
    const { files, diagnostics } = await expandInputs([NEWS]);
    expect(diagnostics).toEqual([]);
    // The page is read by the worker (a file job); feeds and dumps are read here, a job an article.
    expect(files.filter((f) => typeof f === 'string')).toEqual([join(NEWS, 'muscat-talks.html')]);
    const articles = articlesOf(files);
    expect(articles).toHaveLength(7);
    for (const a of articles) {
      expect(a.title).toBeTruthy();
      expect(a.published).toMatch(/^2026-02-0\d$/);
      expect(a.url).toMatch(/^https:\/\//);
      expect(a.body).not.toMatch(MARKUP);
    }
  });

  test('a feed saved under another extension, or piped in, is read by its content', async () => {
    const rss = await read('wire.rss');
    const r = parseArticle(rss, 'wire.txt');
    expect(!r.ok && r.diagnostic.message).toMatch(/an RSS or Atom feed: name it with .rss, .atom, .xml/);
    const piped = await expandInputs(['-'], { stdin: async () => new TextEncoder().encode(rss) });
    expect(articlesOf(piped.files)).toHaveLength(3);
  });

  test('an .xml file that is no feed is reported', async () => {
    const { diagnostics } = await expandInputs([join(FIXTURES, 'bad', 'not-a-feed.xml')]);
    expect(diagnostics.map((d) => d.message)).toEqual(['not an RSS or Atom feed (its root element is not <rss>, <feed> or <rdf:RDF>)']);
  });
});

describe('URLs, from a local HTTP server', () => {
  let server: Server;
  let base: string;
  const hits = new Map<string, number>();
  const agents: string[] = [];
  beforeAll(async () => {
    const files: Record<string, [string, string]> = {
      '/story': ['text/html; charset=utf-8', await read('muscat-talks.html')],
      '/feed': ['application/rss+xml', await read('wire.rss')],
      '/atom': ['application/atom+xml', await read('desk.atom')],
      '/dump': ['application/x-ndjson', await read('desk.jsonl')],
      '/latin1': ['text/plain; charset=iso-8859-1', ''],
    };
    server = createServer((req, res) => {
      const path = req.url!;
      hits.set(path, (hits.get(path) ?? 0) + 1);
      agents.push(String(req.headers['user-agent']));
      if (path === '/moved') return void res.writeHead(301, { location: '/story' }).end();
      if (path === '/slow') return void setTimeout(() => res.end('late'), 3000);
      if (path === '/huge') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(300_000));
      if (path === '/latin1') return void res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from('Caf\xe9 owners in Montr\xe9al met the mayor on Monday.', 'latin1'));
      const file = files[path];
      if (!file) return void res.writeHead(404).end('not here');
      res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('pages, feeds and dumps by URL: the right articles, the page named by its URL; a re-run reads the cache', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'newsgraph-cache-'));
    const urls = ['/story', '/feed', '/atom', '/dump'].map((p) => base + p);
    const first = await expandInputs(urls, { fetch: { cacheDir } });
    expect(first.diagnostics).toEqual([]);
    const articles = articlesOf(first.files);
    expect(articles).toHaveLength(8);
    expect(articles[0]!.id).toMatch(/^127\.0\.0\.1:\d+-story$/);
    expect(articles[0]).toMatchObject({ title: 'Envoys meet in Muscat as talks resume', url: 'https://gulfcourier.example/2026/02/06/envoys-meet-in-muscat', published: '2026-02-06' });
    expect(agents.every((a) => a.startsWith('newsgraph/'))).toBe(true);
    const again = await expandInputs(urls, { fetch: { cacheDir } });
    expect(articlesOf(again.files).map((a) => a.sha256)).toEqual(articles.map((a) => a.sha256));
    expect(['/story', '/feed', '/atom', '/dump'].map((p) => hits.get(p))).toEqual([1, 1, 1, 1]);
  });

  test('redirects are followed; the charset a response names is used', async () => {
    const { files, diagnostics } = await expandInputs([`${base}/moved`, `${base}/latin1`], { fetch: { cacheDir: null } });
    expect(diagnostics).toEqual([]);
    const [page, latin] = articlesOf(files);
    expect(page!.title).toBe('Envoys meet in Muscat as talks resume');
    expect(latin!.body).toBe('Café owners in Montréal met the mayor on Monday.');
  });

  test('failures are one message each naming the URL, and the other URLs still load', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const closedUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}/closed`;
    await new Promise<void>((done) => closed.close(() => done()));
    const results = await fetchAll([`${base}/missing`, `${base}/slow`, `${base}/huge`, closedUrl, `${base}/story`], { cacheDir: null, timeoutMs: 500, maxBytes: 100_000 });
    expect(results.map((r) => (r.ok ? 'ok' : `${r.diagnostic.file.startsWith(base) ? r.diagnostic.file.replace(base, '') : r.diagnostic.file}: ${r.diagnostic.message}`))).toEqual([
      '/missing: HTTP 404 Not Found',
      '/slow: no answer within 0.5 s',
      '/huge: too large (over 100000 bytes; the limit is 100000)',
      `${closedUrl}: cannot fetch: ECONNREFUSED`,
      'ok',
    ]);
  });

  test('at most `concurrency` requests are in flight', async () => {
    let open = 0;
    let peak = 0;
    const slow = createServer((_, res) => {
      peak = Math.max(peak, ++open);
      setTimeout(() => {
        open--;
        res.end('Some text about Oslo.');
      }, 50);
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    const port = (slow.address() as { port: number }).port;
    const results = await fetchAll(Array.from({ length: 9 }, (_, i) => `http://127.0.0.1:${port}/${i}`), { cacheDir: null, concurrency: 3 });
    await new Promise<void>((done) => slow.close(() => done()));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(peak).toBe(3);
  });
});

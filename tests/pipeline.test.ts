import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { PIECE } from '../src/extract/nlp.js';
import { articleFromBody, parseArticle, readArticleFile } from '../src/read.js';
import { ExtractionRecord } from '../src/schema.js';
import { project } from './golden.js';
import { CORPUS, FIXTURES } from './helpers.js';

describe('processArticle on every corpus article', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md');
  test('the corpus holds the specified article and the 22 Wikinews articles', () => {
    expect(files).toHaveLength(23);
  });
  test.each(files)('%s: schema-valid, offsets exact, ids consistent', async (file) => {
    const read = await readArticleFile(join(CORPUS, file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { record, diagnostics } = processArticle(read.article);
    expect(diagnostics).toEqual([]);
    expect(ExtractionRecord.safeParse(record).success).toBe(true);
    const body = read.article.body;
    const ids = new Set(record.entities.map((e) => e.id));
    expect(ids.size).toBe(record.entities.length);
    for (const e of record.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    for (const c of record.claims) {
      expect(body.slice(c.start, c.end)).toBe(c.text);
      if (c.speakerStart !== null) expect(body.slice(c.speakerStart, c.speakerEnd!)).toBe(c.speakerText);
      for (const q of c.quotes) expect(q.start >= c.start && q.end <= c.end && /^["“'‘]/.test(body.slice(q.start, q.end))).toBe(true);
      for (const id of [c.speaker, c.via, ...c.about]) if (id) expect(ids).toContain(id);
    }
    for (const r of record.relations) {
      expect(ids).toContain(r.from);
      expect(ids).toContain(r.to);
    }
  });
});

describe('golden fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.json'))).map((d) => d.name);
  test.each(cases)('%s', async (name) => {
    const read = await readArticleFile(join(FIXTURES, name, 'article.md'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    expect(project(processArticle(read.article).record)).toEqual(expected);
  });
});

describe('the article the project was specified from', () => {
  const read = parseArticle(readFileSync(join(FIXTURES, 'muscat-talks', 'article.md'), 'utf8'), 'muscat.md');
  if (!read.ok) throw new Error('fixture unreadable');
  const { record } = processArticle(read.article);
  const byName = (name: string) => record.entities.find((e) => e.name === name);

  test.each<[string, string]>([
    ['Steve Witkoff', 'person'], ['Jared Kushner', 'person'], ['Brad Cooper', 'person'], ['Trump', 'person'],
    ['Muscat', 'place'], ['Iran', 'place'], ['United States', 'place'], ['Arabian Sea', 'place'],
    ['USS Abraham Lincoln', 'force'], ['US Central Command', 'force'], ['Reuters', 'organization'], ['Al-Araby TV', 'organization'],
  ])('finds %s as a %s', (name, type) => {
    expect(byName(name)?.type).toBe(type);
  });

  test('titles are attributes: President Trump, Special Envoy Witkoff, Admiral Cooper', () => {
    expect(byName('Trump')?.attributes.titles).toEqual(['President']);
    expect(byName('Steve Witkoff')?.attributes.titles).toEqual(['Special Envoy']);
    expect(byName('Brad Cooper')?.attributes.titles).toEqual(['Admiral']);
  });

  test('the anonymous Iranian source keeps its description and its affiliation', () => {
    const endangered = record.claims.find((c) => c.text === 'Cooper’s presence “endangered” the talks')!;
    expect(endangered).toMatchObject({ speaker: null, speakerText: 'An Iranian diplomatic source', speakerAffiliation: 'Iran', via: 'organization:reuters' });
  });

  test('Abraham Lincoln is a ship, not a person', () => {
    expect(record.entities.filter((e) => e.type === 'person' && /Lincoln/.test(e.name))).toEqual([]);
    expect(byName('USS Abraham Lincoln')?.attributes).toMatchObject({ formation: 'carrier strike group', affiliation: 'United States' });
  });

  test('the quoted claims carry their speakers and outlets', () => {
    const body = (s: { start: number; end: number }) => read.article.body.slice(s.start, s.end);
    const direct = record.claims.filter((c) => c.kind === 'direct').map((c) => [c.quotes.map(body).join(' '), c.text, c.cue, c.speakerText, c.speaker, c.via]);
    expect(direct).toEqual([
      // The reported clause is the claim; the quoted words inside it are its quotes.
      ['“endangered”', 'Cooper’s presence “endangered” the talks', 'tell', 'An Iranian diplomatic source', null, 'organization:reuters'],
      ['“negotiations taking place under threat”', '“negotiations taking place under threat”', 'warn', 'Another', null, 'organization:al-araby-tv'],
      ['“very good”', 'them as “very good”', 'describe', 'President Trump', 'person:trump', null],
      ['“very badly”', '“very badly”', 'say', 'President Trump', 'person:trump', null],
      // The excerpt stops inside Trump's last quotation; an open quotation runs to the end of its paragraph.
      ['“They know the consequences if........', '“They know the consequences if........', 'add', 'President Trump', 'person:trump', null],
    ]);
  });
});

describe('long articles', () => {
  test('a body tagged in several pieces keeps exact offsets and finds what each copy holds', async () => {
    const read = await readArticleFile(join(FIXTURES, 'muscat-talks', 'article.md'));
    if (!read.ok) throw new Error('fixture unreadable');
    const one = processArticle(read.article).record;
    const copies = Math.ceil((2.5 * PIECE) / read.article.body.length);
    const body = `${read.article.body.trimEnd()}\n`.repeat(copies);
    const { record } = processArticle(articleFromBody('long', body));
    const count = (r: typeof one, name: string) => r.entities.find((e) => e.name === name)?.mentions.length ?? 0;
    expect(count(record, 'Brad Cooper')).toBe(copies * count(one, 'Brad Cooper'));
    expect(record.claims.filter((c) => c.kind === 'direct').length).toBe(copies * one.claims.filter((c) => c.kind === 'direct').length);
    for (const e of record.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
});

// Random and adversarial text through the whole extraction: the record contract holds for every output.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { articleFromBody } from '../src/read.js';
import { ExtractionRecord } from '../src/schema.js';
import { MUSCAT } from './helpers.js';

/** A small seeded generator (mulberry32), so a failure is reproducible from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'the', 'said', 'told', 'according to', 'President', 'Trump', 'Iran', 'US', 'U.S.', 'USS', 'Abraham', 'Lincoln', 'Gen.', 'Mr.',
  'Central', 'Command', 'of', 'University', 'Sea', 'he', 'She', 'forces', 'Iranian', 'navy', '“', '”', '"', "'", '‘', '’', ',',
  '.', '?', '!', ':', ';', '—', '-', '(', ')', '[', ']', '\n', '\n\n', ' ', '  ', '😀', 'é', 'e\u0301', 'ﬁ', '\u200b', 'مرحبا',
  '北京', 'Ωmega', '’s', "'s", 'O’Brien', 'al-Assad', '101st', 'Airborne', 'Division', 'WALLACE:', 'Image:', '…', '\t', 'A.', 'B.',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]! + (r() < 0.6 ? ' ' : '');
  return s;
}

function check(body: string) {
  const { record } = processArticle(articleFromBody('fuzz', body));
  expect(ExtractionRecord.safeParse(record).success).toBe(true);
  for (const e of record.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  for (const c of record.claims) {
    expect(body.slice(c.start, c.end)).toBe(c.text);
    if (c.speakerStart !== null) expect(body.slice(c.speakerStart, c.speakerEnd!)).toBe(c.speakerText);
    for (const q of c.quotes) expect(q.start >= c.start && q.end <= c.end && q.start < q.end).toBe(true);
  }
}

describe('fuzz', () => {
  test.each(Array.from({ length: 400 }, (_, i) => i + 1))('random text, seed %i', (seed) => {
    const r = rng(seed);
    check(randomText(r, 20 + Math.floor(r() * 400)));
  });

  test.each<[string, string]>([
    ['only quotes', '“'.repeat(500) + '"'.repeat(501) + "'".repeat(300)],
    ['only capitals', 'The Big Red Bus Of The Grand Old Party Said '.repeat(200)],
    ['cue words everywhere', 'said told warned according to '.repeat(300)],
    ['one 100,000-character sentence without punctuation', 'word Name '.repeat(10_000)],
    ['surrogate pairs and combining marks', '😀 Iran 😀 said “e\u0301 ﬁ” 北京 '.repeat(200)],
    ['a nested quotation', 'He said, "She told me ‘it’s “fine” really’ and left." Then he said "ok".'],
    ['unclosed marks at the end', 'President Trump said “They know the consequences if'],
    ['escaped quotation marks', 'He said \\"no\\" and "yes \\"maybe\\"" then \\" and " and \\\\" '.repeat(300)],
    ['ampersands', 'Procter & Gamble & Johnson & & Co & '.repeat(500)],
  ])('%s', (_name, body) => {
    check(body);
  });

  // Words every plain object answers for: a cue looked up in one came back a function and failed the schema.
  test.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])('the word %j where lists are looked up', (w) => {
    check(`Officials ${w} that the deal was done. The ${w} that it sank was false. ${w} said the talks went well.`);
    check(`USS ${w} sailed from Houston, ${w}. The ${w} rebels met ${w} in Houston, ${w}, ${w} told reporters.`);
  });

  // Inputs that once took time growing with the square of a paragraph's length: each is checked for the record
  // contract (npm run bench measures their time; see its scaling table).
  const paragraph = readFileSync(MUSCAT, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/\s+/g, ' ');
  const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  test.each<[string, string]>([
    ['a 300 KB article in one paragraph', repeat(paragraph, 300_000)],
    ['a 100 KB sentence (no stops)', repeat(paragraph.replace(/[.!?]/g, ','), 100_000)],
    ['a storm of straight and curly quotes', repeat('He said “it is “fine” and "ok" ‘yes’ " word Name said ', 100_000)],
    ['names everywhere in one paragraph', repeat('President Donald Trump, Iran, US, Brad Cooper and Steve Witkoff ', 100_000)],
    ['claims named by nouns in one sentence', repeat('the claim that the plan would fail, sources said, and the warning that Iran said no ', 100_000)],
  ])('%s', (_name, body) => {
    check(body);
  });
});

import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeArticle, expandInputs, ioProblem, parseArticle, readArticleFile } from '../src/read.js';
import { FIXTURES, MUSCAT } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('read', () => {
  test('front matter becomes the article fields; the body is the text after it', async () => {
    const r = await readArticleFile(MUSCAT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ id: '2026-02-06-muscat-talks', title: 'Iran-US talks in Muscat bought time, not a deal', source: null, published: null });
    expect(r.article.body.startsWith('The first round of Iran-US talks')).toBe(true);
    expect(r.article.bodyLine).toBe(10);
    expect(r.article.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('dates in front matter are kept as ISO strings', () => {
    const r = parseArticle('---\nid: a1\npublished: 2015-05-07\n---\nText here.', 'a1.md');
    expect(r.ok && r.article.published).toBe('2015-05-07');
  });

  test('plain text without front matter takes its id from the file name', () => {
    const r = parseArticle('Just text. Nothing else.', '/x/my story.txt');
    expect(r.ok && r.article.id).toBe('my-story');
  });

  test.each<[string, Uint8Array, RegExp]>([
    ['empty file', new Uint8Array(), /empty file \[read:empty\]/],
    ['binary file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary file \(NUL byte at offset 4\)/],
    ['Latin-1 text', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['front matter only', enc('---\nid: x\n---\n\n  \n'), /empty article/],
    ['unclosed front matter', enc('---\nid: x\ntitle: y\nText'), /no closing "---" line/],
    ['front matter that is not YAML', enc('---\nid: [unclosed\n---\nText.'), /malformed front matter/],
    ['front matter that is a list', enc('---\n- a\n- b\n---\nText.'), /expected "key: value" lines/],
    ['bad id', enc('---\nid: "../etc/passwd"\n---\nText.'), /id: id must be letters/],
  ])('%s gives a clear diagnostic naming the file', (_name, bytes, message) => {
    const r = decodeArticle(bytes, 'corpus/bad.md');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic.file).toBe('corpus/bad.md');
    expect(`${r.diagnostic.message} [${r.diagnostic.source}]`).toMatch(message);
  });

  test.each<[string, string | null]>([
    ['2026-02-06', '2026-02-06'],
    ['2026-02-06T10:30:00Z', '2026-02-06'],
    ['2026-02-06T10:30:00.123+02:00', '2026-02-06'],
    ['2026-02-06 10:30', '2026-02-06'],
    ['2024-02-29', '2024-02-29'],
    ['"last week"', null],
    ['2024-99-99T garbage', null],
    ['2023-02-29', null],
    ['2026-13-01', null],
    ['20260206', null],
  ])('published: %s loads the article with date %s, and a warning when it is no date', (value, date) => {
    const r = decodeArticle(enc(`---\nid: x\npublished: ${value}\n---\nText.`), 'corpus/dated.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.published).toBe(date);
    if (date) expect(r.warnings).toBeUndefined();
    else expect(r.warnings?.map((w) => `${w.file}: ${w.message} [${w.source}]`)).toEqual([expect.stringMatching(/^corpus\/dated\.md: front matter: published ".*" is no date \(YYYY-MM-DD or an ISO date-time\); the article is loaded without a date \[read:published\]$/)]);
  });

  test('a missing file and a folder without articles are diagnostics, not exceptions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'a.md'), 'Text.');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'b.txt'), 'Text.');
    await writeFile(join(dir, 'sub', 'image.png'), 'x');
    const { files, diagnostics } = await expandInputs([dir, join(dir, 'empty'), join(dir, 'missing.md')]);
    expect(files).toEqual([join(dir, 'a.md'), join(dir, 'sub', 'b.txt')]);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      `${join(dir, 'empty')}: no articles (.md, .txt, .markdown, .html, .htm, .rss, .atom, .xml, .jsonl, .ndjson files) in this folder`,
      `${join(dir, 'missing.md')}: cannot read: no such file or directory`,
    ]);
  });

  test('linked articles are followed; a dangling link or a file gone before it is read is named, not thrown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-links-'));
    await writeFile(join(dir, 'real.md'), 'President Joe Biden visited Paris.');
    await symlink(join(dir, 'real.md'), join(dir, 'linked.md'));
    await symlink(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    await writeFile(join(dir, 'gone.md'), 'Text.');
    const { files } = await expandInputs([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['dangling.md', 'gone.md', 'linked.md', 'real.md']);
    await rm(join(dir, 'gone.md'));
    const read = await Promise.all(files.map(readArticleFile));
    expect(read.map((r) => (r.ok ? r.article.body : `${r.diagnostic.file.slice(dir.length + 1)}: ${r.diagnostic.message}`))).toEqual([
      'dangling.md: cannot read: no such file or directory',
      'gone.md: cannot read: no such file or directory',
      'President Joe Biden visited Paris.',
      'President Joe Biden visited Paris.',
    ]);
  });

  // Permission errors cannot be provoked as root (the test machines run as root), so the wording is checked here.
  test.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOENT', 'no such file or directory'],
    ['EIO', 'input/output error'],
    ['EWHATEVER', 'EWHATEVER: odd failure'],
  ])('a file-system error %s reads as "%s"', (code, words) => {
    expect(ioProblem(Object.assign(new Error('odd failure'), { code }))).toBe(words);
  });
});

describe('encodings and dumps of many articles (real files in tests/fixtures/inputs)', () => {
  const INPUTS = join(FIXTURES, 'inputs');

  test.each([['utf16le-bom.txt', 'utf16le'], ['utf16be-bom.txt', 'utf16be'], ['utf8-bom.md', 'utf8bom']])('%s is decoded by its byte-order mark', async (file, id) => {
    const r = await readArticleFile(join(INPUTS, file));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ id, title: 'Café talks' });
    expect(r.article.body).toMatch(/^Iran and the United States held talks in Muscat/);
  });

  test('UTF-16 without a byte-order mark is named as such', () => {
    const r = decodeArticle(Buffer.from('Iran held talks.', 'utf16le'), 'x.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message).toMatch(/binary file \(NUL byte at offset 1\) \(UTF-16 without a byte-order mark\? save it as UTF-8\)/);
  });

  test('a JSON Lines dump is one article per record; bad records are reported by line and the rest load', async () => {
    const { files, diagnostics } = await expandInputs([join(INPUTS, 'dump.jsonl')]);
    const read = files.map((f) => (typeof f === 'string' ? null : f.read));
    expect(read.map((r) => (r?.ok ? [r.article.id, r.article.title, r.article.url, r.article.published, r.article.source] : null))).toEqual([
      ['feed-1', 'Talks in Muscat', 'https://example.com/1', '2026-02-06', 'Example Wire'],
      ['feed-2', 'Strikes', null, null, null],
      ['feed-3', null, null, null, null],
    ]);
    expect(read[2]?.ok && read[2].warnings?.[0]?.message).toMatch(/published "last week" is no date/);
    expect(diagnostics.map((d) => `${d.place}: ${d.message}`)).toEqual([
      expect.stringMatching(/^4: not a JSON object/),
      '6: no text: expected a non-empty string under "body", "text", "content" (or name the field with --field)',
      '7: a record must be a JSON object',
    ]);
  });

  test('in a folder, JSON Lines dumps are read with the articles, and their bad records reported', async () => {
    const { files, diagnostics } = await expandInputs([INPUTS]);
    expect(files.filter((f) => typeof f !== 'string').map((f) => (typeof f === 'string' ? f : f.name))).toEqual([join(INPUTS, 'dump.jsonl:1'), join(INPUTS, 'dump.jsonl:2'), join(INPUTS, 'dump.jsonl:5')]);
    expect(files.filter((f) => typeof f === 'string')).toEqual([join(INPUTS, 'utf16be-bom.txt'), join(INPUTS, 'utf16le-bom.txt'), join(INPUTS, 'utf8-bom.md')]); // array.json only when named
    expect(diagnostics.map((d) => `${d.file}:${d.place}`)).toEqual([4, 6, 7].map((n) => `${join(INPUTS, 'dump.jsonl')}:${n}`));
  });

  test('a JSON array of articles, with the text under a field named by --field', async () => {
    const { files, diagnostics } = await expandInputs([join(INPUTS, 'array.json')], { field: 'story' });
    expect(files.map((f) => (typeof f !== 'string' && f.read.ok ? f.read.article.body : null))).toEqual(['Kushner flew to Riyadh.']);
    expect(diagnostics.map((d) => `${d.place}: ${d.message}`)).toEqual(['[0]: no text: expected a non-empty string under "story"']);
  });

  test('standard input: one article, or a dump', async () => {
    const stdin = (text: string) => async () => new TextEncoder().encode(text);
    const one = await expandInputs(['-'], { stdin: stdin('Iran held talks in Muscat.') });
    expect(one.files.map((f) => typeof f !== 'string' && f.read.ok && f.read.article.body)).toEqual(['Iran held talks in Muscat.']);
    const dump = await expandInputs(['-'], { stdin: stdin('{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n') });
    expect(dump.files.map((f) => typeof f !== 'string' && f.read.ok && f.read.article.id)).toEqual(['a', 'b']);
  });

  test('JSON Lines saved as an article file is refused with what to do', () => {
    const r = parseArticle('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n', 'dump.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message).toBe('looks like JSON, not article text: a dump of articles is read from a .jsonl or .json file (or from standard input)');
  });
});

// read: a file (or stdin text) → Article, or a Diagnostic saying exactly why not.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DUMP_EXTENSIONS, type DumpOptions, looksLikeDump, readDump } from './dumps.js';
import { FEED_EXTENSIONS, idFor, looksLikeFeed, readFeed } from './feeds.js';
import { charsetOf, type FetchOptions, fetchAll, isUrl } from './fetch.js';
import { looksLikeHtml, readPage } from './html.js';
import type { Job } from './pipeline.js';
import { Article, Diagnostic, FrontMatter, toArticleId, toIsoDate } from './schema.js';

/** Larger inputs are refused rather than risking the worker's memory. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.md', '.txt', '.markdown', '.html', '.htm'];
/** What a folder is searched for: articles, web pages, feeds and JSON Lines dumps. */
const FOLDER_EXTENSIONS = [...ARTICLE_EXTENSIONS, ...FEED_EXTENSIONS, '.jsonl', '.ndjson'];
/** A dump is read whole in the main thread; larger ones are refused (split them). */
export const MAX_DUMP_BYTES = 512 * 1024 * 1024;

/** An article read, with warnings about what was left out of it (a date that is no date), or why none was read. */
export type ReadResult = { ok: true; article: Article; warnings?: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

const fail = (file: string, message: string, rule: string, place: string | null = null): { ok: false; diagnostic: Diagnostic } => ({
  ok: false,
  diagnostic: { file, severity: 'error', place, message, source: `read:${rule}` },
});

export async function readArticleFile(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(path, 'is a directory, not an article', 'io');
    if (info.size > MAX_ARTICLE_BYTES) {
      return fail(path, `too large (${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES})`, 'size');
    }
    bytes = await readFile(path);
  } catch (err) {
    return fail(path, `cannot read: ${ioProblem(err)}`, 'io');
  }
  return decodeArticle(bytes, path);
}

export function decodeArticle(bytes: Uint8Array, path: string): ReadResult {
  const decoded = decodeText(bytes, path);
  return decoded.ok ? parseArticle(decoded.text, path) : decoded;
}

/** A web page → an article of its main text, named by its URL (fetched) or file name (saved). */
export function pageArticle(html: string, path: string, url: string | null = null): ReadResult {
  const page = readPage(html, url);
  if (!page.text.trim()) return fail(path, 'a web page with no text in it', 'html');
  return {
    ok: true,
    article: Article.parse({
      id: url ? idFor(url) : idFromPath(path), title: page.title, source: page.site, url: page.url, published: page.published, byline: page.byline, licence: null,
      path, body: page.text, bodyLine: 1, sha256: createHash('sha256').update(html).digest('hex'),
    }),
  };
}

/** Bytes → text: UTF-8 (a byte-order mark is dropped later), or UTF-16 with a byte-order mark; else why not. */
export function decodeText(bytes: Uint8Array, path: string): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  if (bytes.length === 0) return fail(path, 'empty file', 'empty');
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return fail(path, `not valid ${utf16.toUpperCase()} (it opens with that byte-order mark)`, 'utf16');
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const hint = nul < 2 ? ' (UTF-16 without a byte-order mark? save it as UTF-8)' : '';
    return fail(path, `binary file (NUL byte at offset ${nul})${hint}`, 'binary');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(path, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8 or UTF-16 with a byte-order mark`, 'utf8');
  }
}

export function parseArticle(text: string, path: string): ReadResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksLikeHtml(text) && !/^---[ \t]*\r?\n/.test(text)) return pageArticle(text, path);
  if (looksLikeFeed(text)) return fail(path, `an RSS or Atom feed: name it with ${FEED_EXTENSIONS.join(', ')} to read one article per item`, 'feed');
  let meta: unknown = {};
  let body = text;
  let bodyLine = 1;
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    try {
      meta = parseYaml(fm[1]!) ?? {};
    } catch (err) {
      const line = err instanceof YAMLParseError && err.linePos ? `${err.linePos[0].line + 1}:${err.linePos[0].col}` : null;
      return fail(path, `malformed front matter: ${(err as Error).message.split('\n')[0]}`, 'front-matter', line);
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
      return fail(path, 'malformed front matter: expected "key: value" lines', 'front-matter', '2:1');
    }
    body = text.slice(fm[0].length);
    bodyLine = fm[0].split('\n').length;
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    return fail(path, 'malformed front matter: no closing "---" line', 'front-matter', '1:1');
  }
  const fields: Record<string, unknown> = { id: idFromPath(path), ...normaliseMeta(meta as Record<string, unknown>) };
  const warnings: Diagnostic[] = [];
  if (fields.published !== undefined && fields.published !== null) {
    const date = typeof fields.published === 'string' ? toIsoDate(fields.published) : null;
    if (!date) {
      const shown = JSON.stringify(fields.published).slice(0, 60);
      warnings.push({ file: path, severity: 'warning', place: null, message: `front matter: published ${shown} is no date (YYYY-MM-DD or an ISO date-time); the article is loaded without a date`, source: 'read:published' });
    }
    fields.published = date;
  }
  const parsed = FrontMatter.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(path, `malformed front matter: ${issue.path.join('.') || 'value'}: ${issue.message}`, 'front-matter', '1:1');
  }
  if (looksLikeHtml(body)) body = readPage(body).text; // a page under front matter: its text, the front matter's metadata
  if (body.trim() === '') return fail(path, 'empty article (no text after the front matter)', 'empty');
  if (!fm && looksLikeDump(text)) return fail(path, 'looks like JSON, not article text: a dump of articles is read from a .jsonl or .json file (or from standard input)', 'json');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { ok: true, article: Article.parse({ ...parsed.data, path, body, bodyLine, sha256 }), ...(warnings.length ? { warnings } : {}) };
}

/** YAML gives dates and numbers typed; the record keeps them as strings. */
function normaliseMeta(meta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
    else out[key] = value;
  }
  return out;
}

function idFromPath(path: string): string {
  const name = toArticleId(basename(path, extname(path)));
  return name || 'stdin';
}

/** Byte offset of the first malformed UTF-8 sequence (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

const IO_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not an article',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** A file-system error in words ("permission denied"), with its code when it has no entry here. */
export function ioProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (code && IO_PROBLEMS[code]) ?? (code ? `${code}: ${(err as Error).message}` : String((err as Error).message ?? err));
}

export interface InputOptions extends DumpOptions {
  /** Standard input, for "-". */
  stdin?: () => Promise<Uint8Array>;
  /** How URLs are fetched. */
  fetch?: FetchOptions;
}

/**
 * Files, folders (searched recursively), URLs and "-" (standard input) → jobs, in order. An article file or a saved
 * page is read by the worker that extracts it; a dump (.jsonl, .ndjson, .json), a feed (.rss, .atom, .xml), a
 * fetched URL and standard input are read here, a job an article.
 */
export async function expandInputs(paths: string[], options: InputOptions = {}): Promise<{ files: Job[]; diagnostics: Diagnostic[] }> {
  const files: Job[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (file: string, message: string) => diagnostics.push({ file, severity: 'error', place: null, message, source: 'read:input' });
  /** Text that holds a dump, a feed, a page or one article, as its content says. */
  const take = (text: string, origin: string, url: string | null = null) => {
    if (looksLikeFeed(text)) {
      const read = readFeed(text, url ?? origin);
      for (const { article, place } of read.articles) files.push({ name: `${origin}:${place}`, read: { ok: true, article } });
      diagnostics.push(...read.diagnostics);
    } else if (looksLikeDump(text)) {
      const read = readDump(text, origin, options);
      files.push(...read.jobs);
      diagnostics.push(...read.diagnostics);
    } else if (url && looksLikeHtml(text)) files.push({ name: origin, read: pageArticle(text, origin, url) });
    else files.push({ name: origin, read: parseArticle(text, origin) });
  };
  const readWhole = async (path: string) => {
    const bytes = await readFile(path).catch((err: unknown) => void problem(path, `cannot read: ${ioProblem(err)}`));
    if (!bytes) return;
    if (bytes.length > MAX_DUMP_BYTES) return void problem(path, `too large (${bytes.length} bytes; the limit for a dump or feed is ${MAX_DUMP_BYTES})`);
    const decoded = decodeText(bytes, path);
    if (!decoded.ok) return void diagnostics.push(decoded.diagnostic);
    if (isFeedFile(path) && !looksLikeFeed(decoded.text)) return void problem(path, 'not an RSS or Atom feed (its root element is not <rss>, <feed> or <rdf:RDF>)');
    take(decoded.text, path);
  };
  const isDumpFile = (path: string) => DUMP_EXTENSIONS.includes(extname(path).toLowerCase());
  const isFeedFile = (path: string) => FEED_EXTENSIONS.includes(extname(path).toLowerCase());
  const urls = paths.filter(isUrl);
  const fetched = new Map(urls.length ? (await fetchAll(urls, options.fetch)).map((r, i) => [urls[i]!, r]) : []);
  for (const path of paths) {
    const got = fetched.get(path);
    if (got) {
      if (!got.ok) diagnostics.push(got.diagnostic);
      else {
        const decoded = decodeFetched(got.fetched.bytes, got.fetched.contentType, path);
        if (decoded.ok) take(decoded.text, path, got.fetched.finalUrl);
        else diagnostics.push(decoded.diagnostic);
      }
      continue;
    }
    if (path === '-') {
      if (!options.stdin) throw new Error('no standard input to read');
      const decoded = decodeText(await options.stdin(), '<stdin>');
      if (decoded.ok) take(decoded.text, '<stdin>');
      else diagnostics.push(decoded.diagnostic);
      continue;
    }
    if (isDumpFile(path) || isFeedFile(path)) {
      await readWhole(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      problem(path, `cannot read: ${ioProblem(err)}`);
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = (await readdir(path, { recursive: true, withFileTypes: true }))
      // Links are followed (a dangling one is reported when read); other special files are not articles.
      // (In a folder, .json files are left alone: they are as often settings as articles; name them to read them.)
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && FOLDER_EXTENSIONS.includes(extname(d.name).toLowerCase()) && d.name.toLowerCase() !== 'readme.md')
      .map((d) => join(d.parentPath ?? (d as unknown as { path: string }).path, d.name))
      .sort();
    if (!found.length) problem(path, `no articles (${FOLDER_EXTENSIONS.join(', ')} files) in this folder`);
    for (const file of found) {
      if (isDumpFile(file) || isFeedFile(file)) await readWhole(file);
      else files.push(file);
    }
  }
  return { files, diagnostics };
}

/** A response's bytes as text: a byte-order mark first, then the charset its Content-Type names, else UTF-8. */
function decodeFetched(bytes: Uint8Array, contentType: string, url: string): ReturnType<typeof decodeText> {
  const charset = charsetOf(contentType);
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb);
  if (!charset || bom || /^utf-?8$/.test(charset)) return decodeText(bytes, url);
  try {
    return { ok: true, text: new TextDecoder(charset).decode(bytes) };
  } catch {
    return fail(url, `unknown charset "${charset}" in its Content-Type`, 'charset');
  }
}

/** An article from a body held in memory (evaluation data, benchmarks): no front matter to parse. */
export function articleFromBody(id: string, body: string, meta: Partial<Pick<Article, 'title' | 'source' | 'url' | 'published'>> = {}): Article {
  return Article.parse({ id, title: null, source: null, url: null, published: null, licence: null, ...meta, path: id, body, bodyLine: 1, sha256: createHash('sha256').update(body).digest('hex') });
}

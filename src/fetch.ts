// fetch: URLs → bytes, politely and within bounds: a time limit and a size limit per request, a few requests in
// flight, a user agent that names the tool, and a cache by URL so that a re-run reads the disk instead of the site.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Diagnostic } from './schema.js';
import { NEWSGRAPH_VERSION } from './version.js';

export interface FetchOptions {
  /** Per request, from connecting to the last byte. */
  timeoutMs?: number;
  /** A larger response is refused. */
  maxBytes?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  userAgent?: string;
  /** Where responses are kept by URL; null for no cache. */
  cacheDir?: string | null;
  /** Fetch again even when the cache has the URL. */
  refresh?: boolean;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, concurrency: 4, userAgent: `newsgraph/${NEWSGRAPH_VERSION} (+https://github.com/newsgraph/newsgraph)` };

/** The cache folder: NEWSGRAPH_CACHE, else newsgraph/fetch under XDG_CACHE_HOME or ~/.cache. */
export const defaultCacheDir = (env: NodeJS.ProcessEnv) => env.NEWSGRAPH_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'newsgraph', 'fetch');

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

export interface Fetched {
  url: string;
  /** After redirects. */
  finalUrl: string;
  contentType: string;
  bytes: Uint8Array;
  cached: boolean;
}
export type FetchResult = { ok: true; fetched: Fetched } | { ok: false; diagnostic: Diagnostic };

/** Fetch each URL (results in the order given); a failure is a diagnostic naming the URL. */
export async function fetchAll(urls: string[], options: FetchOptions = {}): Promise<FetchResult[]> {
  const limit = pLimit(options.concurrency ?? FETCH_DEFAULTS.concurrency);
  return Promise.all(urls.map((url) => limit(() => fetchOne(url, options))));
}

async function fetchOne(url: string, options: FetchOptions): Promise<FetchResult> {
  const fail = (message: string): FetchResult => ({ ok: false, diagnostic: { file: url, severity: 'error', place: null, message, source: 'read:fetch' } });
  const cacheDir = options.cacheDir === undefined ? null : options.cacheDir;
  const key = createHash('sha256').update(url).digest('hex');
  if (cacheDir && !options.refresh) {
    const hit = await readCached(cacheDir, key);
    if (hit) return { ok: true, fetched: { ...hit, url, cached: true } };
  }
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { 'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
    });
  } catch (err) {
    return fail(signal.aborted ? `no answer within ${timeoutMs / 1000} s` : `cannot fetch: ${causeOf(err)}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fail(`too large (${declared} bytes; the limit is ${maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) return fail(`too large (over ${maxBytes} bytes; the limit is ${maxBytes})`);
      chunks.push(chunk);
    }
  } catch (err) {
    return fail(signal.aborted ? `not received within ${timeoutMs / 1000} s` : `cannot fetch: ${causeOf(err)}`);
  }
  const fetched: Fetched = { url, finalUrl: response.url || url, contentType: response.headers.get('content-type') ?? '', bytes: Buffer.concat(chunks), cached: false };
  if (cacheDir) await writeCached(cacheDir, key, fetched);
  return { ok: true, fetched };
}

const causeOf = (err: unknown) => {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
};

async function readCached(dir: string, key: string): Promise<Omit<Fetched, 'url' | 'cached'> | null> {
  try {
    const meta = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as { finalUrl: string; contentType: string };
    return { finalUrl: meta.finalUrl, contentType: meta.contentType, bytes: await readFile(join(dir, `${key}.body`)) };
  } catch {
    return null;
  }
}

/** Body first, then its description, each by rename: a cache entry is whole or absent. */
async function writeCached(dir: string, key: string, f: Fetched): Promise<void> {
  await mkdir(dir, { recursive: true });
  const tmp = `.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(join(dir, `${key}.body${tmp}`), f.bytes);
  await rename(join(dir, `${key}.body${tmp}`), join(dir, `${key}.body`));
  await writeFile(join(dir, `${key}.json${tmp}`), JSON.stringify({ url: f.url, finalUrl: f.finalUrl, contentType: f.contentType, fetchedAt: new Date().toISOString() }));
  await rename(join(dir, `${key}.json${tmp}`), join(dir, `${key}.json`));
}

/** Bytes in the charset the response names (UTF-8 when it names none, or a byte-order mark says otherwise). */
export function charsetOf(contentType: string): string | null {
  const m = /charset=["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : null;
}

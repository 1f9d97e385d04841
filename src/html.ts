// html: a saved or fetched news page → its main text and metadata. Boilerplate (navigation, related links, footers)
// is removed by Mozilla's Readability, the engine of Firefox's reader view, over linkedom's DOM; the metadata comes
// from the page's JSON-LD and meta tags, which publishers fill for search engines and are more reliable than the body.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from './schema.js';

export interface Page {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
}

/** A text is a page when it opens as an HTML document or is mostly tags. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i.test(text) || (text.match(/<\/?(p|div|span|a|br|script|head|body)\b/gi)?.length ?? 0) > 20;
}

/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);
/** Elements that end a paragraph (a blank line), and those that end a line. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HR', 'DL']);
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'BR']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Visible text of a DOM subtree, paragraphs separated by blank lines, runs of white space collapsed. */
export function domText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    const mark = BLOCK.has(tag) ? '\n\n' : LINE.has(tag) ? '\n' : '';
    if (mark) out.push(mark);
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (mark) out.push(mark);
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An HTML fragment (a feed item's description) → its text. */
export function fragmentText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domText(document.body as unknown as DomNode);
}

/** A whole page → its main text and metadata; `url` is where it was fetched from, if it was. */
export function readPage(html: string, url: string | null = null): Page {
  const { document } = parseHTML(html);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const published = [ld.datePublished, meta('article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued', 'sailthru.date'), document.querySelector('time[datetime]')?.getAttribute('datetime')]
    .map((d) => (typeof d === 'string' ? isoDay(d) : null))
    .find(Boolean) ?? null;
  const headline = (typeof ld.headline === 'string' ? ld.headline : null) ?? meta('og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const site = publisherName(ld) ?? meta('og:site_name', 'application-name');
  const author = authorName(ld) ?? meta('author', 'article:author', 'byl', 'parsely-author');
  // Readability keeps an ad slot or a share bar inside the story: they go first, by their class or their words.
  for (const el of document.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // (Short ones only: a story's own container may carry a class like "has-share-bar".)
    if (/(^|[\s_-])(ad|ads|advert|advertisement|ad-?slot|dfp|promo|newsletter|share|sharing|social)([\s_-]|$)/i.test(names) && (el.textContent ?? '').length < 300) el.remove();
  }
  for (const el of document.querySelectorAll('p, div, span, aside')) {
    if (/^\s*(advertisement|advertisement - scroll to continue|story continues below advertisement|sponsored)\s*$/i.test(el.textContent ?? '')) el.remove();
  }
  // Readability changes the document it reads: metadata first, then the text.
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) text = fragmentText(article.content);
  if (!text) text = domText(document.body as unknown as DomNode);
  const canonicalUrl = canonical ?? meta('og:url');
  return {
    text,
    title: clean(headline ?? article?.title ?? null),
    byline: clean(author ?? article?.byline ?? null),
    published,
    url: canonicalUrl ? absoluteUrl(canonicalUrl, url) : url,
    site: clean(site ?? article?.siteName ?? null),
  };
}

/** A link read against the address of the page or feed it is in; as written when it cannot be (no base, no URL). */
export function absoluteUrl(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

const clean = (s: string | null) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

/** "2026-02-06T10:00:00+04:00", "Fri, 06 Feb 2026 10:00:00 GMT" → "2026-02-06" (the day as written, not moved to UTC). */
export function isoDay(value: string): string | null {
  const iso = toIsoDate(value) ?? toIsoDate(value.trim().slice(0, 10));
  if (iso) return iso;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  // RFC 822 dates (feeds) name their day first: keep that day, whatever the zone.
  const m = /\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{4})\b/i.exec(value);
  if (m) {
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[2]!.toLowerCase()) + 1;
    return toIsoDate(`${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  return new Date(t).toISOString().slice(0, 10);
}

type Json = Record<string, unknown>;

/** The page's JSON-LD object describing the article (NewsArticle, Article, ReportageNewsArticle, ...), if any. */
function jsonLdArticle(document: { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> }): Json {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const found: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (types.some((t) => /Article$|^BlogPosting$|^NewsArticle$|^Report$/.test(t))) found.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags remain.
    }
  }
  return found[0] ?? {};
}

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ((v as Json).name as string).trim() || null;
  return null;
};
const authorName = (ld: Json) => nameOf(ld.author);
const publisherName = (ld: Json) => nameOf(ld.publisher);

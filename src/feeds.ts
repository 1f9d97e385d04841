// feeds: an RSS 2.0 (or RSS 1.0/RDF) or Atom feed → one article per item, with its title, link, date and source;
// the item's text from content:encoded, content, description or summary, HTML in it turned into text.
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { absoluteUrl, fragmentText, isoDay } from './html.js';
import { Article, type Diagnostic, toArticleId } from './schema.js';

export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml'];

/** A text is a feed when its root element is <rss>, <feed> or <rdf:RDF>. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(rss|feed|rdf:RDF)[\s>]/.test(text.replace(/^\uFEFF/, ''));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Entities of the document's own DTD are not expanded (no "billion laughs"); the five XML ones and HTML's are.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author'].includes(name),
  parseTagValue: false,
  trimValues: true,
});

type Node = Record<string, unknown>;

/** Text of an element that may carry attributes ({ '#text': ..., '@_type': 'html' }) or be a list of them. */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  const s = String(v).trim();
  return s || null;
}

export interface FeedRead {
  articles: { article: Article; place: string }[];
  diagnostics: Diagnostic[];
}

/** The items of a feed as articles; `origin` is the file or URL it came from (the base of relative links). */
export function readFeed(xml: string, origin: string): FeedRead {
  const diagnostics: Diagnostic[] = [];
  const problem = (place: string | null, message: string) => diagnostics.push({ file: origin, severity: 'error', place, message, source: 'read:feed' });
  let doc: Node;
  const unmarked = xml.replace(/^\uFEFF/, ''); // without a byte-order mark
  try {
    // The parser forgives unclosed elements; the validator names them, with their line.
    if (!/^\s*</.test(unmarked)) throw new Error('no XML');
    const valid = XMLValidator.validate(unmarked);
    if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
    doc = parser.parse(unmarked) as Node;
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    problem(null, message === 'no XML' ? 'not an RSS or Atom feed (not XML)' : `not a well-formed feed: ${message}`);
    return { articles: [], diagnostics };
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const items = ((rss ? channel?.item : rdf ? rdf.item : atom?.entry) ?? []) as Node[];
  if (!rss && !rdf && !atom) {
    problem(null, 'not an RSS or Atom feed (its root element is not <rss>, <feed> or <rdf:RDF>)');
    return { articles: [], diagnostics };
  }
  const source = text(channel?.title ?? atom?.title);
  // Relative links are read against the feed's URL, or for a saved feed the site it names.
  const base = /^https?:\/\//.test(origin) ? origin : ((rss || rdf) ? text(channel?.link) : atomLink(atom?.link)) ?? origin;
  const stem = origin.replace(/^[a-z]+:\/\//i, '').replace(/\.(rss|atom|xml)$/i, '');
  const articles: FeedRead['articles'] = [];
  items.forEach((item, i) => {
    const place = `item ${i + 1}`;
    const link = atom ? atomLink(item.link) : text(item.link) ?? guidLink(item.guid);
    const url = link ? absoluteUrl(link, base) : null;
    const html = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    const body = html ? fragmentText(html) : '';
    if (!body) return void problem(place, 'no text (no content:encoded, content, description or summary)');
    const date = text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated);
    const published = date ? isoDay(date) : null;
    if (date && !published) diagnostics.push({ file: origin, severity: 'warning', place, message: `date ${JSON.stringify(date.slice(0, 60))} is no date; the item is loaded without one`, source: 'read:feed' });
    const title = text(item.title);
    const id = idFor(url ?? text(item.guid) ?? text(item.id) ?? `${stem}-${i + 1}`);
    const itemSource = text(item.source) ?? source;
    articles.push({
      place,
      article: Article.parse({
        id, title: title ? fragmentText(title) : null, source: itemSource, url, published, licence: null,
        byline: text(item['dc:creator']) ?? authorName(item.author),
        path: origin, body, bodyLine: 1, sha256: createHash('sha256').update(`${title ?? ''}\n${url ?? ''}\n${date ?? ''}\n${body}`).digest('hex'),
      }),
    });
  });
  if (!items.length) problem(null, 'a feed with no items');
  return { articles, diagnostics };
}

/** Atom's <link rel="alternate" href="..."/> (or the first link without a rel). */
function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : links ? [links] : []) as Node[];
  const pick = list.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? list[0];
  return pick ? (typeof pick === 'string' ? pick : text(pick['@_href'])) : null;
}

/** An RSS <author> is text; an Atom <author> holds a <name>. */
function authorName(author: unknown): string | null {
  const first = Array.isArray(author) ? author[0] : author;
  return first && typeof first === 'object' && 'name' in first ? text((first as Node).name) : text(first);
}

/** An RSS guid is a link unless it says isPermaLink="false". */
function guidLink(guid: unknown): string | null {
  if (guid && typeof guid === 'object' && (guid as Node)['@_isPermaLink'] === 'false') return null;
  const g = text(guid);
  return g && /^https?:\/\//.test(g) ? g : null;
}

/** A stable article id from a URL or guid: host and path, so a feed read again gives the same ids. */
export function idFor(ref: string): string {
  const path = ref.replace(/^[a-z]+:\/\//i, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\.(html?|php|aspx?)$/i, '');
  return toArticleId(path).replace(/-+$/, '').slice(0, 200) || 'item';
}

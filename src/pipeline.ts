// processArticle: one article through segment → extract → resolve → validate. Plain data in, plain data out.
import { resolveArmedGroups } from './extract/armed-groups.js';
import { findClaims } from './extract/claims.js';
import { countryIn } from './extract/lexicon.js';
import { findEvents } from './extract/events.js';
import { typeListedBodies } from './extract/bodies.js';
import { findMentions } from './extract/mentions.js';
import { type ModelUse, withModel } from './extract/model-names.js';
import { spansWithin, tokenize } from './extract/nlp.js';
import { findInteractions } from './extract/interactions.js';
import { findRelations } from './extract/relations.js';
import { withoutWeapons } from './extract/weapons.js';
import { resolve } from './resolve.js';
import { readArticleFile, type ReadResult } from './read.js';
import { type Article, type Claim, type Diagnostic, ExtractionRecord } from './schema.js';
import { segment } from './segment.js';

export interface Processed {
  record: ExtractionRecord;
  diagnostics: Diagnostic[];
}

/** One file: read, then process; a bad file is one diagnostic. The unit of work of ExtractPool. */
export type FileResult = { ok: true; record: ExtractionRecord; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic } | { ok: 'out-of-shard'; id: string };
export interface Shard {
  index: number;
  count: number;
}

/**
 * What a worker extracts: a file to read there, or an article read already (from standard input, or a record of a
 * JSONL dump), under a name for messages.
 */
export type Job = string | { name: string; read: ReadResult };
export const jobName = (job: Job) => (typeof job === 'string' ? job : job.name);

/** Read (if need be) and extract one job; with a shard, an article of another shard is read but not extracted. */
export async function extractFile(job: Job, shard?: Shard): Promise<FileResult> {
  const read = typeof job === 'string' ? await readArticleFile(job) : job.read;
  if (!read.ok) return read;
  if (shard && shardOf(read.article.id, shard.count) !== shard.index) return { ok: 'out-of-shard', id: read.article.id };
  try {
    const { record, diagnostics } = processArticle(read.article);
    return { ok: true, record, diagnostics: [...(read.warnings ?? []), ...diagnostics] };
  } catch (err) {
    // A bug or a pathological text must not stop the batch: the article is reported and skipped.
    return { ok: false, diagnostic: { file: jobName(job), severity: 'error', place: null, message: `extraction failed: ${(err as Error).message.split('\n')[0]}`, source: 'extract:internal' } };
  }
}

/** `use`: how the trained tagger helps the rules (evaluation switches it; extraction uses the committed model). */
export function processArticle(article: Article, use: ModelUse = {}): Processed {
  const { body } = article;
  const diagnostics: Diagnostic[] = [];
  const sentences = segment(body);
  const tokens = tokenize(body);
  const found = withModel(body, tokens, sentences, findMentions(body, tokens, sentences), use);
  // The dictionaries name armed groups and bodies better than weak evidence types them; weapons are no names.
  const names = withoutWeapons(body, typeListedBodies(body, resolveArmedGroups(body, found)));
  const mentions = [...names, ...findEvents(body, names)];
  const { entities, entityOf } = resolve(mentions);
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  // Events say nothing: speakers and outlets are names.
  const rawClaims = findClaims(body, tokens, sentences, names, (m) => typeOf.get(entityOf.get(m) ?? ''));
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const claims: Claim[] = rawClaims.map((c) => {
    const speakerText = c.speakerStart === null ? null : body.slice(c.speakerStart, c.speakerEnd ?? c.speakerStart);
    // What an unnamed speaker is: its words, or the description it stands for ("Another").
    const speakerDescription = speakerText === null || !/\+speaker:(description|another)/.test(c.rule) ? null : (c.speakerDescription ?? speakerText);
    return {
      id: `${article.id}:claim:${c.start}-${c.end}`,
      kind: c.kind,
      text: c.text,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      cue: c.cue,
      speaker: c.speakerMention ? entityOf.get(c.speakerMention) ?? null : null,
      speakerText,
      speakerStart: c.speakerStart,
      speakerEnd: c.speakerEnd,
      speakerDescription,
      speakerAffiliation: speakerText === null ? null : countryIn(speakerDescription ?? speakerText),
      via: c.via ? entityOf.get(c.via) ?? null : null,
      about: [...new Set(spansWithin(byStart, c.start, c.end).flatMap((m) => entityOf.get(m) ?? []))],
      quotes: c.quotes,
      rule: c.rule,
    };
  });
  // Acts between actors may name a country by adjective only ("an Iranian drone"): it joins the entities then.
  const acts = findInteractions(body, tokens, sentences, entities, claims, article.published);
  const relations = [...findRelations(body, entities, sentences), ...acts.relations];
  const record = ExtractionRecord.parse({
    article: { id: article.id, title: article.title, source: article.source, url: article.url, published: article.published, byline: article.byline, sha256: article.sha256 },
    entities: [...entities, ...acts.added],
    claims,
    relations,
  });
  // Every span must be exactly the text it claims; anything else is dropped and reported, never loaded.
  for (const e of record.entities) {
    e.mentions = e.mentions.filter((m) => spanOk(article, m.start, m.end, m.text, 'mention', diagnostics));
  }
  record.entities = record.entities.filter((e) => e.mentions.length > 0);
  record.claims = record.claims.filter((c) => spanOk(article, c.start, c.end, c.text, 'claim', diagnostics) && quotesOk(article, c, diagnostics));
  return { record, diagnostics };
}

function spanOk(article: Article, start: number, end: number, text: string, what: string, diagnostics: Diagnostic[]): boolean {
  if (article.body.slice(start, end) === text) return true;
  diagnostics.push({ file: article.path, severity: 'warning', place: place(article, start, end), message: `${what} offsets do not match its text "${text}"; dropped`, source: 'validate:offsets' });
  return false;
}

function quotesOk(article: Article, c: Claim, diagnostics: Diagnostic[]): boolean {
  if (c.quotes.every((q) => q.start >= c.start && q.end <= c.end && q.start < q.end)) return true;
  diagnostics.push({ file: article.path, severity: 'warning', place: place(article, c.start, c.end), message: `claim "${c.text}" has quoted parts outside it; dropped`, source: 'validate:offsets' });
  return false;
}

/** line:col-line:col in the file for a body span (1-based), for diagnostics. */
export function place(article: Article, start: number, end: number): string {
  const at = (pos: number) => {
    const before = article.body.slice(0, pos);
    const line = before.split('\n').length;
    return `${article.bodyLine + line - 1}:${pos - before.lastIndexOf('\n')}`;
  };
  return `${at(start)}-${at(end)}`;
}

/** Stable shard of an article id: FNV-1a hash modulo the shard count, the same on every machine. */
export function shardOf(id: string, count: number): number {
  return fnv1a(id) % count;
}

/** The 32-bit FNV-1a hash of a text: small, fast, the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

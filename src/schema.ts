// The record contract: every record type is defined here once, as a zod schema, and typed with z.infer.
import { z } from 'zod';
import { printable } from './format.js';

export const ENTITY_TYPES = ['person', 'place', 'organization', 'force', 'event'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

const offset = z.number().int().nonnegative();

/** A calendar date that exists ("2024-02-30" does not). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** An ISO date, YYYY-MM-DD, that exists. */
export const IsoDate = z.string().refine(isRealDate, 'must be a date as YYYY-MM-DD');

/**
 * A publication date from front matter or a feed: an ISO date, or an ISO date-time whose date part is kept
 * ("2026-02-06T10:30:00Z" → "2026-02-06"); null when it is neither.
 */
export function toIsoDate(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  return m && isRealDate(m[1]!) ? m[1]! : null;
}

/** Any text (a file name, a dump's id, a URL) as an article id: letters, digits and . _ : - only, opening with one of the first two. */
export const toArticleId = (text: string): string => text.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');

/** Front matter of a corpus file. Unknown keys are kept out of the record (e.g. `note`). */
export const FrontMatter = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'id must be letters, digits and . _ : - only'),
  title: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  published: IsoDate.nullable().default(null),
  /** Who wrote it, when the page or feed says. */
  byline: z.string().nullable().default(null),
  licence: z.string().nullable().default(null),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export const Article = FrontMatter.extend({
  path: z.string(),
  body: z.string(),
  /** Offset of the body within the file, so diagnostics can name file lines. */
  bodyLine: z.number().int().positive(),
  sha256: z.string().length(64),
});
export type Article = z.infer<typeof Article>;

export const ArticleMeta = Article.pick({ id: true, title: true, source: true, url: true, published: true, byline: true, sha256: true });
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Span = z.object({ start: offset, end: offset, text: z.string() });
export type Span = z.infer<typeof Span>;

export const Mention = Span.extend({
  sentence: z.number().int().nonnegative(),
  /** The pattern that produced the mention: provenance for every fact. */
  rule: z.string(),
  /** e.g. a capital used for its government ("Tehran insisted"). */
  metonymy: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  attributes: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  mentions: z.array(Mention).min(1),
});
export type Entity = z.infer<typeof Entity>;

/** direct: the claim carries the speaker's own words in quotation marks (see `quotes`); indirect: paraphrase only. */
export const ClaimKind = z.enum(['direct', 'indirect']);
export const Claim = z.object({
  id: z.string(),
  kind: ClaimKind,
  text: z.string(),
  start: offset,
  end: offset,
  sentence: z.number().int().nonnegative(),
  cue: z.string().nullable(),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  speakerStart: offset.nullable(),
  speakerEnd: offset.nullable(),
  /**
   * What an unnamed speaker is, as the article describes it ("an Iranian diplomatic source"; for "Another" after it,
   * that description); null for a named speaker or none.
   */
  speakerDescription: z.string().nullable(),
  /** The country an unnamed speaker belongs to, as described ("an Iranian diplomatic source" → Iran). */
  speakerAffiliation: z.string().nullable(),
  /** The outlet the claim reached us through ("told the Reuters news agency"). */
  via: z.string().nullable(),
  about: z.array(z.string()),
  /** The verbatim parts, quote marks included: one for a quote, two for a quote split around its cue, none for paraphrase. */
  quotes: z.array(z.object({ start: offset, end: offset })),
  rule: z.string(),
});
export type Claim = z.infer<typeof Claim>;

export const RELATION_TYPES = [
  // What one actor does to another, as a sentence reports it (each with a CAMEO event code where CAMEO has one).
  'FIGHTS', 'ALLIED_WITH', 'SUPPORTS', 'MET_WITH', 'TALKED_TO', 'CRITICIZES', 'PRAISES',
  // Standing relations.
  'HOLDS_ROLE', 'COMMANDS', 'LEADS', 'RELATIVE_OF', 'MEMBER_OF', 'PART_OF', 'AFFILIATED_WITH', 'OPERATES_IN', 'LOCATED_IN',
  // An actor in an event (label: actor, target or party).
  'PARTICIPATED_IN',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export const Relation = z.object({
  type: RelationType,
  from: z.string(),
  to: z.string(),
  /** Free text qualifier: the role ("Special Envoy"), the kinship ("son-in-law"). */
  label: z.string().nullable(),
  rule: z.string(),
  /** The CAMEO event code of an act ("190" use conventional military force, "046" negotiate); null for standing relations. */
  code: z.string().nullable().default(null),
  /** When the sentence says it happened, as precisely as it says: "2026-02-06", "2025-06", "2025"; null when it does not. */
  date: z.string().nullable().default(null),
  /** The event entity the act belongs to (the talks, the strikes), when the sentence names one. */
  event: z.string().nullable().default(null),
  /** Where the sentence says the act happened ("strikes near Mosul"): a place entity. */
  place: z.string().nullable().default(null),
  /** Where the text says so: the span and the sentence that holds it (its text, for reading a path hop by hop). */
  evidence: z.object({ start: offset, end: offset, sentence: z.number().int().nonnegative(), text: z.string() }),
});
export type Relation = z.infer<typeof Relation>;

export const ExtractionRecord = z.object({
  article: ArticleMeta,
  entities: z.array(Entity),
  claims: z.array(Claim),
  relations: z.array(Relation),
});
export type ExtractionRecord = z.infer<typeof ExtractionRecord>;

export const Severity = z.enum(['error', 'warning']);
export const Diagnostic = z.object({
  file: z.string(),
  severity: Severity,
  /** 1-based line:column range in the file, when the problem has a place. */
  place: z.string().nullable(),
  message: z.string(),
  /** stage:rule that raised it, e.g. read:utf8. */
  source: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export function formatDiagnostic(d: Diagnostic): string {
  return printable(`${d.file}${d.place ? `:${d.place}` : ''}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message} [${d.source}]`);
}

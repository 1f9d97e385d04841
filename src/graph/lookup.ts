// lookup: the names people type → entities. An exact name (id, name, alias, titled form) is taken as it is; else
// Neo4j's full-text index (case and accents folded) is asked, fuzzily, so "Witkoff", "witkof" and "Kushnr" find
// Steve Witkoff and Jared Kushner. One clear best match is used, and said; otherwise the closest names are offered.
import { normalise } from '../resolve.js';
import type { Connection } from './neo4j.js';
import { loadQueries, type Query, QueryError, type Row, runQuery } from './queries.js';

export interface Candidate {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
  score: number;
}

const q = (name: string) => loadQueries().get(name)!;

/** Lucene's English stop words: not in the index, so a query that requires one finds nothing. */
const STOP_WORDS = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

/** The text as a Lucene query: every word must match, exactly (weighted up) or within one or two edits. */
export function luceneQuery(text: string): string | null {
  const words = normalise(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w)).slice(0, 8);
  if (!words.length) return null;
  // Words are letters and digits only, so nothing in them is Lucene syntax. Short words may match (they are often
  // initials); longer ones must, exactly or within one edit (two for long words).
  return words.map((w) => (w.length < 3 ? w : w.length < 4 ? `+${w}` : `+(${w}^4 OR ${w}~${w.length < 7 ? 1 : 2})`)).join(' ');
}

/** Entities matching the text, best first. */
export async function search(conn: Connection, text: string, limit = 10): Promise<Candidate[]> {
  const lucene = luceneQuery(text);
  if (!lucene) return [];
  const rows = await runQuery(conn.driver, conn.database, q('admin-search'), { lucene, limit });
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, type: r.type as string, aliases: (r.aliases as string[] | null) ?? [], mentions: Number(r.mentions), articles: Number(r.articles), score: Number(r.score) }));
}

export type Resolution =
  | { kind: 'exact'; id: string; name: string }
  | { kind: 'closest'; id: string; name: string; type: string }
  | { kind: 'none'; suggestions: Candidate[] };

/** What a typed name stands for: itself (exact), one clear best full-text match, or nothing (with the closest names). */
export async function resolveName(conn: Connection, name: string): Promise<Resolution> {
  const [exact] = await runQuery(conn.driver, conn.database, q('admin-entity-exact'), { name, key: normalise(name) });
  if (exact) return { kind: 'exact', id: exact.id as string, name: exact.name as string };
  const found = await search(conn, name, 5);
  const [best, next] = found;
  // Clearly best: alone, or well ahead of the next (a surname shared by two people is not clear).
  if (best && (!next || best.score >= 1.5 * next.score)) return { kind: 'closest', id: best.id, name: best.name, type: best.type };
  return { kind: 'none', suggestions: found };
}

/** No entity for a name: says so, with the closest names when there are some. */
export class NoSuchEntity extends QueryError {
  constructor(readonly entityName: string, readonly suggestions: Candidate[]) {
    super(`no entity named "${entityName}" in the graph${suggestions.length ? `; did you mean ${suggestions.map((s) => `${s.name} (${s.type}, ${s.articles} article${s.articles === 1 ? '' : 's'})`).join(', ')}?` : ' (newsgraph search TEXT lists names that match)'}`);
  }
}

/**
 * A query's entity parameters (declared `entity`) resolved to entity ids; `onNote` hears each name taken for
 * another ("witkof" as Steve Witkoff). A name that matches nothing clearly throws NoSuchEntity.
 */
export async function resolveParams(conn: Connection, query: Query, params: Record<string, unknown>, onNote?: (note: string) => void): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...params };
  for (const p of query.params.filter((x) => x.type === 'entity')) {
    const value = params[p.name];
    if (typeof value === 'string' && value.trim()) out[p.name] = await entityId(conn, value, onNote);
  }
  return out;
}

/** The id of the entity a typed name stands for; `onNote` hears a name taken for another. Throws NoSuchEntity. */
export async function entityId(conn: Connection, name: string, onNote?: (note: string) => void): Promise<string> {
  const r = await resolveName(conn, name);
  if (r.kind === 'none') throw new NoSuchEntity(name, r.suggestions);
  if (r.kind === 'closest') onNote?.(`"${name}" is taken as ${r.name} (${r.type}); newsgraph search lists other matches`);
  return r.id;
}

/** Run a prepared query with its entity names resolved first. */
export async function runWithLookup(conn: Connection, query: Query, params: Record<string, unknown>, onNote?: (note: string) => void): Promise<Row[]> {
  return runQuery(conn.driver, conn.database, query, await resolveParams(conn, query, params, onNote));
}

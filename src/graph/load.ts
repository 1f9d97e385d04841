// load: extraction records → Neo4j, as UNWIND batches in managed write transactions, a bounded number in flight.
// Order makes a killed load safe to re-run: an article's hash is set only after all its content is in,
// so an interrupted article is cleared and loaded again, and MERGE on unique ids never duplicates.
import pLimit from 'p-limit';
import { type Decision, decide, type Person, SURNAME_RULE, surnameKey } from '../merge.js';
import { normalise } from '../resolve.js';
import { type Entity, type ExtractionRecord, RelationType } from '../schema.js';
import { EXTRACTOR_VERSION } from '../version.js';
import type { Connection } from './neo4j.js';
import { loadQueries, type Row, runQuery } from './queries.js';

export interface LoadOptions {
  batchSize: number;
  concurrency: number;
}
// Two batches in flight, as many as the bench machine has cores: batches of a news corpus share their hottest
// entities (the United States, the president), so more only queue on the same locks.
export const DEFAULT_LOAD: LoadOptions = { batchSize: 1000, concurrency: 2 };

export interface LoadStats {
  loaded: number;
  skipped: number;
  replaced: number;
  entities: number;
  mentions: number;
  claims: number;
  relations: number;
}
export const emptyStats = (): LoadStats => ({ loaded: 0, skipped: 0, replaced: 0, entities: 0, mentions: 0, claims: 0, relations: 0 });

const q = (name: string) => loadQueries().get(name)!;

export async function applySchema(conn: Connection): Promise<void> {
  await runQuery(conn.driver, conn.database, q('schema'), {}, 'write');
}

/** Load one group of records; returns what it did. Call applySchema once first. */
export async function loadRecords(conn: Connection, records: ExtractionRecord[], opts: LoadOptions = DEFAULT_LOAD): Promise<LoadStats> {
  const stats = emptyStats();
  const write = (name: string, rows: Row[], group?: string, order?: string) => runBatches(conn, name, rows, opts, group, order);
  const latest = new Map((await redirect(conn, records)).map((r) => [r.article.id, r])); // the last copy of an id wins
  const existing = new Map(
    (await runQuery(conn.driver, conn.database, q('load-existing'), { ids: [...latest.keys()] }, 'write')).map((r) => [r.id as string, `${r.sha256}/${r.extractor}`]),
  );
  // Same text, same extractor: nothing to do. Otherwise (new, changed, interrupted, or made by another extractor) load.
  const todo = [...latest.values()].filter((r) => existing.get(r.article.id) !== `${r.article.sha256}/${EXTRACTOR_VERSION}`);
  stats.skipped = records.length - todo.length;
  const replace = todo.filter((r) => existing.has(r.article.id)).map((r) => r.article.id);
  if (replace.length) await write('load-clear', replace.map((id) => ({ id })));
  stats.replaced = replace.length;
  if (!todo.length) return stats;
  const steps = loadSteps(todo);
  for (const step of steps) await write(step.query, step.rows, step.group, step.order);
  const size = (name: string) => steps.find((x) => x.query === name)!.rows.length;
  Object.assign(stats, { loaded: todo.length, entities: size('load-entities'), mentions: size('load-mentions'), claims: size('load-claims'), relations: size('load-relations') });
  return stats;
}

/** One load query and its rows; `group` and `order` as in runBatches. */
export interface LoadStep {
  query: string;
  rows: Row[];
  group?: string;
  order?: string;
}

/**
 * The rows that load these records, query by query, in the order they must run: articles and entities first,
 * then what links them (one kind after another, not side by side: mentions, claims and relations all lock the
 * same hot entities), and last the articles' hashes that mark them complete.
 */
export function loadSteps(todo: ExtractionRecord[]): LoadStep[] {
  const entities = new Map<string, Row & { aliases: string[]; titles: string[]; keys: string[]; dates: string[] }>();
  const mentions: Row[] = [];
  const claims: Row[] = [];
  const relations: Row[] = [];
  for (const { article, entities: es, claims: cs, relations: rs } of todo) {
    for (const e of es) {
      const row = entities.get(e.id) ?? { id: e.id, type: e.type, name: e.name, key: normalise(e.name), surname: e.type === 'person' ? surnameKey(e.name) : null, aliases: [], titles: [], keys: [normalise(e.name)], affiliation: null, formation: null, dates: [], when: null };
      for (const a of e.aliases) if (!row.aliases.includes(a)) row.aliases.push(a);
      for (const k of e.aliases.map(normalise)) if (!row.keys.includes(k)) row.keys.push(k);
      const titles = e.attributes.titles;
      for (const t of Array.isArray(titles) ? titles : []) {
        if (!row.titles.includes(t)) row.titles.push(t);
        // "President Trump" finds Trump: titled forms are lookup keys too.
        for (const k of [e.name, ...e.aliases].map((n) => normalise(`${t} ${n}`))) if (!row.keys.includes(k)) row.keys.push(k);
      }
      row.affiliation ??= typeof e.attributes.affiliation === 'string' ? e.attributes.affiliation : null;
      row.formation ??= typeof e.attributes.formation === 'string' ? e.attributes.formation : null;
      // An event's dates, as precise as its articles give them ("2026-02-06", "2025-06"); `when` as first written.
      if (typeof e.attributes.date === 'string' && !row.dates.includes(e.attributes.date)) row.dates.push(e.attributes.date);
      row.when ??= typeof e.attributes.when === 'string' ? e.attributes.when : null;
      entities.set(e.id, row);
      mentions.push({
        entity: e.id, article: article.id, count: e.mentions.length,
        sentences: [...new Set(e.mentions.map((m) => m.sentence))],
        spans: e.mentions.flatMap((m) => [m.start, m.end]),
        texts: e.mentions.map((m) => m.text),
        rules: [...new Set(e.mentions.map((m) => m.rule))],
        metonymy: e.mentions.find((m) => m.metonymy)?.metonymy ?? null,
      });
    }
    for (const c of cs) {
      // An unnamed speaker described in the text ("an Iranian diplomatic source", "officials") becomes a Source node.
      const unnamed = c.speaker === null && c.speakerDescription !== null;
      const affiliationId = es.find((e) => e.type === 'place' && e.name === c.speakerAffiliation)?.id ?? null;
      claims.push({
        source: unnamed ? { description: c.speakerDescription, affiliation: c.speakerAffiliation, affiliationId } : null, id: c.id, article: article.id, kind: c.kind, text: c.text, cue: c.cue, start: c.start, end: c.end, sentence: c.sentence, speaker: c.speaker, speakerText: c.speakerText, speakerStart: c.speakerStart, speakerEnd: c.speakerEnd, speakerDescription: c.speakerDescription, speakerAffiliation: c.speakerAffiliation, via: c.via, about: c.about, quotes: c.quotes.flatMap((x) => [x.start, x.end]), rule: c.rule });
    }
    for (const r of rs) {
      // The type becomes a relationship type in Cypher ($(row.type)): only the schema's types pass.
      if (!RelationType.safeParse(r.type).success) throw new Error(`unknown relation type ${JSON.stringify(r.type)} in ${article.id}`);
      relations.push({ type: r.type, from: r.from, to: r.to, article: article.id, props: { label: r.label, rule: r.rule, code: r.code, date: r.date, event: r.event, place: r.place, start: r.evidence.start, end: r.evidence.end, sentence: r.evidence.sentence, evidence: r.evidence.text } });
    }
  }
  return [
    { query: 'load-articles', rows: todo.map(({ article: a }) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, byline: a.byline })) },
    { query: 'load-entities', rows: [...entities.values()], order: 'id' },
    { query: 'load-mentions', rows: mentions, group: 'article', order: 'entity' },
    { query: 'load-claims', rows: claims, group: 'article', order: 'speaker' },
    { query: 'load-relations', rows: relations, group: 'article', order: 'from' },
    { query: 'load-complete', rows: todo.map(({ article: a }) => ({ id: a.id, sha256: a.sha256, extractor: EXTRACTOR_VERSION })) },
  ];
}

/** Records with the ids of entities merged earlier replaced by the entity they were merged into (names kept as aliases). */
async function redirect(conn: Connection, records: ExtractionRecord[]): Promise<ExtractionRecord[]> {
  const ids = [...new Set(records.flatMap((r) => r.entities.map((e) => e.id)))];
  const rows = ids.length ? await runQuery(conn.driver, conn.database, q('load-redirects'), { ids }, 'write') : [];
  if (!rows.length) return records;
  const into = new Map(rows.map((r) => [r.id as string, { id: r.into as string, name: r.name as string }]));
  const to = (id: string) => into.get(id)?.id ?? id;
  return records.map((r) => {
    if (!r.entities.some((e) => into.has(e.id))) return r;
    const entities = new Map<string, Entity>();
    for (const e of r.entities) {
      const target = into.get(e.id);
      const moved: Entity = target ? { ...e, id: target.id, name: target.name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== target.name) } : e;
      const held = entities.get(moved.id);
      // Two names of one article that are now one entity: one entity with both names' mentions.
      entities.set(moved.id, held ? { ...held, aliases: [...new Set([...held.aliases, ...moved.aliases])], mentions: [...held.mentions, ...moved.mentions].sort((a, b) => a.start - b.start) } : moved);
    }
    return {
      ...r,
      entities: [...entities.values()],
      claims: r.claims.map((c) => ({ ...c, speaker: c.speaker && to(c.speaker), via: c.via && to(c.via), about: [...new Set(c.about.map(to))] })),
      relations: r.relations.map((x) => ({ ...x, from: to(x.from), to: to(x.to) })).filter((x) => x.from !== x.to),
    };
  });
}

export interface Merges {
  /** "Trump → Donald Trump" */
  merged: string[];
  /** "Smith: John Smith, Maria Smith" */
  ambiguous: string[];
}

/**
 * One entity per person across articles: a person named by surname alone ("Trump", "President Trump") joins the
 * person whose full name ends in it ("Donald Trump") when the graph has exactly one such full name; with several
 * ("John Smith", "Maria Smith") it stays apart, marked with the names it could be. `keys` are the surnames to look at.
 */
export async function mergePeople(conn: Connection, keys: string[]): Promise<Merges> {
  if (!keys.length) return { merged: [], ambiguous: [] };
  const candidates = await runQuery(conn.driver, conn.database, q('load-merge-candidates'), { keys }, 'write');
  const decision: Decision = { merges: [], ambiguous: [] };
  for (const c of candidates) decide(c.shorts as Person[], c.fulls as Person[], decision);
  // One merge at a time: two merges into one entity in one transaction would both rewrite its lists.
  for (const { from, into } of decision.merges) await runQuery(conn.driver, conn.database, q('load-merge'), { rows: [{ from: from.id, into: into.id, rule: SURNAME_RULE }] }, 'write');
  if (decision.ambiguous.length) await runQuery(conn.driver, conn.database, q('load-mark-ambiguous'), { rows: decision.ambiguous.map((a) => ({ id: a.person.id, names: a.names })) }, 'write');
  return describeMerges(decision);
}

/** The decisions in words: "Trump → Donald Trump", "Smith: John Smith, Maria Smith". */
export function describeMerges(d: Decision): Merges {
  return { merged: d.merges.map((m) => `${m.from.name} → ${m.into.name}`), ambiguous: d.ambiguous.map((a) => `${a.person.name}: ${a.names.join(', ')}`) };
}

/** Remove entities that no article mentions any more (after replaced articles dropped them). */
export async function prune(conn: Connection): Promise<number> {
  const rows = await runQuery(conn.driver, conn.database, q('load-prune'), {}, 'write');
  return Number(rows[0]?.removed ?? 0);
}

/**
 * Rows in batches of about opts.batchSize, at most opts.concurrency in flight. With `group`, rows of one group (an
 * article's) stay in one batch, and with `order` each batch writes its rows in that field's order: two batches in
 * flight then never share an article and take their entities' locks in the same order, so they do not deadlock
 * each other over entities (a deadlock costs a retry after the driver's one-second back-off).
 */
async function runBatches(conn: Connection, name: string, rows: Row[], opts: LoadOptions, group?: string, order?: string): Promise<void> {
  const query = q(name);
  const param = query.params[0]!.name;
  const limit = pLimit(opts.concurrency);
  const batches = toBatches(rows, opts.batchSize, group, order);
  await Promise.all(
    batches.map((batch) => limit(() => runQuery(conn.driver, conn.database, query, { [param]: param === 'ids' ? batch.map((r) => r.id) : batch }, 'write'))),
  );
}

/** Rows cut into batches of `size` rows, or a few more to finish a run of one `group` value (an article's); each batch sorted by `order`. */
export function toBatches(rows: Row[], size: number, group?: string, order?: string): Row[][] {
  const batches: Row[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const batch = batches[batches.length - 1];
    const groupStarts = !group || i === 0 || rows[i]![group] !== rows[i - 1]![group];
    if (!batch || (batch.length >= size && groupStarts)) batches.push([rows[i]!]);
    else batch.push(rows[i]!);
  }
  if (order) for (const b of batches) b.sort((x, y) => String(x[order] ?? '').localeCompare(String(y[order] ?? '')));
  return batches;
}

/** Empty the graph, in bounded transactions (the schema stays). */
export async function reset(conn: Connection): Promise<void> {
  while (Number((await runQuery(conn.driver, conn.database, q('admin-reset'), {}, 'write'))[0]?.deleted ?? 0) > 0);
}

/** Node counts by label and relationship counts by type, e.g. { 'node:Article': 23, 'relationship:SAID': 40 }. */
export interface Totals {
  articles: number;
  entities: number;
  claims: number;
  relationships: number;
}

/** The graph's totals, in constant time (Neo4j's count store), for summaries before and after a run. */
export async function totals(conn: Connection): Promise<Totals> {
  const [row] = await runQuery(conn.driver, conn.database, q('admin-totals'), {});
  return { articles: Number(row!.articles), entities: Number(row!.entities), claims: Number(row!.claims), relationships: Number(row!.relationships) };
}

export async function counts(conn: Connection): Promise<Record<string, number>> {
  const rows = await runQuery(conn.driver, conn.database, q('admin-counts'), {});
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.name}`, Number(r.count)]));
}

// export: entity lists from Neo4j (the entities query) or from `extract` JSONL output, no database needed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Row } from './graph/queries.js';
import { type EntityType, ExtractionRecord } from './schema.js';

/** Aggregate entities across the records of an extract JSONL file; same columns as queries/entities.cypher. */
export async function entitiesFromJsonl(path: string, type: EntityType | null): Promise<Row[]> {
  const byId = new Map<string, { id: string; type: string; name: string; aliases: Set<string>; titles: Set<string>; affiliation: string | null; mentions: number; articles: Set<string> }>();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${n}: not JSON (expected one extraction record per line, as written by "newsgraph extract")`);
    }
    const parsed = ExtractionRecord.safeParse(json);
    if (!parsed.success) throw new Error(`${path}:${n}: not an extraction record: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    for (const e of parsed.data.entities) {
      if (type && e.type !== type) continue;
      const row = byId.get(e.id) ?? { id: e.id, type: e.type, name: e.name, aliases: new Set(), titles: new Set(), affiliation: null, mentions: 0, articles: new Set() };
      e.aliases.forEach((a) => row.aliases.add(a));
      const titles = e.attributes.titles;
      if (Array.isArray(titles)) titles.forEach((t) => row.titles.add(t));
      row.affiliation ??= typeof e.attributes.affiliation === 'string' ? e.attributes.affiliation : null;
      row.mentions += e.mentions.length;
      row.articles.add(parsed.data.article.id);
      byId.set(e.id, row);
    }
  }
  return [...byId.values()]
    .map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: [...r.aliases].sort(), titles: [...r.titles], affiliation: r.affiliation, mentions: r.mentions, articles: r.articles.size }))
    .sort((a, b) => a.type.localeCompare(b.type) || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

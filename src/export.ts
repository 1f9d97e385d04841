// export: entity lists from Neo4j (the entities query) or from `extract` JSONL output, no database needed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Row } from './graph/queries.js';
import { personMerges } from './merge.js';
import { type EntityType, ExtractionRecord } from './schema.js';

/** Aggregate entities across the records of an extract JSONL file, persons merged as in the graph; same columns as queries/entities.cypher. */
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
  // Persons across articles as the graph has them: a surname alone joins the one full name that ends in it.
  for (const { from, into } of personMerges([...byId.values()].filter((r) => r.type === 'person')).merges) {
    const [f, t] = [byId.get(from.id)!, byId.get(into.id)!];
    for (const a of [f.name, ...f.aliases]) if (a !== t.name) t.aliases.add(a);
    f.titles.forEach((x) => t.titles.add(x));
    f.articles.forEach((x) => t.articles.add(x));
    t.mentions += f.mentions;
    t.affiliation ??= f.affiliation;
    byId.delete(from.id);
  }
  return [...byId.values()]
    .map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: [...r.aliases].sort(), titles: [...r.titles], affiliation: r.affiliation, mentions: r.mentions, articles: r.articles.size }))
    .sort((a, b) => a.type.localeCompare(b.type) || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  affiliation: string | null;
  articles: number;
}
export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  label: string | null;
  weight: number;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML for Gephi, Cytoscape and yEd: node name, type, affiliation, articles; edge type, label, weight. */
export function toGraphML(nodes: GraphNode[], edges: GraphEdge[]): string {
  const keys = [
    ['name', 'node', 'string'], ['type', 'node', 'string'], ['affiliation', 'node', 'string'], ['articles', 'node', 'int'],
    ['relation', 'edge', 'string'], ['label', 'edge', 'string'], ['weight', 'edge', 'double'],
  ];
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [name, domain, type] of keys) lines.push(`  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="newsgraph" edgedefault="directed">');
  for (const n of nodes) {
    lines.push(`    <node id="${xml(n.id)}"><data key="name">${xml(n.name)}</data><data key="type">${n.type}</data>${n.affiliation ? `<data key="affiliation">${xml(n.affiliation)}</data>` : ''}<data key="articles">${n.articles}</data></node>`);
  }
  edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="relation">${e.type}</data>${e.label ? `<data key="label">${xml(e.label)}</data>` : ''}<data key="weight">${e.weight}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// The reviewed projection of a record that golden fixtures compare: what a reader checks, without offsets noise.
import type { ExtractionRecord } from '../src/schema.js';

export function project(record: ExtractionRecord) {
  const name = (id: string | null) => (id === null ? null : (record.entities.find((e) => e.id === id)?.name ?? id));
  return {
    entities: record.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      attributes: e.attributes,
      mentions: e.mentions.map((m) => `${m.text}@${m.start}${m.metonymy ? ` (${m.metonymy})` : ''}`),
    })),
    claims: record.claims.map((c) => ({ kind: c.kind, text: c.text, quotes: c.quotes.map((q) => c.text.slice(q.start - c.start, q.end - c.start)), cue: c.cue, speakerText: c.speakerText, speaker: name(c.speaker), speakerAffiliation: c.speakerAffiliation, via: name(c.via), about: c.about.map(name) })),
    relations: record.relations.map((r) => `${name(r.from)} ${r.type}${r.label ? `(${r.label})` : ''} ${name(r.to)}`),
  };
}

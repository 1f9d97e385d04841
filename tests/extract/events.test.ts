import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { articleFromBody } from '../../src/read.js';

/** Events in a text as "name (as written) LOCATED_IN place". */
function events(text: string): string[] {
  const { record } = processArticle(articleFromBody('t', text));
  const name = (id: string) => record.entities.find((e) => e.id === id)?.name;
  return record.entities
    .filter((e) => e.type === 'event')
    .map((e) => `${e.name} (${e.mentions.map((m) => m.text).join(' / ')})${record.relations.filter((r) => r.from === e.id && r.type === 'LOCATED_IN').map((r) => ` LOCATED_IN ${name(r.to)}`).join('')}`);
}

describe('events', () => {
  test.each<[string, string[]]>([
    // Kind, then place: modifiers stay in the mention, the parties' countries are no location.
    ['The first round of Iran-US talks in Muscat produced no breakthrough.', ['talks in Muscat (Iran-US talks in Muscat) LOCATED_IN Muscat']],
    ['Protests in Hong Kong grew.', ['protests in Hong Kong (Protests in Hong Kong) LOCATED_IN Hong Kong']],
    ['The earthquake near the Strait of Hormuz killed two.', ['earthquake in Strait of Hormuz (earthquake near the Strait of Hormuz) LOCATED_IN Strait of Hormuz']],
    // A city, then the kind.
    ['The Muscat round was the first.', ['Muscat round (Muscat round) LOCATED_IN Muscat']],
    ['He was killed in the Paris attacks.', ['Paris attacks (Paris attacks) LOCATED_IN Paris']],
    // The same event twice in an article is one entity.
    ['Talks in Muscat began. The talks in Muscat ended.', ['talks in Muscat (Talks in Muscat / talks in Muscat) LOCATED_IN Muscat']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['The two sides returned to the same palace near Muscat’s airport.', ['palace near Muscat’s airport (palace near Muscat’s airport) LOCATED_IN Muscat']],
    ['He was held at a prison in Cairo.', ['prison in Cairo (prison in Cairo) LOCATED_IN Cairo']],
  ])('venue: %s', (text, expected) => {
    const { record } = processArticle(articleFromBody('t', text));
    const name = (id: string) => record.entities.find((e) => e.id === id)?.name;
    const venues = record.entities.filter((e) => e.mentions.some((m) => m.rule === 'place:venue'));
    expect(venues.map((e) => `${e.name} (${e.mentions.map((m) => m.text).join(' / ')})${record.relations.filter((r) => r.from === e.id).map((r) => ` ${r.type} ${name(r.to)}`).join('')}`)).toEqual(expected);
  });

  test.each<[string]>([
    ['Troops left the base.'], // no place named
    ['Iran talks resumed.'], // talks with Iran, not in it
    ['He lives in Muscat.'], // no event
    ['Tehran insisted on talks.'], // no place for the talks
  ])('no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

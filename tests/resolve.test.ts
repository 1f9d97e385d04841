import { describe, expect, test } from 'vitest';
import type { RawMention } from '../src/extract/mentions.js';
import { entityId, normalise, resolve } from '../src/resolve.js';

let pos = 0;
const m = (type: RawMention['type'], text: string, extra: Partial<RawMention> = {}): RawMention => {
  pos += 100;
  return { type, text, start: pos, end: pos + text.length, sentence: pos / 100, rule: 'test', ...extra };
};

describe('resolve', () => {
  test('ids are stable: type + normalised canonical name', () => {
    expect(entityId('person', 'Brad Cooper')).toBe('person:brad-cooper');
    expect(entityId('place', 'Côte d’Ivoire')).toBe('place:cote-d-ivoire');
    expect(entityId('organization', 'The New York Times')).toBe('organization:new-york-times');
    expect(normalise('  The  Pentagon ')).toBe('pentagon');
  });

  test('a surname joins the full name, whichever comes first', () => {
    const { entities } = resolve([m('person', 'Cooper'), m('person', 'Brad Cooper', { title: 'Admiral' }), m('person', 'Cooper')]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'person:brad-cooper', name: 'Brad Cooper', aliases: ['Cooper'], attributes: { titles: ['Admiral'] } });
    expect(entities[0]!.mentions).toHaveLength(3);
  });

  test('a city named like a person of the article is their surname; a country never is', () => {
    const { entities } = resolve([
      m('person', 'Valeska Paris'), m('place', 'Paris', { rule: 'place:capital' }),
      m('person', 'Jack Georgia'), m('place', 'Georgia', { rule: 'place:country' }),
    ]);
    expect(entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort()).toEqual(['person:Jack Georgia:1', 'person:Valeska Paris:2', 'place:Georgia:1']);
  });

  test('a capital that stands for a government is still the surname of a person of the article ("Paris claims")', () => {
    const { entities } = resolve([m('person', 'Valeska Paris'), m('place', 'Paris', { rule: 'place:capital', metonymy: 'government of France' })]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.mentions.map((x) => x.metonymy)).toEqual([undefined, undefined]);
  });

  test.each([
    // [what, mentions, entities as type:name:mentions]
    ['an untyped name with the tagger\'s weak type and no namesake takes that type', [m('person', 'Lebed', { rule: 'unknown:proper-noun', fallback: 'person' })], ['person:Lebed:1']],
    ['an untyped name without one is dropped', [m('person', 'Lebed', { rule: 'unknown:proper-noun' })], []],
    ['a namesake the article types wins over the weak type', [m('place', 'Jordan', { rule: 'place:country' }), m('person', 'Jordan', { rule: 'unknown:proper-noun', fallback: 'person' })], ['place:Jordan:2']],
    ['a surname of a person of the article wins over it', [m('person', 'Michael Jordan', { rule: 'person:given-name' }), m('person', 'Jordan', { rule: 'unknown:proper-noun', fallback: 'place' })], ['person:Michael Jordan:2']],
  ] as [string, RawMention[], string[]][])('%s', (_what, mentions, expected) => {
    expect(resolve(mentions).entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort()).toEqual(expected);
  });

  test('a title alone is the person last named with it, and no one where nobody was', () => {
    const { entities } = resolve([
      m('person', 'Secretary', { rule: 'unknown:title', title: 'Secretary' }),
      m('person', 'U.S. President Donald Trump', { canonical: 'Donald Trump', title: 'President' }),
      m('person', 'President', { rule: 'unknown:title', title: 'President' }),
    ]);
    expect(entities.map((e) => `${e.name}:${e.mentions.map((x) => x.rule).join(',')}`)).toEqual(['Donald Trump:test,person:title-alone']);
    expect(entities[0]!.aliases).not.toContain('President');
  });

  test('a title alone in apposition is the person before it ("John Kerry, the Secretary of State")', () => {
    const kerry: RawMention = { type: 'person', text: 'John Kerry', start: 10, end: 20, sentence: 1, rule: 'test' };
    const title: RawMention = { type: 'person', text: 'Secretary of State', start: 26, end: 44, sentence: 1, rule: 'unknown:title', title: 'Secretary of State' };
    expect(resolve([kerry, title]).entities.map((e) => `${e.name}:${e.mentions.length}`)).toEqual(['John Kerry:2']);
  });

  test('a lone name is the surname of a full name before it is the first name of another', () => {
    const { entities } = resolve([m('person', 'Andy Warhol'), m('person', 'Warhol Factory'), m('person', 'Warhol')]);
    expect(entities.find((e) => e.name === 'Andy Warhol')!.mentions.map((x) => x.text)).toEqual(['Andy Warhol', 'Warhol']);
  });

  test('a head word alone ("the Church") is the organization it heads, not a name inside it', () => {
    const { entities } = resolve([m('organization', 'Church', { rule: 'organization:the-head' }), m('organization', 'Church of Scientology'), m('organization', 'Church', { rule: 'organization:the-head' })]);
    expect(entities.map((e) => `${e.name}:${e.aliases.join('|')}:${e.mentions.length}`)).toEqual(['Church of Scientology:Church:3']);
  });

  test('gazetteer variants are one place, named canonically', () => {
    const { entities } = resolve([m('place', 'US', { canonical: 'United States' }), m('place', 'U.S.', { canonical: 'United States' }), m('place', 'America', { canonical: 'United States' })]);
    expect(entities.map((e) => [e.id, e.aliases])).toEqual([['place:united-states', ['America', 'U.S.', 'US']]]);
  });

  test('an acronym joins its expansion', () => {
    const { entities } = resolve([m('organization', 'International Atomic Energy Agency'), m('organization', 'IAEA')]);
    expect(entities.map((e) => e.id)).toEqual(['organization:international-atomic-energy-agency']);
  });

  test('untyped proper nouns count only when they repeat a known name', () => {
    const full = m('person', 'John Smith');
    const unknown = m('person', 'Smith', { rule: 'unknown:proper-noun' });
    const stray = m('person', 'Qom', { rule: 'unknown:proper-noun' });
    const { entities, entityOf } = resolve([full, unknown, stray]);
    expect(entities.map((e) => e.mentions.map((x) => `${x.text}/${x.rule}`))).toEqual([['John Smith/test', 'Smith/person:surname']]);
    expect(entityOf.get(unknown)).toBe('person:john-smith');
    expect(entityOf.get(stray)).toBeUndefined();
  });

  test('an untyped repeat of a place\'s name is that place; of an organization\'s name, nothing', () => {
    const place = m('place', 'Qom', { rule: 'unknown:proper-noun' });
    const org = m('organization', 'Elsevier', { rule: 'unknown:proper-noun' });
    const { entityOf } = resolve([m('place', 'Qom'), place, m('organization', 'Elsevier'), org]);
    expect(entityOf.get(place)).toBe('place:qom');
    expect(entityOf.get(org)).toBeUndefined();
  });

  test('an untyped full name joins, and names, the person its surname already is', () => {
    const full = m('person', 'Marymegan Daly', { rule: 'unknown:proper-noun' });
    const { entities, entityOf } = resolve([full, m('person', 'Daly', { rule: 'person:speaks' })]);
    expect(entities.map((e) => [e.id, e.aliases])).toEqual([['person:marymegan-daly', ['Daly']]]);
    expect(entityOf.get(full)).toBe('person:marymegan-daly');
  });

  test('different people who share a first name stay apart', () => {
    const { entities } = resolve([m('person', 'John Smith'), m('person', 'John Brown')]);
    expect(entities.map((e) => e.id).sort()).toEqual(['person:john-brown', 'person:john-smith']);
  });
});

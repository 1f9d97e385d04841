import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { typeListedBodies } from '../../src/extract/bodies.js';
import { entryOf, lexicon } from '../../src/extract/lexicon.js';
import type { RawMention } from '../../src/extract/mentions.js';

// A name the rules or the tagger typed on little evidence is a body where PETRARCH2's list of bodies names it; a name
// typed on good evidence, or not listed, stays as it was.
test.each<[string, string, RawMention['type'], string, string]>([
  ['Lockheed Martin won the contract.', 'Lockheed Martin', 'person', 'person:tagger', 'organization:listed:Lockheed Martin'],
  ['Morgan Stanley said profits rose.', 'Morgan Stanley', 'person', 'person:given-name-city', 'organization:listed:Morgan Stanley'],
  ["Greenpeace's ship sailed.", "Greenpeace's", 'person', 'unknown:proper-noun', "organization:listed:Greenpeace's"],
  // (Widened over the sentence's first words that open the listed name.)
  ['Global Witness said the mine polluted the river.', 'Witness', 'person', 'person:speaks', 'organization:listed:Global Witness'],
  ['Doctors Without Borders said it treated 40 patients.', 'Without Borders', 'person', 'person:speaks', 'organization:listed:Doctors Without Borders'],
  // A title's word that opens a listed name is the body's (listed with its legal form: "General Dynamics Corporation").
  ['General Dynamics won the contract.', 'General Dynamics', 'person', 'person:title', 'organization:listed:General Dynamics'],
  ['General Mills said sales fell.', 'General Mills', 'person', 'person:title', 'organization:listed:General Mills'],
  // (A title's person, and a name the list does not hold, stay.)
  ['President Morgan Stanley spoke.', 'President Morgan Stanley', 'person', 'person:title', 'person:title:President Morgan Stanley'],
  ['Zorblat Quillimane said so.', 'Zorblat Quillimane', 'person', 'person:speaks', 'person:speaks:Zorblat Quillimane'],
])('"%s"', (body, name, type, rule, expected) => {
  const m: RawMention = { type, start: body.indexOf(name), end: body.indexOf(name) + name.length, text: name, sentence: 0, rule };
  const [out] = typeListedBodies(body, [m]);
  expect(`${out!.type}:${out!.rule.split(':')[1]}:${out!.text}`).toBe(expected);
});

// A listed name that goes on over the names right after it: one body ("Suisse" was a country of its own).
test('a listed body over two names: "Credit Suisse"', () => {
  const body = 'She joined Credit Suisse in 2001.';
  const at = (text: string) => body.indexOf(text);
  const found: RawMention[] = [
    { type: 'person', start: at('Credit'), end: at('Credit') + 6, text: 'Credit', sentence: 0, rule: 'unknown:proper-noun' },
    { type: 'place', start: at('Suisse'), end: at('Suisse') + 6, text: 'Suisse', sentence: 0, rule: 'place:country' },
  ];
  expect(typeListedBodies(body, found).map((m) => `${m.type}:${m.rule}:${m.text}`)).toEqual(['organization:organization:listed:Credit Suisse']);
});

// The committed list as npm run build-bodies writes it: lower case, sorted, no short acronyms (they name many things),
// no names the lexicon already holds.
test('bodies.json holds names only the list knows, in lower case and sorted', () => {
  const { names } = JSON.parse(readFileSync(new URL('../../src/extract/bodies.json', import.meta.url), 'utf8')) as { names: string[] };
  expect(names.length).toBeGreaterThan(5000);
  expect([...names].sort()).toEqual(names);
  expect(names.filter((n) => n !== n.toLowerCase() || (!n.includes(' ') && n.length <= 3))).toEqual([]);
  const titled = (n: string) => n.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  expect(names.filter((n) => entryOf(lexicon().root, titled(n)))).toEqual([]);
  // (Not the people the file files under a body, with the dates they held its office: "KOFI_ANNAN_ [IGOUNO 970101-061231]".)
  expect(names.filter((n) => ['kofi annan', 'k. annan', 'yukiya amano', 'a gavahi', 'hiroshi nakajima'].includes(n))).toEqual([]);
});

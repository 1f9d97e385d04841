import { expect, test } from 'vitest';
import type { RawMention } from '../../src/extract/mentions.js';
import { withoutWeapons } from '../../src/extract/weapons.js';

// A name typed on little evidence right before a weapon's noun is the weapon's, no mention; a maker's name, a name typed
// on good evidence and a name before any other word stay.
test.each<[string, string, string, boolean]>([
  ['Ukraine received Bradley fighting vehicles.', 'Bradley', 'person:tagger', false],
  ['Apache helicopters struck.', 'Apache', 'organization:model', false],
  ['Russia launched Kalibr cruise missiles.', 'Kalibr', 'unknown:proper-noun', false],
  ['Archer artillery from Sweden arrived.', 'Archer', 'person:model', false],
  ['Raytheon missiles sold well.', 'Raytheon', 'organization:model', true],
  ['Boeing jets sold well.', 'Boeing', 'organization:tagger', true],
  ['General Bradley said tanks were ready.', 'General Bradley', 'person:title', true],
  ['Smith bought tanks.', 'Smith', 'person:tagger', true],
])('"%s"', (body, name, rule, kept) => {
  const m: RawMention = { type: 'person', start: body.indexOf(name), end: body.indexOf(name) + name.length, text: name, sentence: 0, rule };
  expect(withoutWeapons(body, [m]).length === 1).toBe(kept);
});

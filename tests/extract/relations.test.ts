import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { findRelations } from '../../src/extract/relations.js';
import { resolve } from '../../src/resolve.js';
import { segment } from '../../src/segment.js';

function relations(text: string): string[] {
  const { entities } = resolve(findMentions(text, tokenize(text), segment(text)));
  return findRelations(text, entities, segment(text)).map((r) => `${r.from} ${r.type}${r.label ? `(${r.label})` : ''} ${r.to}`);
}

describe('relations', () => {
  test.each<[string, string[]]>([
    ['Admiral Brad Cooper, the commander of US Central Command, attended.', ['person:brad-cooper COMMANDS force:us-central-command']],
    ['It was led by Jared Kushner, President Trump’s son-in-law.', ['person:jared-kushner RELATIVE_OF(son-in-law) person:trump']],
    ['The USS Abraham Lincoln carrier strike group was operating in the Arabian Sea.', ['force:uss-abraham-lincoln OPERATES_IN place:arabian-sea']],
    ['US forces shot down a drone over the United States.', ['force:united-states-forces AFFILIATED_WITH place:united-states']],
    ['Foreign Minister Abbas Araghchi of Iran arrived.', ['person:abbas-araghchi HOLDS_ROLE(Foreign Minister) place:iran']],
    ['US President Barack Obama spoke in the United States.', ['person:barack-obama AFFILIATED_WITH place:united-states', 'person:barack-obama HOLDS_ROLE(President) place:united-states']],
    // A body's seat, where the article names the place.
    ['He studied at the University of Helsinki.', []],
    ['He studied at the University of Helsinki, in Helsinki. U.S. Forces Korea trained in Korea. Vienna International Airport is in Vienna.', ['organization:university-of-helsinki LOCATED_IN place:helsinki', 'force:u-s-forces-korea LOCATED_IN place:south-korea', 'place:vienna-international-airport LOCATED_IN place:vienna']],
    // (Not an ocean's: it names a firm for its sound.)
    ['She wrote for the Pacific Standard about the Pacific.', []],
    ['The American delegation was led by Special Envoy Steve Witkoff and Jared Kushner.', ['person:steve-witkoff LEADS organization:united-states-delegation', 'person:jared-kushner LEADS organization:united-states-delegation']],
    ['A boy from Irving, Texas, was arrested.', ['place:irving-texas LOCATED_IN place:texas']],
    // Membership: an appositive office in a body, a body that included someone, "It" for the body just named.
    ['Jeffrey Trimble, a senior official with the Broadcasting Board of Governors, said so.', ['person:jeffrey-trimble MEMBER_OF organization:broadcasting-board-of-governors']],
    // Units and bodies: part of a larger force, a country a member of a coalition, the leader of a party.
    ['The 5th Marine Regiment, part of the 1st Marine Division, deployed.', ['force:5th-marine-regiment PART_OF force:1st-marine-division']],
    ['Henry Smith, leader of the Independence Party, spoke.', ['person:henry-smith LEADS organization:independence-party']],
    // A force or body named before its commander or leader.
    ['CENTCOM commander Gen. Michael Kurilla visited Israel.', ['person:michael-kurilla COMMANDS force:us-central-command']],
    ['Hezbollah leader Hassan Nasrallah spoke.', ['person:hassan-nasrallah LEADS force:hezbollah']],
    // Where a force is: named with its place.
    ['About 2,000 US forces in Syria will leave.', ['force:united-states-forces OPERATES_IN place:syria', 'force:united-states-forces AFFILIATED_WITH place:united-states']],
    ['The Iranian delegation also included Abbas Araghchi.', ['person:abbas-araghchi MEMBER_OF organization:iran-delegation']],
    [
      'The American delegation was led by Steve Witkoff. It also included, for the first time, Admiral Brad Cooper.',
      ['person:steve-witkoff LEADS organization:united-states-delegation', 'person:brad-cooper MEMBER_OF organization:united-states-delegation'],
    ],
  ])('%s', (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });

  test.each<[string]>([
    ['Brad Cooper met the commander of US Central Command.'], // not an appositive
    ['Jared Kushner and Trump’s son arrived.'], // the kin is someone else
    ['The USS Abraham Lincoln left the Arabian Sea.'], // no deployment verb
    ['Abbas Araghchi of Iran arrived.'], // no title, so no role
    ['The talks were led by Oman. It also included, for the first time, Admiral Brad Cooper.'], // no body in the sentence before
    ['Jeffrey Trimble, a friend of the Broadcasting Board of Governors, said so.'], // a friend is no member
  ])('no relation: %s', (text) => {
    expect(relations(text)).toEqual([]);
  });
});

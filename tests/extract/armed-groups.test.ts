// Armed groups by any of their names: the Phoenix dictionary's aliases, and an alias the article introduces.
import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { articleFromBody } from '../../src/read.js';

function forces(text: string): string[] {
  const { record } = processArticle(articleFromBody('t', text));
  return record.entities.filter((e) => e.type === 'force').map((e) => `${e.name} (${e.attributes.affiliation ?? '-'}): ${e.mentions.map((m) => m.text).join(', ')}`);
}

describe('armed groups', () => {
  test.each<[string, string[]]>([
    // A spelling of the dictionary is the group under its one name, with its country.
    ['The Taleban attacked Kabul.', ['Taliban (Afghanistan): Taleban']],
    // A name nothing else types, before a fighters' noun, at a sentence's start.
    ['Hizbullah fighters attacked Israeli troops.', ['Hezbollah (Lebanon): Hizbullah', 'Israel troops (Israel): Israeli troops']],
    // An alias introduced in the article names the same group wherever it appears.
    ['Hayat Tahrir al-Sham, also known as HTS, captured Aleppo. HTS fighters advanced.', ['Hayat Tahrir al-Sham (Syria): Hayat Tahrir al-Sham, HTS, HTS']],
  ])('%s', (text, expected) => {
    expect(forces(text)).toEqual(expected);
  });

  test('a leader filed as an alias in the dictionary stays a person', () => {
    const { record } = processArticle(articleFromBody('t', 'Hassan Nasrallah spoke in Beirut.'));
    expect(record.entities.find((e) => e.name === 'Hassan Nasrallah')?.type).toBe('person');
  });
});

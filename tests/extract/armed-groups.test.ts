// Armed groups by any of their names: the Phoenix dictionary's aliases, and an alias the article introduces.
import { describe, expect, test } from 'vitest';
import { armedGroup } from '../../src/extract/armed-groups.js';
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
    // A group's name opening a sentence, or typed a person only by the verb after it.
    ['Al-Shabaab attacked a base. Ansar al-Islam said it would fight.', ['Al-Shabaab (Somalia): Al-Shabaab', 'Ansar al-Islam (Iraq): Ansar al-Islam']],
    // Each wing under its own name: the dictionary files Islamic Jihad's al-Quds Brigades under Hamas's wing.
    ['The Qassam Brigades and the al-Quds Brigades fired rockets. Ansar Allah, the Houthis, joined.', ['Izz ad-Din al-Qassam Brigades (Palestine): Qassam Brigades', 'Al-Quds Brigades (Palestine): al-Quds Brigades', 'Houthis (Yemen): Ansar Allah, Houthis']],
    // "Coalition forces" and "the coalition" are one force.
    ['Coalition forces struck Raqqa, the coalition said.', ['coalition (-): Coalition forces, coalition']],
    // A name after words that say an armed group bears it: an acronym, a name typed a body or left untyped.
    ['The army repelled an attack by the paramilitary RSF on the capital.', ['RSF (-): RSF']],
    ['Fighters of the jihadist group HTS entered the city.', ['HTS (-): HTS']],
    ['The armed group CODECO killed 20 people.', ['CODECO (-): CODECO']],
    // A province of the Islamic State is a group of its own, not a place; an affiliate's long name and short one are one.
    ['Boko Haram and the Islamic State West Africa Province remain active.', ['Boko Haram (Nigeria): Boko Haram', 'Islamic State West Africa Province (Nigeria): Islamic State West Africa Province']],
    ['Al-Qaeda in the Arabian Peninsula claimed the attack. AQAP said it had targeted the base.', ['Al-Qaeda in the Arabian Peninsula (Yemen): Al-Qaeda in the Arabian Peninsula, AQAP']],
  ])('%s', (text, expected) => {
    expect(forces(text)).toEqual(expected);
  });

  test.each([
    ['a leader filed as an alias in the dictionary stays a person', 'Hassan Nasrallah spoke in Beirut.', 'Hassan Nasrallah'],
    ['a leader filed as a block of his own stays a person', 'A video of Ayman al-Zawahiri was released.', 'Ayman al-Zawahiri'],
    ['so at a sentence start, where a particle is no word of its own', 'Ayman al-Zawahiri praised the fighters.', 'Ayman al-Zawahiri'],
  ])('%s', (_, text, name) => {
    const { record } = processArticle(articleFromBody('t', text));
    expect(record.entities.find((e) => e.name === name)?.type).toBe('person');
  });

  test.each([
    ['a leader filed under his surname alone stays a person', 'Nasrallah spoke on Friday.', 'Nasrallah', 'person'],
    // The dictionary has a block named SOUTH AFRICA with the ANC as its alias.
    ['a block named after a country is no group', 'The African National Congress won.', 'African National Congress', 'organization'],
  ])('%s', (_, text, name, type) => {
    const { record } = processArticle(articleFromBody('t', text));
    expect(record.entities.find((e) => e.name === name)?.type).toBe(type);
  });

  test('an acronym better known for another body is no group', () => {
    // The dictionary files "EPA" for a Venezuelan group and "PLA" for the Irish National Liberation Army. (Since the
    // tagger read the signs of GloVe vectors it sees no name in this sentence, and the acronym by its shape goes.)
    for (const text of ['The EPA issued a rule.', 'Officials at the EPA issued a rule.']) {
      const { record } = processArticle(articleFromBody('t', text));
      expect(record.entities.find((e) => e.name === 'EPA')?.type ?? 'none').not.toBe('force');
    }
    const { record } = processArticle(articleFromBody('t', 'Officials at the EPA issued a rule.'));
    expect(record.entities.find((e) => e.name === 'EPA')?.type).toBe('organization');
  });

  test('each group keeps its own aliases (a block whose code follows its aliases is a group of its own)', () => {
    expect(armedGroup('al Qaeda')?.name).toBe("Al Qa'ida");
    expect(armedGroup('Al-Aqsa Martyrs Brigades')?.aliases).not.toContain('Al Qaeda');
    expect(armedGroup('Islamic Resistance Movement')?.name).toBe('Hamas');
    expect(armedGroup('Bin Laden')).toBeUndefined();
    expect(armedGroup('Khalid Sheikh Mohammed')).toBeUndefined();
    // "The Lightning" (Al-Barq) is an English word after its article: a hockey team's, a storm's.
    expect(armedGroup('Lightning')).toBeUndefined();
  });
});

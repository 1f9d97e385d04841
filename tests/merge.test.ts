import { describe, expect, test } from 'vitest';
import { personMerges, surnameKey } from '../src/merge.js';

const p = (name: string) => ({ id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`, name });
const decided = (names: string[]) => {
  const d = personMerges(names.map(p));
  return [...d.merges.map((m) => `${m.from.name} → ${m.into.name}`), ...d.ambiguous.map((a) => `${a.person.name}: ${a.names.join(', ')}`)];
};

describe('one person across articles', () => {
  test.each<[string[], string[]]>([
    [['Trump', 'Donald Trump'], ['Trump → Donald Trump']],
    [['Trump', 'Donald J. Trump'], ['Trump → Donald J. Trump']],
    [['Smith', 'John Smith', 'Maria Smith'], ['Smith: John Smith, Maria Smith']],
    [['King', 'Martin Luther King Jr.'], ['King → Martin Luther King Jr.']],
    [['Steve', 'Steve Witkoff'], []], // a given name is no surname
    [['Witkoff'], []], // nothing to join
    [['Donald Trump', 'Melania Trump'], []], // two full names are two people
    [['Kim', 'Kim Jong Un'], []], // a family name first is not read as a surname: no guess
  ])('%j → %j', (names, expected) => expect(decided(names)).toEqual(expected));

  test.each([
    ['Donald Trump', 'trump'],
    ['Martin Luther King Jr.', 'king'],
    ['José Álvarez', 'alvarez'],
    ['Trump', null],
  ])('surnameKey(%j) = %j', (name, key) => expect(surnameKey(name)).toBe(key));
});

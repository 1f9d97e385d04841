// merge: one person across articles. A person named by surname alone in one article ("Trump", "President Trump")
// is the person whose full name ends in it ("Donald Trump") when exactly one such full name is known; with several
// ("John Smith", "Maria Smith") it stays apart, with the names it could be. The same rule serves the graph
// (graph/load.ts mergePeople) and exports made from extract output (export.ts), so both give the same entities.
import { normalise } from './resolve.js';

/** "Donald J. Trump" → "trump": the key of a person's surname, for a name of two words or more (suffixes aside). */
export function surnameKey(name: string): string | null {
  const words = normalise(name).split(' ').filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/.test(w));
  return words.length >= 2 ? words[words.length - 1]!.replace(/'s$/, '') : null;
}

/** The key under which a person may merge: the surname of a full name, or a one-word name itself. */
export const mergeKey = (name: string) => surnameKey(name) ?? normalise(name);

export const SURNAME_RULE = 'surname: the one full name in the graph';

export interface Person {
  id: string;
  name: string;
}
export interface Decision {
  merges: { from: Person; into: Person }[];
  ambiguous: { person: Person; names: string[] }[];
}

/** For one surname: the one-word persons ("Smith") and the full names ending in it. */
export function decide(shorts: Person[], fulls: Person[], out: Decision = { merges: [], ambiguous: [] }): Decision {
  if (!fulls.length) return out;
  for (const short of shorts) {
    if (fulls.length === 1) out.merges.push({ from: short, into: fulls[0]! });
    else out.ambiguous.push({ person: short, names: fulls.map((f) => f.name).sort() });
  }
  return out;
}

/** The decisions for a set of persons (distinct ids), all surnames at once. */
export function personMerges(persons: Person[]): Decision {
  const shorts = new Map<string, Person[]>();
  const fulls = new Map<string, Person[]>();
  for (const p of persons) {
    const surname = surnameKey(p.name);
    const [map, key] = surname ? [fulls, surname] : [shorts, normalise(p.name)];
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  const out: Decision = { merges: [], ambiguous: [] };
  for (const [key, group] of shorts) decide(group, fulls.get(key) ?? [], out);
  return out;
}

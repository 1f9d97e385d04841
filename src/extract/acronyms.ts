// Acronyms an article defines as terms, not bodies: "sea surface salinity (SSS)", "the VM (virtual microscope)",
// "ROS [Reactive Oxygen Species, ...]", "Compact Fluorescent Light (CFL)". Such an acronym names nothing anywhere in
// the article; an organization's expansion holds an organization's head word ("World Health Organization (WHO)",
// "National Aeronautics and Space Administration (NASA)") or a name ("Liberation Tigers of Tamil Eelam (LTTE)").
import { endsForceName } from './forces.js';
import { isEnglishWord } from './lexicon.js';
import { ORG_SUFFIXES } from './organizations.js';

const MINOR = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'de', 'la', 'du', 'des', 'et', '&']);
/** Head words that end the names of systems and standards as often as of companies ("Geographic Information Systems"). */
const TERM_HEADS = new Set(['Systems', 'Services', 'Standard', 'Review', 'Network', 'Program', 'Project', 'Initiative']);
// An acronym in brackets, and an acronym before a bracket; the words around are read from a bounded window, so the scan
// stays linear in the article's length.
const BRACKETED = /[([](\p{Lu}[\p{L}]*\p{Lu}\d*)[)\],;]/gu;
const BEFORE_BRACKET = /\b(\p{Lu}[\p{L}]*\p{Lu}\d*)\s*[([]/gu;
const WINDOW = 160;

export function termAcronyms(body: string): Set<string> {
  const terms = new Set<string>();
  const consider = (acronym: string, phrase: string, expansionBefore: boolean) => {
    const letters = acronym.replace(/\d+$/, '').toUpperCase();
    const all = phrase.split(/[\s,-]+/).filter(Boolean);
    // Minor words count in some acronyms ("Interview of the Month (IOTM)") and not in most.
    for (const words of [all.filter((w) => !MINOR.has(w.toLowerCase())), all]) {
      const expansion = expansionBefore ? words.slice(-letters.length) : words.slice(0, letters.length);
      if (expansion.length !== letters.length || expansion.some((w, k) => w[0]!.toUpperCase() !== letters[k])) continue;
      // (A body's head word anywhere, "Committee on the Effects of Atomic Radiation", a force's at the end, "Rapid
      // Support Forces", or a word no dictionary knows, "Liberation Tigers of Tamil Eelam", makes it a name.)
      if (!expansion.some((w) => (ORG_SUFFIXES.has(w) && !TERM_HEADS.has(w)) || !isEnglishWord(w)) && !endsForceName(expansion)) terms.add(acronym);
      return;
    }
  };
  for (const m of body.matchAll(BRACKETED)) {
    const before = /((?:\p{L}[\p{L}'’-]*\s+){1,10})$/u.exec(body.slice(Math.max(0, m.index - WINDOW), m.index));
    if (before) consider(m[1]!, before[1]!, true);
  }
  for (const m of body.matchAll(BEFORE_BRACKET)) {
    const from = m.index + m[0].length;
    const after = /^((?:\p{L}[\p{L}'’-]*[\s,]*){1,10})/u.exec(body.slice(from, from + WINDOW));
    if (after) consider(m[1]!, after[1]!, false);
  }
  return terms;
}

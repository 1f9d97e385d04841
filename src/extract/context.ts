// The words around a name: the views of an article's tokens that the mention rules read (sentences, their starts,
// joined tokens) and the tests of a name's context (a role before it, a citation after it, a number by it).
import type { Span } from '../schema.js';
import { sentenceAt } from '../segment.js';
import { isMonth } from './dates.js';
import { FORCE_SUFFIXES } from './forces.js';
import { isEnglishWord, type LexEntry, type TrieNode } from './lexicon.js';
import { firstFrom, type Token } from './nlp.js';
import { ORG_SUFFIXES } from './organizations.js';
import { PLACE_SUFFIXES } from './places.js';
import { HEADS_OF, PERSON_ROLES, RULE_TITLES, TITLES } from './people.js';

/** Abbreviated words of titles and ranks ("Cpl", "Spc", "Cmdr"), which compromise may not know as abbreviations. */
const ABBREVIATED_TITLES = new Set([...TITLES, ...RULE_TITLES].flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}\p{Ll}*\.$/u.test(w)).map((w) => w.slice(0, -1)));

/** Possessives inside names: "People's Liberation Army", "Korean People's Army", "New People's Party". */
export const GROUP_POSSESSIVE = /^(People|Workers|Women|Children|Citizens|Veterans)['’]s$/;
/** Prepositions after which a country is the land, not its team. */
const LOCATIVES = new Set(['in', 'within', 'at', 'across', 'throughout', 'inside', 'outside', 'around', 'near']);
/** Words before a noun phrase that mark it as a thing named, not a name: "the ROV", "the Warhol Factory". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Prepositions written with a capital (the tagger then reads them as names). */
export const PREPOSITIONS = new Set(['In', 'At', 'On', 'From', 'With', 'By', 'To', 'Into', 'For', 'Of', 'After', 'Before', 'During']);

/** A name without its possessive 's ("Trump’s" → "Trump"). */
export function stripPossessive(text: string): string {
  return text.replace(/['’]s?$/, '');
}

/** Where a token's name ends, before a possessive 's ("Trump’s" ends after "Trump"). */
export function nameEnd(t: Token): number {
  return t.start + stripPossessive(t.text).length;
}

/** Longest gazetteer entry starting at token i (not past `limit`). */
export function lexHit(root: TrieNode, tokens: Token[], i: number, joined: (i: number) => boolean, limit = tokens.length): { end: number; entry: LexEntry } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; entry: LexEntry } | undefined;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    // (A possessive ends a name, but for names that hold one: "Queen's Dragoon Guards", "People's Liberation Army".)
    const inName: TrieNode | undefined = node.next.get(t.text);
    node = inName ?? node.next.get(stripPossessive(t.text));
    if (!node) break;
    if (node.entry) best = { end: k + 1, entry: node.entry };
    const possessive = t.text !== stripPossessive(t.text) && !GROUP_POSSESSIVE.test(t.text);
    if (possessive ? !inName || node.next.size === 0 || !/^\s+$/.test(t.post) : !joined(k)) break;
  }
  return best;
}

export type NameContext = ReturnType<typeof nameContext>;

/** The views and tests of one article's tokens (per-article caches live here too). */
/** Function words that a headline capitalises and running text does not. */
const TITLE_CASE_FUNCTION_WORDS = new Set(['With', 'On', 'Of', 'To', 'For', 'In', 'And', 'At', 'By', 'From', 'Is', 'Are', 'Was', 'Says', 'Said', 'Will', 'After', 'Over', 'About', 'As', 'Into', 'Against', 'Amid', 'Despite', 'Not', 'Be', 'Has', 'Have', 'Up', 'Out', 'Off', 'But', 'Or', 'Than', 'That', 'This', 'Its', 'His', 'Her', 'Their', 'Who', 'What', 'How', 'Why', 'Could', 'Would', 'Should', 'Can']);

export function nameContext(body: string, tokens: Token[], sentences: Span[]) {
  const sentenceOf = tokens.map((t) => sentenceAt(sentences, t.start));
  // The first word of a sentence (after numbers or brackets such as "[12]"), or right after an opening quote.
  let wordBefore = -1; // the last token with a letter, in this sentence
  const startsSentence = tokens.map((t, i) => {
    if (wordBefore !== -1 && sentenceOf[wordBefore] !== sentenceOf[i]) wordBefore = -1;
    const starts = /["“‘(\[]/.test(t.pre) || /["“‘(\[]\s*$/.test(tokens[i - 1]?.post ?? '') || wordBefore === -1;
    if (/\p{L}/u.test(t.text)) wordBefore = i;
    return starts;
  });
  // "Valeska Paris, an Australian woman", "Basya also believes": a capitalised word that is no English word.
  const unknownWord = (i: number): boolean => {
    const t = tokens[i]!;
    return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isEnglishWord(t.text) && !t.tags.has('Verb') && !t.tags.has('Adverb') && !t.tags.has('Adjective');
  };
  // Tokens joined without a break: same sentence, nothing but space or a hyphen between them (no bracket or quote).
  // (An abbreviation's or an initial's period counts as joining: "Lt. Col. John Smith", "Jonathan M. Stan"; so does a
  // plural's apostrophe before a body's or a force's head word: "Kurdistan Workers' Party", "National Farmers' Union",
  // "al-Aqsa Martyrs' Brigades".)
  const joined = (i: number): boolean =>
    i + 1 < tokens.length &&
    sentenceOf[i] === sentenceOf[i + 1] &&
    (/^(\s*|-)$/.test(tokens[i]!.post) || ((tokens[i]!.tags.has('Abbreviation') || /^\p{Lu}$/u.test(tokens[i]!.text) || ABBREVIATED_TITLES.has(tokens[i]!.text)) && /^\.\s+$/.test(tokens[i]!.post)) ||
      (/^['’] $/.test(tokens[i]!.post) && /^\p{Lu}\p{Ll}+s$/u.test(tokens[i]!.text) && (ORG_SUFFIXES.has(tokens[i + 1]!.text) || FORCE_SUFFIXES.has(tokens[i + 1]!.text)))) &&
    !/[(\[{"“‘'«]/.test(tokens[i + 1]!.pre) &&
    (!/['’]s$/.test(tokens[i]!.text) || GROUP_POSSESSIVE.test(tokens[i]!.text) || saintsPlace(i));
  /** "St. Peter's Square", "St Mary's Hospital": a saint's possessive goes on into the place or body named after them. */
  const saintsPlace = (i: number): boolean => /^(St|Saint)$/.test(tokens[i - 1]?.text ?? '') && (ORG_SUFFIXES.has(tokens[i + 1]!.text) || PLACE_SUFFIXES.has(tokens[i + 1]!.text));
  const word = (i: number) => stripPossessive(tokens[i]?.text ?? '');
  const afterDeterminer = new Map<string, boolean>();

  /** An author cited by year or with colleagues: "Quilis (1964)", "Klingberg et al., 2005", "(Porte, 2012)". */
  function citedAuthor(i: number, j: number): boolean {
    const after = body.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 30);
    // (And "Hein and colleagues", "Frank and his colleagues".)
    if (/^\s+and\s+(his\s+|her\s+|their\s+)?(colleagues|co-authors|coauthors|collaborators)\b/.test(after)) return true;
    if (/^\s+et al\b/.test(after) || /^\s*\((1[5-9]|20)\d\d[a-z]?\)/.test(after)) return true;
    // (Not a month before its year: "(born 12 May 1950)".)
    if (j - i === 1 && isMonth(tokens[i]!.text)) return false;
    const from = Math.max(0, tokens[i]!.start - 200);
    const before = body.slice(from, tokens[i]!.start);
    return /^,?\s+(1[5-9]|20)\d\d[a-z]?[;),]/.test(after) && before.lastIndexOf('(') > before.lastIndexOf(')');
  }

  /**
   * "the ROV", "the MMPI", "the CoM": a name the article writes only after a determiner is a thing it defines or a
   * device, not a body (bodies go bare too: "FTU's Kwok Wai-keung", "the FTU were").
   */
  function alwaysAfterDeterminer(i: number, j: number): boolean {
    const key = tokens.slice(i, j).map((t) => t.text).join(' ');
    let after = afterDeterminer.get(key);
    if (after === undefined) {
      after = true;
      for (let k = 0; k < tokens.length && after; k++) {
        if (tokens[k]!.text !== tokens[i]!.text || !tokens.slice(i + 1, j).every((t, n) => tokens[k + 1 + n]?.text === t.text)) continue;
        after = !!tokens[k - 1] && DETERMINERS.has(tokens[k - 1]!.lower);
      }
      afterDeterminer.set(key, after);
    }
    return after;
  }

  /**
   * "The Sunday Times", "the Sydney Morning Herald": a day or a time of day before a paper's head word, after "the" or a
   * name, opens the paper's name (not "On Sunday Times Square was full").
   */
  function opensPaperName(i: number): boolean {
    const prev = tokens[i - 1];
    if (!ORG_SUFFIXES.has(tokens[i + 1]?.text ?? '') || !joined(i) || (joined(i + 1) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ''))) return false;
    return prev?.lower === 'the' || (!!prev && /^\p{Lu}/u.test(prev.text) && !prev.tags.has('Preposition'));
  }

  /** A heading written in capitals ("1. EEGIMAA AND ITS NEIGHBOURS"): its words are no acronyms. Cached by line. */
  const capitalsLines = new Map<number, boolean>();
  const lines = [{ start: 0 }];
  for (let nl = body.indexOf('\n'); nl !== -1; nl = body.indexOf('\n', nl + 1)) lines.push({ start: nl + 1 });
  function inCapitalsLine(i: number): boolean {
    const lineStart = lines[firstFrom(lines, tokens[i]!.start + 1) - 1]!.start;
    let caps = capitalsLines.get(lineStart);
    if (caps === undefined) {
      const lineEnd = body.indexOf('\n', lineStart);
      const words = body.slice(lineStart, lineEnd === -1 ? body.length : lineEnd).match(/\p{L}+/gu) ?? [];
      caps = words.length >= 3 && words.filter((w) => /^\p{Lu}+$/u.test(w)).length >= words.length * 0.8;
      capitalsLines.set(lineStart, caps);
    }
    return caps;
  }

  /**
   * A headline in title case ("Hillary Clinton Sides With George W. Bush On ‘Disastrous’ Invasion Of Iraq"): every
   * word capitalised, function words too, so capitals say nothing there. Cached by line.
   */
  const titleLines = new Map<number, boolean>();
  function inTitleCaseLine(i: number): boolean {
    const lineStart = lines[firstFrom(lines, tokens[i]!.start + 1) - 1]!.start;
    let title = titleLines.get(lineStart);
    if (title === undefined) {
      const lineEnd = body.indexOf('\n', lineStart);
      const words = body.slice(lineStart, lineEnd === -1 ? body.length : lineEnd).match(/\p{L}[\p{L}'’]*/gu) ?? [];
      title = words.length >= 5 && words.length <= 30 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8 && words.filter((w) => TITLE_CASE_FUNCTION_WORDS.has(w)).length >= 1 && !words.every((w) => /^\p{Lu}+$/u.test(w));
      titleLines.set(lineStart, title);
    }
    return title;
  }

  /** "25 CUC", "500 BCE", "DKK 200", "NZ $ 26 million" (not a year before: "in 2012 ADPL won"). */
  function byNumber(i: number, j: number): boolean {
    const prev = tokens[i - 1];
    if (prev && (/^\d[\d,.]*$/.test(prev.text) || prev.tags.has('NumericValue')) && !/^(1[89]|20)\d\d$/.test(prev.text) && /^\s+$/.test(body.slice(prev.end, tokens[i]!.start))) return true;
    return /^\s*[$€£¥]?\s*\d/.test(body.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 4));
  }

  /** A lower-case role noun right before the name: "professor Marc Lamont Hill", "team member Rodaba Noori". */
  function roleBefore(i: number, comma: boolean): boolean {
    const prev = tokens[i - 1];
    return !!prev && sentenceOf[i - 1] === sentenceOf[i] && (comma ? /^,?\s+$/ : /^\s+$/).test(prev.post) && /^\p{Ll}/u.test(prev.text) && (prev.tags.has('Actor') || PERSON_ROLES.has(prev.text));
  }

  /**
   * "the head of NATO, Hoop Scheffer, he", "The secretary general of CEI (Italian Episcopal Conference), Nunzio
   * Galantino, has": a name set off by commas after a role in a body.
   */
  function roleOfBefore(i: number, j: number): boolean {
    if (i === 0 || !/^\)?,\s+$/.test(body.slice(tokens[i - 1]!.end, tokens[i]!.start)) || !tokens[j - 1]!.post.startsWith(',')) return false;
    for (let k = i - 1; k > 0 && k >= i - 8 && sentenceOf[k] === sentenceOf[i]; k--) {
      const t = tokens[k]!;
      if (/^(of|for|at)$/.test(t.text)) {
        const role = tokens[k - 1]!;
        return /^\p{Ll}/u.test(role.text) && (role.tags.has('Actor') || PERSON_ROLES.has(role.text) || HEADS_OF.has(role.text));
      }
      if (!/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.text)) return false;
    }
    return false;
  }

  /**
   * "Fuad Basya, spokesman for the Indonesian military", "Valeska Paris, an Australian woman": a role noun in
   * apposition, with at most a determiner and two modifiers before it.
   */
  function appositiveRole(j: number): boolean {
    if (!tokens[j - 1]!.post.startsWith(',')) return false;
    for (let k = j; k < j + 4 && k < tokens.length && sentenceOf[k] === sentenceOf[j - 1]; k++) {
      const t = tokens[k]!;
      if (t.tags.has('Actor') || PERSON_ROLES.has(t.lower)) return /^\p{Ll}/u.test(t.text) && !t.tags.has('Plural');
      if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Demonym') || t.tags.has('Value')) || t.post.trim()) return false;
    }
    return false;
  }

  /** A name after a preposition of place ("in Canada", "within the Netherlands"): the land, not its team. */
  function locative(first: number): boolean {
    const k = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
    return k >= 0 && sentenceOf[k] === sentenceOf[first] && LOCATIVES.has(tokens[k]!.lower);
  }

  return { body, tokens, sentenceOf, startsSentence, joined, word, unknownWord, citedAuthor, alwaysAfterDeterminer, opensPaperName, inCapitalsLine, inTitleCaseLine, byNumber, roleBefore, roleOfBefore, appositiveRole, locative };
}

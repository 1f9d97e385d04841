// Named mentions: capitalised runs, gazetteer hits and force patterns, typed and trimmed to exact spans.
import type { EntityType, Span } from '../schema.js';
import { sentenceAt } from '../segment.js';
import { FORCE_NOUNS, FORCE_SUFFIXES, FORMATIONS, SHIP_PREFIXES } from './forces.js';
import { type LexEntry, lexicon, type TrieNode, tokenKey } from './lexicon.js';
import type { Token } from './nlp.js';
import { ORG_PREFIXES, ORG_SUFFIXES } from './organizations.js';
import { NOT_NAMES, TITLES } from './people.js';
import { PLACE_PREFIXES, PLACE_SUFFIXES } from './places.js';

export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  sentence: number;
  rule: string;
  /** Canonical name where a gazetteer gives one ("U.S." → "United States"). */
  canonical?: string;
  title?: string;
  affiliation?: string;
  formation?: string;
  metonymy?: string;
}

const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'bint', 'ibn', 'van', 'von', 'der', 'den', 'la', 'du', 'del', 'da']);
const NEVER_NAMES = new Set(['Date', 'Month', 'WeekDay', 'Pronoun', 'Holiday']);
const NAMED_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName'];
const titleKeys = TITLES.map((t) => tokenKey(t.replace(/\.$/, ''))).sort((a, b) => b.length - a.length);

export function findMentions(body: string, tokens: Token[], sentences: Span[]): RawMention[] {
  const lex = lexicon();
  const sentenceOf = tokens.map((t) => sentenceAt(sentences, t.start));
  const startsSentence = tokens.map((t, i) => i === 0 || sentenceOf[i - 1] !== sentenceOf[i] || /["“‘(]/.test(t.pre));
  const isCap = (i: number): boolean => {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || [...t.tags].some((g) => NEVER_NAMES.has(g))) return false;
    if (!startsSentence[i]) return true;
    // Sentence-initial capitals are names only when the tagger or a gazetteer says so.
    return NAMED_TAGS.some((g) => t.tags.has(g)) || lex.root.next.has(stripPossessive(t.text));
  };
  // Tokens joined without a break: same sentence, nothing but space or a hyphen between them.
  const joined = (i: number): boolean =>
    i + 1 < tokens.length && sentenceOf[i] === sentenceOf[i + 1] && /^(\s*|-)$/.test(tokens[i]!.post) && !/['’]s$/.test(tokens[i]!.text);

  const out: RawMention[] = [];
  const make = (i: number, j: number, type: EntityType, rule: string, extra: Partial<RawMention> = {}): void => {
    const start = tokens[i]!.start;
    let end = tokens[j - 1]!.end;
    const last = tokens[j - 1]!.text;
    const trimmed = stripPossessive(last);
    end -= last.length - trimmed.length;
    if (end <= start) return;
    out.push({ type, start, end, text: body.slice(start, end), sentence: sentenceOf[i]!, rule, ...extra });
  };
  const word = (i: number) => stripPossessive(tokens[i]?.text ?? '');

  for (let i = 0; i < tokens.length; ) {
    // Forces named by a country or demonym and a lower-case noun: "US forces", "the Iranian navy".
    const affiliation = lex.demonyms.get(word(i)) ?? (lexHit(lex.root, tokens, i, joined)?.entry.type === 'place' ? lexHit(lex.root, tokens, i, joined)!.entry.canonical : undefined);
    if (affiliation) {
      const key = lexHit(lex.root, tokens, i, joined);
      const after = key && key.entry.type === 'place' ? key.end : i + 1;
      for (const n of [2, 1]) {
        const noun = tokens.slice(after, after + n).map((t) => t.text).join(' ');
        if (after + n <= tokens.length && FORCE_NOUNS.has(noun) && sentenceOf[after + n - 1] === sentenceOf[i]) {
          make(i, after + n, 'force', 'force:country-noun', { affiliation, canonical: `${affiliation} ${noun}` });
          i = after + n;
          break;
        }
      }
      if (out.length && out[out.length - 1]!.rule === 'force:country-noun' && out[out.length - 1]!.end === tokens[i - 1]?.end) continue;
    }
    if (!isCap(i)) {
      i++;
      continue;
    }
    // A maximal capitalised run, allowing name connectors ("University of Helsinki", "Osama bin Laden").
    let j = i + 1;
    while (j < tokens.length && joined(j - 1)) {
      if (isCap(j)) j++;
      else if (CONNECTORS.has(tokens[j]!.text) && joined(j) && isCap(j + 1) && !startsSentence[j]) j += 2;
      else break;
    }
    classifyRun(i, j);
    i = j;
  }
  return out;

  function classifyRun(i: number, j: number): void {
    if (tokens[i]!.text === 'The' && j - i > 1) i++;
    const first = word(i);
    const last = word(j - 1);
    // Ships, and the formation they lead: "USS Abraham Lincoln carrier strike group".
    const navy = SHIP_PREFIXES[first];
    if (navy && j - i > 1) {
      const formation = FORMATIONS.find((f) => tokenKey(f).every((w, k) => tokens[j + k]?.text === w && (k === 0 || joined(j + k - 1))));
      const ship = body.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/['’]s$/, '');
      if (formation) make(i, j + tokenKey(formation).length, 'force', 'force:ship-formation', { canonical: ship, affiliation: navy, formation });
      else make(i, j, 'force', 'force:ship', { canonical: ship, affiliation: navy });
      return;
    }
    const hasOf = tokens.slice(i, j).some((t) => CONNECTORS.has(t.text));
    if (j - i > 1 || hasOf) {
      if (FORCE_SUFFIXES.has(last)) return void make(i, j, 'force', 'force:suffix', { affiliation: affiliationOf(i) });
      if (ORG_SUFFIXES.has(last) || (hasOf && ORG_PREFIXES.has(first))) return void make(i, j, 'organization', 'organization:head-word');
      if (PLACE_SUFFIXES.has(last) || (PLACE_PREFIXES.has(first) && !lexHit(lex.root, tokens, i, joined))) return void make(i, j, 'place', 'place:head-word');
    }
    if (hasOf) {
      // Not an institution: the connector separates two names ("Trump of Iran" is not one name).
      const k = tokens.findIndex((t, n) => n > i && n < j && CONNECTORS.has(t.text));
      classifyRun(i, k);
      classifyRun(k + 1, j);
      return;
    }
    // Gazetteer hits claim their tokens; the rest splits into sub-runs.
    let start = i;
    for (let k = i; k < j; ) {
      const hit = lexHit(lex.root, tokens, k, joined, j);
      if (!hit) {
        k++;
        continue;
      }
      if (k > start) classifyName(start, k);
      const e = hit.entry;
      make(k, hit.end, e.type, e.rule, { canonical: e.canonical, affiliation: e.affiliation, metonymy: e.capitalOf && metonymic(hit.end, k) ? `government of ${e.capitalOf}` : undefined });
      k = start = hit.end;
    }
    if (start < j) classifyName(start, j);
  }

  /** A run that no head word or gazetteer types: titles, then the tagger's reading. */
  function classifyName(i: number, j: number): void {
    const title = titleKeys.find((key) => key.every((w, k) => i + k < j && word(i + k).replace(/\.$/, '') === w));
    if (title) {
      const n = title.length;
      if (i + n < j) return void make(i + n, j, 'person', 'person:title', { title: tokens.slice(i, i + n).map((t) => t.text).join(' ') });
      return;
    }
    if (j - i === 1 && lex.demonyms.has(word(i))) return; // "Iranian" is an adjective, kept as affiliation only
    if (NOT_NAMES.has(word(i).toLowerCase())) return;
    const count = (tag: string[]) => tokens.slice(i, j).filter((t) => tag.some((g) => t.tags.has(g))).length;
    const person = count(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
    const place = count(['Place', 'Country', 'City', 'Region']);
    const org = count(['Organization']);
    if (person > 0 && person >= place && person >= org) return void make(i, j, 'person', 'person:tagger');
    if (place > 0 && place >= org) return void make(i, j, 'place', 'place:tagger');
    if (org > 0) return void make(i, j, 'organization', 'organization:tagger');
    if (j - i === 1 && /^\p{Lu}{2,6}$/u.test(tokens[i]!.text)) return void make(i, j, 'organization', 'organization:acronym');
    // Untyped proper-noun runs are left for resolve (a later "Cooper" may match "Brad Cooper").
    if (tokens.slice(i, j).every((t) => t.tags.has('ProperNoun') || t.tags.has('Possessive'))) make(i, j, 'person', 'unknown:proper-noun');
  }

  /** "Tehran insisted", "Washington, for its part, sees": a capital acting, so the government. */
  function metonymic(after: number, first: number): boolean {
    if (tokens[first - 1]?.tags.has('Preposition') && sentenceOf[first - 1] === sentenceOf[first]) return false; // "talks in Muscat produced"
    let k = after;
    if (tokens[after - 1]?.post.trim() === ',' && tokens[k]?.text === 'for') while (k < tokens.length && !tokens[k - 1]!.post.includes(',')) k++;
    return (tokens[k]?.tags.has('Verb') ?? false) && sentenceOf[k] === sentenceOf[after - 1];
  }

  function affiliationOf(i: number): string | undefined {
    const hit = lexHit(lex.root, tokens, i, joined);
    if (hit?.entry.type === 'place') return hit.entry.canonical;
    return lex.demonyms.get(word(i));
  }
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s?$/, '');
}

/** Longest gazetteer entry starting at token i (not past `limit`). */
function lexHit(root: TrieNode, tokens: Token[], i: number, joined: (i: number) => boolean, limit = tokens.length): { end: number; entry: LexEntry } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; entry: LexEntry } | undefined;
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    node = node.next.get(t.text) ?? node.next.get(stripPossessive(t.text));
    if (!node) break;
    if (node.entry) best = { end: k + 1, entry: node.entry };
    if (!joined(k) || t.text !== stripPossessive(t.text)) break;
  }
  return best;
}

// The only file that imports compromise: it turns text into tagged tokens with exact offsets.
import nlp from 'compromise';

export interface Token {
  /** The token as written in the body (punctuation outside it is in pre/post). */
  text: string;
  /** text in lower case, made once: cue and word lists are looked up many times per token. */
  lower: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the token, as written. */
  post: string;
  pre: string;
}

/** compromise's own term objects (doc.document): lossless, so pre + text + post rebuilds the input exactly. */
type Term = { text: string; pre: string; post: string; tags: Set<string> };

/** Words compromise lacks or mistags in news text; our extract rules read the tags. */
const LEXICON: Record<string, string> = {
  envoy: 'Actor',
  'special envoy': 'Actor',
};

/**
 * compromise's tagging steps that we run: all but its post-tagger (hundreds of match patterns over every sentence,
 * three quarters of its time), its chunker (which we do not read) and bookkeeping for its own methods. Our rules
 * type names and cues themselves; without the post-tagger they score no worse (GUM dev entity F1 0.744 → 0.755,
 * train 0.569 → 0.584; PolNeAR dev claim F1 0.752 → 0.754, train 0.715 both ways) and extraction runs 2.3 times
 * as fast.
 */
let hooks: string[] = [];
let loaded = false;
function load(): void {
  if (loaded) return;
  nlp.plugin({ words: LEXICON });
  // nlp.tokenize has run the first of them (alias, normal, machine, contractions); term ids, freezing and typeahead
  // serve compromise's own methods, which we do not call.
  const skip = new Set(['alias', 'normal', 'machine', 'contractions', 'id', 'freeze', 'typeahead', 'postTagger', 'chunks']);
  hooks = (nlp.world() as unknown as { hooks: string[] }).hooks.filter((h) => !skip.has(h));
  loaded = true;
}

/** Longer bodies are tagged piece by piece (cut at a line break, else a space), so memory stays bounded. */
export const PIECE = 100_000;

/** Tag `body` with compromise; offsets are UTF-16 indices into `body`, computed by walking its lossless terms. */
export function tokenize(body: string): Token[] {
  load();
  const out: Token[] = [];
  for (let from = 0; from < body.length; ) {
    let to = Math.min(body.length, from + PIECE);
    if (to < body.length) {
      // Cut at a line break in the piece's second half, else after a sentence's end, else at a space.
      const tail = body.slice(from + PIECE / 2, to);
      let sentenceEnd = -1;
      for (const m of tail.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) sentenceEnd = m.index + 1;
      const cut = [tail.lastIndexOf('\n'), sentenceEnd, tail.lastIndexOf(' ')].find((c) => c !== -1);
      if (cut !== undefined) to = from + PIECE / 2 + cut + 1;
    }
    tokenizePiece(body, from, to, out);
    from = to;
  }
  return out;
}

function tokenizePiece(body: string, from: number, to: number, out: Token[]): void {
  const doc = nlp.tokenize(body.slice(from, to)) as unknown as { document: Term[][]; compute: (hooks: string[]) => void };
  doc.compute(hooks);
  let pos = from;
  for (const sentence of doc.document) {
    for (const term of sentence) {
      pos += term.pre.length;
      const start = pos;
      pos += term.text.length + term.post.length;
      // Only tokens that match the body exactly are kept (a guard: compromise is lossless today).
      if (term.text && body.startsWith(term.text, start)) out.push({ text: term.text, lower: term.text.toLowerCase(), start, end: start + term.text.length, tags: term.tags, post: term.post, pre: term.pre });
    }
  }
}

/** Index of the first item (tokens, mentions: sorted by start) that starts at or after `pos`, by binary search. */
export function firstFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) that lie wholly inside start..end, by binary search. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const inside: T[] = [];
  for (let n = firstFrom(sorted, start); n < sorted.length && sorted[n]!.start < end; n++) if (sorted[n]!.end <= end) inside.push(sorted[n]!);
  return inside;
}

/** A verb's infinitive ("warned" → "warn"), for normalising cue words; the word itself when it is no verb. */
export function infinitive(word: string): string {
  load();
  const verb = nlp(word).verbs().toInfinitive().text().trim().toLowerCase();
  return verb || word.toLowerCase();
}

/** A verb's forms ("urge" → urge, urged, urges, urging); the word alone when it is no verb. */
export function verbForms(lemma: string): string[] {
  load();
  const forms = (nlp(lemma).verbs().conjugate() as Record<string, string>[])[0] ?? {};
  return [...new Set([lemma, ...['PastTense', 'PresentTense', 'Gerund'].flatMap((k) => (forms[k] ? [forms[k]!.toLowerCase()] : []))])];
}

/** First index in [from, to) whose token satisfies `test`, or -1: a bounded scan, never the whole text. */
export function findToken(tokens: readonly Token[], from: number, to: number, test: (t: Token, n: number) => boolean): number {
  for (let n = Math.max(0, from); n < Math.min(to, tokens.length); n++) if (test(tokens[n]!, n)) return n;
  return -1;
}

/** compromise's tags for people's names. */
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

let lexicon: Record<string, string | string[]> | null = null;

/** compromise's tags for a word or a name in its lexicon. */
function listedTags(name: string): string[] {
  load();
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tag = Object.hasOwn(lexicon, name.toLowerCase()) ? lexicon[name.toLowerCase()] : undefined;
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** Whether compromise's lexicon lists a word as a name ("Johnson"), whatever it tags it as in a sentence. */
export function listedAsName(word: string): boolean {
  return listedTags(word).some((t) => PERSON_TAGS.includes(t));
}

/** Whether compromise's lexicon lists a name as an organization's ("Unilever", "Siemens"), not a guess from its context. */
export function listedAsOrganization(name: string): boolean {
  return listedTags(name).includes('Organization');
}

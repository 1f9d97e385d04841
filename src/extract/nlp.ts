// The only file that imports compromise: it turns text into tagged tokens with exact offsets.
import nlp from 'compromise';

export interface Token {
  /** The token as written in the body (punctuation outside it is in pre/post). */
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the token, as written. */
  post: string;
  pre: string;
}

type TermJson = { text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } };

/** Words compromise lacks or mistags in news text; our extract rules read the tags. */
const LEXICON: Record<string, string> = {
  envoy: 'Actor',
  'special envoy': 'Actor',
};

let loaded = false;
function load(): void {
  if (loaded) return;
  nlp.plugin({ words: LEXICON });
  loaded = true;
}

/** Tag `body` with compromise; offsets are UTF-16 indices into `body`, verified against the text. */
export function tokenize(body: string): Token[] {
  load();
  const out: Token[] = [];
  const doc = nlp(body);
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      if (!term.text) continue;
      const start = term.offset.start;
      const end = start + term.offset.length;
      // compromise may normalise a term's text; only tokens that match the body exactly are kept.
      if (body.slice(start, end) !== term.text) continue;
      out.push({ text: term.text, start, end, tags: new Set(term.tags), post: term.post, pre: term.pre });
    }
  }
  return out;
}

/** Index of the first token that starts at or after `pos` (tokens are sorted by start). */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A verb's infinitive ("warned" → "warn"), for normalising cue words; the word itself when it is no verb. */
export function infinitive(word: string): string {
  load();
  const verb = nlp(word).verbs().toInfinitive().text().trim().toLowerCase();
  return verb || word.toLowerCase();
}

// features: what the tagger sees of each token. The same code serves training (eval/train-tagger.ts, over the
// corpora's gold tokens) and extraction (over wordTokens of the article), so the two never drift apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../../paths.js';
import { FORCE_NOUNS } from '../forces.js';
import { isEnglishWord, isGeoNamesCity, isGivenName, isProvince, lexicon, type TrieNode } from '../lexicon.js';
import { ORG_SUFFIXES } from '../organizations.js';
import { TITLES } from '../people.js';
import { PLACE_SUFFIXES } from '../places.js';

export interface FeatureToken {
  text: string;
  start: number;
  end: number;
  /** compromise's tags for the word at this token, when it was run. */
  tags?: ReadonlySet<string>;
  /** The text in lower case, its shape and its clusters, when computed once beforehand (formed). */
  lower?: string;
  shape?: string;
  clusters?: readonly string[] | null;
}

/** A token with its lower case, shape and clusters computed once (each is read by its neighbours' features too). */
export function formed(text: string, start: number, end: number, tags: ReadonlySet<string> | undefined): FeatureToken {
  const lower = text.toLowerCase();
  return { text, start, end, tags, lower, shape: shape(text), clusters: clusterOf(lower) ?? null };
}

/** compromise tags worth a feature (the rest are grammar the model learns from words). */
const PRE_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization', 'Acronym', 'Noun', 'Plural', 'Verb', 'Adjective', 'Value', 'Date', 'Pronoun', 'Preposition', 'Determiner'];

/**
 * Word → its clusters at three granularities (64, 256, 1,024) and the signs of its vector, from GloVe vectors
 * (eval/build-clusters.ts). Each word's row: its clusters packed in one number, its signs in SIGN_BYTES bytes.
 */
let vocabulary: { row: Map<string, number>; clusters: Int32Array; signs: Uint8Array } | null = null;
export const CLUSTERS_FILE = join(ROOT, 'src', 'extract', 'tagger', 'clusters.tsv.gz');
/** "0" … "1023", made once: a cluster id is read for every token extracted. */
const NUMERALS = Array.from({ length: 1024 }, (_, i) => String(i));
/** The three ids (below 64, 256, 1,024), packed into one number per word: a hundred thousand arrays would weigh on each worker. */
function clusterOf(word: string): readonly string[] | undefined {
  const v = loadVocabulary();
  const row = v.row.get(word);
  if (row === undefined) return undefined;
  const packed = v.clusters[row]!;
  let ids = CLUSTER_IDS.get(packed);
  if (!ids) CLUSTER_IDS.set(packed, (ids = [NUMERALS[packed & 63]!, NUMERALS[(packed >> 6) & 255]!, NUMERALS[(packed >> 14) & 1023]!]));
  return ids;
}
/** Packed ids → the three ids, made once for each combination met (a few thousand). */
const CLUSTER_IDS = new Map<number, readonly string[]>();

/** The vector's dimensions, each written in the file as +, - or 0, kept as two bits. */
const DIMENSIONS = 50;
const SIGN_BYTES = Math.ceil(DIMENSIONS / 4);
/** Feature names "e0+" … "e49-", made once. */
const SIGN_FEATURES = Array.from({ length: DIMENSIONS }, (_, d) => ['', `e${d}+`, `e${d}-`]);

/**
 * The binarised vector of a word (Guo et al. 2014): for each dimension, + where its value is above the mean of the
 * dimension's positive values, - where below the mean of its negative values, nothing between; as feature names.
 */
function signFeatures(word: string, out: string[]): void {
  const v = loadVocabulary();
  const row = v.row.get(word);
  if (row === undefined) return;
  for (let d = 0; d < DIMENSIONS; d++) {
    const sign = (v.signs[row * SIGN_BYTES + (d >> 2)]! >> ((d & 3) * 2)) & 3;
    if (sign) out.push(SIGN_FEATURES[d]![sign]!);
  }
}

/** GloVe's vocabulary is in order of frequency: its first FREQUENT words are the frequent ones (isFrequentWord). */
const FREQUENT = 10_000;
let frequent: Set<string> | null = null;

function loadVocabulary(): NonNullable<typeof vocabulary> {
  if (!vocabulary) {
    // Read from the bytes, line by line: the file as one string, split into lines and fields, would weigh tens of
    // megabytes on each worker while it loads.
    const raw = existsSync(CLUSTERS_FILE) ? gunzipSync(readFileSync(CLUSTERS_FILE)) : Buffer.alloc(0);
    let lines = 1; // (the last line may have no newline)
    for (let i = raw.indexOf(10); i !== -1; i = raw.indexOf(10, i + 1)) lines++;
    vocabulary = { row: new Map(), clusters: new Int32Array(lines), signs: new Uint8Array(lines * SIGN_BYTES) };
    frequent = new Set();
    for (let start = 0; start < raw.length; ) {
      const newline = raw.indexOf(10, start);
      const end = newline === -1 ? raw.length : newline;
      const tab = raw.indexOf(9, start);
      const w = tab !== -1 && tab < end ? raw.toString('utf8', start, tab) : '';
      if (w && !vocabulary.row.has(w)) {
        const fields: number[] = [];
        let at = tab + 1;
        while (fields.length < 3 && at < end) {
          let n = 0;
          while (at < end && raw[at] !== 9) n = n * 10 + raw[at++]! - 48;
          fields.push(n);
          at++;
        }
        // (A line without its three clusters is skipped, as it always was.)
        if (fields.length === 3) {
          const row = vocabulary.row.size;
          vocabulary.row.set(w, row);
          vocabulary.clusters[row] = fields[0]! | (fields[1]! << 6) | (fields[2]! << 14);
          for (let d = 0; d < DIMENSIONS && at + d < end; d++) {
            const sign = raw[at + d] === 43 /* + */ ? 1 : raw[at + d] === 45 /* - */ ? 2 : 0;
            vocabulary.signs[row * SIGN_BYTES + (d >> 2)]! |= sign << ((d & 3) * 2);
          }
          if (frequent.size < FREQUENT) frequent.add(w);
        }
      }
      start = end + 1;
    }
  }
  return vocabulary;
}

/** Whether a word (lower case) is among the 10,000 most frequent of GloVe's Wikipedia and newswire ("never", "video"). */
export function isFrequentWord(lower: string): boolean {
  loadVocabulary();
  return frequent!.has(lower);
}

/** Words of titles ("foreign", "minister", "president"), lower case. */
export const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')).map((w) => w.toLowerCase()));

/** "McCain" → "XxXx", "U.S." → "X.X.", "1990s" → "dx": the word's look, runs collapsed, at most six marks. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[i]!;
    else {
      const ch = word[i]!;
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/**
 * What the document says about each word: lower case somewhere, capitalised inside a sentence somewhere, and the
 * words beside each capitalised word wherever it stands (Ratinov and Roth's context aggregation: "Mr." before one
 * "Chalabi" speaks for the others).
 */
export interface DocInfo {
  lower: Set<string>;
  capitalMid: Set<string>;
  /** A capitalised word (lower case) → "p:" the word before and "n:" the word after its occurrences, the first CONTEXTS. */
  contexts: Map<string, Set<string>>;
}

export const emptyDocInfo = (): DocInfo => ({ lower: new Set(), capitalMid: new Set(), contexts: new Map() });

/** How many neighbours of a word the document keeps (a name said fifty times needs no more). */
const CONTEXTS = 12;

/** Add one sentence's words to what the document says about them (its first word opens the sentence). */
export function addSentence(doc: DocInfo, words: { text: string }[]): void {
  words.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) doc.lower.add(t.text);
    else if (/^\p{Lu}/u.test(t.text)) {
      const l = t.text.toLowerCase();
      if (i > 0) doc.capitalMid.add(l);
      let c = doc.contexts.get(l);
      if (!c) doc.contexts.set(l, (c = new Set()));
      if (c.size < CONTEXTS) c.add(`p:${i > 0 ? words[i - 1]!.text.toLowerCase() : '<s>'}`);
      if (c.size < CONTEXTS) c.add(`n:${i + 1 < words.length ? words[i + 1]!.text.toLowerCase() : '</s>'}`);
    }
  });
}

/** What a whole document says, its sentences given as token ranges. */
export function docInfo(tokens: FeatureToken[], sentences: [number, number][]): DocInfo {
  const doc = emptyDocInfo();
  for (const [from, to] of sentences) addSentence(doc, tokens.slice(from, to));
  return doc;
}

/** Gazetteer matches (the lexicon's names: countries, capitals, organisations, forces...) as B-/I- marks per token. */
export function gazetteerMarks(tokens: FeatureToken[], from: number, to: number): (string | undefined)[] {
  const marks: (string | undefined)[] = new Array(to - from).fill(undefined);
  const root = lexicon().root;
  for (let i = from; i < to; i++) {
    let node: TrieNode | undefined = root;
    let best: { end: number; rule: string } | undefined;
    for (let j = i; j < to && node; j++) {
      node = node.next.get(tokens[j]!.text);
      if (node?.entry) best = { end: j + 1, rule: node.entry.rule };
      // Hyphens are token boundaries in the lexicon ("Al-Araby"): a "-" token is skipped.
      if (j + 1 < to && tokens[j + 1]!.text === '-') j++;
    }
    if (best) {
      for (let k = i; k < best.end; k++) marks[k - from] ??= `${k === i ? 'B' : 'I'}:${best.rule}`;
      i = best.end - 1;
    }
  }
  return marks;
}

/** The features of token i of the sentence tokens[from, to): those of its word, then those of its context. */
export function tokenFeatures(tokens: FeatureToken[], from: number, to: number, i: number, doc: DocInfo, gaz: (string | undefined)[]): string[] {
  const f = wordFeatures(tokens[i]!.text);
  contextFeatures(tokens, from, to, i, doc, gaz, (t, a, b, c) => f.push(featureName(t, a, b, c)));
  return f;
}

/**
 * A feature given in parts: its template ("w-1="), then one to three values ("the"; a pair is joined by "|").
 * Training joins them into the feature's name; extraction looks the parts up without building the name (addFeatureWeights).
 */
export type EmitFeature = (template: string, a: string, b?: string, c?: string) => void;

export const featureName = (t: string, a: string, b?: string, c?: string): string => (b === undefined ? t + a : c === undefined ? `${t}${a}|${b}` : `${t}${a}|${b}|${c}`);

/** What the word alone says (the same wherever it stands, so extraction can cache its weights by word). */
export function wordFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const f = ['b', `w=${l}`, `sh=${shape(w)}`];
  for (let n = 1; n <= 3 && n < l.length; n++) f.push(`p${n}=${l.slice(0, n)}`);
  for (let n = 1; n <= 4 && n < l.length; n++) f.push(`s${n}=${l.slice(-n)}`);
  if (/^\p{Lu}/u.test(w)) {
    if (isGivenName(w)) f.push('given');
    if (isGeoNamesCity(w)) f.push('city');
    if (isProvince(w)) f.push('province');
    if (!isEnglishWord(l)) f.push('not-english');
  }
  if (TITLE_WORDS.has(l)) f.push('title');
  if (ORG_SUFFIXES.has(w)) f.push('org-suffix');
  if (PLACE_SUFFIXES.has(w)) f.push('place-suffix');
  if (FORCE_NOUNS.has(l)) f.push('force-noun');
  const c = clusterOf(l);
  if (c) c.forEach((x, k) => f.push(`c${k}=${x}`));
  // A name's vector says what kind of name it is; for lower-case words the clusters say enough (the signs on every
  // word gained less left out: the product lost on web text and GUM).
  if (/^\p{Lu}/u.test(w)) signFeatures(l, f);
  return f;
}

/** What the token's neighbours, the sentence, the document, the gazetteers and compromise say, each given to `emit`. */
export function contextFeatures(tokens: FeatureToken[], from: number, to: number, i: number, doc: DocInfo, gaz: (string | undefined)[], emit: EmitFeature): void {
  const t = tokens[i]!;
  const w = t.text;
  const l = t.lower ?? w.toLowerCase();
  const word = (k: number) => (k < from ? '<s>' : k >= to ? '</s>' : (tokens[k]!.lower ?? tokens[k]!.text.toLowerCase()));
  const shp = (k: number) => (k < from ? '<s>' : k >= to ? '</s>' : (tokens[k]!.shape ?? shape(tokens[k]!.text)));
  emit('w-1=', word(i - 1));
  emit('w+1=', word(i + 1));
  emit('w-2=', word(i - 2));
  emit('w+2=', word(i + 2));
  emit('sh-1=', shp(i - 1));
  emit('sh+1=', shp(i + 1));
  emit('w-1w=', word(i - 1), l);
  emit('ww+1=', l, word(i + 1));
  emit('sh3=', shp(i - 1), shp(i), shp(i + 1));
  const capital = /^\p{Lu}/u.test(w);
  if (i === from) emit(capital ? 'first:cap' : 'first', '');
  if (capital) {
    if (doc.lower.has(l)) emit('doc:lower', ''); // a word also written in lower case is as often a common word
    if (doc.capitalMid.has(l)) emit('doc:capmid', ''); // capitalised mid-sentence elsewhere: a name
    if (i === from && !doc.capitalMid.has(l)) emit('first:only', '');
    const around = doc.contexts.get(l);
    if (around) for (const c of around) emit('d', c);
  }
  const g = gaz[i - from];
  if (g) emit('gz=', g);
  const gPrev = i > from ? gaz[i - 1 - from] : undefined;
  if (gPrev) emit('gz-1=', gPrev);
  const gNext = i + 1 < to ? gaz[i + 1 - from] : undefined;
  if (gNext) emit('gz+1=', gNext);
  if (i > from && TITLE_WORDS.has(word(i - 1))) emit('title-1', '');
  if (i + 1 < to && ORG_SUFFIXES.has(tokens[i + 1]!.text)) emit('org-suffix+1', '');
  if (i + 1 < to && PLACE_SUFFIXES.has(tokens[i + 1]!.text)) emit('place-suffix+1', '');
  const clusters = (k: number) => (tokens[k]!.clusters === undefined ? clusterOf(word(k)) : tokens[k]!.clusters);
  const cPrev = i > from ? clusters(i - 1) : undefined;
  if (cPrev) emit('c-1=', cPrev[1]!);
  const cNext = i + 1 < to ? clusters(i + 1) : undefined;
  if (cNext) emit('c+1=', cNext[1]!);
  if (t.tags) for (const tag of PRE_TAGS) if (t.tags.has(tag)) emit('ct=', tag);
}

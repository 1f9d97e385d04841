// model: a linear sequence tagger (a structured averaged perceptron; Collins 2002) over BILOU tags (a name's first,
// inside or last word, or a name of one word: Ratinov and Roth 2009), decoded with Viterbi under the BILOU
// constraints. Its weights are a committed file written by `npm run train`; it is read once per process (each worker
// thread) on first use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../../paths.js';
import { featureName } from './features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG'] as const;
export const NT = TAGS.length;
export const TYPE_OF: Record<string, 'person' | 'place' | 'organization'> = { PER: 'person', LOC: 'place', ORG: 'organization' };
/** A name as tokens [from, to) with its type. */
export interface TagSpan { from: number; to: number; type: 'person' | 'place' | 'organization' }
export const WEIGHTS_FILE = join(ROOT, 'src', 'extract', 'tagger', 'weights.bin.gz');

/** Whether a tag opens a name's words (B-X, I-X): then I-X or L-X of the same type must follow. */
const open = (t: string) => t.startsWith('B-') || t.startsWith('I-');
/** ALLOWED[prev * NT + cur], prev = NT for a sentence's start. */
const ALLOWED = Uint8Array.from({ length: (NT + 1) * NT }, (_, i) => {
  const prev = TAGS[Math.floor(i / NT)] ?? 'O';
  const cur = TAGS[i % NT]!;
  return +(open(prev) ? (cur.startsWith('I-') || cur.startsWith('L-')) && cur.slice(2) === prev.slice(2) : !cur.startsWith('I-') && !cur.startsWith('L-'));
});
/** Whether tag `cur` may follow tag `prev` (−1 or NT: a sentence's start). */
export const allowed = (prev: number, cur: number): boolean => ALLOWED[(prev < 0 ? NT : prev) * NT + cur] === 1;
/** Tags a sequence may end on: O, L-X, U-X. */
const CLOSES = TAGS.map((t) => !open(t));

export interface Model {
  /** Feature → the offset of its weights (NT numbers, one per tag) in `values`: one buffer, not one per feature. */
  index: Map<string, number>;
  values: Float32Array;
  /** transitions[prev * NT + cur]; prev = NT is the sentence start. */
  transitions: Float32Array;
  /** Extraction's cache of addWordScores: word → offset into pool. */
  wordCache?: { index: Map<string, number>; pool: Float64Array };
  /** Extraction's cache of addFeatureWeights: a feature's parts, template first, → the offset of its weights. */
  partCache?: { root: Map<string, PartNode>; size: number };
}

/** One part of a feature's name: the offset of the weights of the name so far (UNSET until asked, −1 for none). */
interface PartNode {
  at: number;
  next?: Map<string, PartNode>;
}
const UNSET = -2;

/** The best tag sequence for the tokens' features, as tag indices. */
export function viterbi(model: Model, feats: string[][]): number[] {
  return bestPath(feats.length, model.transitions, (i, emit) => addWeights(model, feats[i]!, emit));
}

/** Add the weights of `features` into `out`. */
export function addWeights(model: Model, features: string[], out: Float64Array): void {
  for (const f of features) {
    const at = model.index.get(f);
    if (at !== undefined) for (let k = 0; k < NT; k++) out[k]! += model.values[at + k]!;
  }
}

/** How many feature parts a worker keeps (a long run meets ever more rare words: the cache starts over). */
const PART_CACHE = 200_000;

/**
 * Add the weights of the feature whose name is made of these parts (featureName) into `out`. Looked up by its parts,
 * which are strings the tokens already hold, so no name is built: a token has some twenty-five such features.
 */
export function addFeatureWeights(model: Model, out: Float64Array, t: string, a: string, b?: string, c?: string): void {
  const cache = (model.partCache ??= { root: new Map(), size: 0 });
  if (cache.size >= PART_CACHE) {
    cache.root.clear();
    cache.size = 0;
  }
  let node = cache.root.get(t);
  if (!node) cache.root.set(t, (node = { at: UNSET }));
  node = partOf(cache, node, a);
  if (b !== undefined) node = partOf(cache, node, b);
  if (c !== undefined) node = partOf(cache, node, c);
  if (node.at === UNSET) node.at = model.index.get(featureName(t, a, b, c)) ?? -1;
  if (node.at >= 0) for (let k = 0; k < NT; k++) out[k]! += model.values[node.at + k]!;
}

function partOf(cache: { size: number }, node: PartNode, part: string): PartNode {
  const next = (node.next ??= new Map());
  let child = next.get(part);
  if (!child) {
    next.set(part, (child = { at: UNSET }));
    cache.size++;
  }
  return child;
}

/** How many words' summed weights a worker keeps (a long run meets ever more rare words: the cache starts over). */
const WORD_CACHE = 20_000;

/**
 * Add the summed weights of a word's own features into `out`, cached by word: most of a token's features, looked up
 * once per word. The cache is one buffer with an index, not an array per word.
 */
export function addWordScores(model: Model, word: string, features: (w: string) => string[], out: Float64Array): void {
  const cache = (model.wordCache ??= { index: new Map(), pool: new Float64Array(WORD_CACHE * NT) });
  let at = cache.index.get(word);
  if (at === undefined) {
    if (cache.index.size >= WORD_CACHE) cache.index.clear();
    at = cache.index.size * NT;
    const sum = new Float64Array(NT);
    addWeights(model, features(word), sum);
    cache.pool.set(sum, at);
    cache.index.set(word, at);
  }
  for (let k = 0; k < NT; k++) out[k]! += cache.pool[at + k]!;
}

/**
 * Viterbi under the BILOU constraints: `emit(i, out)` adds token i's score for each tag into `out` (zeroed). `first` is
 * the tag before the first token: NT for a sentence start, 0 (O) for a stretch that starts inside a sentence.
 */
export function bestPath(n: number, transitions: ArrayLike<number>, emit: (i: number, out: Float64Array) => void, first: number = NT): number[] {
  if (!n) return [];
  const score = new Float64Array(n * NT);
  const back = new Int8Array(n * NT);
  const e = new Float64Array(NT);
  for (let i = 0; i < n; i++) {
    e.fill(0);
    emit(i, e);
    for (let k = 0; k < NT; k++) {
      if (i === 0) {
        score[k] = ALLOWED[first * NT + k] ? e[k]! + transitions[first * NT + k]! : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED[p * NT + k]) continue;
        const s = score[(i - 1) * NT + p]! + transitions[p * NT + k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * NT + k] = best + e[k]!;
      back[i * NT + k] = arg;
    }
  }
  const out = new Array<number>(n);
  let k = 0;
  for (let j = 1; j < NT; j++) if (CLOSES[j] && score[(n - 1) * NT + j]! > score[(n - 1) * NT + k]!) k = j;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = k;
    k = back[i * NT + k]!;
  }
  return out;
}

/** Tag indices → spans of tokens [from, to) with their type (B-X … L-X, or U-X). */
export function spansOf(tags: number[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = TAGS[tags[i]!]!;
    if (t.startsWith('U-')) out.push({ from: i, to: i + 1, type: TYPE_OF[t.slice(2)]! });
    if (!t.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && TAGS[tags[j]!] === `I-${t.slice(2)}`) j++;
    if (j < tags.length && TAGS[tags[j]!] === `L-${t.slice(2)}`) out.push({ from: i, to: j + 1, type: TYPE_OF[t.slice(2)]! });
    i = j;
  }
  return out;
}

/** Spans of tokens (not overlapping) → tag indices for `n` tokens: the gold a perceptron learns from. */
export function tagsOf(n: number, spans: TagSpan[]): number[] {
  const code = Object.fromEntries(Object.entries(TYPE_OF).map(([c, type]) => [type, c]));
  const tags = new Array<number>(n).fill(0);
  for (const s of spans) {
    for (let i = s.from; i < s.to; i++) {
      const part = s.to - s.from === 1 ? 'U' : i === s.from ? 'B' : i === s.to - 1 ? 'L' : 'I';
      tags[i] = TAGS.indexOf(`${part}-${code[s.type]}` as (typeof TAGS)[number]);
    }
  }
  return tags;
}

/**
 * File format (gzip): a JSON header line { tags, scale, features, transitions }, the feature names one per line,
 * then the weights as little-endian int16, NT per feature, to be multiplied by `scale`.
 */
/** A model from a weight vector per feature (as training makes them). */
export function fromWeights(weights: Map<string, ArrayLike<number>>, transitions: Float32Array): Model {
  const index = new Map<string, number>();
  const values = new Float32Array(weights.size * NT);
  let at = 0;
  for (const [f, w] of weights) {
    index.set(f, at);
    for (let k = 0; k < NT; k++) values[at + k] = w[k]!;
    at += NT;
  }
  return { index, values, transitions };
}

/** Each feature with its weights. */
export const weightsOf = (model: Model): [string, Float32Array][] => [...model.index].map(([f, at]) => [f, model.values.subarray(at, at + NT)]);

export function serialise(model: Model, minWeight: number): Buffer {
  const kept = weightsOf(model).filter(([, w]) => w.some((x) => Math.abs(x) >= minWeight));
  let max = 0;
  for (const [, w] of kept) for (const x of w) max = Math.max(max, Math.abs(x));
  for (const x of model.transitions) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const header = JSON.stringify({ tags: TAGS, scale, features: kept.length, transitions: [...model.transitions].map((x) => Math.round(x / scale)) });
  const names = kept.map(([f]) => f).join('\n');
  const values = new Int16Array(kept.length * NT);
  kept.forEach(([, w], i) => w.forEach((x, k) => (values[i * NT + k] = Math.round(x / scale))));
  return Buffer.concat([Buffer.from(`${header}\n${names}\n`), Buffer.from(values.buffer)]);
}

export function deserialise(raw: Buffer): Model {
  const headerEnd = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, headerEnd).toString()) as { tags: string[]; scale: number; features: number; transitions: number[] };
  // A file written for another tag set would be read as garbage: say so instead.
  if (header.tags.join() !== TAGS.join()) throw new Error(`tagger weights: written for the tags ${header.tags.join(' ')}, this version reads ${TAGS.join(' ')}; run npm run train`);
  let pos = headerEnd + 1;
  const names: string[] = [];
  for (let i = 0; i < header.features; i++) {
    const end = raw.indexOf(10, pos);
    names.push(raw.subarray(pos, end).toString());
    pos = end + 1;
  }
  const values = new Int16Array(raw.buffer.slice(raw.byteOffset + pos, raw.byteOffset + pos + header.features * NT * 2));
  // One buffer for all the weights and an offset per feature: a buffer or a view per feature would cost each worker
  // thread tens of megabytes more, and a heap grows with what it holds.
  const index = new Map<string, number>(names.map((f, i) => [f, i * NT]));
  return { index, values: Float32Array.from(values, (x) => x * header.scale), transitions: Float32Array.from(header.transitions, (x) => x * header.scale) };
}

let loaded: Model | null | undefined;
/** The committed model, or null when there is none (then the rules work alone). */
export function committedModel(): Model | null {
  if (loaded === undefined) loaded = existsSync(WEIGHTS_FILE) ? deserialise(gunzipSync(readFileSync(WEIGHTS_FILE))) : null;
  return loaded;
}

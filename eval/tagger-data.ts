// The training and test data of the tagger: the six NER corpora of ../shared/gold/ner (their own tokens and BIO
// tags) and GUM train and dev (tokens cut by wordTokens, each mention's core — its proper-noun run — as the span), each
// token's features computed once and interned as integers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tokenize } from '../src/extract/nlp.js';
import { ROOT } from '../src/paths.js';
import { docInfo, type FeatureToken, formed, gazetteerMarks, tokenFeatures } from '../src/extract/tagger/features.js';
import { type TagSpan, tagsOf, TYPE_OF } from '../src/extract/tagger/model.js';
import { wordTokens } from '../src/extract/tagger/tokens.js';
import { segment } from '../src/segment.js';

export const GOLD = join(ROOT, '..', 'shared', 'gold');
export const NER_CORPORA = ['uner-ewt', 'redocred', 'wikigold', 'crossner-politics', 'btc', 'wnut17'] as const;
export const CORPORA = [...NER_CORPORA, 'gum'] as const;
export type Corpus = (typeof CORPORA)[number];

export interface Sentence {
  /** Interned feature ids per token. */
  feats: Int32Array[];
  /** Gold tag index per token. */
  gold: number[];
  /** Character spans of the tokens, for span scoring. */
  tokens: { start: number; end: number }[];
}
export interface Doc {
  id: string;
  corpus: Corpus;
  split: 'train' | 'dev' | 'test';
  text: string;
  sentences: Sentence[];
}

export class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
    }
    return id;
  }
}

/** Where an NER corpus lies (compressed when large). */
export const nerFile = (corpus: string) => [join(GOLD, 'ner', `${corpus}.jsonl.gz`), join(GOLD, 'ner', `${corpus}.jsonl`)].find(existsSync)!;

/** A corpus's BIO tags → its names as spans of tokens (an I-X after no B-X or I-X opens a name; other types are O). */
function bioSpans(tags: string[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const type = TYPE_OF[tags[i]!.slice(2)];
    if (!type) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tags[i]!.slice(2)}`) j++;
    out.push({ from: i, to: j, type });
    i = j - 1;
  }
  return out;
}

/** A corpus file's lines (gzip or not). */
export function readLines(file: string): string[] {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean);
}

/** compromise's tags for each token (the tags of the compromise term that holds its first character). */
function preTags(text: string, tokens: { start: number }[]): (ReadonlySet<string> | undefined)[] {
  const terms = tokenize(text);
  const out: (ReadonlySet<string> | undefined)[] = [];
  let j = 0;
  for (const t of tokens) {
    while (j < terms.length && terms[j]!.end <= t.start) j++;
    out.push(j < terms.length && terms[j]!.start <= t.start ? terms[j]!.tags : undefined);
  }
  return out;
}

/** Features of every token of one document, sentence by sentence. */
export function featurise(text: string, tokens: FeatureToken[], sentences: [number, number][], intern: Interner): Int32Array[][] {
  const tags = preTags(text, tokens);
  const withTags = tokens.map((t, i) => formed(t.text, t.start, t.end, tags[i]));
  const doc = docInfo(withTags, sentences);
  return sentences.map(([from, to]) => {
    const gaz = gazetteerMarks(withTags, from, to);
    const out: Int32Array[] = [];
    for (let i = from; i < to; i++) out.push(Int32Array.from(tokenFeatures(withTags, from, to, i, doc, gaz), (f) => intern.id(f)));
    return out;
  });
}

/** Every document of every corpus, featurised. `only` limits the corpora read. */
export function loadDocs(intern: Interner, only: readonly Corpus[] = CORPORA, log: (s: string) => void = () => {}): Doc[] {
  const docs: Doc[] = [];
  for (const corpus of only) {
    const t0 = performance.now();
    let n = 0;
    if (corpus === 'gum') {
      for (const [file, split] of [['train.jsonl', 'train'], ['dev.jsonl', 'dev']] as const) {
        for (const line of readLines(join(GOLD, file))) {
          docs.push(gumDoc(JSON.parse(line), split, intern));
          n++;
        }
      }
    } else {
      for (const line of readLines(nerFile(corpus))) {
        const d = JSON.parse(line) as { id: string; split: Doc['split']; text: string; tokens: [number, number][]; tags: string[]; sentences: [number, number][] };
        const tokens = d.tokens.map(([start, end]) => ({ text: d.text.slice(start, end), start, end }));
        const feats = featurise(d.text, tokens, d.sentences, intern);
        docs.push({
          id: d.id, corpus, split: d.split, text: d.text,
          sentences: d.sentences.map(([from, to], k) => ({ feats: feats[k]!, gold: tagsOf(to - from, bioSpans(d.tags.slice(from, to))), tokens: tokens.slice(from, to) })),
        });
        n++;
      }
    }
    log(`  ${corpus}: ${n} documents featurised in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return docs;
}

interface GumEntity {
  type: string;
  start: number;
  end: number;
  minStart: number;
  minEnd: number;
}

function gumDoc(d: { id: string; body: string; entities: GumEntity[] }, split: Doc['split'], intern: Interner): Doc {
  const sentenceSpans = segment(d.body);
  const tokens: { text: string; start: number; end: number }[] = [];
  const ranges: [number, number][] = [];
  for (const s of sentenceSpans) {
    const from = tokens.length;
    tokens.push(...wordTokens(d.body, s.start, s.end));
    if (tokens.length > from) ranges.push([from, tokens.length]);
  }
  // The core of each mention, longest first; a core inside one taken already is left out (nested names).
  const taken = new Array<boolean>(tokens.length).fill(false);
  const spans: TagSpan[] = [];
  const cores = [...d.entities].sort((a, b) => b.minEnd - b.minStart - (a.minEnd - a.minStart));
  for (const e of cores) {
    const inside = tokens.map((t, i) => (t.start >= e.minStart && t.end <= e.minEnd ? i : -1)).filter((i) => i >= 0);
    const type = e.type === 'person' || e.type === 'place' || e.type === 'organization' ? e.type : undefined;
    if (!inside.length || inside.some((i) => taken[i]) || !type) continue;
    inside.forEach((i) => (taken[i] = true));
    spans.push({ from: inside[0]!, to: inside[inside.length - 1]! + 1, type });
  }
  const tags = tagsOf(tokens.length, spans);
  const feats = featurise(d.body, tokens, ranges, intern);
  return {
    id: d.id, corpus: 'gum', split, text: d.body,
    sentences: ranges.map(([from, to], k) => ({ feats: feats[k]!, gold: tags.slice(from, to), tokens: tokens.slice(from, to) })),
  };
}

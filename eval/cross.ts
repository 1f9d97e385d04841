// Entities on text the tagger never saw: the whole pipeline (rules, and rules with the tagger) scored on the NER
// corpora's test splits (never trained on), whole and cut into two-sentence passages, and, with --cross,
// leave-one-corpus-out: for each of the six corpora and GUM, a tagger trained on all the others, scored on all of
// the one left out.
import { join } from 'node:path';
import { lexicon } from '../src/extract/lexicon.js';
import { RULE_TITLES } from '../src/extract/people.js';
import { TITLE_WORDS } from '../src/extract/tagger/features.js';
import type { ModelUse } from '../src/extract/model-names.js';
import type { Model } from '../src/extract/tagger/model.js';
import { segment } from '../src/segment.js';
import { ours } from './run.js';
import { type EntityScore, entityMatches, entityOverlaps, type GoldEntity, scoreEntities } from './score.js';
import { type Corpus, CORPORA, type Doc, GOLD, Interner, loadDocs, NER_CORPORA, nerFile, readLines } from './tagger-data.js';
import { scoreLine, scoreTagger, train } from './train-tagger.js';

interface NerDoc { id: string; split: string; text: string; tokens: [number, number][]; entities: { type: string; start: number; end: number; text: string }[] }
interface GumDoc { id: string; body: string; entities: GoldEntity[] }
/** A document to run the pipeline on, with its gold in the GUM scorer's terms (a core inside a whole mention). */
export interface ScoredDoc { id: string; corpus: Corpus; split: string; body: string; gold: GoldEntity[] }


/** Words of titles, military ranks and offices, lower case, without a final period (ranks and offices before persons only). */
const TITLED = new Set([...TITLE_WORDS, ...RULE_TITLES.flatMap((t) => t.split(' ')).map((w) => w.toLowerCase().replace(/\.$/, ''))]);

/**
 * The NER corpora leave titles out of a person's span ("President [Obama]"); the pipeline keeps them, as GUM does.
 * So the gold span is the core, and the whole mention it may lie in reaches back over the title words and demonyms
 * before it ("US President", "Iranian Foreign Minister", "Staff Sgt.").
 */
function nerGold(d: NerDoc): GoldEntity[] {
  const demonyms = lexicon().demonyms;
  const startIndex = new Map(d.tokens.map(([s], i) => [s, i]));
  return d.entities.filter((e) => e.type !== 'ship').map((e) => {
    let i = startIndex.get(e.start) ?? -1;
    let start = e.start;
    while (i > 0) {
      const [s, t] = d.tokens[i - 1]!;
      const word = d.text.slice(s, t);
      if (!(e.type === 'person' ? TITLED : TITLE_WORDS).has(word.toLowerCase().replace(/\.$/, '')) && !demonyms.has(word)) break;
      start = s;
      i--;
    }
    return { type: e.type, start, end: e.end, minStart: e.start, minEnd: e.end, text: e.text };
  });
}

/** Every document of the corpora, as text and gold for the pipeline. */
export function scoredDocs(only: readonly Corpus[] = CORPORA): ScoredDoc[] {
  const out: ScoredDoc[] = [];
  for (const corpus of only) {
    if (corpus === 'gum') {
      for (const [file, split] of [['train.jsonl', 'train'], ['dev.jsonl', 'dev']]) {
        for (const line of readLines(join(GOLD, file!))) {
          const d = JSON.parse(line) as GumDoc;
          out.push({ id: d.id, corpus, split: split!, body: d.body, gold: d.entities });
        }
      }
      continue;
    }
    for (const line of readLines(nerFile(corpus))) {
      const d = JSON.parse(line) as NerDoc;
      out.push({ id: d.id, corpus, split: d.split, body: d.text, gold: nerGold(d) });
    }
  }
  return out;
}

/** The pipeline's entities on these documents, scored by the GUM rules (a force counts as an organization). */
export function scorePipeline(docs: ScoredDoc[], use: ModelUse, match = entityMatches): EntityScore {
  return scoreEntities(docs.map((d) => ({ pred: ours(d.id, d.body, use).entities, gold: d.gold })), match);
}

/**
 * Each document cut into passages of `n` sentences, as short news items are: a name said once, no article around
 * it to say what it is.
 */
export function passages(docs: ScoredDoc[], n: number): ScoredDoc[] {
  return docs.flatMap((d) => {
    const sentences = segment(d.body);
    const out: ScoredDoc[] = [];
    for (let k = 0; k < sentences.length; k += n) {
      const from = sentences[k]!.start;
      const to = sentences[Math.min(sentences.length, k + n) - 1]!.end;
      const gold = d.gold.filter((g) => g.start >= from && g.end <= to).map((g) => ({ ...g, start: g.start - from, end: g.end - from, minStart: g.minStart - from, minEnd: g.minEnd - from }));
      out.push({ ...d, id: `${d.id}:${k}`, body: d.body.slice(from, to), gold });
    }
    return out;
  });
}

const f = (x: number) => x.toFixed(3);
const cells = (s: EntityScore) => `${f(s.overall.f1)} (${f(s.overall.precision)}/${f(s.overall.recall)})  per ${f(s.byType.person!.f1)} loc ${f(s.byType.place!.f1)} org ${f(s.byType.organization!.f1)}`;

/** Test splits, rules alone and with the committed model. */
export function testSplitReport(log: (s: string) => void): Record<string, { rules: EntityScore; withModel: EntityScore; passages: EntityScore }> {
  const docs = scoredDocs(NER_CORPORA).filter((d) => d.split === 'test');
  const out: Record<string, { rules: EntityScore; withModel: EntityScore; passages: EntityScore }> = {};
  log(`\nNER corpora, test splits (never trained on): the pipeline's entities, F1 (P/R), GUM rules with titles outside the name`);
  for (const corpus of NER_CORPORA) {
    const test = docs.filter((d) => d.corpus === corpus);
    const rules = scorePipeline(test, { model: null });
    const withModel = scorePipeline(test, {});
    // Short news passages, scored CoNLL-style (any overlap, same type), the pipeline as it runs.
    const short = scorePipeline(passages(test, 2), {}, entityOverlaps);
    out[corpus] = { rules, withModel, passages: short };
    log(`  ${corpus.padEnd(18)} rules ${cells(rules)}`);
    log(`  ${''.padEnd(18)} +tagger ${cells(withModel)}`);
    log(`  ${''.padEnd(18)} two-sentence passages, any overlap ${cells(short)}`);
  }
  return out;
}

/** For each corpus, a tagger trained on all the others' train and dev splits (the corpora featurised once). */
export function leftOutTaggers(log: (s: string) => void): { docs: Doc[]; intern: Interner; taggerWithout: (held: Corpus) => Model } {
  const intern = new Interner();
  log('featurising the corpora…');
  const docs: Doc[] = loadDocs(intern, CORPORA, log);
  return { docs, intern, taggerWithout: (held) => train(docs.filter((d) => d.corpus !== held && d.split !== 'test'), intern) };
}

/** Leave one corpus out: the tagger trained without it, the pipeline's ablations scored on it. */
export function crossReport(log: (s: string) => void): void {
  const { docs, intern, taggerWithout } = leftOutTaggers(log);
  const texts = scoredDocs(CORPORA);
  // (The names' spans as the rules give them: the tagger neither widens nor joins them.)
  const rulesSpans: ModelUse = { widenOpening: Infinity, joinNames: false };
  const uses: [string, (m: Model) => ModelUse][] = [
    ['rules alone', () => ({ model: null })],
    ['+ types untyped', (model) => ({ model, retype: Infinity, dropUnseen: null, addMissing: Infinity, ...rulesSpans })],
    ['+ retypes', (model) => ({ model, dropUnseen: null, addMissing: Infinity, ...rulesSpans })],
    ['+ drops unseen', (model) => ({ model, addMissing: Infinity, ...rulesSpans })],
    ['+ adds missed persons', (model) => ({ model, ...rulesSpans })],
    ['+ widens opening words', (model) => ({ model, joinNames: false })],
    ['+ joins names (the product)', (model) => ({ model })],
  ];
  for (const held of CORPORA) {
    const t0 = performance.now();
    const model = taggerWithout(held);
    const heldDocs = texts.filter((d) => d.corpus === held);
    log(`\n${held}, left out (${heldDocs.length} documents; tagger trained on the others in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    log(`  ${scoreLine('tagger alone (exact spans)', scoreTagger(model, docs.filter((d) => d.corpus === held), intern))}`);
    for (const [name, use] of uses) log(`  ${name.padEnd(36)} ${cells(scorePipeline(heldDocs, use(model)))}`);
    log(`  dropped where the tagger sees no name, by rule (dropped/right): ${droppedByRule(heldDocs, model)}`);
  }
}

/**
 * For each rule, how many of its names the tagger sees no name over, and how many of those are right: the evidence
 * for DROPPABLE (src/extract/model-names.ts). A rule whose unseen names are mostly wrong is worth dropping there.
 */
function droppedByRule(docs: ScoredDoc[], model: Model): string {
  const counts = new Map<string, [number, number]>();
  for (const d of docs) {
    const kept = new Set(ours(d.id, d.body, { model, dropUnseen: 'any' }).entities.map((e) => `${e.start}-${e.end}`));
    for (const e of ours(d.id, d.body, { model, dropUnseen: null }).entities) {
      if (kept.has(`${e.start}-${e.end}`)) continue;
      const c = counts.get(e.rule) ?? [0, 0];
      c[0]++;
      if (d.gold.some((g) => entityMatches(e, g))) c[1]++;
      counts.set(e.rule, c);
    }
  }
  return [...counts].sort((a, b) => b[1][0] - a[1][0]).slice(0, 12).map(([rule, [n, right]]) => `${rule} ${n}/${right}`).join(', ');
}

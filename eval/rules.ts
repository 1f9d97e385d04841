// What each rule earns beside the tagger, on text neither was written from or trained on: for each corpus left out
// (the tagger trained on the others), entity F1 with the rule typing its names and with its names left to the
// tagger, as it types the names no rule typed (ModelUse.untype). Whole documents by the GUM rules and two-sentence
// passages CoNLL-style (any overlap). Only the documents where the rule found a name are run again.
import type { Model } from '../src/extract/tagger/model.js';
import { passages, type ScoredDoc, scoredDocs } from './cross.js';
import { ours } from './run.js';
import { entityMatches, entityOverlaps, type GoldEntity, type PredEntity, scoreEntities } from './score.js';
import { type Corpus, CORPORA } from './tagger-data.js';

/** Rules the ablation leaves alone: names no rule typed, and forces (no corpus labels forces; the tagger knows none). */
const measured = (rule: string): boolean => !rule.startsWith('unknown:') && !rule.startsWith('force:');

/** A set that holds nothing and notes what it is asked: passed as `untype`, it lists the rules that found names. */
class Asked extends Set<string> {
  readonly asked = new Set<string>();
  override has(rule: string): boolean {
    this.asked.add(rule);
    return false;
  }
}

interface Run { gold: GoldEntity[]; pred: PredEntity[]; rules: ReadonlySet<string>; body: string; id: string }

function baseline(docs: ScoredDoc[], model: Model): Run[] {
  return docs.map((d) => {
    const asked = new Asked();
    return { id: d.id, body: d.body, gold: d.gold, pred: ours(d.id, d.body, { model, untype: asked }).entities, rules: asked.asked };
  });
}

/** F1 over the runs, with the rule's documents run again with its names left to the tagger. */
function without(runs: Run[], rule: string, model: Model, match: typeof entityMatches): number {
  const untype = new Set([rule]);
  return scoreEntities(runs.map((r) => (r.rules.has(rule) ? { gold: r.gold, pred: ours(r.id, r.body, { model, untype }).entities } : r)), match).overall.f1;
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;

/**
 * Rows "rule: F1 with it − F1 with its names left to the tagger" per corpus left out (whole / passages), for the rules
 * that found names in at least `min` documents in all. `modelFor` gives the tagger trained without the corpus.
 */
export function ruleAblation(log: (s: string) => void, modelFor: (held: Corpus) => Model, corpora: readonly Corpus[] = CORPORA, min = 30): void {
  const table = new Map<string, Map<Corpus, [number, number]>>();
  const documents = new Map<string, number>();
  const base = new Map<Corpus, string>();
  for (const held of corpora) {
    const t0 = performance.now();
    const model = modelFor(held);
    const docs = scoredDocs([held]).filter((d) => d.split !== 'test');
    const whole = baseline(docs, model);
    const short = baseline(passages(docs, 2), model);
    const f1 = (runs: Run[], match: typeof entityMatches) => scoreEntities(runs, match).overall.f1;
    const w0 = f1(whole, entityMatches);
    const p0 = f1(short, entityOverlaps);
    base.set(held, `${w0.toFixed(4)}/${p0.toFixed(4)}`);
    const found = new Map<string, number>();
    for (const r of whole) for (const rule of r.rules) if (measured(rule)) found.set(rule, (found.get(rule) ?? 0) + 1);
    for (const [rule, n] of found) documents.set(rule, (documents.get(rule) ?? 0) + n);
    for (const rule of found.keys()) {
      if (!table.has(rule)) table.set(rule, new Map());
      table.get(rule)!.set(held, [w0 - without(whole, rule, model, entityMatches), p0 - without(short, rule, model, entityOverlaps)]);
    }
    log(`  ${held}: ${found.size} rules in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const width = 16;
  log(`\nWhat each rule earns beside the tagger, left out: F1 with the rule less F1 with its names left to the tagger`);
  log(`(whole documents, GUM rules / two-sentence passages, any overlap; + means the rule earns its place there)`);
  log(`${'rule'.padEnd(30)} ${'docs'.padStart(5)}  ${corpora.map((c) => c.slice(0, 14).padStart(width)).join('')}  gains / loses (whole)`);
  log(`${'(F1 with every rule)'.padEnd(30)} ${''.padStart(5)}  ${corpora.map((c) => base.get(c)!.padStart(width)).join('')}`);
  for (const [rule, n] of [...documents].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1])) {
    const cells = corpora.map((c) => table.get(rule)!.get(c));
    const gains = cells.filter((c) => c && c[0] > 0.00005).length;
    const loses = cells.filter((c) => c && c[0] < -0.00005).length;
    log(`${rule.padEnd(30)} ${String(n).padStart(5)}  ${cells.map((c) => (c ? `${signed(c[0])}/${signed(c[1])}` : '').padStart(width)).join('')}  ${gains} / ${loses}`);
  }
}

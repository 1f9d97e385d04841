// Which rules hold away from the text that suggested them: for each rule, entity F1 on each corpus with its mentions
// and without them (the pipeline runs once per document; a rule's absence is read as its mentions dropped). The rules
// were written from GUM dev, so every NER corpus and GUM train is text they were not written from.
import { scoredDocs } from './cross.js';
import { ours } from './run.js';
import { type GoldEntity, type PredEntity, scoreEntities } from './score.js';
import { type Corpus, CORPORA } from './tagger-data.js';

type Pred = PredEntity & { rule: string };

/** Rows "rule: F1 without − F1 with" per corpus, for the rules with at least `min` mentions in all. */
export function ruleAblation(log: (s: string) => void, min = 40): void {
  // Train and dev splits only: the test splits decide nothing, and GUM dev is where the rules were written.
  const docs = scoredDocs(CORPORA).filter((d) => d.split !== 'test' && !(d.corpus === 'gum' && d.split === 'dev'));
  const runs = new Map<Corpus, { pred: Pred[]; gold: GoldEntity[] }[]>();
  for (const d of docs) {
    const list = runs.get(d.corpus) ?? [];
    list.push({ pred: ours(d.id, d.body).entities, gold: d.gold });
    runs.set(d.corpus, list);
  }
  const uses = new Map<string, number>();
  for (const list of runs.values()) for (const { pred } of list) for (const p of pred) uses.set(p.rule, (uses.get(p.rule) ?? 0) + 1);
  const corpora = [...runs.keys()];
  const base = new Map(corpora.map((c) => [c, scoreEntities(runs.get(c)!).overall.f1]));
  log(`\nRules, held away from GUM dev: F1 change when a rule's mentions are dropped (+ means the rule costs F1 there)`);
  log(`${'rule'.padEnd(30)} ${'uses'.padStart(6)}  ${corpora.map((c) => c.slice(0, 9).padStart(9)).join(' ')}`);
  log(`${'(F1 with every rule)'.padEnd(30)} ${''.padStart(6)}  ${corpora.map((c) => base.get(c)!.toFixed(3).padStart(9)).join(' ')}`);
  for (const [rule, n] of [...uses].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1])) {
    const deltas = corpora.map((c) => scoreEntities(runs.get(c)!.map((r) => ({ pred: r.pred.filter((p) => p.rule !== rule), gold: r.gold }))).overall.f1 - base.get(c)!);
    log(`${rule.padEnd(30)} ${String(n).padStart(6)}  ${deltas.map((x) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`.padStart(9)).join(' ')}`);
  }
}

// npm run eval: accuracy against human-annotated gold, by the rules in ../shared/gold/README.md. With --cross,
// leave-one-corpus-out instead (eval/cross.ts); with --rules, what each rule earns beside the tagger, left out (eval/rules.ts); with
// --relations, the precision of relations between actors on a sample judged by hand (eval/relations.ts).
// Entities and direct quotes on GUM dev (a copy ships in eval/gold/); claims and speakers on PolNeAR dev,
// read from ../shared/gold/ when it is there. Plain compromise is scored beside us on the same documents.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { ModelUse } from '../src/extract/model-names.js';
import { processArticle } from '../src/pipeline.js';
import { ROOT } from '../src/paths.js';
import { articleFromBody } from '../src/read.js';
import { crossReport, leftOutTaggers, testSplitReport } from './cross.js';
import { relationReport } from './relations.js';
import { ruleAblation } from './rules.js';
import { GOLD } from './tagger-data.js';
import { type ClaimScore, type EntityScore, type GoldClaim, type GoldEntity, type PRF, type PredEntity, scoreClaims, scoreEntities, scoreSpans, type SpanLike } from './score.js';

export const GUM_DEV = join(ROOT, 'eval', 'gold', 'gum-dev.jsonl');
export const POLNEAR_DEV = join(ROOT, '..', 'shared', 'gold', 'claims-dev.jsonl');
export const RESULTS = join(ROOT, 'eval', 'results.json');

interface GumDoc { id: string; title: string; body: string; entities: GoldEntity[]; quotes: SpanLike[] }
interface PolnearDoc { id: string; body: string; claims: (SpanLike & { text: string; speaker: (SpanLike & { text: string }) | null })[] }

const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
const words = (docs: { body: string }[]) => docs.reduce((n, d) => n + d.body.split(/\s+/).filter(Boolean).length, 0);

export function ours(id: string, body: string, use: ModelUse = {}) {
  const { record } = processArticle(articleFromBody(id, body), use);
  // A mention that stands for a government or a team ("Tehran insisted", "Sweden defeated Panama") is typed as the
  // organization it refers to, as GUM annotates such mentions; the entity itself stays a place.
  // Events are ours alone (GUM's named entities here are people, places and organizations), and the gold lists named
  // mentions only, whose head is a proper noun: unnamed venues ("the palace near Muscat's airport") and bodies named by
  // a common noun ("the Indian government", "the Iranian navy") stay in the graph but are not in the gold's scope.
  const entities: (PredEntity & { rule: string })[] = record.entities.filter((e) => e.type !== 'event').flatMap((e) => e.mentions.filter((m) => m.rule !== 'place:venue' && !commonHead(m.text)).map((m) => ({ type: m.metonymy ? 'organization' : e.type, start: m.start, end: m.end, text: m.text, rule: m.rule })));
  return { entities, claims: record.claims };
}

/** A mention whose last word, its head in English, is a lower-case word ("Mexican army", "US government"). */
export function commonHead(text: string): boolean {
  return /^\p{Ll}+$/u.test(text.slice(text.search(/\S+$/)));
}

/** Plain compromise 14, as the gold README measured it: offsets from .json({offset:true}), trailing punctuation trimmed. */
export function plainCompromise(body: string) {
  const doc = nlp(body);
  const spans = (view: { json: (o: object) => unknown }, type: string): PredEntity[] =>
    (view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((m) => {
      let end = m.offset.start + m.offset.length;
      while (end > m.offset.start && /[\s.,;:!?'"”’)]/.test(body[end - 1]!)) end--;
      return { type, start: m.offset.start, end, text: body.slice(m.offset.start, end) };
    });
  const entities = [...spans(doc.people(), 'person'), ...spans(doc.places(), 'place'), ...spans(doc.organizations(), 'organization')];
  const quotes = (doc.quotations().json({ offset: true }) as { offset: { start: number; length: number } }[]).map((q) => ({ start: q.offset.start, end: q.offset.start + q.offset.length }));
  return { entities, quotes };
}

export interface GumResult { entities: EntityScore; quotes: PRF; quotesWhereMarked: PRF; markedDocs: number; quoteCeiling: QuoteCeiling | null; seconds: number; words: number }

/**
 * The best quote score any system can reach on this gold if it reports the attributed quotations of the documents
 * whose annotators marked none: all the gold quotes that have a quotation mark found, and those quotations
 * (a cue, four words or more, as we find them) counted as false positives.
 */
export interface QuoteCeiling { gold: number; withMarks: number; unannotatedQuotations: number; precision: number; recall: number; f1: number }

function quoteCeiling(docs: GumDoc[], claims: { cue: string | null; quotes: SpanLike[] }[][]): QuoteCeiling {
  const gold = docs.reduce((n, d) => n + d.quotes.length, 0);
  const withMarks = docs.reduce((n, d) => n + d.quotes.filter((q) => /["“”'‘’]/.test(d.body.slice(q.start, q.start + 2) + d.body.slice(q.end - 2, q.end))).length, 0);
  let unannotatedQuotations = 0;
  docs.forEach((d, i) => {
    if (d.quotes.length) return;
    for (const c of claims[i]!) if (c.cue) unannotatedQuotations += c.quotes.filter((q) => d.body.slice(q.start, q.end).split(/\s+/).length >= 4).length;
  });
  const precision = withMarks / (withMarks + unannotatedQuotations);
  const recall = withMarks / gold;
  return { gold, withMarks, unannotatedQuotations, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export function evalGum(docs: GumDoc[], system: 'ours' | 'compromise'): GumResult {
  const t0 = performance.now();
  const claims: { cue: string | null; quotes: SpanLike[] }[][] = [];
  const results = docs.map((d) => {
    if (system === 'compromise') return plainCompromise(d.body);
    const r = ours(d.id, d.body);
    claims.push(r.claims);
    return { entities: r.entities, quotes: r.claims.flatMap((c) => c.quotes) };
  });
  const seconds = (performance.now() - t0) / 1000;
  return {
    entities: scoreEntities(docs.map((d, i) => ({ pred: results[i]!.entities, gold: d.entities }))),
    quotes: scoreSpans(docs.map((d, i) => ({ pred: results[i]!.quotes, gold: d.quotes }))),
    // Some documents full of quotations have none annotated (the Warhol and hackers articles); scored apart, for reading.
    quotesWhereMarked: scoreSpans(docs.flatMap((d, i) => (d.quotes.length ? [{ pred: results[i]!.quotes, gold: d.quotes }] : []))),
    markedDocs: docs.filter((d) => d.quotes.length).length,
    quoteCeiling: system === 'ours' ? quoteCeiling(docs, claims) : null,
    seconds,
    words: words(docs),
  };
}

export function evalPolnear(docs: PolnearDoc[]): ClaimScore {
  return scoreClaims(
    docs.map((d) => ({
      pred: ours(d.id, d.body).claims,
      gold: d.claims.map((c): GoldClaim => ({ start: c.start, end: c.end, speaker: c.speaker })),
    })),
  );
}

export function loadGumDev(): GumDoc[] {
  return readJsonl<GumDoc>(GUM_DEV);
}

const fmt = (x: number) => x.toFixed(3);
const row = (name: string, s: PRF) => `${name.padEnd(24)} ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

async function main(): Promise<void> {
  if (process.argv.includes('--rules')) {
    if (!existsSync(GOLD)) return void console.log(`eval --rules: the corpora are not here (${GOLD}); they live beside the development checkout, not in a user's clone.`);
    const log = (line: string) => console.log(line);
    ruleAblation(log, leftOutTaggers(log).taggerWithout);
    return;
  }
  if (process.argv.includes('--relations')) {
    if (!existsSync(GOLD)) return void console.log(`eval --relations: the corpora are not here (${GOLD}); they live beside the development checkout, not in a user's clone.`);
    await relationReport((line) => console.log(line));
    return;
  }
  if (process.argv.includes('--cross')) {
    if (!existsSync(GOLD)) return void console.log(`eval --cross: the corpora are not here (${GOLD}); they live beside the development checkout, not in a user's clone.`);
    crossReport((line) => console.log(line));
    return;
  }
  const showErrors = Number(process.argv[process.argv.indexOf('--errors') + 1] ?? 0) || 0;
  const gum = loadGumDev();
  // Each system runs twice over the same documents and the second run is timed, so JIT warm-up favours neither.
  evalGum(gum, 'ours');
  const mine = evalGum(gum, 'ours');
  evalGum(gum, 'compromise');
  const base = evalGum(gum, 'compromise');
  const out: string[] = [];
  out.push(`GUM dev (${gum.length} documents, ${mine.words} words): entities, scored as in ../shared/gold/README.md`);
  out.push(`${''.padEnd(24)} P      R      F1`);
  for (const [name, r] of [['newsgraph', mine], ['plain compromise', base]] as const) {
    out.push(row(`${name}: overall`, r.entities.overall));
    for (const t of ['person', 'place', 'organization']) out.push(row(`  ${t}`, r.entities.byType[t]!));
    out.push(row('  direct quotes', r.quotes));
    out.push(row(`   (in the ${r.markedDocs} documents`, r.quotesWhereMarked), `    whose annotators marked any quotation)`);
    out.push(`  speed: ${Math.round(r.words / r.seconds)} words/s on one core`);
  }
  const c = mine.quoteCeiling!;
  out.push(
    `Quote ceiling: ${c.gold - c.withMarks} of the ${c.gold} gold quotes have no quotation mark, and the documents marking none hold`,
    `  ${c.unannotatedQuotations} attributed quotations of 4+ words; a system reporting those scores at best P ${fmt(c.precision)} R ${fmt(c.recall)} F1 ${fmt(c.f1)}`,
  );
  let claims: ClaimScore | null = null;
  if (existsSync(POLNEAR_DEV)) {
    const polnear = readJsonl<PolnearDoc>(POLNEAR_DEV);
    claims = evalPolnear(polnear);
    out.push('', `PolNeAR dev (${polnear.length} articles, ${polnear.reduce((n, d) => n + d.claims.length, 0)} attributions): claims`);
    out.push(row('newsgraph claims', claims));
    out.push(`  speaker accuracy on found claims ${fmt(claims.speakerAccuracy)}; end to end ${fmt(claims.endToEnd)}`);
  } else {
    out.push('', `claims: ${POLNEAR_DEV} is absent, so PolNeAR claims were not scored (that set is not redistributable and lives only beside the development checkout).`);
  }
  console.log(out.join('\n'));
  const tests = existsSync(GOLD) ? testSplitReport((line) => console.log(line)) : null;
  if (!tests) console.log(`\nNER test splits: ${GOLD} is absent, so they were not scored.`);
  if (showErrors) {
    console.log(`\nFalse positives (first ${showErrors}):`);
    for (const e of mine.entities.errors.fp.slice(0, showErrors)) console.log(`  ${e.type} "${e.text}"`);
    console.log(`False negatives (first ${showErrors}):`);
    for (const e of mine.entities.errors.fn.slice(0, showErrors)) console.log(`  ${e.type} "${e.text}" (core "${body(e)}")`);
  }
  const strip = (r: GumResult) => ({ entities: { overall: r.entities.overall, byType: r.entities.byType }, quotes: r.quotes, quotesWhereMarked: r.quotesWhereMarked, ...(r.quoteCeiling ? { quoteCeiling: r.quoteCeiling } : {}), wordsPerSecond: Math.round(r.words / r.seconds) });
  const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  const results = { ...previous, measuredAt: new Date().toISOString(), gumDev: { newsgraph: strip(mine), compromise: strip(base) }, ...(claims ? { polnearDev: { newsgraph: claims } } : {}), ...(tests ? { nerTestSplits: Object.fromEntries(Object.entries(tests).map(([c, r]) => [c, { rules: { overall: r.rules.overall, byType: r.rules.byType }, withTagger: { overall: r.withModel.overall, byType: r.withModel.byType }, passagesAnyOverlap: { overall: r.passages.overall, byType: r.passages.byType } }])) } : {}) };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${RESULTS}`);
}

const body = (e: GoldEntity & { core?: string }) => e.core ?? e.text;

if (process.argv[1]?.endsWith('run.js')) await main();

// npm run learn-cues: learn attribution cue words from PolNeAR train (../shared/gold/claims-train.jsonl; never from dev)
// and write src/extract/cues.json: each one-word cue that introduces an attribution often enough, with its infinitive,
// and the cues whose object is the attributed content often enough ("called for a moratorium"), measured by running
// the extractor on train. Only these statistics are kept; the publishers' texts stay where they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setObjectCues } from '../src/extract/claims.js';
import { infinitive, verbForms } from '../src/extract/nlp.js';
import { ROOT } from '../src/paths.js';
import { processArticle } from '../src/pipeline.js';
import { articleFromBody } from '../src/read.js';
import { halfOverlap, type SpanLike } from './score.js';

const TRAIN = join(ROOT, '..', 'shared', 'gold', 'claims-train.jsonl');
export const CUES_PATH = join(ROOT, 'src', 'extract', 'cues.json');
const MIN_COUNT = 8; // seen as a cue at least this often
const MIN_SHARE = 0.3; // and a cue in at least this share of its uses in the texts
const OBJECT_MIN_TRIED = 5; // object-taking cues: tried on train at least this often
const OBJECT_MIN_PRECISION = 0.55; // and right at least this share of the time

if (!existsSync(TRAIN)) {
  console.error(`learn-cues: ${TRAIN} is absent; the shipped src/extract/cues.json stays as it is`);
  process.exit(1);
}
const asCue = new Map<string, number>(); // one-word cues
const headCue = new Map<string, number>(); // the main word of every cue: "has called for" → "called"
const AUXILIARY = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'must', 'cannot', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'not', "n't", 'also', 'then', 'still', 'just', 'even', 'never', 'once', 'already', 'now']);
const seen = new Map<string, number>();
const docs = readFileSync(TRAIN, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; body: string; claims: (SpanLike & { cue: { text: string } | null })[] });
for (const doc of docs) {
  for (const c of doc.claims) {
    const w = c.cue?.text.toLowerCase().trim();
    if (w && /^\p{L}+$/u.test(w)) asCue.set(w, (asCue.get(w) ?? 0) + 1);
    const head = w?.split(/\s+/).find((x) => !AUXILIARY.has(x));
    if (head && /^\p{L}+$/u.test(head)) headCue.set(head, (headCue.get(head) ?? 0) + 1);
  }
  for (const w of doc.body.toLowerCase().match(/\p{L}+/gu) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
}
const cues: Record<string, string> = {};
for (const [w, n] of [...asCue].sort((a, b) => b[1] - a[1])) {
  if (n >= MIN_COUNT && n / (seen.get(w) ?? n) >= MIN_SHARE) cues[w] = infinitive(w);
}

// Object-taking cues: every cue word seen at least OBJECT_MIN_TRIED times (the main word of longer cues) may take its object as the claim while
// the extractor runs over train; those whose object claims overlap a gold claim often enough are kept.
// Verbs of doing rather than saying are left out whatever their share: "made $5 billion", "signed the bill" and
// "released the report" state no one's view, even where PolNeAR's annotators marked the document or act as a source.
const DOING = new Set([
  'make', 'give', 'pass', 'sign', 'file', 'cast', 'deliver', 'raise', 'push', 'release', 'publish', 'name', 'nominate',
  'offer', 'allow', 'order', 'read', 'rule', 'send', 'vote', 'list', 'share', 'email', 'thank', 'welcome', 'join', 'win',
  'lose', 'take', 'put', 'spend', 'pay', 'begin', 'start', 'design', 'fire', 'hire', 'open', 'appoint', 'approve',
  'block', 'issue', 'knock', 'fail', 'attempt', 'aim', 'focus', 'require', 'present', 'project', 'lay', 'use', 'remain',
  'conclude', // "concluded the meeting": its claim is a clause after "that", which the speech cues already take
]);
const doing = (w: string) => DOING.has(infinitive(w)) || DOING.has(w) || DOING.has(w.replace(/(e?d|s|ing)$/, '')) || DOING.has(w.replace(/(d|s)$/, ''));
// Counted by infinitive, and tried in every form of it: "urged" seen often enough makes "urges" and "urging" candidates too.
const byLemma = new Map<string, number>();
for (const [w, n] of headCue) {
  const lemma = doing(w) ? null : infinitive(w);
  if (lemma) byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + n);
}
const candidates: Record<string, string> = {};
for (const [lemma, n] of byLemma) if (n >= OBJECT_MIN_TRIED) for (const form of verbForms(lemma)) candidates[form] = lemma;
setObjectCues(candidates);
const tally = new Map<string, { right: number; tried: number }>();
for (const doc of docs) {
  for (const c of processArticle(articleFromBody(doc.id, doc.body)).record.claims) {
    if (!c.rule.startsWith('claim:reported-object') || !c.cue) continue;
    const t = tally.get(c.cue) ?? { right: 0, tried: 0 };
    t.tried++;
    if (doc.claims.some((g) => halfOverlap(c, g))) t.right++;
    tally.set(c.cue, t);
  }
}
const objectCues: Record<string, string> = {};
for (const [w, lemma] of Object.entries(candidates).sort()) {
  const t = tally.get(lemma);
  if (t && t.tried >= OBJECT_MIN_TRIED && (t.right + 1) / (t.tried + 2) >= OBJECT_MIN_PRECISION) objectCues[w] = lemma;
}
const learnedFrom = `PolNeAR train: cues are one-word cues seen >= ${MIN_COUNT} times and a cue in >= ${MIN_SHARE * 100}% of their uses; objectCues are cues whose object, taken as the claim, overlapped a gold claim in >= ${OBJECT_MIN_PRECISION * 100}% of >= ${OBJECT_MIN_TRIED} tries`;
writeFileSync(CUES_PATH, `${JSON.stringify({ learnedFrom, cues, objectCues }, null, 2)}\n`);
console.log(`${Object.keys(cues).length} cue words and ${Object.keys(objectCues).length} object-taking cue words written to ${CUES_PATH}`);
console.log(`object cues: ${Object.entries(objectCues).map(([w, l]) => `${w} ${tally.get(l)!.right}/${tally.get(l)!.tried}`).join(", ")}`);

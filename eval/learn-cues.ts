// npm run learn-cues: learn attribution cue words from PolNeAR train (../shared/gold/claims-train.jsonl; never from dev)
// and write src/extract/cues.json: each one-word cue that introduces an attribution often enough, with its infinitive.
// Only these statistics are kept; the publishers' texts stay where they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { infinitive } from '../src/extract/nlp.js';
import { ROOT } from '../src/paths.js';

const TRAIN = join(ROOT, '..', 'shared', 'gold', 'claims-train.jsonl');
export const CUES_PATH = join(ROOT, 'src', 'extract', 'cues.json');
const MIN_COUNT = 8; // seen as a cue at least this often
const MIN_SHARE = 0.3; // and a cue in at least this share of its uses in the texts

if (!existsSync(TRAIN)) {
  console.error(`learn-cues: ${TRAIN} is absent; the shipped src/extract/cues.json stays as it is`);
  process.exit(1);
}
const asCue = new Map<string, number>();
const seen = new Map<string, number>();
for (const line of readFileSync(TRAIN, 'utf8').trim().split('\n')) {
  const doc = JSON.parse(line) as { body: string; claims: { cue: { text: string } | null }[] };
  for (const c of doc.claims) {
    const w = c.cue?.text.toLowerCase().trim();
    if (w && /^\p{L}+$/u.test(w)) asCue.set(w, (asCue.get(w) ?? 0) + 1);
  }
  for (const w of doc.body.toLowerCase().match(/\p{L}+/gu) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
}
const cues: Record<string, string> = {};
for (const [w, n] of [...asCue].sort((a, b) => b[1] - a[1])) {
  if (n >= MIN_COUNT && n / (seen.get(w) ?? n) >= MIN_SHARE) cues[w] = infinitive(w);
}
writeFileSync(CUES_PATH, `${JSON.stringify({ learnedFrom: `PolNeAR train, one-word cues seen >= ${MIN_COUNT} times and a cue in >= ${MIN_SHARE * 100}% of their uses`, cues }, null, 2)}\n`);
console.log(`${Object.keys(cues).length} cue words written to ${CUES_PATH}: ${Object.keys(cues).join(', ')}`);

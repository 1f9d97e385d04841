// npm run eval -- --relations: precision of the acts and standing relations between actors, on a sample of
// 100 predicted on news the rules were not written from (PolNeAR's 840 training articles of 2016 US political news,
// the GUM documents, the corpus articles), judged by hand in eval/gold/relations-judged.tsv. (The rules were written
// while reading what they gave on the Wikipedia and web documents of the NER corpora, so those are left out.) A relation of the sample not judged yet is listed,
// so the file can be completed after a change; precision counts judged ones only and says how many those are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/paths.js';
import { fnv1a, processArticle } from '../src/pipeline.js';
import { articleFromBody, readArticleFile } from '../src/read.js';
import type { ExtractionRecord } from '../src/schema.js';
import { GOLD, readLines } from './tagger-data.js';

/** What an analyst asks of the graph; structural relations (LOCATED_IN, AFFILIATED_WITH, HOLDS_ROLE ...) are measured elsewhere. */
export const MEASURED = new Set(['FIGHTS', 'ALLIED_WITH', 'SUPPORTS', 'MET_WITH', 'TALKED_TO', 'CRITICIZES', 'PRAISES', 'COMMANDS', 'LEADS', 'MEMBER_OF', 'PART_OF']);
/** Documents as JSONL lines with an id and a body (PolNeAR) or text; the GUM files are in eval/gold. */
const SOURCES = [join(GOLD, 'claims-train.jsonl'), join(ROOT, 'eval', 'gold', 'gum-train.jsonl'), join(ROOT, 'eval', 'gold', 'gum-dev.jsonl')];
const JUDGED = join(ROOT, 'eval', 'gold', 'relations-judged.tsv');
const SAMPLE = 100;

export interface Predicted {
  doc: string;
  type: string;
  from: string;
  to: string;
  rule: string;
  /** The words from the first end to the last, as in the text. */
  span: string;
}

const key = (p: Pick<Predicted, 'doc' | 'type' | 'from' | 'to'>) => `${p.doc}\t${p.type}\t${p.from}\t${p.to}`;

function relationsOf(doc: string, record: ExtractionRecord, body: string): Predicted[] {
  const name = new Map(record.entities.map((e) => [e.id, e.name]));
  return record.relations.filter((r) => MEASURED.has(r.type)).map((r) => ({ doc, type: r.type, from: name.get(r.from)!, to: name.get(r.to)!, rule: r.rule, span: body.slice(r.evidence.start, r.evidence.end).replace(/\s+/g, ' ') }));
}

export async function predictAll(): Promise<Predicted[]> {
  const out: Predicted[] = [];
  const dir = join(ROOT, 'corpus');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md') && x !== 'README.md').sort()) {
    const read = await readArticleFile(join(dir, f));
    if (read.ok) out.push(...relationsOf(read.article.id, processArticle(read.article).record, read.article.body));
  }
  for (const file of SOURCES) {
    for (const line of readLines(file)) {
      const d = JSON.parse(line) as { id: string; body: string; published?: string | null };
      out.push(...relationsOf(d.id, processArticle(articleFromBody(d.id, d.body, { published: d.published ?? null })).record, d.body));
    }
  }
  return out;
}

/**
 * The sample: the predictions whose keys hash lowest. A change to the rules adds or drops a few predictions and so
 * changes only a few of the sample, and what was judged stays judged.
 */
export function sample(all: Predicted[], n = SAMPLE): Predicted[] {
  return [...new Map(all.map((p) => [key(p), p])).values()].map((p) => ({ p, h: fnv1a(key(p)) })).sort((a, b) => a.h - b.h).slice(0, n).map((x) => x.p);
}

export async function relationReport(log: (line: string) => void): Promise<void> {
  const all = await predictAll();
  const byType = new Map<string, number>();
  for (const p of all) byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
  log(`Relations between actors predicted on corpus/, PolNeAR train and GUM train and dev: ${all.length}`);
  log(`  ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  const judged = new Map<string, { ok: boolean; note: string }>();
  if (existsSync(JUDGED)) {
    for (const line of readFileSync(JUDGED, 'utf8').split('\n').slice(1).filter(Boolean)) {
      const [doc, type, from, to, verdict, note] = line.split('\t');
      judged.set(key({ doc: doc!, type: type!, from: from!, to: to! }), { ok: verdict === 'yes', note: note ?? '' });
    }
  }
  const picked = sample(all);
  const seen = picked.filter((p) => judged.has(key(p)));
  const perType = new Map<string, [number, number]>();
  for (const p of seen) {
    const t = perType.get(p.type) ?? [0, 0];
    t[0] += judged.get(key(p))!.ok ? 1 : 0;
    t[1]++;
    perType.set(p.type, t);
  }
  const right = [...perType.values()].reduce((s, [r]) => s + r, 0);
  log(`Sample of ${picked.length} (lowest hashes), judged by hand (${JUDGED.slice(ROOT.length + 1)}): ${seen.length} judged, precision ${seen.length ? (right / seen.length).toFixed(2) : '-'} (${right}/${seen.length})`);
  log(`  ${[...perType].sort().map(([t, [r, n]]) => `${t} ${r}/${n}`).join(', ')}`);
  const open = picked.filter((p) => !judged.has(key(p)));
  if (open.length) {
    log(`Not judged yet (add a line: doc, type, from, to, yes|no, note):`);
    for (const p of open) log(`${key(p)}\t?\t${p.rule}: ${p.span}`);
  }
}

// The scoring rules of ../shared/gold/README.md, exactly: greedy one-to-one matching in text order.

export interface GoldEntity { type: string; start: number; end: number; minStart: number; minEnd: number; text: string }
export interface PredEntity { type: string; start: number; end: number; text: string }
export interface SpanLike { start: number; end: number }

export interface PRF { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const entityType = (t: string) => (t === 'force' ? 'organization' : t);

/** A prediction matches a gold mention when types agree and it covers the core and lies inside the whole mention. */
export function entityMatches(p: PredEntity, g: GoldEntity): boolean {
  return entityType(p.type) === g.type && p.start <= g.minStart && p.end >= g.minEnd && p.start >= g.start && p.end <= g.end;
}

/** Greedy in text order: each prediction (by start) takes the first unmatched gold it matches. */
function greedy<P extends SpanLike, G extends SpanLike>(preds: P[], gold: G[], match: (p: P, g: G) => boolean): { matched: [P, G][]; fp: P[]; fn: G[] } {
  const ps = [...preds].sort((a, b) => a.start - b.start || a.end - b.end);
  const gs = [...gold].sort((a, b) => a.start - b.start || a.end - b.end);
  const used = new Array<boolean>(gs.length).fill(false);
  const matched: [P, G][] = [];
  const fp: P[] = [];
  for (const p of ps) {
    const k = gs.findIndex((g, i) => !used[i] && match(p, g));
    if (k === -1) fp.push(p);
    else {
      used[k] = true;
      matched.push([p, gs[k]!]);
    }
  }
  return { matched, fp, fn: gs.filter((_, i) => !used[i]) };
}

export interface EntityScore {
  overall: PRF;
  byType: Record<string, PRF>;
  errors: { fp: PredEntity[]; fn: GoldEntity[] };
}

/** CoNLL-style leniency: same type, any overlap (titles and boundaries aside). */
export function entityOverlaps(p: PredEntity, g: GoldEntity): boolean {
  return entityType(p.type) === g.type && p.start < g.end && p.end > g.start;
}

export function scoreEntities(docs: { pred: PredEntity[]; gold: GoldEntity[] }[], match: (p: PredEntity, g: GoldEntity) => boolean = entityMatches): EntityScore {
  const types = ['person', 'place', 'organization'];
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors = { fp: [] as PredEntity[], fn: [] as GoldEntity[] };
  for (const { pred, gold } of docs) {
    const r = greedy(pred, gold, match);
    for (const [p] of r.matched) counts[entityType(p.type)]!.tp++;
    for (const p of r.fp) counts[entityType(p.type)]!.fp++;
    for (const g of r.fn) counts[g.type]!.fn++;
    errors.fp.push(...r.fp);
    errors.fn.push(...r.fn);
  }
  const byType = Object.fromEntries(types.map((t) => [t, prf(counts[t]!.tp, counts[t]!.fp, counts[t]!.fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn') => types.reduce((n, t) => n + counts[t]![k], 0);
  return { overall: prf(sum('tp'), sum('fp'), sum('fn')), byType, errors };
}

/** Overlap of at least half the length of the shorter span. */
export function halfOverlap(a: SpanLike, b: SpanLike): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= Math.min(a.end - a.start, b.end - b.start) / 2;
}

/** Greedy half-overlap matching over every document: the counts, and each document's matched pairs. */
function matchSpans<P extends SpanLike, G extends SpanLike>(docs: { pred: P[]; gold: G[] }[]): { score: PRF; matched: [P, G][] } {
  let fp = 0;
  let fn = 0;
  const matched: [P, G][] = [];
  for (const { pred, gold } of docs) {
    const r = greedy(pred, gold, halfOverlap);
    matched.push(...r.matched);
    fp += r.fp.length;
    fn += r.fn.length;
  }
  return { score: prf(matched.length, fp, fn), matched };
}

export function scoreSpans(docs: { pred: SpanLike[]; gold: SpanLike[] }[]): PRF {
  return matchSpans(docs).score;
}

export interface PredClaim extends SpanLike { speakerStart: number | null; speakerEnd: number | null }
export interface GoldClaim extends SpanLike { speaker: SpanLike | null }

export interface ClaimScore extends PRF {
  /** Among matched gold claims with a speaker: share whose predicted speaker span overlaps the gold one. */
  speakerAccuracy: number;
  /** Gold claims with a speaker that were found and given the right speaker, over all gold claims with a speaker. */
  endToEnd: number;
}

export function scoreClaims(docs: { pred: PredClaim[]; gold: GoldClaim[] }[]): ClaimScore {
  const { score, matched } = matchSpans(docs);
  const withSpeaker = docs.reduce((n, d) => n + d.gold.filter((g) => g.speaker).length, 0);
  let matchedWithSpeaker = 0;
  let rightSpeaker = 0;
  for (const [p, g] of matched) {
    if (!g.speaker) continue;
    matchedWithSpeaker++;
    if (p.speakerStart !== null && p.speakerEnd !== null && Math.min(p.speakerEnd, g.speaker.end) > Math.max(p.speakerStart, g.speaker.start)) rightSpeaker++;
  }
  return { ...score, speakerAccuracy: matchedWithSpeaker ? rightSpeaker / matchedWithSpeaker : 0, endToEnd: withSpeaker ? rightSpeaker / withSpeaker : 0 };
}

// model-names: the trained tagger beside the rules. The rules find names and type most of them; the tagger, trained
// on six corpora and GUM (eval/train-tagger.ts), types the names no rule could type, retypes the names a rule typed
// on little evidence, drops those of the weakest rules where it sees no name at all, adds the persons the rules
// did not find ("Lebed said" opens a sentence with a surname no list holds), widens a name to its sentence's first word
// and joins the rules' names it reads as one ("Gulf" + "Tonkin"). Each use is a switch, so
// `npm run eval -- --cross` measures it on corpora it was not trained on.
import type { Span } from '../schema.js';
import type { RawMention } from './mentions.js';
import { armedGroup } from './armed-groups.js';
import { GAZETTEER_RULES } from './lexicon.js';
import { listedAsOrganization, type Token } from './nlp.js';
import { addSentence, contextFeatures, emptyDocInfo, type FeatureToken, formed, gazetteerMarks, wordFeatures } from './tagger/features.js';
import { addFeatureWeights, addWordScores, bestPath, committedModel, type Model, NT, spansOf } from './tagger/model.js';
import { type WordToken, wordTokens } from './tagger/tokens.js';
import { isUntyped } from './untyped.js';

export interface ModelUse {
  /** The tagger's model; the committed one by default, null for the rules alone. */
  model?: Model | null;
  /** Type a name the rules found but could not type, where the tagger's name has at least this margin. */
  typeUntyped?: number;
  /** Retype a name a rule typed on little evidence (RETYPABLE) where the tagger types it otherwise with this margin. */
  retype?: number;
  /** Drop a name of these rules that no name of the tagger overlaps ('any': every rule's but forces'). */
  dropUnseen?: ReadonlySet<string> | 'any' | null;
  /**
   * Under typeUntyped, down to this margin, the tagger's type is the untyped name's fallback (resolve uses it where
   * no namesake types it).
   */
  fallbackUntyped?: number;
  /** Add a name the rules did not find at all, where the tagger's name has at least this margin. */
  addMissing?: number;
  /**
   * Widen a name that starts at its sentence's second word to the sentence's first, where the tagger's name (at this
   * margin or more) starts there and ends where it ends ("Fitch Ratings", "Leone Marucci" opening a sentence: the
   * rules take a sentence's first word only on evidence). At any margin it gained on all seven corpora left out
   * (whole documents +0.0001 to +0.0022, passages 0 to +0.0015).
   */
  widenOpening?: number;
  /**
   * Join names of the rules that the tagger reads as one name ("Gulf" + "Tonkin", "New York" + "Stock Exchange").
   * Of one type, it gained on all seven corpora left out (whole documents +0.0002 to +0.0090, passages +0.0002 to
   * +0.0032; with dashes between the parts it gained more on Re-DocRED, whose text spaces its hyphens, "Charles -
   * Édouard", and lost on the others); of several, again on all seven (+0.0006 to +0.0056, passages +0.0002 to
   * +0.0015, measured when places nested in bodies were still mentions).
   */
  joinNames?: boolean;
  /**
   * An ablation, not a setting (`npm run eval -- --rules`): the names of these rules are left untyped, for the tagger
   * to type as it types the names no rule typed. What a rule earns beside the tagger is F1 with it less F1 so.
   */
  untype?: ReadonlySet<string>;
}

/**
 * Rules that type a name by compromise's tag, by its shape or by the verb after it alone. Where the tagger types the
 * same name otherwise with a margin of 30 or more, it was right more often than the rule on six of the seven corpora
 * left out.
 */
const RETYPABLE = new Set(['person:tagger', 'place:tagger', 'organization:shape', 'person:subject']);

/**
 * Rules whose names, where the tagger sees no name there at all, were wrong two times out of three or more on each
 * NER corpus left out, and half the time on GUM (`npm run eval -- --cross`, "dropped where the tagger sees no name"):
 * compromise's organization and place tags (not an organization its lexicon lists: kept, it gained on all seven), and
 * an acronym's shape: 26 right and 73 wrong on GUM, 69 and 260 on web text; with the short names a body's name
 * defines kept ("(SDI)", "also known as HTS"), six corpora of seven gained (UNER +0.007, GUM +0.002/+0.003,
 * wikigold +0.004, social media +0.02 to +0.10) and politics lost 0.002/0.003 (party acronyms said bare: "most FdL
 * members"). Defence commands' acronyms are in the lexicon (CENTCOM, AFRICOM) and stay.
 */
export const DROPPABLE: ReadonlySet<string> = new Set(['organization:tagger', 'place:tagger', 'organization:shape']);

/** What stands between a body's name and the acronym that shortens it: "(", ", also known as", ", or". */
const SHORT_NAME_AFTER = /^\s*(\(|,?\s+(also\s+)?(known|called)\s+as|,\s+or)\s*$/;

/**
 * What extraction does by default, chosen on leave-one-corpus-out (npm run eval -- --cross; README, Accuracy).
 * Typing untyped names at a margin of 30 rather than 10 gained there on web text, Wikipedia and GUM (+0.002 to
 * +0.007) and lost on politics and social media, but on short passages (two sentences, any overlap) it lost on all
 * four news-like test splits (−0.005 to −0.013): a name said once has a smaller margin. So 10, which also keeps
 * "Air Force One" untyped in the specified article. Below 10, down to −10, the tagger's type is a fallback that
 * resolve uses only where no namesake in the article types the name ("Lebed said", said once): on two-sentence
 * passages it gained on all seven corpora left out (+0.0004 to +0.0062), on whole documents on five (UNER −0.0005,
 * GUM −0.0012); typing at any margin outright lost on whole documents (−0.001 to −0.005 on four). The persons it
 * finds where no rule found a name are added (margin 0 or more; not a place or an organization, wrong three times in
 * four): on passages +0.0003 to +0.0062 on all seven corpora left out, on whole documents on five (Re-DocRED −0.0004,
 * GUM −0.0003).
 */
export const DEFAULT_USE: Required<Omit<ModelUse, 'model' | 'untype'>> = { typeUntyped: 10, fallbackUntyped: -10, retype: 30, dropUnseen: DROPPABLE, addMissing: 0, widenOpening: -Infinity, joinNames: true };

export interface ModelSpan {
  start: number;
  end: number;
  type: 'person' | 'place' | 'organization';
  /** How sure: the least, over its tokens, of the tag's score less the score of O. */
  margin: number;
}

/**
 * The tagger's names in the body, sentence by sentence; compromise's tags of `terms` are features. With `only`, just
 * those sentences are decoded (the whole document still informs the document-level features); with `around` (sorted
 * by start), just the stretches of them that overlap one of those spans (a stretch is decoded on its own, so its
 * names are the same either way).
 */
export function modelSpans(body: string, terms: Token[], sentences: Span[], model: Model, only?: Set<number>, around?: readonly { start: number; end: number }[]): ModelSpan[] {
  // First the whole document, word by word, for the document-level features; only the sentences to decode are kept
  // (a long article holds a million words, of which a few sentences are decoded).
  const doc = emptyDocInfo();
  const kept: WordToken[][] = [];
  sentences.forEach((s, n) => {
    const words = wordTokens(body, s.start, s.end);
    addSentence(doc, words);
    if (words.length && (!only || only.has(n))) kept.push(words);
  });
  const out: ModelSpan[] = [];
  let j = 0;
  let p = 0; // the first of `around` (by start) that may overlap the stretch being decoded
  for (const words of kept) {
    const tokens: FeatureToken[] = words.map((w) => {
      while (j < terms.length && terms[j]!.end <= w.start) j++;
      return formed(w.text, w.start, w.end, j < terms.length && terms[j]!.start <= w.start ? terms[j]!.tags : undefined);
    });
    const to = tokens.length;
    const gaz = gazetteerMarks(tokens, 0, to);
    // before[i]: capitalised words (or numbers) among the first i tokens, so "one within two tokens of i" is a subtraction.
    const before = [0];
    for (const t of tokens) before.push(before[before.length - 1]! + (/^[\p{Lu}\p{N}]/u.test(t.text) ? 1 : 0));
    const near = (i: number) => before[Math.min(to, i + 3)]! - before[Math.max(0, i - 2)]! > 0;
    // Only the stretches near a capitalised word (or a number) are decoded: a name in news has one, and the words
    // two or more away from any are O for the tagger as good as always.
    for (let a = 0; a < to; ) {
      if (!near(a)) {
        a++;
        continue;
      }
      let b = a + 1;
      while (b < to && near(b)) b++;
      if (around) {
        while (p < around.length && around[p]!.end <= tokens[a]!.start) p++;
        if (p === around.length || around[p]!.start >= tokens[b - 1]!.end) {
          a = b;
          continue;
        }
      }
      const emissions = new Float64Array((b - a) * NT);
      const tags = bestPath(b - a, model.transitions, (k, emit) => {
        const i = a + k;
        addWordScores(model, tokens[i]!.text, wordFeatures, emit);
        contextFeatures(tokens, 0, to, i, doc, gaz, (t, x, y, z) => addFeatureWeights(model, emit, t, x, y, z));
        emissions.set(emit, k * NT);
      }, a === 0 ? NT : 0);
      for (const s of spansOf(tags)) {
        let margin = Infinity;
        for (let k = s.from; k < s.to; k++) margin = Math.min(margin, emissions[k * NT + tags[k]!]! - emissions[k * NT]!);
        out.push({ start: tokens[a + s.from]!.start, end: tokens[a + s.to - 1]!.end, type: s.type, margin });
      }
      a = b;
    }
  }
  return out;
}

/** The rules' mentions with the tagger's help, as `use` says. */
export function withModel(body: string, terms: Token[], sentences: Span[], found: RawMention[], use: ModelUse = {}): RawMention[] {
  const model = use.model === undefined ? committedModel() : use.model;
  const mentions = use.untype ? found.map((m) => (use.untype!.has(m.rule) ? untypedMention(m) : m)) : found;
  if (!model) return mentions;
  const { typeUntyped, fallbackUntyped, retype, dropUnseen, addMissing, widenOpening, joinNames } = { ...DEFAULT_USE, ...use };
  const untyped = (m: RawMention) => typeUntyped < Infinity && isUntyped(m);
  const retypable = (m: RawMention) => retype < Infinity && RETYPABLE.has(m.rule) && !m.metonymy;
  // (Not a name compromise's lexicon lists as an organization, "Unilever shares fell", nor an armed group's, "HTS".)
  const listed = (m: RawMention) => (m.rule === 'organization:tagger' && listedAsOrganization(m.text)) || armedGroup(m.text) !== undefined;
  const droppable = (m: RawMention) => !!dropUnseen && !m.rule.startsWith('unknown:') && m.type !== 'force' && (dropUnseen === 'any' || dropUnseen.has(m.rule)) && !listed(m);
  // Only the sentences that hold a name the tagger may change, or a capitalised word no rule took that it may add, are
  // decoded (most hold none); and of those, only the stretches that hold one.
  // (The sentence's first word a name may be widened to is such a word.)
  const overlaps = addMissing < Infinity || widenOpening < Infinity ? overlapTest(mentions) : undefined;
  const candidates: { start: number; end: number; sentence: number }[] = mentions.filter((m) => untyped(m) || retypable(m) || droppable(m));
  if (overlaps) candidates.push(...uncovered(terms, sentences, overlaps));
  candidates.sort((a, b) => a.start - b.start);
  if (candidates.length === 0) return mentions;
  const only = new Set(candidates.map((m) => m.sentence));
  const spans = modelSpans(body, terms, sentences, model, only, candidates); // in text order, not overlapping
  const out: RawMention[] = [];
  /** The short names the article has defined so far ("Hayat Tahrir al-Sham, also known as HTS"). */
  const defined = new Set<string>();
  for (const m0 of mentions) {
    const kept = out.length;
    const m = widenOpening < Infinity ? widened(body, sentences, spans, m0, widenOpening, overlaps) : m0;
    // The tagger's name over the mention, when it sees the same name: its span covers the mention's ("Air Force"
    // does not type "Air Force One").
    const s = spans[firstEndingAfter(spans, m.start)];
    const over = s && s.start <= m.start && s.end >= m.end ? s : undefined;
    if (untyped(m)) out.push(over && over.margin >= typeUntyped ? { ...m, type: over.type, rule: `${over.type}:model` } : over && over.margin >= fallbackUntyped ? { ...m, fallback: over.type } : m);
    // (Nor a short name the article defined before: "Hayat Tahrir al-Sham, also known as HTS ... HTS fighters".)
    else if (droppable(m) && !(s && s.start < m.end) && !defined.has(m.text)) {
      // "the Italian Democratic Socialists (SDI)", "Hayat Tahrir al-Sham, also known as HTS": an acronym right after a
      // body's name that it shortens is its short name, which the tagger has seldom seen.
      const named = out[out.length - 1];
      if (m.rule === 'organization:shape' && named && SHORT_NAME_AFTER.test(body.slice(named.end, m.start))) {
        if (named.type === 'organization' || named.type === 'force') out.push({ ...m, type: named.type, rule: `${named.type}:bracketed-acronym`, canonical: named.canonical ?? named.text });
        else if (named.rule.startsWith('unknown:')) out.push({ ...m, rule: 'organization:bracketed-acronym' });
      }
    }
    else if (retypable(m) && over && over.type !== m.type && over.margin >= retype) out.push({ ...m, type: over.type, rule: `${over.type}:model` });
    else out.push(m);
    for (let k = kept; k < out.length; k++) if (out[k]!.rule.endsWith(':bracketed-acronym')) defined.add(out[k]!.text);
  }
  const joined = joinNames ? joinedByModel(body, spans, out) : out;
  if (overlaps) {
    for (const s of spans) {
      if (s.margin < addMissing || s.type !== 'person' || !/^\p{Lu}/u.test(body[s.start]!) || overlaps(s.start, s.end)) continue;
      joined.push({ type: s.type, start: s.start, end: s.end, text: body.slice(s.start, s.end), sentence: lastStartingBefore(sentences, s.start + 1), rule: `${s.type}:model` });
    }
  }
  return joined; // in the rules' order, added names last (resolve reads them in order)
}

/**
 * The mention widened to the tagger's name where that name starts one word earlier, at its sentence's first word, no
 * other mention holds that word, and it ends where the mention ends. The widened name keeps the rule's type where the
 * tagger agrees and takes the tagger's otherwise.
 */
function widened(body: string, sentences: Span[], spans: ModelSpan[], m: RawMention, margin: number, overlaps: ((start: number, end: number) => boolean) | undefined): RawMention {
  if (m.title || !overlaps) return m;
  const s = spans[firstEndingAfter(spans, m.start)];
  if (!s || s.start >= m.start || s.end !== m.end || s.margin < margin) return m;
  const sentence = sentences[m.sentence];
  if (!sentence || body.slice(sentence.start, s.start).trim() !== '' || !/^\p{Lu}\S*\s+$/u.test(body.slice(s.start, m.start))) return m;
  if (overlaps(s.start, m.start - 1)) return m;
  const { canonical: _, ...rest } = m;
  return { ...(typedAs(m, s) ? rest : { ...rest, type: s.type, rule: `${s.type}:model` }), start: s.start, text: body.slice(s.start, m.end) };
}

/** The mention as a name no rule typed (its span stays; what the rule said of it goes). */
function untypedMention(m: RawMention): RawMention {
  return { type: 'person', start: m.start, end: m.end, text: m.text, sentence: m.sentence, rule: 'unknown:proper-noun' };
}

/** Whether the rules typed the name as the tagger does (a force is an organization to it). */
const typedAs = (m: RawMention, s: ModelSpan): boolean => m.type === s.type || (m.type === 'force' && s.type === 'organization');

/** What may stand between two parts of one name: spaces, quotes, a period, a particle (no dash: "Paris - Berlin"). */
const NAME_GAP = /^(?:[\s"“”'‘’.]|\b(?:of|the|de|di|da|del|della|des|du|la|le|e|y|dos|das|van|von|der|den|al|bin|ibn)\b)*$/u;

/**
 * Names of the rules that the tagger reads as one name, joined into it: "Gulf" + "Tonkin" is "Gulf of Tonkin",
 * "Wilfried" + "Willi" + "Schneider" one person, "New York" + "Stock Exchange" one body. Only where the tagger's name
 * begins and ends with theirs, no other name crosses it, and what stands between them is a name's (NAME_GAP). Of one
 * type, the first name's rule stays (its gazetteer's canonical name goes: it names a part); of several, the name is
 * the tagger's.
 * A name that holds a force is a force (the tagger knows none: to it a force is an organization).
 */
function joinedByModel(body: string, spans: ModelSpan[], ms: RawMention[]): RawMention[] {
  const { byStart, furthest } = byReach(ms);
  const replaced = new Map<RawMention, RawMention[]>();
  const gazetteer = (m: RawMention) => GAZETTEER_RULES.has(m.rule) || m.rule === 'place:city';
  for (const q of spans) {
    const k = lastStartingBefore(byStart, q.start) + 1;
    if (k > 0 && furthest[k - 1]! > q.start) continue; // a name crosses its start
    const inside: RawMention[] = [];
    let crosses = false;
    for (let j = k; j < byStart.length && byStart[j]!.start < q.end; j++) {
      if (byStart[j]!.end > q.end) crosses = true;
      inside.push(byStart[j]!);
    }
    if (crosses || inside.length < 2 || inside[0]!.start !== q.start || inside[inside.length - 1]!.end !== q.end) continue;
    const joins = inside.every((m, i) => {
      if (m.title) return false;
      if (i === 0) return true;
      const prev = inside[i - 1]!;
      const gap = body.slice(prev.end, m.start);
      // (Two of the gazetteers' places side by side are two: "Guatemala Venezuela", "Columbia Puerto Rico".)
      return m.start >= prev.end && NAME_GAP.test(gap) && !(gazetteer(m) && gazetteer(prev) && /^\s+$/.test(gap));
    });
    if (!joins) continue;
    const text = body.slice(q.start, q.end);
    const { canonical: _, ...first } = inside[0]!;
    const one = inside.every((m) => typedAs(m, q));
    // (The tagger knows no forces: a force the rules know is no part of a place or a person, "Kurdish Peshmerga"; a
    // body's name that holds one names a force, "No. 3 Squadron RAAF".)
    const force = inside.find((m) => m.type === 'force');
    if (force && !one && q.type !== 'organization') continue;
    const name: RawMention = force ? { ...first, type: 'force', rule: force.rule, affiliation: force.affiliation, end: q.end, text } : one ? { ...first, end: q.end, text } : { type: q.type, start: q.start, end: q.end, text, sentence: first.sentence, rule: `${q.type}:model` };
    // (A gazetteer's place inside a body is its seat, no mention: "the New York Stock Exchange".)
    const seat = !one && q.type === 'organization' ? inside.findLast((m) => m.type === 'place' && gazetteer(m)) : undefined;
    if (seat) name.seat = seat.canonical ?? seat.text;
    inside.forEach((m, i) => replaced.set(m, i === 0 ? [name] : []));
  }
  return replaced.size === 0 ? ms : ms.flatMap((m) => replaced.get(m) ?? [m]);
}

/** Words of these kinds open sentences but never a name. */
const CLOSED_CLASS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Copula', 'Modal'];

/** Capitalised words no mention overlaps (not "The", "In", "He"): where the tagger may find a name the rules did not. */
function uncovered(terms: Token[], sentences: Span[], overlaps: (start: number, end: number) => boolean): { start: number; end: number; sentence: number }[] {
  return terms
    .filter((t) => /^\p{Lu}/u.test(t.text) && !CLOSED_CLASS.some((g) => t.tags.has(g)) && !overlaps(t.start, t.end))
    .map((t) => ({ start: t.start, end: t.end, sentence: lastStartingBefore(sentences, t.start + 1) }));
}

/** Whether a span overlaps any of the mentions: the furthest end among the mentions that start before the span ends. */
function overlapTest(mentions: RawMention[]): (start: number, end: number) => boolean {
  const { byStart, furthest } = byReach(mentions);
  return (start, end) => {
    const k = lastStartingBefore(byStart, end);
    return k >= 0 && furthest[k]! > start;
  };
}

/**
 * The mentions by start (the longer first where two start together), and for each the furthest end among it and those
 * before it: whether a mention starting before an offset reaches past it is one lookup.
 */
function byReach(mentions: RawMention[]): { byStart: RawMention[]; furthest: number[] } {
  const byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const furthest: number[] = [];
  byStart.forEach((m, i) => furthest.push(Math.max(m.end, furthest[i - 1] ?? -1)));
  return { byStart, furthest };
}

/** Index of the first span (in text order) that ends after `offset`. */
function firstEndingAfter(spans: { end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item (sorted by start) that starts before `offset`, or -1. */
function lastStartingBefore(items: { start: number }[], offset: number): number {
  let lo = -1;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

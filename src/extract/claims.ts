// Claims: direct quotes and reported speech, each with its cue, speaker span and outlet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { Span } from '../schema.js';
import { lineStartNear, sentenceAt } from '../segment.js';
import { nameEnd } from './context.js';
import type { RawMention } from './mentions.js';
import { findToken, firstFrom, spansWithin, type Token } from './nlp.js';
import { findQuotes, notSaid } from './quotes.js';
import { dict } from '../dict.js';

/** Speech and attitude verbs as written → normalised cue. Reason: these introduce attributed content in news. */
const HAND_CUES: Record<string, string> = Object.fromEntries(
  (
    'said:say says:say say:say saying:say told:tell tells:tell telling:tell warned:warn warns:warn warning:warn ' +
    'insisted:insist insists:insist described:describe describes:describe added:add adds:add adding:add ' +
    'argued:argue argues:argue denied:deny denies:deny claimed:claim claims:claim confirmed:confirm confirms:confirm ' +
    'stated:state states:state announced:announce announces:announce explained:explain explains:explain ' +
    'noted:note notes:note wrote:write writes:write asked:ask asks:ask replied:reply replies:reply ' +
    'suggested:suggest suggests:suggest acknowledged:acknowledge admitted:admit believes:believe believed:believe ' +
    'reported:report reports:report urged:urge urges:urge promised:promise vowed:vow vows:vow threatened:threaten ' +
    'accused:accuse predicted:predict cautioned:warn emphasized:emphasize emphasised:emphasize stressed:stress ' +
    'declared:declare recalled:recall revealed:reveal alleged:allege maintained:maintain countered:counter ' +
    'responded:respond tweeted:write posted:write added:add concluded:conclude estimated:estimate according:according-to'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Cue words learned from PolNeAR train by eval/learn-cues.ts (statistics only), added to the hand-kept ones. */
function learned(): { cues: Record<string, string>; objectCues: Record<string, string> } {
  try {
    const json = JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'cues.json'), 'utf8')) as { cues: Record<string, string>; objectCues?: Record<string, string> };
    return { cues: json.cues, objectCues: json.objectCues ?? {} };
  } catch {
    return { cues: {}, objectCues: {} };
  }
}
const LEARNED = learned();
export const CUES: Readonly<Record<string, string>> = dict({ ...LEARNED.cues, ...HAND_CUES });
/**
 * Cues whose object is what is attributed ("called for a moratorium", "wants to triple the program", "criticized him
 * for ..."): word → infinitive, learned from PolNeAR train by eval/learn-cues.ts, kept where such claims were right at
 * least half the time. Replaceable for that learning only.
 */
let objectCues: Readonly<Record<string, string>> = dict(LEARNED.objectCues);
export function setObjectCues(cues: Record<string, string>): void {
  objectCues = dict(cues);
}

/** Words between a speaker and the cue that the tagger may not call adverbs ("Iran later said"). */
const SPEECH_ADVERBS = new Set([
  'first', 'later', 'earlier', 'also', 'then', 'again', 'previously', 'reportedly', 'publicly', 'privately', 'initially', 'once', 'recently', 'repeatedly',
  'now', 'still', 'even', 'already', 'just', 'never', 'not', "n't",
  // Auxiliaries between a subject and its cue: "has said", "is warning", "did not identify", "could not resist".
  'has', 'had', 'have', 'is', 'are', 'was', 'were', 'been', 'be', 'did', 'does', 'do', 'could', 'would', 'will', 'can', 'may', 'might', 'should', 'must',
]);
/** Cues that report a clause without "that" ("Iran insisted the talks ..."); others need "that" or a clause they start. */
const BARE_CLAUSE_CUES = new Set(['say', 'tell', 'insist', 'claim', 'believe', 'argue', 'warn', 'deny', 'confirm', 'add', 'suggest', 'admit', 'acknowledge', 'state', 'allege', 'maintain', 'write']);
/** Cues that may come before their speaker: "..., said Smith." (not "..., sees this as leverage"). */
const INVERTED_CUES = new Set(['say', 'add', 'write', 'tell', 'ask', 'explain', 'note', 'continue', 'reply', 'conclude', 'insist', 'warn', 'recall']);
/** Nouns that name what someone said or holds, before "that": "the claim that ...", "warnings that ...". */
const NOUN_CUES: Readonly<Record<string, string>> = dict({
  claim: 'claim', claims: 'claim', allegation: 'allege', allegations: 'allege', assertion: 'assert', warning: 'warn', warnings: 'warn',
  statement: 'say', belief: 'believe', view: 'view', argument: 'argue', insistence: 'insist', suggestion: 'suggest', suggestions: 'suggest',
  promise: 'promise', pledge: 'pledge', assurance: 'assure', assurances: 'assure', fear: 'fear', fears: 'fear', hope: 'hope', hopes: 'hope',
  concern: 'worry', concerns: 'worry', accusation: 'accuse', accusations: 'accuse', denial: 'deny', announcement: 'announce', report: 'report', reports: 'report',
});
/** Words that join a clause with a speaker of its own to what came before: "... and he noted that ...". */
const CLAUSE_JOINERS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'because', 'as', 'when', 'so', 'yet']);
/** Prepositions that can open the object of an object-taking cue: "called for", "pointed to", "railed against". */
const OBJECT_PREPOSITIONS = new Set(['for', 'to', 'about', 'of', 'against', 'that']);
/** Prepositions of place and time, whatever the tagger calls them ("speaking on board", "on" as an adjective). */
const PLACE_TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'during', 'after', 'before', 'aboard', 'with', 'into', 'onto', 'over', 'under', 'near', 'since', 'by', 'through', 'across', 'outside', 'inside', 'until', 'while']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'what']);

const PRONOUNS: Readonly<Record<string, 'person' | 'any'>> = dict({ he: 'person', she: 'person', He: 'person', She: 'person', they: 'any', They: 'any', it: 'any', It: 'any', we: 'any', We: 'any', I: 'person' });
/** Words that stand for people already named, or some of them: they describe no source of their own. */
const QUANTIFIERS = new Set(['both', 'neither', 'each', 'either', 'all', 'none', 'some', 'many', 'most', 'several', 'few', 'others', 'one']);
const NP_TAGS = ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Pronoun', 'Demonym', 'Value', 'Acronym', 'Possessive'];

export interface RawClaim {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  text: string;
  sentence: number;
  cue: string | null;
  cueText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The mention the speaker span names, or the antecedent a pronoun resolves to. */
  speakerMention: RawMention | null;
  via: RawMention | null;
  rule: string;
  /** The quoted parts of the claim, quote marks included: one for a plain quote, several for a split one. */
  quotes: { start: number; end: number }[];
  /** Token index of the cue, to tell a cue shared by two parts of a split quote. */
  cueToken: number | null;
  /** An unnamed speaker's description when it is not the speaker's own words ("Another" after "an Iranian diplomatic source"). */
  speakerDescription?: string;
}

interface Speaker {
  start: number;
  end: number;
  mention: RawMention | null;
  via: RawMention | null;
  rule: string;
}

/**
 * The claims of an article. `typeOf` gives the type of a name's entity once the article's names are resolved (a name
 * the tagger took for a person may be the place named earlier: "the Mall"); without it, the name's own type counts.
 */
export function findClaims(body: string, tokens: Token[], sentences: Span[], mentions: RawMention[], typeOf?: (m: RawMention) => string | undefined): RawClaim[] {
  const out: RawClaim[] = [];
  const tokenAt = (pos: number) => firstFrom(tokens, pos);
  const inSentence = (k: number, s: number) => k >= 0 && k < tokens.length && sentenceAt(sentences, tokens[k]!.start) === s;
  // Mentions sorted by start: the ones inside a span are found by binary search, not by scanning them all.
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const mentionsIn = (start: number, end: number) => spansWithin(byStart, start, end);
  let lastSpeaker: Speaker | null = null;
  let lastSentence = -1;

  const quotes = findQuotes(body);
  const quotedSentences = new Set<number>();
  for (const q of quotes) {
    const s = sentenceAt(sentences, q.start);
    const sEnd = sentenceAt(sentences, q.end - 1);
    for (let k = s; k <= sEnd; k++) quotedSentences.add(k);
    if (s !== lastSentence) lastSpeaker = null;
    lastSentence = s;
    let cue: number | null = null;
    let speaker: Speaker | null = null;
    // A cue before the quote in its sentence ("X told ... that “...”"), nearest first.
    for (let k = tokenAt(q.start) - 1; inSentence(k, s) && tokens[k]!.end <= q.start; k--) {
      if (cueAt(k, s)) {
        cue = k;
        speaker = speakerBefore(k, s);
        break;
      }
    }
    // Or after it: “...,” he said. / “...,” said Smith.
    if (cue === null) {
      const k = tokenAt(q.end);
      // The next sentence only when it goes on in lower case (“... ?” he asked), not "According to Ham, ...".
      if (inSentence(k, sEnd) || (inSentence(k, sEnd + 1) && !/^\p{Lu}/u.test(tokens[k]!.text))) {
        const ks = sentenceAt(sentences, tokens[k]!.start);
        if (isCue(tokens[k]!)) {
          cue = k;
          speaker = npAfter(k + 1, ks);
        } else {
          for (let n = k; n < k + 6 && inSentence(n, ks); n++) {
            if (isCue(tokens[n]!)) {
              cue = n;
              speaker = speakerBefore(n, ks);
              break;
            }
          }
        }
      }
    }
    // A transcript line: "WALLACE: Let's start with ..." names its speaker.
    const label = /^["“]?(\p{Lu}[\p{Lu}'’.-]+):\s/u.exec(body.slice(q.start, q.end));
    if (!speaker && label) {
      const start = q.start + label[0].indexOf(label[1]!);
      speaker = { start, end: start + label[1]!.length, mention: mentionsIn(start, start + label[1]!.length)[0] ?? null, via: null, rule: 'speaker:transcript' };
    }
    if (!speaker && cue === null) {
      const found = introducedBefore(q.start, s) ?? signedAfter(q.end);
      if (found) ({ cue, speaker } = found);
    }
    speaker ??= lastSpeaker ?? headlineLabel(q.start) ?? subjectSpeaker(q.start, s) ?? nearestSpeaker(tokenAt(q.start) - 1, s);
    if (speaker) lastSpeaker = speaker;
    if (cue === null && notSaid(body.slice(q.start, q.end))) continue;
    out.push(claim('direct', q.start, q.end, s, cue, speaker, cue === null ? 'claim:quote-no-cue' : 'claim:quote'));
  }
  const directs = joinSplitQuotes(out); // sorted by start
  out.length = 0;
  for (const c of directs) out.push(c);
  const absorbed = new Set<RawClaim>();
  const firstQuote = new Map<number, number>(); // sentence → where its first quote starts
  for (const c of directs) for (let k = c.sentence; k <= sentenceAt(sentences, c.end - 1); k++) if (!firstQuote.has(k)) firstQuote.set(k, c.start);

  // Reported speech: "SUBJECT said (that) CLAUSE". In a sentence with quotes only a cue before them counts, and the
  // clause takes in the quoted fragments it holds ("said Machado was “disgusting” and “a con”") as one claim.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const s = sentenceAt(sentences, t.start);
    const objectOnly = !cueAt(k, s) && objectCueOf(t) !== undefined;
    if (!cueAt(k, s) && !objectOnly) continue;
    // "Trump attacked the plan on Monday, saying it would fail": a participle's speaker is the sentence's subject.
    const participle = /ing$/.test(t.text) && inSentence(k - 1, s) && tokens[k - 1]!.post.trim() === ',';
    // After a quotation, only "..., adding that ..." reports more, and its speaker is the quotation's.
    const afterQuote = quotedSentences.has(s) && (firstQuote.get(s) ?? Infinity) < t.start;
    const quoted = afterQuote ? quotedBefore(t.start, s) : null;
    if (afterQuote && !(quoted && participle && (tokens[k + 1]?.text === 'that' || startsClause(k + 1, s)))) continue;
    let speaker = quoted ? quoted : participle ? npAfter(firstTokenOf(s), s) : speakerBefore(k, s);
    // "X says A and said B": the second cue shares the first one's subject.
    const previous = out[out.length - 1];
    const coordinated = !speaker && ['and', 'but'].includes(tokens[adverbsBefore(k, s)]?.text ?? '');
    if (coordinated && previous?.rule.startsWith('claim:reported') && previous.sentence === s) {
      speaker = { start: previous.speakerStart!, end: previous.speakerEnd!, mention: previous.speakerMention, via: null, rule: 'speaker:coordinated' };
    } else if (coordinated) {
      // "Cruz exhorted Republicans to ... and said he was standing ...": the sentence's subject.
      const subject = npAfter(firstTokenOf(s), s);
      // Not a sentence that opens with a clause of its own ("That the two sides ... agreed to return is significant").
      const opensClause = /^(?:That|Whether|What|How|Why|If|When|While|Although|Though|Because|As|After|Before)\b/.test(body.slice(sentences[s]!.start, sentences[s]!.start + 10));
      if (subject && subject.end < t.start && isNp(tokens[firstTokenOf(s)]!) && !opensClause) speaker = { ...subject, rule: 'speaker:subject-coordinated' };
    }
    if (!speaker) continue;
    let c = k + 1;
    let rule = 'claim:reported';
    // "told the Reuters news agency that", "said on Monday that": the clause starts after a near "that".
    const that = findToken(tokens, k + 1, k + 7, (x, n) => x.text === 'that' && inSentence(n, s) && !tokens.slice(k, n).some((y) => /[,;:]/.test(y.post)));
    const addressee = cueOf(t) === 'tell' && that === -1 ? afterAddressee(k, s) : -1;
    if (that !== -1 && !objectOnly) c = that + 1;
    else if (addressee !== -1) c = addressee; // "Officials told BBC News every claim will be assessed"
    else if (objectOnly || cueOf(t) === 'tell' || !(BARE_CLAUSE_CUES.has(cueOf(t)!) || startsClause(k + 1, s))) {
      // "this looks like a non-event": a demonstrative is no one who holds a view.
      if (!takesObject(k, s) || /^(this|that|these|those)$/i.test(body.slice(speaker.start, speaker.end))) continue;
      rule = 'claim:reported-object';
    }
    if (!inSentence(c, s)) continue;
    const start = tokens[c]!.start;
    let end = contentEnd(s);
    // The clause stops where another attribution starts: a coordinated cue ("... and said she would stand up to the
    // attacks"), a joined clause with its own speaker ("... — and he noted that ...", "though she noted ..."),
    // a participle ("attacked the plan, saying ...") or a closing one (", sources said").
    for (let n = c + 1; n < tokens.length && tokens[n]!.start < end; n++) {
      if (!cueAt(n, s) && objectCueOf(tokens[n]!) === undefined) continue;
      const before = adverbsBefore(n, s);
      let first = before; // the first word of the cue's subject
      while (first - 1 > c && isNp(tokens[first - 1]!) && !/[,;:—–]/.test(tokens[first - 1]!.post)) first--;
      const joiner = before > c && isNp(tokens[before]!) ? tokens[first - 1] : undefined;
      let comma = n - 1;
      while (comma > c && comma > n - 7 && !tokens[comma]!.post.includes(',')) comma--;
      const cut = ['and', 'but'].includes(tokens[before]?.text ?? '') ? tokens[before]!.start
        : joiner && CLAUSE_JOINERS.has(joiner.lower) ? joiner.start
        : joiner && /[;—–]/.test(joiner.post) ? joiner.end
        : comma > c && tokens[comma]!.post.includes(',') ? tokens[comma]!.end : -1;
      if (cut === -1) continue;
      end = cut;
      while (end > start && /[\s,;]/.test(body[end - 1]!)) end--;
      break;
    }
    const inside: RawClaim[] = [];
    if (quotedSentences.has(s)) {
      for (let n = Math.max(0, firstFrom(directs, start) - 1); n < directs.length && directs[n]!.start < end; n++) {
        const d = directs[n]!;
        if (d.end <= start) continue;
        // A quote with an attribution of its own ends the clause before it.
        if (d.cueToken !== null && d.cueToken !== k) {
          end = d.start;
          while (end > start && /[\s,;:]/.test(body[end - 1]!)) end--;
          break;
        }
        inside.push(d);
      }
      if (inside.some((d) => d.start < start || d.end > end)) continue; // a quote running past the clause stays itself
    }
    if (end <= start || tooShort(start, end)) continue;
    const reported = claim('indirect', start, end, s, k, speaker, rule);
    reported.quotes = inside.flatMap((d) => d.quotes);
    if (inside.length) reported.kind = 'direct'; // it carries the speaker's own words
    for (const d of inside) absorbed.add(d);
    out.push(reported);
    k = tokenAt(end) - 1;
  }
  // A claim named by a noun: "Tulsa police’s earlier claim that Crutcher had refused ...", "warnings that ...".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const cue = NOUN_CUES[tokens[k]!.lower];
    if (!cue || tokens[k + 1]!.text !== 'that' || !tokens[k]!.tags.has('Noun')) continue;
    const s = sentenceAt(sentences, tokens[k]!.start);
    if (quotedSentences.has(s) || !inSentence(k + 2, s) || out.some((o) => o.sentence === s && o.start <= tokens[k + 2]!.start && tokens[k + 2]!.start < o.end)) continue;
    const start = tokens[k + 2]!.start;
    let end = contentEnd(s);
    const stop = body.slice(start, end).search(/[;:]|,\s+(?:but|and|while|although|though|which)\b/);
    if (stop !== -1) end = start + stop;
    if (tooShort(start, end)) continue;
    // The one whose claim it is, written as a possessor just before: "Tulsa police’s earlier claim".
    let owner: Speaker | null = null;
    for (let n = k - 1; n >= Math.max(0, k - 3) && inSentence(n, s); n--) {
      if (!/['’]s?$/.test(tokens[n]!.text) && !tokens[n]!.tags.has('Possessive')) continue;
      let first = n;
      while (first - 1 >= 0 && inSentence(first - 1, s) && isNp(tokens[first - 1]!) && !/[,;:]/.test(tokens[first - 1]!.post)) first--;
      const ownerEnd = nameEnd(tokens[n]!);
      owner = { start: tokens[first]!.start, end: ownerEnd, mention: headAt(tokens[first]!.start, ownerEnd), via: null, rule: 'speaker:possessor' };
      break;
    }
    out.push({ ...claim('indirect', start, end, s, null, owner, 'claim:noun'), cue, cueText: tokens[k]!.text, cueToken: k });
  }
  const kept = out.filter((c) => !absorbed.has(c));
  // Content before its attribution may hold another attribution ("Protocol called for ..., sources said"): both stay.
  for (const c of reportedBefore()) if (!kept.some((o) => o.cueToken === c.cueToken || (o.start < c.end && c.start < o.end && o.kind === 'direct'))) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  quantifiedSpeakers(kept);
  return kept;

  /**
   * "Both agreed", "Neither commented": a quantifier describes no source of its own (no Source node "Both"). "Another,
   * quoted by Al-Araby TV, warned" after "an Iranian diplomatic source" is a second source of that description.
   */
  function quantifiedSpeakers(claims: RawClaim[]): void {
    let described: RawClaim | null = null;
    for (const c of claims) {
      if (c.speakerStart === null || c.speakerMention) continue;
      const text = body.slice(c.speakerStart, c.speakerEnd!).toLowerCase();
      if (text === 'another' && described) {
        c.speakerDescription = described.speakerDescription ?? body.slice(described.speakerStart!, described.speakerEnd!);
        c.rule = c.rule.replace('speaker:description', 'speaker:another');
      } else if (text === 'another' || QUANTIFIERS.has(text)) {
        c.rule = c.rule.replace('speaker:description', 'speaker:quantifier'); // the words stay the speaker's span, as annotators mark it
      } else if (c.rule.includes('speaker:description')) described = c;
    }
  }

  /**
   * Content before its attribution: "Secret Service protocol called for ..., sources said." /
   * "..., said Smith." / "..., according to the report." / "According to X, ...".
   */
  function reportedBefore(): RawClaim[] {
    const found: RawClaim[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const s = sentenceAt(sentences, t.start);
      if (quotedSentences.has(s)) continue;
      const sentence = sentences[s]!;
      const last = contentEnd(s);
      const according = t.lower === 'according' && tokens[k + 1]?.text === 'to';
      if (!isCue(t) && !according) continue;
      let speaker: Speaker | null = null;
      let cut = -1; // the comma that ends the content
      if (according) {
        speaker = npAfter(k + 2, s);
        if (!speaker) continue;
        if (tokens[k - 1] && inSentence(k - 1, s) && tokens[k - 1]!.post.trim() === ',') cut = tokens[k - 1]!.end;
        else if (k === firstTokenOf(s)) {
          // "According to X, CONTENT."
          const comma = findToken(tokens, k + 2, firstTokenOf(s + 1), (x) => x.post.trim() === ',');
          if (comma === -1) continue;
          const start = tokens[comma + 1]!.start;
          if (last - start > 10) found.push(claim('indirect', start, last, s, k, speaker, 'claim:according-to'));
          continue;
        }
      } else if (inSentence(k - 1, s) && tokens[k - 1]!.post.trim() === ',' && INVERTED_CUES.has(cueOf(t)!) && !/ing$/.test(t.text)) {
        speaker = npAfter(k + 1, s); // "..., said Smith."
        cut = tokens[k - 1]!.end;
      } else {
        speaker = speakerBefore(k, s); // "..., sources said."
        if (!speaker) continue;
        const before = tokenAt(speaker.start) - 1;
        if (!inSentence(before, s) || tokens[before]!.post.trim() !== ',') continue;
        cut = tokens[before]!.end;
      }
      // The attribution must close the sentence: after it only a short adverbial ("on Friday"), an appositive
      // ("said Jeffrey Trimble, a senior official with ...") or a short adverbial and then a comma.
      const afterSpeaker = Math.max(speaker?.end ?? 0, t.end);
      if (!speaker || cut <= sentence.start) continue;
      if (last - afterSpeaker > 40 && !/^[^,;:]{0,30},/.test(body.slice(afterSpeaker, Math.min(last, afterSpeaker + 32)))) continue;
      const text = body.slice(sentence.start, cut).replace(/[\s,]+$/, '');
      if (tooShort(sentence.start, sentence.start + text.length)) continue;
      found.push(claim('indirect', sentence.start, sentence.start + text.length, s, k, speaker, 'claim:reported-before'));
    }
    return found;
  }

  /**
   * A cue at token k of sentence s: a cue word tagged as a verb, or one the tagger took for a noun or adjective
   * ("observers ... say Scott deserves", "but noted that Scott won") where "that" or a clause follows it.
   */
  function cueAt(k: number, s: number): boolean {
    const t = tokens[k]!;
    if (isCue(t)) return true;
    if (cueOf(t) === undefined || cueOf(t) === 'according-to' || ['Preposition', 'Possessive', 'ProperNoun'].some((g) => t.tags.has(g))) return false;
    // A word after a determiner is no cue ("the alleged terrorist were ...", "a noted economist").
    const before = tokens[k - 1];
    if (before && inSentence(k - 1, s) && (before.tags.has('Determiner') || before.tags.has('Possessive'))) return false;
    // A noun before "that" heads a relative clause ("areas of those states that Mr. Obama won"); an adjective does not.
    return (tokens[k + 1]?.text === 'that' && inSentence(k + 1, s) && !t.tags.has('Noun')) || startsClause(k + 1, s);
  }

  /** "argued [the plan would fail]": a subject and its verb within a few words, so a clause rather than an object. */
  function startsClause(k: number, s: number): boolean {
    const first = tokens[k];
    if (!first || !inSentence(k, s) || first.tags.has('Preposition') || first.tags.has('Verb')) return false;
    for (let n = k + 1; n < k + 6 && inSentence(n, s); n++) {
      if (/[,;:]/.test(tokens[n - 1]!.post)) return false;
      if (tokens[n]!.tags.has('Verb') && !tokens[n]!.tags.has('Gerund') && !tokens[n]!.tags.has('Infinitive')) return true;
    }
    return false;
  }

  /** "told BBC News [every claim will be assessed]": the token after the addressee, when a clause starts there. */
  function afterAddressee(cue: number, s: number): number {
    const next = tokens[cue + 1];
    if (!next || !inSentence(cue + 1, s)) return -1;
    let after = -1;
    if (/^(him|her|them|us|me|you|reporters|journalists)$/i.test(next.text)) after = cue + 2;
    else {
      const named = mentionsIn(next.start, next.end + 80).find((m) => m.start === next.start);
      if (named) after = tokenAt(named.end);
    }
    return after !== -1 && inSentence(after, s) && !/[,;:]/.test(tokens[after - 1]!.post) && startsClause(after, s) ? after : -1;
  }

  /** "called for a moratorium", "wants to triple ...": an object-taking cue followed straight by its object. */
  function takesObject(cue: number, s: number): boolean {
    if (objectCueOf(tokens[cue]!) === undefined) return false;
    const next = tokens[cue + 1];
    // Not "issues Washington has raised publicly, ...": an adverb there means the object was moved out of the clause.
    if (!next || !inSentence(cue + 1, s) || /[,;:.]/.test(tokens[cue]!.post) || next.tags.has('Adverb')) return false;
    // A preposition only where it heads what is said ("called for", "spoke of"), not where or when ("speaking on board").
    const word = next.lower;
    if (next.tags.has('Preposition') || next.tags.has('Conjunction') || PLACE_TIME_PREPOSITIONS.has(word)) return OBJECT_PREPOSITIONS.has(word);
    return true;
  }

  /** The speaker of the last quotation before pos in sentence s, for an attribution that continues it. */
  function quotedBefore(pos: number, s: number): Speaker | null {
    const d = directs[firstFrom(directs, pos) - 1];
    if (!d || d.speakerStart === null || sentenceAt(sentences, d.end - 1) !== s) return null;
    return { start: d.speakerStart, end: d.speakerEnd!, mention: d.speakerMention, via: d.via, rule: 'speaker:continued' };
  }

  /** The token before cue k, skipping adverbs ("and later said"). */
  function adverbsBefore(k: number, s: number): number {
    let n = k - 1;
    while (inSentence(n, s) && (tokens[n]!.tags.has('Adverb') || SPEECH_ADVERBS.has(tokens[n]!.text))) n--;
    return inSentence(n, s) ? n : -1;
  }

  /** Where sentence s's content ends: before its closing full stop, question or exclamation mark. */
  function contentEnd(s: number): number {
    const sentence = sentences[s]!;
    return sentence.end - (/[.!?]$/.test(sentence.text) ? 1 : 0);
  }

  /** Fewer than three words: too short to be a clause. */
  function tooShort(start: number, end: number): boolean {
    return !/\s+\S+\s+/.test(body.slice(start, Math.min(end, start + 400))); // stops at the third word: no split of a long clause
  }

  function firstTokenOf(s: number): number {
    return s < sentences.length ? tokenAt(sentences[s]!.start) : tokens.length;
  }

  /**
   * A quotation introduced by the sentence before it, ending in a colon ("Caddell continued:", "The New York Times
   * reports:" then the quotation, in the same paragraph or the next): that sentence's cue and speaker.
   */
  function introducedBefore(qStart: number, s: number): { cue: number; speaker: Speaker } | null {
    const before = body.slice(Math.max(0, qStart - 4), qStart);
    if (!/:\s*$/.test(before)) return null;
    let k = tokenAt(qStart) - 1;
    const ks = k >= 0 ? sentenceAt(sentences, tokens[k]!.start) : -1;
    if (ks === -1 || (ks !== s && ks !== s - 1)) return null;
    for (; inSentence(k, ks) && k > tokenAt(qStart) - 8; k--) {
      if (!isCue(tokens[k]!)) continue;
      const speaker = speakerBefore(k, ks);
      return speaker ? { cue: k, speaker } : null;
    }
    return null;
  }

  /** A quotation signed after a dash: “...” ― Sonya Herridge. */
  function signedAfter(qEnd: number): { cue: null; speaker: Speaker } | null {
    const m = /^\s*[―—–]\s*/.exec(body.slice(qEnd, qEnd + 6));
    if (!m) return null;
    const start = qEnd + m[0].length;
    const k = tokenAt(start);
    if (!tokens[k] || tokens[k]!.start !== start) return null;
    const speaker = npAfter(k, sentenceAt(sentences, start));
    return speaker?.mention && speaker.mention.type === 'person' ? { cue: null, speaker: { ...speaker, rule: 'speaker:signed' } } : null;
  }

  /** A headline or line that opens with a name and a colon: "Politifact: Donald Trump Is Right, ‘Thousands of Shootings’". */
  function headlineLabel(qStart: number): Speaker | null {
    const lineStart = lineStartNear(body, qStart, 64);
    if (lineStart > 0 && body[lineStart - 1] !== '\n') return null; // the line starts further back than a label runs
    const m = /^([^:\n]{2,60}):\s/.exec(body.slice(lineStart, qStart));
    if (!m) return null;
    const named = mentionsIn(lineStart, lineStart + m[1]!.length).filter((x) => x.type === 'person' || x.type === 'organization');
    const head = headOf(named);
    return head && head.end === lineStart + m[1]!.length ? { start: head.start, end: head.end, mention: head, via: null, rule: 'speaker:label' } : null;
  }

  /** No cue: the subject of the quotation's sentence, when it names a person or organization or is a personal pronoun. */
  function subjectSpeaker(qStart: number, s: number): Speaker | null {
    const first = firstTokenOf(s);
    if (!tokens[first] || tokens[first]!.start >= qStart || /["“‘']/.test(body.slice(sentences[s]!.start, tokens[first]!.start))) return null;
    const np = npAfter(first, s);
    if (!np || np.end > qStart) return null;
    if (np.rule === 'speaker:pronoun') return np.mention ? { ...np, rule: 'speaker:subject' } : null;
    const m = np.mention;
    return m && (m.type === 'person' || m.type === 'organization' || m.metonymy) && m.end === np.end ? { ...np, rule: 'speaker:subject' } : null;
  }

  /** No cue: the nearest person, organization or personal pronoun before the quote in its sentence. */
  function nearestSpeaker(k: number, s: number): Speaker | null {
    for (; inSentence(k, s); k--) {
      const t = tokens[k]!;
      const pronoun = PRONOUNS[t.text];
      if (pronoun) return { start: t.start, end: t.end, mention: antecedent(t.start, pronoun), via: null, rule: 'speaker:nearest-pronoun' };
      const end = nameEnd(t);
      const m = mentionsIn(tokens[Math.max(0, k - 8)]!.start, end).find((x) => x.end === end && (x.type === 'person' || x.type === 'organization'));
      if (m) return { start: m.start, end: m.end, mention: m, via: null, rule: 'speaker:nearest-name' };
    }
    return null;
  }

  function claim(kind: RawClaim['kind'], start: number, end: number, sentence: number, cue: number | null, speaker: Speaker | null, rule: string): RawClaim {
    return {
      kind, start, end, text: body.slice(start, end), sentence,
      cue: cue === null ? null : (cueOf(tokens[cue]!) ?? objectCueOf(tokens[cue]!))!, cueText: cue === null ? null : tokens[cue]!.text,
      speakerStart: speaker?.start ?? null, speakerEnd: speaker?.end ?? null, speakerMention: speaker?.mention ?? null,
      via: speaker?.via ?? (cue === null ? null : outletAfter(cue)), rule: speaker ? `${rule}+${speaker.rule}` : rule,
      quotes: kind === 'direct' ? [{ start, end }] : [], cueToken: cue,
    };
  }

  /**
   * One claim from a quote split around its attribution (“The talks,” he said, “were very good.”) or continued in
   * the next quote of the paragraph (“It's finished,” she said. “In my head, anyway.”): the later part joins the
   * earlier when only the earlier part's attribution (or nothing) stands between them and it has no cue of its own.
   */
  function joinSplitQuotes(claims: RawClaim[]): RawClaim[] {
    if (claims.length < 2) return [...claims];
    // Built from the end, a run of joined parts at a time: the text and quotes of a run are made once, when it
    // closes (joining pairwise copied a growing text per part, quadratic in a storm of quotation marks).
    const out: RawClaim[] = [];
    let b = claims[claims.length - 1]!;
    let parts = [b.quotes]; // the quotes of b's parts, last part first
    const close = () => out.push(parts.length === 1 ? b : { ...b, text: body.slice(b.start, b.end), quotes: parts.reverse().flat() });
    for (let i = claims.length - 2; i >= 0; i--) {
      const a = claims[i]!;
      if (!joins(a, b)) {
        close();
        b = a;
        parts = [a.quotes];
        continue;
      }
      const joined: RawClaim = { ...a, end: b.end, rule: a.rule.replace(/^claim:[^+]+/, 'claim:quote-joined') };
      if (a.speakerStart === null && b.speakerStart !== null) Object.assign(joined, { speakerStart: b.speakerStart, speakerEnd: b.speakerEnd, speakerMention: b.speakerMention, via: b.via });
      if (a.cue === null) Object.assign(joined, { cue: b.cue, cueText: b.cueText, cueToken: b.cueToken });
      b = joined;
      parts.push(a.quotes);
    }
    close();
    return out.reverse();
  }

  /** Whether the quote b continues a (see joinSplitQuotes). */
  function joins(a: RawClaim, b: RawClaim): boolean {
    if (b.start - a.end > 120) return false;
    const between = body.slice(a.end, b.start);
    if (between.includes('\n')) return false;
    const sharedCue = a.cueToken !== null && tokens[a.cueToken]!.start >= a.end && tokens[a.cueToken]!.end <= b.start;
    // Not across a second attribution: “...,” Chaffetz said, adding that the deals were handed out “like candy.”
    if (sharedCue && findToken(tokens, firstFrom(tokens, a.end), firstFrom(tokens, b.start), (t, n) => t.end <= b.start && n !== a.cueToken && cueAt(n, a.sentence)) !== -1) return false;
    return (between.trim() === '' || sharedCue) && (b.cueToken === null || b.cueToken === a.cueToken);
  }

  /** The subject of cue k: the noun phrase before it, skipping a comma-enclosed aside ("Trump, speaking on ..., said"). */
  function speakerBefore(cue: number, s: number): Speaker | null {
    let k = cue - 1;
    while (inSentence(k, s) && (tokens[k]!.tags.has('Adverb') || SPEECH_ADVERBS.has(tokens[k]!.text)) && !tokens[k]!.post.includes(',')) k--;
    let via: RawMention | null = null;
    if (inSentence(k, s) && tokens[k]!.post.trim() === ',') {
      let open = k - 1;
      while (inSentence(open, s) && !tokens[open]!.post.includes(',')) open--;
      if (!inSentence(open, s)) return null;
      via = outletIn(tokens[open + 1]!.start, tokens[k]!.end);
      k = open;
    }
    if (!inSentence(k, s)) return null;
    // "Cruz, who pointedly refused ...", "the AP, which first reported ...": the relative pronoun, standing for the name before it.
    if (['who', 'which', 'that'].includes(tokens[k]!.lower) && inSentence(k - 1, s) && !isNp(tokens[k]!)) {
      const before = tokens[k - 1]!;
      const antecedent = headOf(mentionsIn(tokens[Math.max(0, k - 6)]!.start, before.end).filter((m) => m.end === before.end && m.type !== 'place'));
      return { start: tokens[k]!.start, end: tokens[k]!.end, mention: antecedent, via, rule: 'speaker:relative' };
    }
    // Continuation: "... and said", "..., adding:" inherit the sentence's earlier speaker.
    if (['and', 'but'].includes(tokens[k]!.text) || tokens[k]!.post.includes('”') || tokens[k]!.post.includes('"')) return null;
    let first = k;
    while (inSentence(first - 1, s) && isNp(tokens[first - 1]!) && !/[,;:"“”(]/.test(tokens[first - 1]!.post)) first--;
    if (!isNp(tokens[k]!)) return null;
    // "an escalation that Iran later said": the subject starts after a relative pronoun.
    const rel = tokens.slice(first, k).findLastIndex((t) => RELATIVES.has(t.lower));
    if (rel !== -1) first += rel + 1;
    const start = tokens[first]!.start;
    const end = tokens[k]!.end;
    const text = body.slice(start, end);
    const pronoun = PRONOUNS[text];
    if (pronoun) return { start, end, mention: antecedent(start, pronoun), via, rule: 'speaker:pronoun' };
    const mention = headAt(start, end);
    return { start, end, mention, via, rule: mention ? 'speaker:named' : 'speaker:description' };
  }

  /** The name a speaker phrase ends with, if it ends with one: "Tulsa police" is the police, not Tulsa. */
  function headAt(start: number, end: number): RawMention | null {
    const head = headOf(mentionsIn(start, end));
    return head && body.slice(head.end, end).replace(/^['’]s?/, '').trim() === '' ? head : null;
  }

  function npAfter(k: number, s: number): Speaker | null {
    let last = k;
    if (!inSentence(k, s) || !isNp(tokens[k]!)) return null;
    const abbreviation = (t: Token) => t.tags.has('Abbreviation') || /^\p{Lu}$/u.test(t.text); // "Mr. Burman", "John F. Kennedy"
    while (inSentence(last + 1, s) && isNp(tokens[last + 1]!) && !/[,;:]/.test(tokens[last]!.post) && (!tokens[last]!.post.includes('.') || abbreviation(tokens[last]!))) last++;
    const start = tokens[k]!.start;
    const end = tokens[last]!.end;
    const pronoun = PRONOUNS[body.slice(start, end)];
    if (pronoun) return { start, end, mention: antecedent(start, pronoun), via: null, rule: 'speaker:pronoun' };
    const mention = headAt(start, end);
    return { start, end, mention, via: null, rule: mention ? 'speaker:named-after' : 'speaker:description' };
  }

  /** Nearest preceding mention a pronoun can refer to: a person for he/she. */
  function antecedent(pos: number, kind: 'person' | 'any'): RawMention | null {
    for (let n = firstFrom(byStart, pos) - 1; n >= 0; n--) {
      const m = byStart[n]!;
      // (Not a name no rule typed that the tagger reads as a place or a body: "he" is no "Food Standards".)
      const person = typeOf ? typeOf(m) === 'person' : m.type === 'person' && (m.fallback ?? 'person') === 'person';
      if (m.end <= pos && (kind === 'any' ? m.type !== 'place' || m.metonymy : person)) return m;
    }
    return null;
  }

  /** "told the Reuters news agency": an organization right after the cue is the outlet. */
  function outletAfter(cue: number): RawMention | null {
    if (!['tell'].includes(cueOf(tokens[cue]!)!)) return null;
    const next = tokens[cue + 1];
    if (!next) return null;
    const m = mentionsIn(next.start, next.end + 200).find((x) => x.start <= next.end + 5 && x.type === 'organization');
    return m ?? null;
  }

  /** "quoted by Al-Araby TV", "speaking to CNN": an outlet inside an aside. */
  function outletIn(start: number, end: number): RawMention | null {
    const text = body.slice(start, end);
    if (!/\b(quoted by|speaking to|told|in an interview with|according to)\b/.test(text)) return null;
    return mentionsIn(start, end).find((m) => m.type === 'organization') ?? null;
  }
}

/** The name a speaker phrase is about: the last one, and of names ending together the outermost ("New Zealand Herald", not "New Zealand"). */
function headOf(named: RawMention[]): RawMention | null {
  let best: RawMention | null = null;
  for (const m of named) if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  return best;
}

/** The normalised cue a token writes, if it is one ("Said" and "said" alike). */
const cueOf = (t: Token): string | undefined => CUES[t.lower];
/** The infinitive of a cue whose object is the claim ("called [for a moratorium]"), if the token is one. */
const objectCueOf = (t: Token): string | undefined => (t.tags.has('Verb') ? objectCues[t.lower] : undefined);

function isCue(t: Token): boolean {
  return cueOf(t) !== undefined && t.tags.has('Verb');
}

function isNp(t: Token): boolean {
  return NP_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
}

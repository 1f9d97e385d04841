// Claims: direct quotes and reported speech, each with its cue, speaker span and outlet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { Span } from '../schema.js';
import { sentenceAt } from '../segment.js';
import type { RawMention } from './mentions.js';
import { findToken, firstFrom, type Token } from './nlp.js';

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
function learnedCues(): Record<string, string> {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'cues.json'), 'utf8')) as { cues: Record<string, string> }).cues;
  } catch {
    return {};
  }
}
export const CUES: Record<string, string> = { ...learnedCues(), ...HAND_CUES };

/** Words between a speaker and the cue that the tagger may not call adverbs ("Iran later said"). */
const SPEECH_ADVERBS = new Set(['later', 'earlier', 'also', 'then', 'again', 'previously', 'reportedly', 'publicly', 'privately', 'initially', 'once', 'recently', 'repeatedly', 'has', 'had', 'have']);
/** Cues that report a clause without "that" ("Iran insisted the talks ..."); others need "that" or a clause they start. */
const BARE_CLAUSE_CUES = new Set(['say', 'tell', 'insist', 'claim', 'believe', 'argue', 'warn', 'deny', 'confirm', 'add', 'suggest', 'admit', 'acknowledge', 'state', 'allege', 'maintain', 'write']);
/** Cues that may come before their speaker: "..., said Smith." (not "..., sees this as leverage"). */
const INVERTED_CUES = new Set(['say', 'add', 'write', 'tell', 'ask', 'explain', 'note', 'continue', 'reply', 'conclude', 'insist', 'warn', 'recall']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'what']);

const PRONOUNS: Record<string, 'person' | 'any'> = { he: 'person', she: 'person', He: 'person', She: 'person', they: 'any', They: 'any', it: 'any', It: 'any', we: 'any', We: 'any', I: 'person' };
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
}

interface Speaker {
  start: number;
  end: number;
  mention: RawMention | null;
  via: RawMention | null;
  rule: string;
}


export function findClaims(body: string, tokens: Token[], sentences: Span[], mentions: RawMention[]): RawClaim[] {
  const out: RawClaim[] = [];
  const tokenAt = (pos: number) => firstFrom(tokens, pos);
  const inSentence = (k: number, s: number) => k >= 0 && k < tokens.length && sentenceAt(sentences, tokens[k]!.start) === s;
  // Mentions sorted by start: the ones inside a span are found by binary search, not by scanning them all.
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  const mentionsIn = (start: number, end: number) => {
    const out: RawMention[] = [];
    for (let n = firstFrom(byStart, start); n < byStart.length && byStart[n]!.start < end; n++) if (byStart[n]!.end <= end) out.push(byStart[n]!);
    return out;
  };
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
      if (isCue(tokens[k]!)) {
        cue = k;
        speaker = speakerBefore(k, s);
        break;
      }
    }
    // Or after it: “...,” he said. / “...,” said Smith.
    if (cue === null) {
      const k = tokenAt(q.end);
      if (inSentence(k, sEnd) || inSentence(k, sEnd + 1)) {
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
    speaker ??= lastSpeaker ?? nearestSpeaker(tokenAt(q.start) - 1, s);
    if (speaker) lastSpeaker = speaker;
    out.push(claim('direct', q.start, q.end, s, cue, speaker, cue === null ? 'claim:quote-no-cue' : 'claim:quote'));
  }

  // Reported speech: "SUBJECT said (that) CLAUSE" in sentences without a direct quote.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCue(t)) continue;
    const s = sentenceAt(sentences, t.start);
    if (quotedSentences.has(s)) continue;
    // "Trump attacked the plan on Monday, saying it would fail": a participle's speaker is the sentence's subject.
    const participle = /ing$/.test(t.text) && inSentence(k - 1, s) && tokens[k - 1]!.post.trim() === ',';
    const speaker = participle ? npAfter(firstTokenOf(s), s) : speakerBefore(k, s);
    if (!speaker) continue;
    let c = k + 1;
    // "told the Reuters news agency that", "said on Monday that": the clause starts after a near "that".
    const that = findToken(tokens, k + 1, k + 7, (x, n) => x.text === 'that' && inSentence(n, s) && !tokens.slice(k, n).some((y) => /[,;:]/.test(y.post)));
    if (that !== -1) c = that + 1;
    else if (cueOf(t) === 'tell' || !(BARE_CLAUSE_CUES.has(cueOf(t)!) || startsClause(k + 1, s))) continue;
    if (!inSentence(c, s)) continue;
    const sentence = sentences[s]!;
    const start = tokens[c]!.start;
    const end = sentence.end - (/[.!?]$/.test(sentence.text) ? 1 : 0);
    if (end <= start || body.slice(start, end).split(/\s+/).length < 3) continue; // too short to be a clause
    out.push(claim('indirect', start, end, s, k, speaker, 'claim:reported'));
    k = tokenAt(end) - 1;
  }
  for (const c of reportedBefore()) if (!out.some((o) => o.start < c.end && c.start < o.end)) out.push(c);
  return out.sort((a, b) => a.start - b.start);

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
      const last = sentence.end - (/[.!?]$/.test(sentence.text) ? 1 : 0);
      const according = t.text.toLowerCase() === 'according' && tokens[k + 1]?.text === 'to';
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
      // The attribution must close the sentence: nothing but an adverbial tail after it.
      const afterSpeaker = Math.max(speaker?.end ?? 0, t.end);
      if (!speaker || cut <= sentence.start || last - afterSpeaker > 40) continue;
      const text = body.slice(sentence.start, cut).replace(/[\s,]+$/, '');
      if (text.split(/\s+/).length < 3) continue;
      found.push(claim('indirect', sentence.start, sentence.start + text.length, s, k, speaker, 'claim:reported-before'));
    }
    return found;
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

  function firstTokenOf(s: number): number {
    return s < sentences.length ? tokenAt(sentences[s]!.start) : tokens.length;
  }

  /** No cue: the nearest person, organization or personal pronoun before the quote in its sentence. */
  function nearestSpeaker(k: number, s: number): Speaker | null {
    for (; inSentence(k, s); k--) {
      const t = tokens[k]!;
      const pronoun = PRONOUNS[t.text];
      if (pronoun) return { start: t.start, end: t.end, mention: antecedent(t.start, pronoun), via: null, rule: 'speaker:nearest-pronoun' };
      const end = t.end - (t.text.length - t.text.replace(/['’]s?$/, '').length);
      const m = mentionsIn(tokens[Math.max(0, k - 8)]!.start, end).find((x) => x.end === end && (x.type === 'person' || x.type === 'organization'));
      if (m) return { start: m.start, end: m.end, mention: m, via: null, rule: 'speaker:nearest-name' };
    }
    return null;
  }

  function claim(kind: RawClaim['kind'], start: number, end: number, sentence: number, cue: number | null, speaker: Speaker | null, rule: string): RawClaim {
    return {
      kind, start, end, text: body.slice(start, end), sentence,
      cue: cue === null ? null : cueOf(tokens[cue]!)!, cueText: cue === null ? null : tokens[cue]!.text,
      speakerStart: speaker?.start ?? null, speakerEnd: speaker?.end ?? null, speakerMention: speaker?.mention ?? null,
      via: speaker?.via ?? (cue === null ? null : outletAfter(cue)), rule: speaker ? `${rule}+${speaker.rule}` : rule,
    };
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
    // Continuation: "... and said", "..., adding:" inherit the sentence's earlier speaker.
    if (['and', 'but'].includes(tokens[k]!.text) || tokens[k]!.post.includes('”') || tokens[k]!.post.includes('"')) return null;
    let first = k;
    while (inSentence(first - 1, s) && isNp(tokens[first - 1]!) && !/[,;:"“”(]/.test(tokens[first - 1]!.post)) first--;
    if (!isNp(tokens[k]!)) return null;
    // "an escalation that Iran later said": the subject starts after a relative pronoun.
    const rel = tokens.slice(first, k).findLastIndex((t) => RELATIVES.has(t.text.toLowerCase()));
    if (rel !== -1) first += rel + 1;
    const start = tokens[first]!.start;
    const end = tokens[k]!.end;
    const text = body.slice(start, end);
    const pronoun = PRONOUNS[text];
    if (pronoun) return { start, end, mention: antecedent(start, pronoun), via, rule: 'speaker:pronoun' };
    const named = mentionsIn(start, end);
    const mention = named.length ? named[named.length - 1]! : null;
    return { start, end, mention, via, rule: mention ? 'speaker:named' : 'speaker:description' };
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
    const named = mentionsIn(start, end);
    return { start, end, mention: named[named.length - 1] ?? null, via: null, rule: named.length ? 'speaker:named-after' : 'speaker:description' };
  }

  /** Nearest preceding mention a pronoun can refer to: a person for he/she. */
  function antecedent(pos: number, kind: 'person' | 'any'): RawMention | null {
    for (let n = firstFrom(byStart, pos) - 1; n >= 0; n--) {
      const m = byStart[n]!;
      if (m.end <= pos && (kind === 'any' ? m.type !== 'place' || m.metonymy : m.type === 'person')) return m;
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

/** The normalised cue a token writes, if it is one ("Said" and "said" alike). */
const cueOf = (t: Token): string | undefined => CUES[t.text.toLowerCase()];

function isCue(t: Token): boolean {
  return cueOf(t) !== undefined && t.tags.has('Verb');
}

function isNp(t: Token): boolean {
  return NP_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
}


/** English contractions and possessives that start with an apostrophe ("we 've", "Bailey 's"): never an opening quote. */
const CLITIC = /^'(s|ve|re|ll|d|m|t|em|n|til|cause|tis)\b/i;

/**
 * Quoted passages, never across a line break: “curly”, "straight" and ''doubled'' double quotes; ‘curly’ and 'straight' single
 * quotes around a word or phrase. A double quote left open runs to the end of its paragraph, as in quotations
 * that go on over several paragraphs (only the last one closes).
 */
export function findQuotes(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let line = 0;
  while (line <= body.length) {
    let lineEnd = body.indexOf('\n', line);
    if (lineEnd === -1) lineEnd = body.length;
    for (let i = line; i < lineEnd; i++) {
      const c = body[i]!;
      let end = -1;
      if (c === "'" && body[i + 1] === "'") {
        // ''Doubled apostrophes'' as quotation marks, as some newspapers' archives write them.
        end = body.indexOf("''", i + 2);
        if (end === -1 || end >= lineEnd) end = -1;
        else end += 1;
      } else if (c === '“' || c === '"') {
        end = body.indexOf(c === '“' ? '”' : '"', i + 1);
        if (end === -1 || end >= lineEnd) end = openToLineEnd(i, lineEnd);
      } else if (c === '‘' || (c === "'" && (i === line || /[\s(\[—–-]/.test(body[i - 1]!)))) {
        if (!/\p{L}/u.test(body[i + 1] ?? '') || (c === "'" && CLITIC.test(body.slice(i, i + 6)))) continue;
        const close = new RegExp(c === '‘' ? '’(?!\\p{L})' : "(?<=[\\p{L}\\d.,!?])'(?![\\p{L}\\d])", 'u');
        const m = close.exec(body.slice(i + 1, Math.min(lineEnd, i + 120)));
        if (m) end = i + 1 + m.index;
      }
      if (end > i + 1) {
        out.push({ start: i, end: end + 1 });
        i = end;
      }
    }
    line = lineEnd + 1;
  }
  return out;

  /** An unclosed double quote: the rest of the line, when it holds a few words (a stray mark is no quotation). */
  function openToLineEnd(i: number, lineEnd: number): number {
    let end = lineEnd;
    while (end > i && /\s/.test(body[end - 1]!)) end--;
    return body.slice(i + 1, end).trim().split(/\s+/).length >= 3 ? end - 1 : -1;
  }
}

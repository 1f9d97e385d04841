// Events: a news event named by its kind and the place it happened ("talks in Muscat", "the Muscat round"); and the
// unnamed venues events happen at ("the palace near Muscat's airport"), as places LOCATED_IN the named one.
// The event is an entity of its own, LOCATED_IN that place (see relations.ts), so a graph can answer "what
// happened where". Its canonical name is the kind and the place ("talks in Muscat", "Muscat round"), so the same
// kind of event at the same place is one entity within and across articles; the articles give the dates.
import { lineStartNear } from '../segment.js';
import type { RawMention } from './mentions.js';

/** Nouns that name something that happens at a place and a time. Reason: the events news reports by place. */
export const EVENT_NOUNS = new Set([
  'talks', 'negotiations', 'meeting', 'meetings', 'summit', 'conference', 'round', 'election', 'elections', 'referendum',
  'protest', 'protests', 'rally', 'demonstration', 'demonstrations', 'ceremony', 'strike', 'strikes', 'airstrike',
  'airstrikes', 'attack', 'attacks', 'bombing', 'explosion', 'earthquake', 'stampede', 'match', 'festival', 'expo',
  'exhibition', 'trial', 'hearing', 'funeral', 'parade', 'battle', 'clashes', 'riots', 'shooting', 'fire', 'flood',
  'floods', 'crash', 'hack', 'exercise', 'exercises', 'drills', 'visit',
]);
/** The same kinds, when the place comes first ("the Muscat round", "the Paris attacks"): a few only, as "Iran talks" are talks with Iran. */
const AFTER_PLACE = new Set(['round', 'summit', 'conference', 'attack', 'attacks', 'bombing', 'explosion', 'earthquake', 'stampede', 'shooting', 'rally', 'protests', 'riots', 'expo', 'festival', 'ceremony', 'talks']);
/** Places a city-first event can be named after: not countries or regions ("Iran talks" are about Iran). */
const COUNTRY_RULES = new Set(['place:country', 'place:state', 'place:region', 'place:former-country']);

/** "talks" or "Talks" (at a sentence start), longest first so "attacks" is not read as "attack". */
const alternation = (words: Set<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const BEFORE = new RegExp(String.raw`((?:\p{Lu}[\p{L}-]*\s+)*)\b(${alternation(EVENT_NOUNS)})\s+(?:in|at|near|outside|off)\s+(?:the\s+)?$`, 'u');
const AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(${alternation(AFTER_PLACE)})\b`);
const DETERMINER = /^(?:The|A|An|This|That|These|Those)\s+/;
/** Buildings and sites where events happen ("the palace near Muscat's airport"): places without names of their own. */
export const VENUE_NOUNS = new Set(['palace', 'airport', 'hotel', 'embassy', 'consulate', 'base', 'airbase', 'port', 'stadium', 'hospital', 'prison', 'camp', 'compound', 'residence', 'headquarters', 'plant', 'facility', 'site', 'border crossing', 'checkpoint']);
const VENUE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(${[...VENUE_NOUNS].join('|')})\s+(?:in|near|at|outside|of)\s+(?:the\s+)?$`, 'iu');
const VENUE_TAIL = new RegExp(String.raw`^['’]s\s+(?:${[...VENUE_NOUNS].join('|')})\b`);

export function findEvents(body: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const place of mentions) {
    if (place.type !== 'place' || place.metonymy) continue;
    const where = place.canonical ?? place.text;
    // "(Iran-US) talks in Muscat": the kind before the place, with capitalised modifiers kept in the mention.
    const lineStart = lineStartNear(body, place.start, 80);
    const before = BEFORE.exec(body.slice(lineStart, place.start));
    // "the palace near Muscat's airport": a venue, a place of its own LOCATED_IN the named one.
    const venue = before ? null : VENUE.exec(body.slice(lineStart, place.start));
    if (venue) {
      const start = lineStart + venue.index + venue[0].indexOf(venue[1]!);
      const tail = VENUE_TAIL.exec(body.slice(place.end, place.end + 30));
      const end = place.end + (tail?.[0].length ?? 0);
      out.push({ type: 'place', start, end, text: body.slice(start, end), sentence: place.sentence, rule: 'place:venue', canonical: body.slice(start, end) });
      continue;
    }
    if (before) {
      const modifiers = before[1] ?? '';
      const start = lineStart + before.index + (DETERMINER.exec(modifiers)?.[0].length ?? 0);
      out.push(event(start, place.end, `${before[2]!.toLowerCase()} in ${where}`, place.sentence, 'event:kind-in-place'));
      continue;
    }
    // "the Muscat round": a city named first.
    const after = COUNTRY_RULES.has(place.rule) ? null : AFTER.exec(body.slice(place.end, place.end + 20));
    if (after) out.push(event(place.start, place.end + after[0].length, `${where} ${after[1]!.toLowerCase()}`, place.sentence, 'event:place-kind'));
  }
  return out;

  function event(start: number, end: number, canonical: string, sentence: number, rule: string): RawMention {
    return { type: 'event', start, end, text: body.slice(start, end), sentence, rule, canonical };
  }
}

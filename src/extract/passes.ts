// Passes over an article's typed mentions: what the other mentions and the words around them tell (a name put after
// "in" more than anywhere else, honours after a name, lists, places and people inside names, a town and its region).
import type { EntityType } from '../schema.js';
import { lexHit, type NameContext, nameEnd, PREPOSITIONS, stripPossessive } from './context.js';
import { FORCE_SUFFIXES } from './forces.js';
import { GAZETTEER_RULES, isEnglishWord, isProvince, type Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { firstFrom, listedAsName, PERSON_TAGS, type Token } from './nlp.js';
import { ORG_SUFFIXES } from './organizations.js';
import { HOME_DEMONYMS, PERSON_ROLES } from './people.js';
import { OCEANS, PLACE_SUFFIXES } from './places.js';

/** Honours written after a name: "Mark Tedeschi, QC", "Tom Molomby, SC", "Keir Starmer KC", "Jane Doe MP". */
const HONOURS = /^,?\s(QC|KC|SC|MP|MEP|OBE|CBE|MBE|KBE)\b/;
/** Prepositions that put a name where something is, comes from or goes. */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'throughout', 'across', 'within', 'into', 'outside', 'around']);
/** What is named after a person: "Johnson Space Center", "Collins College", "Ross Sea", "Croucher Foundation". */
const NAMESAKE_HEADS = new Set(['Center', 'Centre', 'College', 'Foundation', 'Museum', 'Memorial', 'Institute', 'Sea', 'Shelf', 'Strait', 'Bridge', 'Mansion', 'Society', 'Prize', 'Award', 'Library', 'Square', 'Factory', 'Airport', 'Turnpike']);

/** A sports role after a club's name: "Liverpool manager Arne Slot", "Chelsea striker Cole Palmer". */
const TEAM_ROLES = new Set(['manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'captain', 'skipper', 'boss', 'quarterback', 'pitcher', 'outfielder', 'shortstop', 'fullback', 'playmaker']);
/** Verbs of a result ("Juventus beat Lazio 2–0"), read only with a score in the sentence. */
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'drew', 'draws', 'lost', 'loses', 'edged', 'thrashed', 'routed', 'overcame', 'trounced', 'hammered', 'downed', 'stunned', 'upset', 'whipped', 'crushed', 'held']);
/** A score: "2–0", "1-1", "28–24". */
const SCORE = /^\d{1,3}[–-]\d{1,3}$/;

/** The verbs that define a name: "Coron is ...", "Kopinga was ...". */
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s"]);
/** Nouns that make what a name is defined as a place or an organization ("a fishing village", "a for-profit company"). */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'island', 'islands', 'municipality', 'province', 'region', 'district', 'suburb', 'neighbourhood', 'neighborhood', 'state', 'country', 'capital', 'port', 'resort', 'lake', 'river', 'mountain', 'volcano', 'park', 'beach', 'peninsula', 'archipelago', 'county', 'valley', 'desert', 'hamlet', 'settlement', 'borough', 'commune']);
const ORG_KINDS = new Set(['company', 'firm', 'organization', 'organisation', 'corporation', 'agency', 'charity', 'party', 'band', 'website', 'site', 'newspaper', 'magazine', 'publisher', 'startup', 'nonprofit', 'non-profit', 'university', 'school', 'club', 'union']);

export function refineMentions(found: RawMention[], cx: NameContext, lex: Lexicon): RawMention[] {
  const { body, tokens, sentenceOf, joined } = cx;
  return withNested(withRegions(withLists(withAffiliations(withTeams(withHonours(withLocatives(withDefinitions(found))))))));

  /**
   * "Liverpool manager Arne Slot", "Juventus beat Lazio 2–0", "Napoli drew 1–1 with Torino": a club before a player's
   * or a coach's role, and the sides of a result with a score in the sentence, are teams, whatever else their names
   * are (cities, surnames). Not a country, whose match reports are read elsewhere (a national team stays its land's
   * mention).
   */
  function withTeams(found: RawMention[]): RawMention[] {
    // The sentences that hold a score, found once (an article may hold a million words). (Not scores of sets, one
    // after another: "Sampras beat Agassi 6-4 6-3" are players.)
    const sets = new Set(tokens.flatMap((t, n) => (SCORE.test(t.text) && SCORE.test(tokens[n + 1]?.text ?? '') ? [sentenceOf[n]] : [])));
    const scored = new Set(tokens.flatMap((t, n) => (SCORE.test(t.text) && !sets.has(sentenceOf[n]) ? [sentenceOf[n]] : [])));
    return found.map((m) => {
      // (Nor a people: "English captain Harry Kane".)
      if (m.rule === 'place:country' || m.title || m.rule.startsWith('organization') || m.rule.startsWith('force') || m.rule === 'person:group' || lex.demonyms.has(m.text) || HOME_DEMONYMS.has(m.text)) return m;
      const k = firstFrom(tokens, m.end);
      const next = tokens[k] && sentenceOf[k] === m.sentence ? tokens[k] : undefined;
      const role = !!next && TEAM_ROLES.has(next.lower) && /^\s+$/.test(body.slice(m.end, next.start)) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && sentenceOf[k + 1] === m.sentence;
      if (!role && !(scored.has(m.sentence) && sideOfResult(m, k))) return m;
      return { ...m, type: 'organization', rule: 'organization:team', metonymy: undefined };
    });
  }

  /** Whether the name is a side of a result: before or after a verb of winning, losing or drawing. */
  function sideOfResult(m: RawMention, after: number): boolean {
    // Back from the name over "with", "to", "against" and a score ("drew 1–1 with Roma") to the verb.
    let n = firstFrom(tokens, m.start) - 1;
    while (n >= 0 && sentenceOf[n] === m.sentence && (/^(with|to|against)$/.test(tokens[n]!.lower) || SCORE.test(tokens[n]!.text))) n--;
    const verbBefore = n >= 0 && sentenceOf[n] === m.sentence && RESULT_VERBS.has(tokens[n]!.lower);
    const verbAfter = !!tokens[after] && RESULT_VERBS.has(tokens[after]!.lower) && sentenceOf[after] === m.sentence;
    return verbBefore || verbAfter;
  }

  /**
   * "Coron is in the province of Palawan", "Kopinga is a small fishing village", "Zorbit is a for-profit company",
   * "Qarmin is an artist": an untyped name the article defines by a copula is what it says, wherever it names it.
   */
  function withDefinitions(found: RawMention[]): RawMention[] {
    const defined = new Map<string, EntityType>();
    for (const m of found) if (m.rule.startsWith('unknown:') && !defined.has(m.text)) {
      const type = definedAs(firstFrom(tokens, m.end), m.sentence);
      if (type) defined.set(m.text, type);
    }
    // (The definition also outweighs the verb after a name: "Later Zorbit grew" is the company.)
    return found.map((m) => {
      const type = m.rule.startsWith('unknown:') || m.rule === 'person:subject' ? defined.get(m.text) : undefined;
      return type ? { ...m, type, rule: `${type}:defined` } : m;
    });
  }

  /** The type a copula at token k gives its subject: "is (located) in", "was a small fishing village", "is an artist". */
  function definedAs(k: number, sentence: number): EntityType | undefined {
    const at = (n: number) => (sentenceOf[n] === sentence ? tokens[n] : undefined);
    if (!at(k) || !COPULAS.has(at(k)!.lower)) return undefined;
    let n = k + 1;
    // (Not "Shalev is in Levico": people are in places too; "is located in", "is in the province of" say what it is.)
    const located = at(n) && /^(located|situated)$/.test(at(n)!.lower);
    if (located) n++;
    if (at(n)?.lower === 'in' && (located || (at(n + 1)?.lower === 'the' && PLACE_KINDS.has(at(n + 2)?.lower ?? '')))) return 'place';
    if (!at(n) || !/^(a|an|the)$/.test(at(n)!.lower)) return undefined;
    // (At most four modifier words before the noun: "a small fishing village", "a for-profit company".)
    for (let m = n + 1; m <= n + 5 && at(m); m++) {
      const t = at(m)!;
      if (!/^\p{Ll}/u.test(t.text)) return undefined;
      if (PLACE_KINDS.has(t.lower)) return 'place';
      if (ORG_KINDS.has(t.lower)) return 'organization';
      if (t.tags.has('Actor') || PERSON_ROLES.has(t.lower)) return 'person';
      if (!(t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Hyphenated')) || (t.post.trim() && t.post !== '-')) return undefined;
    }
    return undefined;
  }

  /**
   * "is mainly spoken in Mof-Ávvi", "throughout Mesoamerica": an untyped name that the article puts after "in", "from",
   * "throughout" at least twice, and at least as often as anywhere else, is a place.
   */
  function withLocatives(found: RawMention[]): RawMention[] {
    const counts = new Map<string, { all: number; locative: number }>();
    for (const m of found) {
      if (!m.rule.startsWith('unknown:') || m.text.split(' ').every((w) => isEnglishWord(w))) continue; // not "in English", "in March"
      const c = counts.get(m.text) ?? { all: 0, locative: 0 };
      c.all++;
      const p = firstFrom(tokens, m.start) - 1;
      if (p >= 0 && PLACE_PREPOSITIONS.has(tokens[p]!.lower) && sentenceOf[p] === m.sentence) c.locative++;
      counts.set(m.text, c);
    }
    return found.map((m) => {
      const c = m.rule.startsWith('unknown:') ? counts.get(m.text) : undefined;
      return c && c.locative >= 2 && c.locative * 2 >= c.all ? { ...m, type: 'place', rule: 'place:locative' } : m;
    });
  }

  /** "Mark Tedeschi, QC", "John Smith MP": honours after a person's name belong to the mention, not to the name. */
  function withHonours(found: RawMention[]): RawMention[] {
    return found.map((m) => {
      const honour = m.type === 'person' && !m.rule.startsWith('unknown:') ? HONOURS.exec(body.slice(m.end, m.end + 8)) : null;
      if (!honour) return m;
      const end = m.end + honour[0].length;
      return { ...m, end, text: body.slice(m.start, end), canonical: m.canonical ?? m.text };
    });
  }

  /**
   * "DAB's Elizabeth Quat", "Youngspiration's Yau Wai-ching", "Labour's Yvette Cooper": a one-word name that owns a
   * person's name is the body they belong to (not a country: "Malaysia's Najib Razak" keeps Malaysia a place).
   */
  function withAffiliations(found: RawMention[]): RawMention[] {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    return sorted.map((m, n) => {
      const next = sorted[n + 1];
      const owns = next && next.type === 'person' && !next.rule.startsWith('unknown:') && !next.title && next.text.includes(' ') && /^\s?['’]s\s+$/.test(body.slice(m.end, next.start));
      const weak = m.rule.startsWith('unknown:') || m.rule === 'person:tagger' || m.rule === 'person:list' || m.rule === 'organization:shape';
      if (!owns || !weak || m.text.includes(' ') || tokens[firstFrom(tokens, m.start)]!.tags.has('FirstName')) return m;
      return { ...m, type: 'organization', rule: 'organization:owns-person' };
    });
  }

  /**
   * An untyped name in a list with typed ones takes their type: "Google, Bing, and Yahoo!", "The New York Times,
   * Jezebel, Metro.us". Lists name things of one kind.
   */
  function withLists(found: RawMention[]): RawMention[] {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    const separator = (a: RawMention | undefined, b: RawMention | undefined) => (a && b && a.sentence === b.sentence ? /^(\s*,\s*|,?\s+(and|or|&)\s+)$/.exec(body.slice(a.end, b.start))?.[0] : undefined);
    // A list has three names or closes with "and", "or", "&": one comma may set off an apposition ("the head of NATO,
    // Hoop Scheffer, he").
    const closed = sorted.map(() => false);
    for (let a = 0; a < sorted.length; ) {
      let b = a;
      while (separator(sorted[b], sorted[b + 1]) !== undefined) b++;
      const and = sorted.slice(a, b).some((m, n) => /(and|or|&)\s+$/.test(separator(m, sorted[a + n + 1])!));
      closed.fill(and || b - a >= 2, a, b + 1);
      a = b + 1;
    }
    const listed = (n: number) => closed[n]! && separator(sorted[n], sorted[n + 1]) !== undefined; // n and n + 1
    const typed = (m: RawMention | undefined) => m && !m.rule.startsWith('unknown:') && !m.metonymy && (m.type === 'organization' || m.type === 'person') ? m : undefined;
    // Until nothing changes: a type passes along the whole list, backwards too ("Zeus, Hera, Poseidon, ... and Athena").
    for (let changed = true; changed; ) {
      changed = false;
      sorted.forEach((m, n) => {
        if (!m.rule.startsWith('unknown:')) return;
        const before = typed(sorted[n - 1]);
        const after = typed(sorted[n + 1]);
        const type = before && listed(n - 1) ? before.type : after && listed(n) ? after.type : undefined;
        if (type) {
          sorted[n] = { ...m, type, rule: `${type}:list` };
          changed = true;
        }
      });
    }
    return sorted;
  }

  /**
   * "Shandao Station", "NTU Hospital Station", "Fisht Stadium": a station or stadium is named after the place it serves,
   * a place of its own (not a common word, "Central Station", a person, "McMurdo Station", or a team, "Cleveland Browns
   * Stadium").
   */
  function servedPlace(m: RawMention): RawMention | undefined {
    if (m.rule !== 'place:head-word' || !/ (Station|Stadium)$/.test(m.text)) return undefined;
    const end = m.start + m.text.lastIndexOf(' ');
    const name: Token[] = [];
    for (let k = firstFrom(tokens, m.start); k < tokens.length && tokens[k]!.end <= end; k++) name.push(tokens[k]!);
    if (name.every((t) => isEnglishWord(t.text)) || name.some((t) => PERSON_TAGS.some((g) => t.tags.has(g))) || /\p{Ll}s$/u.test(name[name.length - 1]!.text)) return undefined;
    return { type: 'place', start: m.start, end, text: body.slice(m.start, end), sentence: m.sentence, rule: 'place:served' };
  }

  /**
   * Names inside names: "Brooklyn, New York" also mentions New York, "the US government" the United States. Each
   * gazetteer place strictly inside a longer mention is a mention too, but in a body's proper name or a place's it
   * is the name's seat: "the University of Alberta", "the Communist Party of the Russian Federation", "the United
   * States Navy", "Vienna International Airport" mention no place of their own. (GUM nests such places; left out of
   * the tagger's training, it lost 0.008 without them, and every other corpus gained: politics 0.032, Wikipedia 0.006
   * and 0.008, web text 0.001.)
   */
  function withNested(found: RawMention[]): RawMention[] {
    const nested: RawMention[] = [];
    const seats = new Map<RawMention, string>();
    for (const m of found) {
      if (m.rule === 'place:with-region') {
        nested.push(...regionTails(m));
        continue;
      }
      const served = servedPlace(m);
      if (served) nested.push(served);
      const proper = (m.type === 'organization' || m.type === 'force') && !/^\p{Ll}/u.test(m.text.slice(m.text.search(/\S+$/)));
      // (Nor "Team Estonia": the team's country is its affiliation; nor a ship named after a place, "HMS Prince of Wales".)
      if (m.rule.startsWith('person') || m.rule.startsWith('force:ship') || m.rule === 'organization:national-team' || (!proper && GAZETTEER_RULES.has(m.rule))) continue;
      for (let k = firstFrom(tokens, m.start); k < tokens.length && tokens[k]!.end <= m.end; k++) {
        const hit = lexHit(lex.root, tokens, k, joined);
        // (Not a city the gazetteer lacks, found by the list of cities: "Irving Police Department", "University of
        // Sheffield". The corpora that nest no names count it wrong, and dropping it gained on four corpora left out of
        // the tagger's training, +0.004 to +0.012, against -0.003 on GUM, which nests.)
        if (!hit || hit.entry.type === 'force' || tokens[hit.end - 1]!.end > m.end) continue;
        const start = tokens[k]!.start;
        const end = nameEnd(tokens[hit.end - 1]!);
        if (start === m.start && end === m.end) continue;
        // (Nor a place's head word before "of": "Gulf" in "the Gulf of Thailand".)
        if (start === m.start && m.type === 'place' && tokens[hit.end]?.text === 'of') continue;
        // (An organization's name inside another, "UNESCO Slovenian National Commission", was right once in five on GUM
        // and less on every other corpus, left out of the tagger's training: npm run eval -- --cross. Its words are skipped.)
        if (hit.entry.type === 'organization') {
          k = hit.end - 1;
          continue;
        }
        k = hit.end - 1;
        // (The last place a body's name holds is its seat: "U.S. Forces Korea". So is a place's in a place's name, but
        // after a comma: "Vienna International Airport", "Lake Chad", "the Kashmir Valley" mention no other place; on
        // all seven corpora left out it gained or held, Wikipedia +0.001 to +0.003.)
        const inName = proper || (m.type === 'place' && !/,\s*$/.test(body.slice(m.start, start)));
        if (!inName) nested.push({ type: hit.entry.type, start, end, text: body.slice(start, end), sentence: m.sentence, rule: `${hit.entry.type}:nested`, canonical: hit.entry.canonical });
        // (An ocean names a firm for its sound, not its seat: "Pacific Standard", "Atlantic Records".)
        else if (m.type === 'place' || !OCEANS.has(hit.entry.canonical)) seats.set(m, hit.entry.canonical);
      }
    }
    if (seats.size) found = found.map((m) => (seats.has(m) ? { ...m, seat: seats.get(m)! } : m));
    // "The Andy Warhol Foundation" also mentions Andy Warhol when the article names him on his own by full name.
    // (Not an organization's name opening a longer one, "ABBA Gold", "NFL Draft", "the USI art gallery": left out, it
    // was right 28 times in 134 on the seven corpora, 3 in 5 on GUM; the tagger trained without each.)
    // Indexed by first word, so each mention looks only at the names that could open it.
    const known = new Map<string, Map<string, EntityType>>();
    // (Organizations are known too: "Morgan Stanley" named on its own is no person in "Morgan Stanley Capital", below.)
    for (const m of found) {
      if (m.rule.startsWith('unknown:') || m.rule === 'organization:the-head' || m.title) continue; // not "the Church" in "Church of Scientology"
      if ((m.type !== 'person' || !m.text.includes(' ')) && m.type !== 'organization') continue;
      const name = stripPossessive(m.text);
      const first = name.split(' ')[0]!;
      if (!known.has(first)) known.set(first, new Map());
      known.get(first)!.set(name, m.type);
    }
    for (const m of found) {
      // (Not in "Syrian government troops": the government is the force's affiliation already.)
      if (m.type === 'person' || m.rule === 'force:country-noun') continue;
      const from = m.text.startsWith('The ') ? 4 : 0;
      for (const [name, type] of known.get(m.text.slice(from).split(' ')[0]!) ?? []) {
        if (type !== 'person' || !m.text.startsWith(`${name} `, from)) continue;
        const start = m.start + from;
        nested.push({ type, start, end: start + name.length, text: name, sentence: m.sentence, rule: 'person:nested-name' });
        break;
      }
    }
    // A first name and a surname opening a longer name: "the Jeff McBride Experience", "Jennifer Lopez News".
    for (const m of found) {
      if (m.type === 'person') continue;
      let k = firstFrom(tokens, m.start);
      if (tokens[k]?.text === 'The') k++;
      const first = tokens[k];
      const surname = tokens[k + 1];
      // "Johnson Space Center", "Collins College", "the Ross Sea": a person's name alone before what is named after them.
      // (A first name only before the head word or a common word, "the Ross Ice Shelf": "Jack Alter Fort Lee Community
      // Center" names Jack Alter.)
      const head = stripPossessive(m.text).split(' ').pop()!;
      const namesake = first && surname && !first.tags.has('Place') && joined(k) && /^\p{Lu}\p{Ll}/u.test(first.text) && (surname.text === head || isEnglishWord(stripPossessive(surname.text)) ? first.tags.has('FirstName') || listedAsName(first.text) : listedAsName(first.text) && !first.tags.has('FirstName'));
      // (No person is made of it: a person:namesake rule was 0.02 precise on the corpora away from GUM dev.)
      if (namesake && NAMESAKE_HEADS.has(head) && ![...(known.get(first.text)?.values() ?? [])].includes('person')) continue;
      if (!first || !surname || !first.tags.has('FirstName') || !joined(k) || tokens[k + 2] === undefined || tokens[k + 2]!.end > m.end) continue;
      // (Not a common word after the first name: "the Ross Ice Shelf" is named after Ross, not after a "Ross Ice".)
      if (!/^\p{Lu}\p{Ll}/u.test(surname.text) || [ORG_SUFFIXES, PLACE_SUFFIXES, FORCE_SUFFIXES].some((set) => set.has(surname.text)) || surname.tags.has('Place') || isEnglishWord(stripPossessive(surname.text))) continue;
      if (known.get(first.text)?.has(`${first.text} ${stripPossessive(surname.text)}`) || !joined(k + 1)) continue;
      if (lex.demonyms.has(`${first.text} ${surname.text}`)) continue; // "Sri Lankan army": no person "Sri Lankan"
      const end = nameEnd(surname);
      nested.push({ type: 'person', start: first.start, end, text: body.slice(first.start, end), sentence: m.sentence, rule: 'person:nested-name' });
    }
    return [...found, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * "Evansville, Indiana, United States" mentions "Indiana, United States" and "United States": each place after a comma
   * with the places that contain it (not "Indiana" alone, which the chain places in the United States).
   */
  function regionTails(m: RawMention): RawMention[] {
    const tails: RawMention[] = [];
    for (let at = m.text.indexOf(', '); at !== -1; at = m.text.indexOf(', ', at + 2)) {
      const start = m.start + at + 2;
      const text = body.slice(start, m.end);
      const hit = lexHit(lex.root, tokens, firstFrom(tokens, start), joined);
      const canonical = hit && nameEnd(tokens[hit.end - 1]!) === m.end ? hit.entry.canonical : text;
      tails.push({ type: 'place', start, end: m.end, text, sentence: m.sentence, rule: 'place:nested', canonical });
    }
    return tails;
  }

  /** "Irving, Texas", "Preston, Victoria, Australia": a name followed by its state or country is one place. */
  function withRegions(found: RawMention[]): RawMention[] {
    const merged: RawMention[] = [];
    const sorted = found.sort((a, b) => a.start - b.start);
    for (const [n, m] of sorted.entries()) {
      const prev = merged[merged.length - 1];
      // (A province only where no list goes on: "from Christchurch, Auckland or Wellington" names three places.)
      const listGoesOn = /^,?\s+(and|or)\s/.test(body.slice(m.end, m.end + 6));
      // (A city's name is a region where a country follows it: "Preston, Victoria, Australia".)
      const next = sorted[n + 1];
      const beforeCountry = !!next && next.rule === 'place:country' && body.slice(m.end, next.start) === ', ';
      const region = m.type === 'place' && (['place:country', 'place:state'].includes(m.rule) || (!m.metonymy && (isProvince(m.text) || beforeCountry) && !listGoesOn));
      // (Not a name going on after the comma: "Irving, Texas Instruments"; a dateline's preposition may follow: "..., Australia On Saturday".)
      const goesOn = /^\s*\p{Lu}/u.test(body.slice(m.end, m.end + 2)) && !PREPOSITIONS.has(/^\s*(\S+)/.exec(body.slice(m.end, m.end + 24))?.[1] ?? '');
      if (prev && region && prev.sentence === m.sentence && body.slice(prev.end, m.start) === ', ' && canTakeRegion(prev) && !goesOn) {
        const text = body.slice(prev.start, m.end);
        merged[merged.length - 1] = { ...prev, type: 'place', end: m.end, text, canonical: text, rule: 'place:with-region', title: undefined, metonymy: undefined };
        continue;
      }
      merged.push(m);
    }
    return merged;
  }

  function canTakeRegion(m: RawMention): boolean {
    // A gazetteer place before a comma starts a list ("Eastern Europe, Poland and ..."), not a city and its state.
    if (m.type === 'place') return !GAZETTEER_RULES.has(m.rule);
    // A one-word name the tagger called a person may be a town ("Irving, Texas"); titled or full names are people.
    return (m.rule === 'person:tagger' || m.rule === 'unknown:proper-noun') && !m.text.includes(' ');
  }
}

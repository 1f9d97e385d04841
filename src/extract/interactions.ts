// What actors do to each other, one sentence at a time: who fights, backs, commands, meets, calls, criticises or
// praises whom. A trigger word from interaction-rules.ts is found, then its subject is looked for to the left and
// its object to the right, across only the words such a clause holds between them (auxiliaries, agent nouns,
// numbers, "members of"), so a relation is never read across a clause. The ends are the article's entities, or a
// country named by its adjective ("an Iranian drone": Iran), which then becomes a mention of that country.
import { entityId } from '../resolve.js';
import type { Claim, Entity, EntityType, Relation, Span } from '../schema.js';
import { dateIn, type SentenceDate } from './dates.js';
import {
  ACTING_PLACES, BEFORE_PREP, CLAUSE_BREAKS, COMPOUND_WORDS, DIRECTIONS, EVENT_KINDS, type InteractionRule, INTERACTION_RULES, LIGHT_FILLER, LOCATIVES, NEGATIONS,
  NOT_THE_PARTY, OBJECT_FILLER, OWNER_OBJECTS, PARENTHETICAL, PLACE_NOUNS, PREPOSITIONS, SUBJECT_FILLER,
} from './interaction-rules.js';
import { GROUP_DESCRIPTORS } from './forces.js';
import { countryOfWord, lexicon } from './lexicon.js';
import { infinitive, type Token, verbForms } from './nlp.js';

interface Actor {
  id: string;
  type: EntityType;
  name: string;
  start: number;
  end: number;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** A country named by its adjective: it becomes a mention of that country if a relation uses it. */
  demonym?: string;
}

/** Which entity types each relation type may join (from, to). */
const ENDS: Partial<Record<Relation['type'], [EntityType[], EntityType[]]>> = {
  COMMANDS: [['person'], ['force', 'organization']],
  LEADS: [['person', 'place', 'organization', 'force'], ['organization', 'force']],
  MEMBER_OF: [['person', 'place', 'organization', 'force'], ['organization', 'force']],
};
const ANY: EntityType[] = ['person', 'place', 'organization', 'force'];

interface Trigger {
  rule: InteractionRule;
  /** The words after the first, in order (a multi-word trigger or a particle). */
  rest: string[];
}
let triggers: Map<string, Trigger[]> | null = null;
/** First word of each trigger → the rules it may start; verb lemmas expanded to their forms once. */
function triggerIndex(): Map<string, Trigger[]> {
  if (triggers) return triggers;
  triggers = new Map();
  const add = (words: string[], rule: InteractionRule) => {
    const [first, ...rest] = words;
    triggers!.set(first!, [...(triggers!.get(first!) ?? []), { rule, rest: rule.particle ? [...rest, rule.particle] : rest }]);
  };
  for (const rule of INTERACTION_RULES) {
    for (const w of rule.words ?? []) add(w.split(' '), rule);
    for (const lemma of rule.lemmas ?? []) {
      const [verb, ...rest] = lemma.split(' ');
      for (const form of inflections(verb!)) add([form, ...rest], rule);
    }
  }
  return triggers;
}

/** Past forms compromise does not give ("shoot" alone gives no forms there). */
const IRREGULAR: Record<string, string[]> = { shoot: ['shot'], overrun: ['overran'], sit: ['sat'], hit: ['hit'] };

/** A verb's forms: compromise's conjugation, with the regular forms where it has none ("shell", "clash", "ally"). */
function inflections(verb: string): string[] {
  const forms = verbForms(verb);
  if (forms.length > 1) return forms;
  const stem = verb.replace(/e$/, '');
  const regular = /[^aeiou]y$/.test(verb)
    ? [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`]
    : [/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`, `${stem}ed`, `${stem}ing`];
  return [...new Set([verb, ...regular, ...(IRREGULAR[verb] ?? [])])];
}

export interface Interactions {
  relations: Relation[];
  /** Entities the relations needed: countries named only by adjective, and events (all with their mentions). */
  added: Entity[];
}

/**
 * Relations between actors of one sentence. `entities` gain the mentions the relations rest on (a country named
 * by its adjective); new entities (such countries, events) come back in `added`.
 */
export function findInteractions(body: string, tokens: Token[], sentences: Span[], entities: Entity[], claims: Claim[], published: string | null): Interactions {
  const index = triggerIndex();
  const lex = lexicon();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const placeNamed = new Map(entities.filter((e) => e.type === 'place').map((e) => [e.name, e]));
  /** Entities that gained a mention here, to put their mentions back in text order once at the end. */
  const touched = new Set<Entity>();
  const criticsByCue = new Set(claims.flatMap((c) => (c.speaker && c.cue ? [`${c.speaker}|${c.cue.toLowerCase().split(/\s+/)[0]}`] : [])));
  const added = new Map<string, Entity>();
  const out = new Map<string, Relation>();
  const usedDemonyms = new Set<string>();
  /** Relations whose sentence gives a date, even one without its year. */
  const datedKeys = new Set<string>();
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start);
  let mi = 0;
  let ti = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (ti < tokens.length && tokens[ti]!.start < sentence.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.end <= sentence.end) ti++;
    const words = tokens.slice(first, ti);
    if (!words.some((t) => index.has(t.lower))) {
      while (mi < mentions.length && mentions[mi]!.m.start < sentence.end) mi++;
      continue;
    }
    // The actors of the sentence, by token.
    const actorAt = new Array<Actor | undefined>(words.length);
    const events: { e: Entity; start: number; end: number }[] = [];
    /** Places of the sentence by first token: where an act happened ("strikes near Mosul"). */
    const placeAt = new Map<number, Entity>();
    for (; mi < mentions.length && mentions[mi]!.m.start < sentence.end; mi++) {
      const { e, m } = mentions[mi]!;
      if (m.start < sentence.start) continue;
      if (e.type === 'event') {
        events.push({ e, start: m.start, end: m.end });
        continue;
      }
      const covered = words.flatMap((t, k) => (t.start >= m.start && t.start < m.end ? [k] : []));
      if (!covered.length) continue;
      if (e.type === 'place' && !placeAt.has(covered[0]!)) placeAt.set(covered[0]!, e);
      if (e.type === 'place' && !ACTING_PLACES.has(m.rule) && !(m.rule === 'place:nested' && lex.countries.has(e.name))) continue;
      const actor: Actor = { id: e.id, type: e.type, name: e.name, start: m.start, end: m.end, first: covered[0]!, last: covered.at(-1)! };
      // A longer mention holds its token (a force "US forces" over the place "US" inside it).
      for (const k of covered) if (!actorAt[k] || actorAt[k]!.end - actorAt[k]!.start < m.end - m.start) actorAt[k] = actor;
    }
    // Countries named by their adjective before a noun or in a pair ("an Iranian drone", "US-Israeli strikes").
    words.forEach((t, k) => {
      if (actorAt[k]) return;
      const country = countryOfWord(t.text);
      const next = words[k + 1];
      if (!country || !next || !(t.post === '-' || /^\p{Ll}/u.test(next.text) || next.lower === 'and')) return;
      actorAt[k] = { id: placeNamed.get(country)?.id ?? entityId('place', country), type: 'place', name: country, start: t.start, end: t.end, first: k, last: k, demonym: country };
    });
    const date = dateIn(sentence.text, published);
    for (let k = 0; k < words.length; k++) {
      for (const trigger of index.get(words[k]!.lower) ?? []) {
        const end = k + 1 + trigger.rest.length;
        if (end > words.length || trigger.rest.some((w, n) => words[k + 1 + n]!.lower !== w)) continue;
        if (actorAt[k]) continue; // a trigger inside a name ("Operation Inherent Resolve") is no act
        // A capital inside a sentence opens a title ("NBC's Meet the Press"), not an act.
        if (/^\p{Lu}/u.test(words[k]!.text) && k > 0) continue;
        // "talks" in "Iran-US talks" is a noun: a verb rule needs a word compromise reads as a verb.
        if ((trigger.rule.shape === 'verb' || trigger.rule.shape === 'passive') && !words[k]!.tags.has('Verb')) continue;
        apply(trigger.rule, k, end);
      }
    }

    function apply(rule: InteractionRule, k: number, end: number): void {
      const { shape } = rule;
      let subjects: Actor[] = [];
      let objects: Actor[] = [];
      if (shape === 'noun' && words[end]?.lower === 'by') {
        // "the strikes by coalition forces on ISIS positions": the actor after "by", then the object.
        subjects = walkRight(end, ['by']);
        const after = subjects.length ? Math.max(...subjects.map((a) => a.last)) + 1 : end;
        objects = subjects.length ? walkRight(after, rule.preps, OWNER_OBJECTS.has(rule.type)) : [];
      } else if (shape === 'verb' || shape === 'noun') {
        subjects = walkLeft(k, shape === 'noun');
        objects = walkRight(end, rule.preps, OWNER_OBJECTS.has(rule.type), rule.placeFirst, rule.skip);
      } else if (shape === 'passive') {
        // "militias backed by Iran", "The SDF, backed by the US-led coalition,": the one acted on is before, the actor after "by".
        objects = words[k - 1]?.post.trim() === ',' && actorAt[k - 1] ? coordinated(k - 1, -1) : walkLeft(k, false);
        subjects = words[end]?.lower === 'by' ? walkRight(end, ['by']) : [];
      } else if (shape === 'between') {
        if (words[end]?.lower !== 'between') return;
        subjects = walkRight(end, ['between']);
      } else if (shape === 'phrase') {
        subjects = clauseSubject(k);
        objects = walkRight(end, undefined);
      } else if (shape === 'allies') {
        // "Syrian troops and their Hezbollah allies", "Iran's Houthi partners": the ally just before the word, the owner before it.
        if (!actorAt[k - 1]) return;
        objects = coordinated(k - 1, -1);
        const before = Math.min(...objects.map((a) => a.first)) - 1;
        const owner = words[before];
        if (owner && ['its', 'their'].includes(owner.lower)) subjects = clauseSubject(before);
        else if (owner && actorAt[before] && /['’]s?$/.test(owner.text)) subjects = [actorAt[before]!];
      } else if (shape === 'compound') {
        // "Iranian-backed militias", "the US-led coalition"
        if (words[k - 1]?.post !== '-' || !actorAt[k - 1]) return;
        subjects = coordinated(k - 1, -1);
        objects = walkRight(end, undefined);
      }
      const trig = words.slice(k, end);
      if (denied(subjects, k)) return;
      const inOrder = (xs: Actor[]) => [...xs].sort((a, b) => a.start - b.start);
      subjects = inOrder(subjects);
      objects = inOrder(objects);
      const evidenceOf = (a: Actor, b: Actor) => ({ start: Math.min(a.start, b.start, trig[0]!.start), end: Math.max(a.end, b.end, trig.at(-1)!.end) });
      const label = body.slice(trig[0]!.start, trig.at(-1)!.end);
      const pairs: [Actor, Actor, string][] = [];
      if (objects.length) for (const a of subjects) for (const b of objects) pairs.push(rule.reverse ? [b, a, rule.name] : [a, b, rule.name]);
      else if (rule.together && subjects.length > 1) for (let x = 0; x < subjects.length; x++) for (let y = x + 1; y < subjects.length; y++) pairs.push([subjects[x]!, subjects[y]!, `${rule.name}+together`]);
      const made = pairs.filter(([a, b]) => a.id !== b.id && fits(rule, a, b) && !claimed(rule, a, trig[0]!));
      if (!made.length) return;
      const ends = new Set([...subjects, ...objects].map((a) => a.id));
      const place = placeAfter(Math.max(end, ...objects.map((a) => a.last + 1)), ends);
      const event = (shape === 'noun' || shape === 'between') && EVENT_KINDS.has(label.toLowerCase()) ? eventFor(rule, label, trig[0]!, trig.at(-1)!, subjects, objects, place) : null;
      const at = { code: rule.code, date: date?.iso ?? null, event, place: place?.id ?? null };
      for (const [a, b, name] of made) {
        add({ type: rule.type, from: use(a), to: use(b), label, rule: `relation:${name}`, ...at, evidence: { ...evidenceOf(a, b), sentence: s, text: sentence.text } }, date !== null);
      }
      // A force that fights somewhere is there ("coalition forces conducted strikes near Raqqa").
      if (rule.type === 'FIGHTS' && place) {
        for (const a of rule.reverse ? objects : subjects) {
          if (a.type === 'force' && made.some(([x, y]) => x === a || y === a)) add({ type: 'OPERATES_IN', from: use(a), to: place.id, label, rule: 'relation:fights-in-place', ...at, evidence: { ...evidenceOf(a, a), sentence: s, text: sentence.text } });
        }
      }
      // Several parties that do one act of war together are allies in it ("the joint US-Israeli strikes").
      if (rule.type === 'FIGHTS' && !rule.symmetric && objects.length) {
        for (let x = 0; x < subjects.length; x++) {
          for (let y = x + 1; y < subjects.length; y++) {
            const [a, b] = [subjects[x]!, subjects[y]!];
            if (a.id !== b.id) add({ type: 'ALLIED_WITH', from: use(a), to: use(b), label, rule: 'relation:co-belligerents', ...at, code: '062', evidence: { ...evidenceOf(a, b), sentence: s, text: sentence.text } });
          }
        }
      }
      if (event) {
        for (const [a, role] of [...subjects.map((x) => [x, rule.symmetric ? 'party' : 'actor'] as const), ...objects.map((x) => [x, rule.symmetric ? 'party' : 'target'] as const)]) {
          if (made.some(([x, y]) => x === a || y === a)) add({ type: 'PARTICIPATED_IN', from: use(a), to: event, label: role, rule: `relation:${rule.name}`, ...at, evidence: { start: Math.min(a.start, trig[0]!.start), end: Math.max(a.end, trig.at(-1)!.end), sentence: s, text: sentence.text } });
        }
      }
    }

    /** The actor (and those coordinated with it) that ends the words before `k`, across only subject filler. */
    function walkLeft(k: number, noun: boolean): Actor[] {
      let opening = -1; // the comma that opens a stretch stepped over
      for (let n = k - 1, skipped = 0; n >= 0 && skipped <= 8; n--) {
        const t = words[n]!;
        if (/,/.test(t.post) && n !== opening) {
          // A parenthetical or an appositive between commas is stepped over: "Iraqi security forces, supported by
          // coalition airstrikes, liberated ..."; "Gen. Joseph Votel, commander of U.S. Central Command, met ...".
          const open = findLast(n - 1, (m) => words[m]!.post.includes(','), n - 12);
          if (open >= 0 && n - open <= 10 && steppedOver(open + 1, n)) {
            opening = open;
            n = open + 1; // the loop steps on to the word before the opening comma
            continue;
          }
        }
        // ("Co-founder of Google, Sergey Brin, personally met ...": a subject set off by commas on both sides.)
        const apposed = actorAt[n] && t.post.trim() === ',' && (n === opening || actorAt[n]!.first === 0 || words[actorAt[n]!.first - 1]!.post.trim() === ',');
        if ((/[,;:()]/.test(t.post) && !apposed) || /^[^\p{L}\p{N}]+$/u.test(t.text)) return [];
        if (actorAt[n]) return coordinated(n, -1);
        // ("Iran arms and funds Hezbollah": another verb of the subject before "and".)
        if ((t.lower === 'and' || t.lower === 'or') && words[n - 1]?.tags.has('Verb') && !actorAt[n - 1]) {
          n--;
          skipped++;
          continue;
        }
        if (!(SUBJECT_FILLER.has(t.lower) || (noun && (LIGHT_FILLER.has(t.lower) || t.tags.has('Value') || t.tags.has('Adjective'))) || /ly$/.test(t.lower))) return [];
        skipped++;
      }
      return [];
    }

    /** Whether words [from, to] (a stretch between commas) can be stepped over to reach the subject before it. */
    function steppedOver(from: number, to: number): boolean {
      const text = words.slice(from, to + 1).map((w) => w.lower).join(' ');
      if (PARENTHETICAL.test(text)) return true;
      // An appositive office: "commander of U.S. Central Command", "the head of the agency", "a member of the board".
      return /^(?:the |a |an )?(?:[a-z-]+ )?(?:commander|head|chief|leader|director|chairman|spokesman|spokeswoman|member|secretary|minister|president|envoy|ambassador)\b/.test(text) && !words.slice(from, to + 1).some((w, x) => !actorAt[from + x] && w.tags.has('Verb') && !w.tags.has('Noun'));
    }

    /**
     * The actors after the words from `k` (after one of `preps` when given), across only object filler. An actor
     * that owns what follows ("joined Konoe's cabinet", "met Trump's envoy") is not the object, unless `owner` (an
     * attack on Iran's facilities is on Iran).
     */
    function walkRight(k: number, preps: string[] | undefined, owner = true, place = false, matter = 0): Actor[] {
      let n = k;
      if (preps) {
        // ("spoke by phone with", "conducted 14 strikes consisting of 22 engagements against", "met separately with")
        // ("consisting of" is no "of" that takes the object; "retook Ramadi from ISIL": the place taken comes first.)
        const tail = (m: number) => ['consisting', 'comprising', 'involving'].includes(words[m - 1]?.lower ?? '');
        const taken = (m: number) => place && (placeAt.has(m) || actorAt[m]?.type === 'place' || PLACE_NOUNS.has(words[m]!.lower) || (/^\p{Lu}/u.test(words[m]!.text) && !actorAt[m]));
        // ("discussed regional security with": the matter, in lower case, before the preposition.)
        const about = (m: number) => m - k < matter && /^\p{Ll}/u.test(words[m]!.text) && !actorAt[m] && !CLAUSE_BREAKS.has(words[m]!.lower);
        while (n < words.length && n - k < 8 && (!preps.includes(words[n]!.lower) || tail(n)) && (/ly$/.test(words[n]!.lower) || BEFORE_PREP.has(words[n]!.lower) || words[n]!.tags.has('Value') || taken(n) || about(n)) && !/[,;:()]/.test(words[n - 1]?.post ?? '')) n++;
        if (!preps.includes(words[n]?.lower ?? '')) return [];
        n++;
      }
      for (let skipped = 0; n < words.length && skipped <= 7; n++, skipped++) {
        if (/[,;:()"“”]/.test(words[n - 1]?.post ?? '')) return []; // the object is in the same phrase
        const here = actorAt[n];
        // ("US-led coalition forces": the leader named in a compound is not the one acting.)
        if (here && words[here.last]!.post === '-' && COMPOUND_WORDS.has(words[here.last + 1]?.lower ?? '')) {
          n = here.last + 1;
          continue;
        }
        if (here) {
          const list = coordinated(n, 1);
          const last = list.at(-1)!.last;
          return !owner && (/['’]s?$/.test(words[last]!.text) || /^['’]s?$/.test(words[last + 1]?.text ?? '')) ? [] : list;
        }
        const t = words[n]!;
        if (NOT_THE_PARTY.has(t.lower)) return []; // "former members of Scientology" act for themselves
        // ("met with Iraqi Prime Minister Haider al-Abadi": the title before a person's name.)
        if (/^\p{Lu}/u.test(t.text) && titleBeforePerson(n)) continue;
        if (!(OBJECT_FILLER.has(t.lower) || t.tags.has('Value') || (/^\p{Ll}/u.test(t.text) && t.tags.has('Adjective')) || t.tags.has('Demonym') || GROUP_DESCRIPTORS.has(t.text))) return [];
      }
      return [];
    }

    /**
     * The actor at token n and those listed with it: "US-Israeli", "Iran and Hezbollah", "the US, Britain and France".
     * A comma joins only in a list that "and" closes ("In Syria, Russia ..." is no list).
     */
    function coordinated(n: number, dir: 1 | -1): Actor[] {
      const list: Actor[] = [actorAt[n]!];
      const joins: ('hyphen' | 'comma' | 'and')[] = [];
      let at = dir === 1 ? actorAt[n]!.last : actorAt[n]!.first;
      for (;;) {
        let next = at + dir;
        const sep = (dir === 1 ? words[at]!.post : words[next]?.post ?? '').trim();
        let join: 'hyphen' | 'comma' | 'and' | null = sep === '-' || sep === '–' || sep === '/' ? 'hyphen' : sep === ',' ? 'comma' : null;
        if (sep && !join) break; // a bracket or a stop ends the list
        if (['and', 'or', '&'].includes(words[next]?.lower ?? '')) {
          join = 'and';
          next += dir;
        }
        if (words[next]?.lower === 'the') next += dir;
        const other = join ? actorAt[next] : undefined;
        if (!join || !other || list.includes(other)) break;
        list.push(other);
        joins.push(join);
        at = dir === 1 ? other.last : other.first;
      }
      // Read out from the head: a comma join stands only if an "and" closes the list (after it rightwards, before it leftwards).
      let keep = list.length;
      for (let x = 0; x < joins.length; x++) {
        if (joins[x] !== 'comma') continue;
        const closed = dir === 1 ? joins.slice(x + 1).includes('and') : joins.slice(0, x).includes('and');
        if (!closed) {
          keep = x + 1;
          break;
        }
      }
      return list.slice(0, keep);
    }

    /** The clause's subject: the first actor of the clause that holds `k`, not inside a prepositional phrase. */
    function clauseSubject(k: number): Actor[] {
      // "Hezbollah fighters, alongside Syrian government troops, took ...": the party just before the comma.
      if (words[k - 1]?.post.trim() === ',') {
        for (let n = k - 1; n >= Math.max(0, k - 4); n--) {
          if (actorAt[n]) return coordinated(n, -1);
          if (!SUBJECT_FILLER.has(words[n]!.lower) || (n < k - 1 && /[,;:()]/.test(words[n]!.post))) break;
        }
      }
      let from = 0;
      const isBreak = (n: number) => /[,;:()—–]/.test(words[n]!.post) || /^[^\p{L}\p{N}]+$/u.test(words[n]!.text) || CLAUSE_BREAKS.has(words[n]!.lower);
      for (let n = k - 1; n >= 0; n--) {
        if (!isBreak(n)) continue;
        // A parenthetical between commas ("Iraqi security forces, backed by coalition aircraft, fought ...") is stepped over.
        const open = words[n]!.post.includes(',') ? findLast(n - 1, (m) => words[m]!.post.includes(','), n - 12) : -1;
        if (open >= 0 && steppedOver(open + 1, n)) {
          n = open; // (the loop steps on before the opening comma)
          continue;
        }
        from = n + 1;
        break;
      }
      for (let n = from; n < k; n++) {
        const actor = actorAt[n];
        if (!actor) continue;
        if (PREPOSITIONS.has(words[actor.first - 1]?.lower ?? '')) return [];
        // ("Italian film director Pasquale Squitieri ...": an adjective is a party only with the party's noun after it.)
        if (actor.demonym && !SUBJECT_FILLER.has(words[actor.last + 1]?.lower ?? '')) return [];
        return coordinated(n, 1).filter((a) => a.last < k);
      }
      return [];
    }

    /** Whether the capitalised words from n lead to a person's name within a few words, as a title does. */
    function titleBeforePerson(n: number): boolean {
      for (let m = n; m < Math.min(words.length, n + 9); m++) {
        const actor = actorAt[m];
        if (actor) return actor.type === 'person';
        if (!/^\p{Lu}/u.test(words[m]!.text) && !['of', 'for', 'the', 'and'].includes(words[m]!.lower)) return false;
      }
      return false;
    }

    function findLast(from: number, test: (n: number) => boolean, floor: number): number {
      for (let n = from; n >= Math.max(0, floor); n--) if (test(n)) return n;
      return -1;
    }

    /** A negation or a modal between the subject and the trigger (or just before it): the act is not reported as done. */
    function denied(subjects: Actor[], k: number): boolean {
      const from = subjects.length ? Math.min(...subjects.map((a) => a.last)) + 1 : Math.max(0, k - 3);
      return words.slice(from, k).some((t) => NEGATIONS.has(t.lower) || t.lower.endsWith("n't"));
    }

    /** The place named after the act in its clause, by a preposition of place ("... in Iraq", "near the city of Mosul"). */
    function placeAfter(k: number, ends: Set<string>): Entity | null {
      for (let n = k; n < words.length - 1; n++) {
        if (/[;:()]/.test(words[n - 1]?.post ?? '') || (CLAUSE_BREAKS.has(words[n]!.lower) && words[n]!.lower !== 'and')) return null;
        if (!LOCATIVES.has(words[n]!.lower)) continue;
        let m = n + 1;
        while (m < words.length && (words[m]!.lower === 'the' || DIRECTIONS.test(words[m]!.lower) || (words[m]!.lower === 'city' && words[m + 1]?.lower === 'of'))) m += words[m]!.lower === 'city' ? 2 : 1;
        const place = placeAt.get(m);
        if (place && !ends.has(place.id)) return place;
      }
      return null;
    }

    /** Where an act is an event (strikes, talks), the event it is: one the article names in that sentence, or a new one. */
    function eventFor(rule: InteractionRule, kind: string, from: Token, to: Token, subjects: Actor[], objects: Actor[], place: Entity | null): string | null {
      const named = events.find((x) => x.start <= to.end && x.end >= from.start);
      if (named) {
        const e = named.e;
        if (date && e.attributes.when === undefined) e.attributes = { ...e.attributes, ...dateAttributes(date) };
        return e.id;
      }
      const names = (xs: Actor[]) => [...new Set(xs.map((x) => x.name))].join(' and ');
      const name = objects.length ? `${names(subjects)} ${kind.toLowerCase()} ${rule.type === 'FIGHTS' ? 'on' : 'with'} ${names(objects)}` : `${kind.toLowerCase()} between ${names(subjects)}`;
      const full = `${name}${place ? ` in ${place.name}` : ''}${date?.iso ? `, ${date.iso}` : ''}`;
      const id = entityId('event', full);
      if (place) add({ type: 'LOCATED_IN', from: id, to: place.id, label: null, rule: 'relation:event-in-place', code: null, date: date?.iso ?? null, event: id, place: place.id, evidence: { start: from.start, end: to.end, sentence: s, text: sentence.text } });
      const e = added.get(id) ?? { id, type: 'event' as const, name: full, aliases: [], attributes: date ? dateAttributes(date) : {}, mentions: [] };
      if (!e.mentions.some((m) => m.start === from.start)) e.mentions.push({ start: from.start, end: to.end, text: body.slice(from.start, to.end), sentence: s, rule: `event:${rule.name}` });
      added.set(id, e);
      return id;
    }

    /** The entity id of an actor; a country named by its adjective becomes a mention of it. */
    function use(a: Actor): string {
      if (!a.demonym) return a.id;
      const e = byId.get(a.id) ?? added.get(a.id) ?? { id: a.id, type: 'place' as const, name: a.name, aliases: [], attributes: {}, mentions: [] };
      if (!byId.has(a.id)) {
        added.set(a.id, e);
        placeNamed.set(e.name, e);
      }
      const at = `${a.id}|${a.start}`;
      if (!usedDemonyms.has(at)) {
        usedDemonyms.add(at);
        e.mentions.push({ start: a.start, end: a.end, text: body.slice(a.start, a.end), sentence: s, rule: 'place:demonym' });
        touched.add(e);
      }
      return a.id;
    }
  }
  for (const e of touched) e.mentions.sort((x, y) => x.start - y.start);
  return { relations: [...out.values()], added: [...added.values()] };

  function add(r: Relation, dated = false): void {
    const key = `${r.type}|${r.from}|${r.to}|${r.event ?? ''}`;
    const back = `${r.type}|${r.to}|${r.from}|${r.event ?? ''}`;
    const at = out.has(key) ? key : SYMMETRIC.has(r.type) && out.has(back) ? back : null;
    // The same act said twice ("talks in Muscat", then "talks in Muscat on February 6"): the dated saying is kept.
    if (at === null) out.set(key, r);
    else if (dated && !datedKeys.has(at)) out.set(at, r);
    if (dated) datedKeys.add(at ?? key);
  }

  /** CRITICIZES and PRAISES already carried by a claim of the same speaker with the same cue are not repeated. */
  function claimed(rule: InteractionRule, a: Actor, trigger: Token): boolean {
    if (rule.type !== 'CRITICIZES' && rule.type !== 'PRAISES') return false;
    return criticsByCue.has(`${a.id}|${infinitive(trigger.lower)}`);
  }
}

/** An event's date as attributes: `date` as ISO as far as known, `when` as written. */
const dateAttributes = (d: SentenceDate): Record<string, string> => (d.iso ? { date: d.iso, when: d.text } : { when: d.text });

/** Names of bodies whose members are states. */
const STATE_BODIES = /\b(?:[Cc]oalition|Alliance|Union|Nations|Organi[sz]ation|League|Council|Community|Pact|Treaty|Forum|Bank|Fund|NATO|ASEAN|APEC|OPEC|BRICS|G\d+|Quartet)\b/;

/** Relation types that read the same either way round. */
const SYMMETRIC = new Set<Relation['type']>(['ALLIED_WITH', 'MET_WITH', 'TALKED_TO']);

function fits(rule: InteractionRule, a: Actor, b: Actor): boolean {
  const [from, to] = ENDS[rule.type] ?? [ANY, ANY];
  if (!from.includes(a.type) || !to.includes(b.type)) return false;
  if (rule.parties && (a.type === 'person' || b.type === 'person')) return false;
  if (rule.unarmed && [a, b].some((x) => x.type === 'force' || x.type === 'place')) return false;
  // A country is a member of a body of states ("Jordan joined the coalition"), not of a party.
  if (rule.type === 'MEMBER_OF' && a.type === 'place' && !STATE_BODIES.test(b.name)) return false;
  if (rule.armed === 'force') return a.type === 'force' || b.type === 'force';
  if (rule.armed === 'state') return a.type === 'force' || b.type === 'force' || a.type === 'place' || b.type === 'place';
  return true;
}

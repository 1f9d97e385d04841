// Relations between entities of one sentence, found by the words between two mentions. Rules as data.
import type { Entity, EntityType, Relation, Span } from '../schema.js';
import { firstFrom } from './nlp.js';

interface PairRule {
  type: Relation['type'];
  name: string;
  from: EntityType[];
  to: EntityType[];
  /** Must match the whole text between the two mentions. */
  between: RegExp;
  /** Optional: must match the text right after the second mention; group 1 becomes the label. */
  after?: RegExp;
  /** The relation runs from the second mention to the first ("the delegation was led by X": X LEADS it). */
  reverse?: boolean;
  reason: string;
  example: string;
}

export const PAIR_RULES: PairRule[] = [
  {
    type: 'COMMANDS', name: 'appositive-commander', from: ['person'], to: ['force', 'organization'],
    between: /^,\s+(?:the\s+)?(?:commander|commander-in-chief|commanding officer)\s+of\s+(?:the\s+)?$/i,
    reason: 'an appositive naming the office of commander', example: 'Admiral Brad Cooper, the commander of US Central Command',
  },
  {
    type: 'LEADS', name: 'appositive-leader', from: ['person'], to: ['force', 'organization'],
    between: /^,\s+(?:the\s+)?(?:head|chief|leader|chairman|chairwoman|chair)\s+of\s+(?:the\s+)?$/i,
    reason: 'an appositive naming the head of a body (a party, a group): leads, not commands', example: 'Henry Smith, leader of the Independence Party',
  },
  {
    type: 'RELATIVE_OF', name: 'appositive-kin', from: ['person'], to: ['person'],
    between: /^,\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u,
    after: /^['’]s\s+(son-in-law|daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law|son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)\b/,
    reason: "an appositive naming kinship to a possessor", example: "Jared Kushner, President Trump’s son-in-law",
  },
  {
    type: 'COMMANDS', name: 'force-commander', from: ['force', 'organization'], to: ['person'], reverse: true,
    between: /^(?:['’]s)?\s+(?:top\s+|senior\s+|deputy\s+)?(?:commander|commanding officer|commander-in-chief)\s+$/i,
    reason: 'a force named before its commander', example: 'CENTCOM commander Gen. Michael Kurilla; the IRGC’s commander Hossein Salami',
  },
  {
    type: 'LEADS', name: 'body-leader', from: ['force', 'organization'], to: ['person'], reverse: true,
    between: /^(?:['’]s)?\s+(?:leader|chief|head|chairman|chairwoman)\s+$/i,
    reason: 'a body named before its leader', example: 'Hezbollah leader Hassan Nasrallah',
  },
  {
    type: 'HOLDS_ROLE', name: 'title-of', from: ['person'], to: ['place', 'organization'],
    between: /^\s+of\s+(?:the\s+)?$/,
    reason: 'a titled name followed by the country or body the title belongs to', example: 'Foreign Minister Abbas Araghchi of Iran',
  },
  {
    type: 'LEADS', name: 'led-by', from: ['organization', 'force'], to: ['person'], reverse: true,
    between: /^\s+(?:was|were|is|are|will be)\s+(?:led|headed|co-led|chaired)\s+by\s+(?:[^,.;]+?\s+and\s+)?$/,
    reason: 'a passive "led by" names the leaders of a body', example: 'The American delegation was led by Special Envoy Steve Witkoff and Jared Kushner',
  },
  {
    type: 'MEMBER_OF', name: 'appositive-member', from: ['person'], to: ['organization', 'force'],
    between: /^,\s+(?:a|an|the)\s+(?:(?:senior|junior|founding|former|longtime|leading|board|staff)\s+)?(?:member|members|official|officer|spokesman|spokeswoman|spokesperson|adviser|advisor|delegate|envoy|representative|employee|director|chairman|chairwoman|chair|president|secretary|executive)\s+(?:of|at|for|with)\s+(?:the\s+)?$/i,
    reason: 'an appositive naming a place in a body', example: 'Jeffrey Trimble, a senior official with the Broadcasting Board of Governors',
  },
  {
    type: 'PART_OF', name: 'appositive-part', from: ['force', 'organization'], to: ['force', 'organization'],
    between: /^,\s+(?:which is\s+)?(?:part|a part|a unit|a subordinate unit|an element|a component|a subsidiary|a division|a branch|an arm|a wing)\s+of\s+(?:the\s+)?$/i,
    reason: 'an appositive naming the larger body a unit belongs to', example: 'The 1st Battalion, 5th Marine Regiment, part of the 1st Marine Division, deployed',
  },
  {
    type: 'PART_OF', name: 'is-part-of', from: ['force', 'organization'], to: ['force', 'organization'],
    between: /^\s+(?:is|are|was|were|has been|had been)\s+(?:now\s+)?(?:part|a part|a unit|a subordinate unit|an element|a component|a subsidiary|a division|a branch|an arm)\s+of\s+(?:the\s+)?$/i,
    reason: 'a unit said to be part of a larger body', example: 'The brigade is part of the 1st Armored Division',
  },
  {
    type: 'MEMBER_OF', name: 'appositive-member-body', from: ['place', 'force', 'organization'], to: ['organization', 'force'],
    between: /^,\s+(?:a|an|the|one)\s+(?:of the\s+)?(?:founding\s+|key\s+|leading\s+|full\s+)?(?:member|members|partner|partners)\s+(?:of|in)\s+(?:the\s+)?$/i,
    reason: 'a country or body named as a member of a larger one', example: 'Jordan, a member of the US-led coalition, ...',
  },
  {
    type: 'MEMBER_OF', name: 'included', from: ['organization', 'force'], to: ['person'], reverse: true,
    between: /^\s+(?:also\s+)?(?:included|includes|include|comprised|comprises)[,\s]+(?:[^.;:]{0,40},\s+)?$/,
    reason: 'a body said to include a person', example: 'The delegation also included, for the first time, Admiral Brad Cooper',
  },
  {
    type: 'OPERATES_IN', name: 'force-in-place', from: ['force'], to: ['place'],
    between: /^\s+(?:(?:stationed|deployed|based|fighting|operating|positioned|present|now|still|already)\s+)?(?:in|inside|across|throughout|near|around)\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?(?:the\s+)?$/i,
    reason: 'a force named with the place it is in', example: 'US forces in Syria; Iraqi troops near Mosul',
  },
  {
    type: 'OPERATES_IN', name: 'operating-in', from: ['force'], to: ['place'],
    between: /^\s+(?:was\s+|were\s+|is\s+|are\s+|has been\s+|had been\s+)?(?:operating|deployed|stationed|patrolling|based|positioned|sailing)\s+(?:in|near|off|across|to|into)\s+(?:the\s+)?$/i,
    reason: 'a deployment verb with a place', example: 'The USS Abraham Lincoln carrier strike group was operating in the Arabian Sea',
  },
];

/** The most text between two mentions that any pair rule reads. */
const MAX_BETWEEN = 200;

interface Located {
  entity: Entity;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  /** The mention carries a title ("Foreign Minister Abbas Araghchi"). */
  titled: boolean;
}

export function findRelations(body: string, entities: Entity[], sentences: Span[]): Relation[] {
  const sentenceText = (n: number) => sentences[n]?.text ?? '';
  const evidenceOf = (m: { start: number; end: number; sentence: number }) => ({ start: m.start, end: m.end, sentence: m.sentence, text: sentenceText(m.sentence) });
  const located: Located[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end, sentence: m.sentence, rule: m.rule, titled: m.rule === 'person:title' })))
    .sort((a, b) => a.start - b.start);
  const out = new Map<string, Relation>();
  const add = (r: Omit<Relation, 'code' | 'date' | 'event' | 'place'>) => out.has(`${r.type}|${r.from}|${r.to}`) || out.set(`${r.type}|${r.from}|${r.to}`, { ...r, code: null, date: null, event: null, place: null });
  for (let i = 0; i < located.length; i++) {
    const a = located[i]!;
    for (let j = i + 1; j < located.length && located[j]!.sentence === a.sentence; j++) {
      const b = located[j]!;
      if (b.start - a.end > MAX_BETWEEN) break; // no rule spans more: keeps a long sentence's pairs linear
      if (a.entity.id === b.entity.id) continue;
      const between = body.slice(a.end, b.start);
      for (const rule of PAIR_RULES) {
        if (!rule.from.includes(a.entity.type) || !rule.to.includes(b.entity.type) || !rule.between.test(between)) continue;
        let label: string | null = null;
        if (rule.type === 'HOLDS_ROLE') {
          const titles = a.entity.attributes.titles;
          if (!Array.isArray(titles) || !titles.length || !a.titled) continue;
          label = titles[0]!;
        }
        if (rule.after) {
          const m = rule.after.exec(body.slice(b.end, b.end + 40));
          if (!m) continue;
          label = m[1]!;
        }
        const [from, to] = rule.reverse ? [b, a] : [a, b];
        add({ type: rule.type, from: from.entity.id, to: to.entity.id, label, rule: `relation:${rule.name}`, evidence: { start: a.start, end: label ? body.indexOf(label, b.end) + label.length : b.end, sentence: a.sentence, text: sentenceText(a.sentence) } });
      }
    }
  }
  // "It also included ... Admiral Brad Cooper": "It" stands for the body that the sentence before is about.
  for (const a of located) {
    const s = sentences[a.sentence];
    if (!s || a.entity.type !== 'person' || a.start - s.start > 120) continue;
    const lead = /^(?:It|They|The delegation|The team|The group)\s+(?:also\s+)?(?:included|includes|comprised)[,\s]+(?:[^.;:]{0,40},\s+)?$/.exec(body.slice(s.start, a.start));
    if (!lead) continue;
    const body_ = located.find((b) => b.sentence === a.sentence - 1 && (b.entity.type === 'organization' || b.entity.type === 'force'));
    if (!body_) continue;
    add({ type: 'MEMBER_OF', from: a.entity.id, to: body_.entity.id, label: null, rule: 'relation:included-by-pronoun', evidence: { start: s.start, end: a.end, sentence: a.sentence, text: sentenceText(a.sentence) } });
  }
  // A name that holds a place names where it is: "Irving, Texas", "talks in Muscat" (a body's seat: below).
  for (const a of located) {
    if (a.entity.type !== 'organization' && a.entity.type !== 'place' && a.entity.type !== 'event') continue;
    for (let k = firstFrom(located, a.start); k < located.length && located[k]!.start < a.end; k++) {
      const b = located[k]!;
      if (b.entity.type !== 'place' || b.entity.id === a.entity.id || b.end > a.end || (b.start === a.start && b.end === a.end)) continue;
      // An event is where its name says it is, not where its parties are from ("Iran-US talks in Muscat").
      if (a.entity.type === 'event' && (a.rule === 'event:place-kind' ? b.start !== a.start : b.end !== a.end)) continue;
      add({ type: 'LOCATED_IN', from: a.entity.id, to: b.entity.id, label: null, rule: a.entity.type === 'event' ? 'relation:event-in-place' : a.rule === 'place:venue' ? 'relation:venue-in-place' : 'relation:name-holds-place', evidence: evidenceOf(a) });
    }
  }
  // A force, body or person named with its country ("US forces", "the American delegation", "US President Barack Obama") is affiliated
  // with that country when the article mentions it; a titled person holds that title for it.
  const places = new Map<string, Entity>();
  for (const p of entities) if (p.type === 'place' && !places.has(p.name)) places.set(p.name, p);
  for (const e of entities) {
    // "The University of Helsinki ... in Helsinki": a body or a place is where its name's seat is, when the article
    // names it.
    const seat = places.get(e.attributes.seat as string);
    if (seat) add({ type: 'LOCATED_IN', from: e.id, to: seat.id, label: null, rule: 'relation:name-holds-place', evidence: evidenceOf(e.mentions[0]!) });
    const country = e.attributes.affiliation;
    if (e.type === 'place' || typeof country !== 'string') continue;
    const place = places.get(country);
    const m = e.mentions.find((x) => x.rule === 'person:title') ?? e.mentions[0]!;
    if (!place) continue;
    const evidence = evidenceOf(m);
    add({ type: 'AFFILIATED_WITH', from: e.id, to: place.id, label: null, rule: `relation:${e.type}-country`, evidence });
    // "the US-led coalition": the country named as leader leads it.
    const led = e.mentions.find((x) => x.rule === 'force:led-coalition');
    if (led) add({ type: 'LEADS', from: place.id, to: e.id, label: null, rule: 'relation:led-coalition', evidence: evidenceOf(led) });
    const titles = e.attributes.titles;
    if (e.type === 'person' && Array.isArray(titles) && titles.length) add({ type: 'HOLDS_ROLE', from: e.id, to: place.id, label: titles[0]!, rule: 'relation:country-title', evidence });
  }
  return [...out.values()];
}

// resolve: mentions → canonical entities within an article: normalised keys, surnames, acronyms, aliases.
import type { RawMention } from './extract/mentions.js';
import type { Entity, EntityType } from './schema.js';

/** Stable across runs and articles: type + normalised canonical name. */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${normalise(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

interface Group {
  type: EntityType;
  name: string;
  mentions: RawMention[];
}

export interface Resolved {
  entities: Entity[];
  /** The entity each input mention resolved to (mentions that resolve to nothing are dropped). */
  entityOf: Map<RawMention, string>;
}

export function resolve(mentions: RawMention[]): Resolved {
  const groups = new Map<string, Group>();
  // Every mention is compared with every group: each name is normalised once per article, not once per comparison.
  const normal = new Map<string, string>();
  const norm = (name: string) => normal.get(name) ?? normal.set(name, normalise(name)).get(name)!;
  /** "Cooper" is part of "Brad Cooper": a whole-word suffix or prefix of a longer person name. */
  const isPart = (short: string, long: string) => {
    const s = norm(short);
    const l = norm(long);
    return s !== l && (l.endsWith(` ${s}`) || l.startsWith(`${s} `));
  };
  /** "Brad Cooper" ends with the name "Cooper": a surname. */
  const endsWithName = (long: string, short: string) => norm(long).endsWith(` ${norm(short)}`);
  const keyOf = (m: RawMention) => `${m.type}|${norm(m.canonical ?? m.text)}`;
  const typed = mentions.filter((m) => !m.rule.startsWith('unknown:'));
  // Longer names first, so "Brad Cooper" exists before "Cooper" looks for it.
  const byLength = [...typed].sort((a, b) => (b.canonical ?? b.text).length - (a.canonical ?? a.text).length);
  const groupOf = new Map<RawMention, Group>();
  for (const m of byLength) {
    const bearer = surnameOf(m);
    const target = bearer ?? existing(m) ?? createGroup(m);
    // ("Paris claims" in an article about Valeska Paris is she, not the French government.)
    target.mentions.push(bearer ? { ...m, type: 'person', rule: 'person:surname', metonymy: undefined } : m);
    groupOf.set(m, target);
  }
  // Untyped proper nouns count only when they repeat a person's surname or the name of a place or force. (Not an
  // organization's: such repeats were wrong more often than right on five of the seven corpora left out of the
  // tagger's training, GUM among them; the tagger saw no name there.)
  for (const m of mentions.filter((x) => x.rule.startsWith('unknown:'))) {
    if (m.rule === 'unknown:title') {
      const holder = titleHolder(m);
      if (holder) {
        // (Its name is the holder's: "President" is a title, not an alias.)
        holder.mentions.push({ ...m, rule: 'person:title-alone', canonical: holder.name });
        groupOf.set(m, holder);
      }
      continue;
    }
    // (A people is no one's surname: "Arab" or "Moslem" is no part of "Arab Moslems".)
    const target = [...groups.values()].find((g) => g.type === 'person' && !isPeople(g) && isPart(m.text, g.name)) ??
      [...groups.values()].find((g) => g.type !== 'organization' && norm(g.name) === norm(m.text)) ??
      // "Marymegan Daly" untyped, "Daly explained" typed: the full name joins, and names, the person.
      [...groups.values()].find((g) => g.type === 'person' && isPart(g.name, m.text));
    if (target?.type === 'person' && isPart(target.name, m.text)) target.name = m.text;
    if (target) {
      const kept = { ...m, type: target.type, rule: target.type === 'person' ? 'person:surname' : `${target.type}:repeat` };
      target.mentions.push(kept);
      groupOf.set(m, target);
    } else if (m.fallback) {
      // No namesake types it: the tagger's type on weak evidence, better than nothing on a name said once.
      const typedNow = { ...m, type: m.fallback, rule: `${m.fallback}:model` };
      const g = existing(typedNow) ?? createGroup(typedNow);
      g.mentions.push(typedNow);
      groupOf.set(m, g);
    }
  }

  const idOf = new Map<Group, string>();
  const entities: Entity[] = [];
  for (const g of groups.values()) {
    const id = entityId(g.type, g.name);
    idOf.set(g, id);
    g.mentions.sort((a, b) => a.start - b.start);
    // A titled mention ("President Trump") adds its name, not its title, as an alias: titles are attributes.
    const aliases = [...new Set(g.mentions.map((m) => (m.title && m.canonical ? m.canonical : m.text)))].filter((t) => t !== g.name).sort();
    const attributes: Entity['attributes'] = {};
    const titles = [...new Set(g.mentions.flatMap((m) => (m.title ? [m.title] : [])))];
    if (titles.length) attributes.titles = titles;
    const affiliation = g.mentions.find((m) => m.affiliation)?.affiliation;
    if (affiliation) attributes.affiliation = affiliation;
    const seat = g.mentions.find((m) => m.seat)?.seat;
    if (seat) attributes.seat = seat;
    const formation = g.mentions.find((m) => m.formation)?.formation;
    if (formation) attributes.formation = formation;
    entities.push({
      id, type: g.type, name: g.name, aliases, attributes,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, sentence: m.sentence, rule: m.rule, ...(m.metonymy ? { metonymy: m.metonymy } : {}) })),
    });
  }
  const entityOf = new Map([...groupOf].map(([m, g]) => [m, idOf.get(g)!]));
  return { entities: entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start), entityOf };

  function existing(m: RawMention): Group | undefined {
    const direct = groups.get(keyOf(m));
    if (direct) return direct;
    const name = m.canonical ?? m.text;
    // A surname first ("Warhol" is Andy Warhol), before a first name that opens some other name ("Warhol Polaroid").
    if (m.type === 'person') {
      const bySurname = [...groups.values()].find((g) => g.type === 'person' && endsWithName(g.name, name));
      if (bySurname) return bySurname;
    }
    // "the Church" after "the Church of Scientology": a head word alone is the organization it heads.
    if (m.rule === 'organization:the-head') {
      const headed = [...groups.values()].find((g) => g.type === 'organization' && norm(g.name).startsWith(`${norm(name)} `));
      if (headed) return headed;
    }
    for (const g of groups.values()) {
      if (g.type !== m.type && !(isOrgLike(g.type) && isOrgLike(m.type))) continue;
      // "Cooper" → "Brad Cooper"; "Trump" → "Donald Trump".
      if (m.type === 'person' && isPart(name, g.name)) return g;
      // "CENTCOM" ↔ "Central Command": an acronym of a longer name in the same article.
      if (isOrgLike(m.type) && /^\p{Lu}{2,}$/u.test(name) && initials(g.name) === name) return g;
    }
    return undefined;
  }

  /**
   * "the President" is the person last named with that title before it ("President Donald Trump"), or the person it
   * stands in apposition to ("John Kerry, the Secretary of State"), if any.
   */
  function titleHolder(m: RawMention): Group | undefined {
    const title = norm(m.title ?? '');
    let best: { group: Group; start: number } | undefined;
    for (const g of groups.values()) {
      if (g.type !== 'person') continue;
      for (const x of g.mentions) {
        const apposition = x.sentence === m.sentence && x.end < m.start && m.start - x.end <= ', the '.length;
        if (((x.title && norm(x.title).endsWith(title)) || apposition) && x.start < m.start && (!best || x.start > best.start)) best = { group: g, start: x.start };
      }
    }
    return best?.group;
  }

  /**
   * "Paris" in an article about Valeska Paris is her surname, not the city (cities and capitals only, never countries);
   * so is a one-word name the trained tagger typed ("met Albusaidi separately" after "Badr Albusaidi").
   */
  function surnameOf(m: RawMention): Group | undefined {
    if (m.text.includes(' ')) return undefined;
    if (!(m.type === 'place' && ['place:capital', 'place:city', 'place:tagger'].includes(m.rule)) && !m.rule.endsWith(':model')) return undefined;
    for (const g of groups.values()) if (g.type === 'person' && !isPeople(g) && endsWithName(g.name, m.text)) return g;
    return undefined;
  }

  /** A group of people named as one ("Iranian Shiites", "Arab Moslems"), not a person. */
  function isPeople(g: Group): boolean {
    return g.mentions.length > 0 && g.mentions.every((x) => x.rule === 'person:group');
  }

  function createGroup(m: RawMention): Group {
    const g: Group = { type: m.type, name: m.canonical ?? m.text, mentions: [] };
    groups.set(keyOf(m), g);
    return g;
  }
}

const isOrgLike = (t: EntityType) => t === 'organization' || t === 'force';


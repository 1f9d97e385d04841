// Armed groups by any of their names. The names the rules and the tagger found are looked up in the armed non-state
// groups of PETRARCH2's Phoenix dictionary (armed-groups.json, written by `npm run build-armed-groups`): a match is a
// force under the group's one name, affiliated with its country ("Hizbullah", "Hizballah" → Hezbollah). And an alias
// the article gives ("the YPG, also known as the People's Protection Units") names the same entity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { RawMention } from './mentions.js';
import { armedDescriptionBefore } from './forces.js';
import { isUntyped } from './untyped.js';

export interface Group {
  name: string;
  aliases: string[];
  country: string | null;
}

let groups: Map<string, Group> | null = null;
const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
function byName(): Map<string, Group> {
  if (groups) return groups;
  const data = JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'armed-groups.json'), 'utf8')) as { groups: Group[] };
  groups = new Map();
  for (const g of data.groups) for (const n of [g.name, ...g.aliases]) groups.set(key(n), g);
  return groups;
}

/** The armed group a name is, by any of its names in the dictionary. */
export function armedGroup(name: string): Group | undefined {
  return byName().get(key(name));
}

/** "the YPG, also known as the People's Protection Units", "Daesh, or so-called Islamic State": the same group. */
const ALIAS_BETWEEN = /^,?\s+(?:also\s+|otherwise\s+|better\s+|commonly\s+)?(?:known|referred to|called)\s+as\s+(?:the\s+)?$|^\s+\((?:also\s+known\s+as\s+|a\.k\.a\.?\s+|aka\s+)(?:the\s+)?$/i;

/**
 * A person typed only by the verb after it or by compromise's tag is a group when the dictionary names one so:
 * "Ansar al-Islam said", "Hurras al-Din claimed". (The dictionary's leaders are no group names: build-armed-groups.)
 */
const GUESSED_PERSON = new Set(['person:speaks', 'person:subject', 'person:tagger']);

/** Mentions with armed groups resolved: the dictionary's name and country, and aliases the article introduces. */
export function resolveArmedGroups(body: string, mentions: RawMention[]): RawMention[] {
  const out = mentions.map((m) => {
    const untyped = isUntyped(m);
    const described = armedDescriptionBefore(body, m.start);
    if ((m.type === 'organization' || untyped || GUESSED_PERSON.has(m.rule)) && (described === 'noun' || (described === 'adjective' && m.type !== 'person'))) {
      return { ...m, type: 'force' as const, ...resolved(m), rule: untyped ? 'force:described' : m.rule };
    }
    // The project's own lexicon names its groups already (the Islamic State by all its names). A name no rule could
    // type ("Hizbullah fighters attacked") is a group's when the dictionary has it.
    if ((m.type !== 'organization' && m.type !== 'force' && !untyped && !GUESSED_PERSON.has(m.rule)) || m.rule === 'force:lexicon') return m;
    const g = armedGroup(m.canonical ?? m.text);
    if (!g) return m;
    return { ...m, type: 'force' as const, ...resolved(m), rule: untyped ? 'force:armed-group' : m.rule };
  });
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const renamed = new Map<string, RawMention>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if ((a.type !== 'organization' && a.type !== 'force') || b.start < a.end || b.start - a.end > 40 || !ALIAS_BETWEEN.test(body.slice(a.end, b.start))) continue;
    renamed.set(`${b.canonical ?? b.text}`, a);
  }
  if (!renamed.size) return out;
  // Every mention of the alias, not only the one introduced, is the group.
  return out.map((m) => {
    const a = renamed.get(m.canonical ?? m.text);
    return a && a !== m ? { ...m, type: a.type, canonical: a.canonical ?? a.text, affiliation: a.affiliation } : m;
  });
}

/** The dictionary's name and country for a group's mention, when it has the group. */
function resolved(m: RawMention): Pick<RawMention, 'canonical' | 'affiliation'> {
  const g = m.rule === 'force:lexicon' ? undefined : armedGroup(m.canonical ?? m.text);
  return g ? { canonical: g.name, affiliation: m.affiliation ?? g.country ?? undefined } : { canonical: m.canonical, affiliation: m.affiliation };
}

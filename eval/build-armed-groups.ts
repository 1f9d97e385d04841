// npm run build-armed-groups: write src/extract/armed-groups.json, the armed non-state groups of PETRARCH2's Phoenix
// dictionary (../shared/lexicons/petrarch2/Phoenix.MilNonState.actors.txt, MIT, from the START TOPS database) with
// their aliases and country. The extractor does not find names with it (a thousand more first words made other rules
// misfire); it resolves the names it found: "Hizbullah", "Hezbollah" and "Hizballah" are one force.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { entryOf, isEnglishWord, lexicon } from '../src/extract/lexicon.js';
import { listedAsName } from '../src/extract/nlp.js';
import { ROOT } from '../src/paths.js';

const SOURCE = join(ROOT, '..', 'shared', 'lexicons', 'petrarch2', 'Phoenix.MilNonState.actors.txt');
if (!existsSync(SOURCE)) {
  console.log(`build-armed-groups: ${SOURCE} is not here; it lives beside the development checkout, not in a user's clone.`);
  process.exit(0);
}

const countries = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string } }[];
const countryOf = new Map(countries.map((c) => [c.cca3, c.name.common]));
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'al', 'el', 'ad', 'ar', 'as', 'bin', 'wa']);

/** "ADEN_ABYAN_ISLAMIC_ARMY" → "Aden Abyan Islamic Army". */
const titleCase = (name: string) =>
  name
    .split(' ')
    .map((w, i) => w.split('-').map((p, k) => (i + k > 0 && SMALL.has(p.toLowerCase()) ? p.toLowerCase() : p.charAt(0) + p.slice(1).toLowerCase())).join('-'))
    .join(' ');

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → names "Aden Abyan Islamic Army" and "AAIA"; "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)" → "Ejercito del Pueblo en Armas" and "EPA". */
function names(raw: string): string[] {
  const text = raw.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  for (const m of text.matchAll(/\(([^)]+)\)/g)) out.push(m[1]!.includes(' ') ? titleCase(m[1]!.trim()) : m[1]!.trim());
  const base = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (base) out.push(titleCase(base));
  return out;
}

/**
 * Acronyms the dictionary files under a group that name better-known bodies in English news: the US Environmental
 * Protection Agency ("EPA" is filed for Venezuela's Ejercito del Pueblo en Armas), China's People's Liberation Army
 * (filed for the Irish National Liberation Army), the Israel Security Agency, Hong Kong's Independent Commission
 * Against Corruption (filed for the Continuity IRA), the US Federal Protective Service, the Israel Airports Authority,
 * and initials of nothing in particular (MCC, CRF, PRA, NTA, NAA, JBC, FPC, BCF, MLF, AUV, FBL).
 */
const AMBIGUOUS = new Set(['EPA', 'PLA', 'ISA', 'ICAC', 'FPS', 'IAA', 'MCC', 'CRF', 'PRA', 'NTA', 'NAA', 'JBC', 'FPC', 'BCF', 'MLF', 'AUV', 'FBL']);

interface Group {
  name: string;
  aliases: string[];
  country: string | null;
  /** Its code on a line of its own after the aliases. */
  codeAfter?: boolean;
}
// A group is a name line, its aliases ("+" lines), and its code: on the name line ("HAMAS_ [PSEREBHMS]") or on a line
// of its own after the aliases ("AL_QA'IDA", "+AL_QAEDA", ..., "\t[IMGMUSALQ]"). Blocks of the second kind also file
// leaders on their own ("OSAMA_BIN_LADEN_", "SHEIKH_AHMED_YASSIN"). The KEDS section at the end lists mostly
// individuals ("ABU_BAKAR__", "KHALID_SHEIKH_MOHAMMED__"); the groups in it are listed above it too.
const groups: Group[] = [];
let current: Group | null = null;
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  if (line.startsWith('# KEDS Project')) break;
  const clean = line.replace(/#.*/, '').trim();
  if (!clean) continue;
  if (clean.startsWith('+')) {
    if (current) current.aliases.push(...names(clean));
    continue;
  }
  const code = /\[([A-Z]{3})/.exec(clean)?.[1];
  if (clean.startsWith('[')) {
    if (current && !current.country && code) current.country = countryOf.get(code) ?? null;
    continue;
  }
  const [first, ...more] = names(clean.replace(/\s*\[.*$/, ''));
  const acronymFirst = first && /^[A-Z0-9-]+$/.test(first) && more.length;
  current = { name: acronymFirst ? more[0]! : first!, aliases: acronymFirst ? [first!, ...more.slice(1)] : more, country: code ? (countryOf.get(code) ?? null) : null, codeAfter: !code };
  groups.push(current);
}

// An alias two groups share names neither ("Islamic Jihad" is filed under Hezbollah and others); short or common
// words name nothing on their own.
const count = new Map<string, number>();
for (const g of groups) for (const n of new Set([g.name, ...g.aliases].map((x) => x.toLowerCase()))) count.set(n, (count.get(n) ?? 0) + 1);
const usable = (n: string) => count.get(n.toLowerCase()) === 1 && n.length >= 3 && !isEnglishWord(n.replace(/^the\s+/i, '').toLowerCase()) && !/^\d+$/.test(n) && !AMBIGUOUS.has(n.toUpperCase());
// Leaders are filed as aliases ("Hassan Nasrallah" under Hezbollah): a name with a given name or an honorific is a person's.
const givenNames = new Set((JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'given-names.json'), 'utf8')) as { names: string[] }).names);
const HONORIFICS = /^(?:Sheikh?|Sayy?[ie]d|Seyyed|Imam|Mullah|Emir|Amir|Commander|General|Dr|Mr)$/i;
const personal = (n: string) => n.split(/[\s-]+/).some((w) => givenNames.has(w) || HONORIFICS.test(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && listedAsName(w))) || /^(?:Abu|Umm) \p{Lu}\p{Ll}+$/u.test(n);
// "Islamic Jihad" (under Hezbollah) is also part of another group's name ("Palestinian Islamic Jihad"): no alias then.
const allNames = groups.map((g) => [g.name, ...g.aliases].map((x) => ` ${x.toLowerCase()} `));
const partOfAnother = (n: string, own: number) => allNames.some((names, i) => i !== own && names.some((x) => x.includes(` ${n.toLowerCase()} `)));
// A leader filed among a group's aliases under several spellings: "Hassan Nasrallah" is a person's name by its given
// name, so the alias "Nasrallah", his surname alone, is too. And leaders the given-name list does not show.
const LEADERS = new Set(['mughniyeh', 'mughniyah', 'moughniyah']);
const personalOf = (g: Group) => {
  const surnames = new Set(g.aliases.filter(personal).map((a) => a.toLowerCase().split(/\s+/).pop()!));
  return (a: string) => personal(a) || (!a.includes(' ') && surnames.has(a.toLowerCase())) || a.toLowerCase().split(/\s+/).some((w) => LEADERS.has(w));
};
// Blocks named after a country or a territory ("SOUTH AFRICA" with the ANC as its alias, "WEST BANK/GAZA") are no group.
const place = (name: string) => name.split('/').every((part) => entryOf(lexicon().root, titleCase(part.toUpperCase()))?.type === 'place');
// A leader's block: a person's name ("Sheikh Ahmed Yassin", "Osama bin Laden", "Ayman al Zawahiri").
const leader = (g: Group) => !!g.codeAfter && (personal(g.name) || /^\p{Lu}\p{Ll}+ (?:al|bin) \p{Lu}/u.test(g.name));
/** A one-word alias of four letters or fewer is an acronym: "HSM", not "Hsm". */
const cased = (n: string) => (/^\p{Lu}\p{Ll}{1,3}$/u.test(n) ? n.toUpperCase() : n);
const out = groups
  .map((g, i) => ({ g, i }))
  .filter(({ g }) => usable(g.name) && !leader(g) && !place(g.name))
  .map(({ g, i }) => {
    const isPersonal = personalOf(g);
    return { name: g.name, aliases: [...new Set(g.aliases.filter((a) => a !== g.name && usable(a) && !isPersonal(a) && !partOfAnother(a, i)).map(cased))], country: g.country };
  });
const file = join(ROOT, 'src', 'extract', 'armed-groups.json');
writeFileSync(file, `${JSON.stringify({ source: 'PETRARCH2 Phoenix.MilNonState.actors.txt (MIT), from the START TOPS database', groups: out }, null, 0)}\n`);
console.log(`${out.length} armed groups, ${out.reduce((n, g) => n + g.aliases.length, 0)} aliases, written to ${file}`);

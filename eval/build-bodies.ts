// npm run build-bodies: write src/extract/bodies.json, the names of international bodies, NGOs, news media and
// companies in PETRARCH2's Phoenix dictionary (../shared/lexicons/petrarch2/Phoenix.International.actors.txt, MIT).
// As with the armed groups, the extractor finds no names with it; it types the names it found on little evidence:
// "Lockheed Martin" (compromise's person), "Morgan Stanley said" (a person by the verb after it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, isEnglishWord, isGivenName, lexicon } from '../src/extract/lexicon.js';
import { listedAsName } from '../src/extract/nlp.js';
import { ORG_SUFFIXES } from '../src/extract/organizations.js';
import { ROOT } from '../src/paths.js';

const SOURCE = join(ROOT, '..', 'shared', 'lexicons', 'petrarch2', 'Phoenix.International.actors.txt');
if (!existsSync(SOURCE)) {
  console.log(`build-bodies: ${SOURCE} is not here; it lives beside the development checkout, not in a user's clone.`);
  process.exit(0);
}

/**
 * Entries that are no body's name: people filed under a body ("GLENN_GREENWALD", "E._SLACK_", a spokesman), its
 * officers and staff ("CHIEF_EXECUTIVE_OF_MCC_", "DC_JOURNALIST") and kinds of body ("MNCS_", "FOREIGN_OWNED VESSEL_").
 */
const NOT_A_BODY = /\b(chief|executive|president|chairman|director|head|secretary|spokes(man|woman|person)|officials?|journalists?|reporters?|correspondents?|representatives?|envoys?|members?|staff|workers?|volunteers?|activists?|employees?|vessels?|mncs?|ngos?|igos?|based)\b/i;

/** "MORGAN_STANLEY_" → "morgan stanley", "INTERNATIONAL_FED._OF_RED_CROSS" → "international fed. of red cross". */
const nameOf = (raw: string) => raw.replace(/^\+/, '').replace(/\[.*$/, '').replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The file's entries: a name, its synonyms ("+..." lines) and its codes ("[IGOUNO 970101-061231]", on its line or on
 * the tab-indented lines after it), with the section heading they stand under.
 */
interface Entry { section: string; lines: string[]; codes: string }
const entries: Entry[] = [];
let current = '';
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  const heading = /^#{3,}\s*(.*?)\s*#*$/.exec(line);
  if (heading) current = heading[1]!;
  const clean = line.replace(/#.*/, '').trim();
  if (!clean) continue;
  const codes = /\[.*$/.exec(clean)?.[0] ?? '';
  if (clean.startsWith('[')) {
    if (entries.length) entries[entries.length - 1]!.codes += ` ${codes}`;
  } else if (clean.startsWith('+') && entries.length) {
    entries[entries.length - 1]!.lines.push(line);
  } else {
    entries.push({ section: current, lines: [line], codes });
  }
}

/**
 * A person holding an office of a body: a code held between dates or from one ("KOFI_ANNAN_ [IGOUNO 970101-061231]",
 * "YUKIYA_AMANO_ [IGOUNOIAE >091201]") or the elite's code ([ELI]); not a name with a body's head word, whose dates
 * are the body's ("WARSAW_TREATY_ORGANIZATION_ [IGOEEU 550514-910701]"; a body's end alone is "<040726"), nor a company's
 * ("ABN_AMRO_ [NLDGOVBUS >081004][MNCNLD]").
 */
const holdsOffice = (codes: string, cased: string[]) => /\d{6}-\d{6}|>\d{6}|\bELI\b/.test(codes) && !/\bMNC/.test(codes) && !cased.some((w) => ORG_SUFFIXES.has(w));

const names = new Set<string>();
for (const { section, lines, codes } of entries) {
  if (!section) continue;
  for (const line of lines) {
    const clean = line.replace(/#.*/, '').trim();
    if (/spokes(man|woman)/i.test(line)) continue;
    const name = nameOf(clean);
    if (!/\p{L}{2}/u.test(name) || NOT_A_BODY.test(name)) continue;
    const words = name.split(' ');
    // An acronym names many things ("MCC", "AICF"; the file is in capitals): the rules and the tagger read acronyms by
    // their context.
    if (words.length === 1 && (name.length <= 3 || (name.length <= 4 && !isEnglishWord(name.toLowerCase())))) continue;
    // A person's name ("ACHARYA_G_KISHORE_" among the bodies' officers; a company's name may be a founder's, "Morgan
    // Stanley"), a place's ("SOUTH_AFRICA"), and a one-word name that is a given name or a name compromise knows as a
    // person's ("Ford", "Dell") name no body here.
    const cased = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    if (holdsOffice(codes, cased)) continue;
    if (words.length > 1 && section !== 'Multinational Corporations' && (isGivenName(cased[0]!) || listedAsName(cased[0]!))) continue;
    if (words.length === 1 && (isGivenName(cased[0]!) || listedAsName(cased[0]!))) continue;
    if (entryOf(lexicon().root, cased.join(' '))) continue; // the lexicon's already ("NATO", "United Nations")
    names.add(name.toLowerCase());
  }
}

const file = join(ROOT, 'src', 'extract', 'bodies.json');
const sorted = [...names].sort();
writeFileSync(file, `${JSON.stringify({ source: 'PETRARCH2 Phoenix.International.actors.txt (MIT): international bodies, NGOs, news media, companies', names: sorted }, null, 0)}\n`);
console.log(`${sorted.length} names of bodies written to ${file}`);

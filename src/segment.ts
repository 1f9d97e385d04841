// segment: article body → sentences with exact offsets (body.slice(start, end) === text).
import type { Span } from './schema.js';

/** Words whose trailing period does not end a sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr cdr brig spc pvt pfc cpl gov sen rep rev st sr jr fr hon pres vs etc ' +
    'inc corp co ltd no nos jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig ft mt u.s u.k u.n e.g i.e a.m p.m')
    .split(' '),
);

/** The longest sentence, in characters; news sentences are rarely a third of it. */
export const MAX_SENTENCE = 1500;

/**
 * Newlines always end a sentence (news text keeps one paragraph or headline per line).
 * Within a line, . ! ? (and … ) end one when followed by space and a capital, digit or opening quote,
 * unless the period closes an abbreviation or an initial ("L. Ron Hubbard").
 */
export function segment(body: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    // A run-on "sentence" (a list, a table flattened into a line, text without stops) is cut into pieces of at most
    // MAX_SENTENCE characters, at a semicolon, comma or space: rules that read a sentence then stay linear in the text.
    while (end - start > MAX_SENTENCE) {
      const window = body.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
      const at = [window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' ')].find((i) => i !== -1);
      const cut = at === undefined ? start + MAX_SENTENCE : start + MAX_SENTENCE / 2 + at + 1;
      push(start, cut);
      start = cut;
      while (start < end && /\s/.test(body[start]!)) start++;
    }
    if (end > start) out.push({ start, end, text: body.slice(start, end) });
  };
  let start = 0;
  const boundary = /\r?\n|[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0] === '.' && isAbbreviation(body, m.index)) continue;
    push(start, m[0].includes('\n') ? m.index : end);
    start = end;
  }
  push(start, body.length);
  return out;
}

/**
 * Start of the line holding `pos`, looking back at most `max` characters: the bound keeps a per-mention look-back
 * constant on text with no line breaks (a scraped page in one paragraph).
 */
export function lineStartNear(body: string, pos: number, max: number): number {
  const from = Math.max(0, pos - max);
  for (let i = pos - 1; i >= from; i--) if (body[i] === '\n') return i + 1;
  return from;
}

function isAbbreviation(body: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1]!)) i--;
  const word = body.slice(i, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "L. Ron Hubbard"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Index of the sentence containing offset `pos` (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

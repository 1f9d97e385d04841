import { describe, expect, test } from 'vitest';
import { segment, sentenceAt } from '../src/segment.js';

describe('segment', () => {
  test.each<[string, string[]]>([
    ['One sentence.', ['One sentence.']],
    ['It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
    ['Headline line\nBody starts here. More.', ['Headline line', 'Body starts here.', 'More.']],
    // Abbreviations and initials do not end a sentence.
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['Science fiction writer L. Ron Hubbard founded it.', ['Science fiction writer L. Ron Hubbard founded it.']],
    ['U.S. forces left. Iran said so.', ['U.S. forces left.', 'Iran said so.']],
    ['The Gen. Lee statue stood.', ['The Gen. Lee statue stood.']],
    ['Brig. Gen. Ana Diaz met Spc. Jane Roe and Pfc. Sam Hill.', ['Brig. Gen. Ana Diaz met Spc. Jane Roe and Pfc. Sam Hill.']],
    // Closing quotes stay with their sentence.
    ['He said “no.” She left.', ['He said “no.”', 'She left.']],
    ['Really? Yes! Fine.', ['Really?', 'Yes!', 'Fine.']],
    ['lower case after a period. is not a new sentence', ['lower case after a period. is not a new sentence']],
    ['', []],
    ['  \n\n  ', []],
  ])('%j', (text, expected) => {
    const spans = segment(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('sentenceAt finds the sentence holding an offset', () => {
    const text = 'First one. Second one.\nThird.';
    const spans = segment(text);
    expect(sentenceAt(spans, 0)).toBe(0);
    expect(sentenceAt(spans, text.indexOf('Second'))).toBe(1);
    expect(sentenceAt(spans, text.indexOf('Third') + 2)).toBe(2);
  });
});

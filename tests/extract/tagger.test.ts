// The trained tagger: its tokens, features, decoding, weights file, and how it helps the rules.
import { describe, expect, test } from 'vitest';
import { modelSpans, withModel } from '../../src/extract/model-names.js';
import type { RawMention } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { shape } from '../../src/extract/tagger/features.js';
import { allowed, bestPath, committedModel, deserialise, fromWeights, NT, serialise, spansOf, TAGS, weightsOf } from '../../src/extract/tagger/model.js';
import { wordTokens } from '../../src/extract/tagger/tokens.js';
import { segment } from '../../src/segment.js';

describe('word tokens, cut as the NER corpora cut them', () => {
  test.each<[string, string[]]>([
    ['Iran\'s envoy said "no".', ['Iran', "'s", 'envoy', 'said', '"', 'no', '"', '.']],
    ['The U.S. and Mr. Smith (of Ohio) met.', ['The', 'U.S.', 'and', 'Mr.', 'Smith', '(', 'of', 'Ohio', ')', 'met', '.']],
    ["Don't stop, J. Doe!", ['Do', "n't", 'stop', ',', 'J.', 'Doe', '!']],
    ['“Quoted,” she said…', ['“', 'Quoted', ',', '”', 'she', 'said', '…']],
  ])('%j', (text, words) => {
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('features and decoding', () => {
  test.each([
    ['McCain', 'XxXx'],
    ['U.S.', 'X.X.'],
    ['1990s', 'dx'],
    ['Zürich', 'Xx'],
    ['al-Qaeda', 'x-Xx'],
  ])('shape(%j) = %j', (word, s) => expect(shape(word)).toBe(s));

  test('I-X only after B-X or I-X, whatever the scores say', () => {
    const iPer = TAGS.indexOf('I-PER');
    // Every token scores I-PER highest; the path still opens with B-PER.
    const path = bestPath(3, new Float32Array((NT + 1) * NT), (_, out) => (out[iPer] = 5));
    expect(path.map((k) => TAGS[k])).toEqual(['B-PER', 'I-PER', 'I-PER']);
    expect(allowed(TAGS.indexOf('B-LOC'), iPer)).toBe(false);
    expect(spansOf([1, 2, 0, 3, 5, 6])).toEqual([{ from: 0, to: 2, type: 'person' }, { from: 3, to: 4, type: 'place' }, { from: 4, to: 6, type: 'organization' }]);
  });

  test('the weights file reads back what was written, to int16 precision', () => {
    const model = fromWeights(new Map([['w=oslo', [0, 0, 0, 2.5, -1, 0, 0]], ['tiny', [1e-6, 0, 0, 0, 0, 0, 0]]]), new Float32Array((NT + 1) * NT).fill(0.5));
    const back = deserialise(serialise(model, 1e-3));
    expect(weightsOf(back).map(([f, w]) => [f, [...w].map((x) => Math.round(x * 100) / 100)])).toEqual([['w=oslo', [0, 0, 0, 2.5, -1, 0, 0]]]); // 'tiny' is below the threshold
    expect(back.transitions[0]).toBeCloseTo(0.5, 3);
  });
});

describe('the committed model beside the rules', () => {
  const body = 'Zorvath Quillimane met Abbas Araghchi in Muscat on Friday.';
  const terms = tokenize(body);
  const sentences = segment(body);

  test('is committed, and finds people and places in plain news text', () => {
    expect(committedModel()).not.toBeNull();
    const spans = modelSpans(body, terms, sentences, committedModel()!).map((s) => `${s.type}:${body.slice(s.start, s.end)}`);
    expect(spans).toEqual(expect.arrayContaining(['person:Abbas Araghchi', 'place:Muscat']));
  });

  test.each<[string, Partial<{ typeUntyped: boolean; addMissing: boolean; checkWeak: boolean; minMargin: number }>, string[]]>([
    ['types an untyped name', { typeUntyped: true, addMissing: false, minMargin: -Infinity }, ['person:model:Zorvath Quillimane']],
    ['adds a missed name', { typeUntyped: false, addMissing: true, minMargin: -Infinity }, ['unknown:proper-noun:Zorvath Quillimane', 'place:model:Muscat']],
    ['leaves the rules alone when told to do nothing', { typeUntyped: false, addMissing: false }, ['unknown:proper-noun:Zorvath Quillimane']],
    // (The tagger is unsure of a made-up name: under the default margin it stays untyped.)
    ['by default, types only names the tagger is sure of', {}, ['unknown:proper-noun:Zorvath Quillimane']],
  ])('%s', (_, use, expected) => {
    // The rules' view, as given: one untyped name, Araghchi typed, Muscat missed.
    const rules: RawMention[] = [
      { type: 'person', start: 0, end: 18, text: 'Zorvath Quillimane', sentence: 0, rule: 'unknown:proper-noun' },
      { type: 'person', start: 23, end: 37, text: 'Abbas Araghchi', sentence: 0, rule: 'person:tagger' },
    ];
    const out = withModel(body, terms, sentences, rules, use).filter((m) => m.rule !== 'person:tagger');
    expect(out.map((m) => (m.rule.startsWith('unknown') ? `${m.rule}:${m.text}` : `${m.type}:${m.rule.split(':')[1]}:${m.text}`))).toEqual(expected);
  });
});

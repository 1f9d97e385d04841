// The trained tagger: its tokens, features, decoding, weights file, and how it helps the rules.
import { describe, expect, test } from 'vitest';
import { type ModelUse, modelSpans, withModel } from '../../src/extract/model-names.js';
import type { RawMention } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { contextFeatures, docInfo, formed, gazetteerMarks, shape, tokenFeatures, wordFeatures } from '../../src/extract/tagger/features.js';
import { addFeatureWeights, addWeights, allowed, bestPath, committedModel, deserialise, fromWeights, NT, serialise, spansOf, TAGS, tagsOf, weightsOf } from '../../src/extract/tagger/model.js';
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

  test.each<[string, boolean]>([
    ['Araghchi', true],
    ['Muscat', true],
    ['muscat', false], // a lower-case word: its clusters say enough
    ['Zorvathquil', false], // in no vocabulary
  ])('the vector signs of %j as features: %j', (word, some) => {
    const signs = wordFeatures(word).filter((f) => /^e\d+[+-]$/.test(f));
    expect(signs.length > 0).toBe(some);
    expect(new Set(signs.map((f) => f.slice(0, -1))).size).toBe(signs.length); // one sign per dimension
  });

  test('a name opens with B-X and closes with L-X, or is one U-X word, whatever the scores say', () => {
    const iPer = TAGS.indexOf('I-PER');
    const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
    // Every token scores I-PER highest; the path still opens with B-PER and closes with L-PER.
    const path = bestPath(4, new Float32Array((NT + 1) * NT), (_, out) => (out[iPer] = 5));
    expect(path.map((k) => TAGS[k])).toEqual(['B-PER', 'I-PER', 'I-PER', 'L-PER']);
    expect(allowed(tag('B-LOC'), iPer)).toBe(false);
    expect(allowed(tag('B-PER'), tag('O'))).toBe(false);
    expect(allowed(-1, tag('L-ORG'))).toBe(false);
    expect(allowed(tag('U-LOC'), tag('B-ORG'))).toBe(true);
    const tags = ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG'].map(tag);
    const spans = [{ from: 0, to: 2, type: 'person' }, { from: 3, to: 4, type: 'place' }, { from: 4, to: 7, type: 'organization' }] as const;
    expect(spansOf(tags)).toEqual(spans);
    expect(tagsOf(7, [...spans])).toEqual(tags);
  });

  test('a feature looked up by its parts weighs what its name weighs', () => {
    const model = committedModel()!;
    const text = 'Mr. Chalabi met the Iraqi Prime Minister in Baghdad on Tuesday, Chalabi said.';
    const tokens = wordTokens(text, 0, text.length).map((w) => formed(w.text, w.start, w.end, undefined));
    const doc = docInfo(tokens, [[0, tokens.length]]);
    const gaz = gazetteerMarks(tokens, 0, tokens.length);
    tokens.forEach((_, i) => {
      const named = new Float64Array(NT);
      addWeights(model, tokenFeatures(tokens, 0, tokens.length, i, doc, gaz), named);
      const parts = new Float64Array(NT);
      addWeights(model, wordFeatures(tokens[i]!.text), parts);
      // Twice: the second time from the cache.
      for (let k = 0; k < 2; k++) {
        const twice = new Float64Array(parts);
        contextFeatures(tokens, 0, tokens.length, i, doc, gaz, (t, a, b, c) => addFeatureWeights(model, twice, t, a, b, c));
        expect([...twice].map((x) => x.toFixed(6))).toEqual([...named].map((x) => x.toFixed(6)));
      }
    });
  });

  test('the weights file reads back what was written, to int16 precision', () => {
    const oslo = TAGS.map((t) => (t === 'U-LOC' ? 2.5 : t === 'U-PER' ? -1 : 0));
    const tiny = TAGS.map((t) => (t === 'O' ? 1e-6 : 0));
    const model = fromWeights(new Map([['w=oslo', oslo], ['tiny', tiny]]), new Float32Array((NT + 1) * NT).fill(0.5));
    const back = deserialise(serialise(model, 1e-3));
    expect(weightsOf(back).map(([f, w]) => [f, [...w].map((x) => Math.round(x * 100) / 100)])).toEqual([['w=oslo', oslo]]); // 'tiny' is below the threshold
    expect(back.transitions[0]).toBeCloseTo(0.5, 3);
  });
});

describe('the committed model beside the rules', () => {
  const body = 'Zorvath Quillimane met Abbas Araghchi in Muscat on Friday.';
  const terms = tokenize(body);
  const sentences = segment(body);

  test('decodes only the stretches around the spans it is given, with the same names there', () => {
    const text = 'Abbas Araghchi said on a long and quiet day that the talks held in the old city of Muscat were useful.';
    const all = modelSpans(text, tokenize(text), segment(text), committedModel()!);
    const muscat = { start: text.indexOf('Muscat'), end: text.indexOf('Muscat') + 6 };
    const around = modelSpans(text, tokenize(text), segment(text), committedModel()!, undefined, [muscat]);
    expect(all.map((s) => text.slice(s.start, s.end))).toEqual(['Abbas Araghchi', 'Muscat']);
    expect(around).toEqual(all.filter((s) => s.start === muscat.start));
  });

  test('is committed, and finds people and places in plain news text', () => {
    expect(committedModel()).not.toBeNull();
    const spans = modelSpans(body, terms, sentences, committedModel()!).map((s) => `${s.type}:${body.slice(s.start, s.end)}`);
    expect(spans).toEqual(expect.arrayContaining(['person:Abbas Araghchi', 'place:Muscat']));
  });

  // The rules' view, as given: an untyped name, Araghchi typed by compromise's tag, Muscat typed wrongly by it and
  // "Friday" taken for an organization by it.
  const zorvath: RawMention = { type: 'person', start: 0, end: 18, text: 'Zorvath Quillimane', sentence: 0, rule: 'unknown:proper-noun' };
  const araghchi: RawMention = { type: 'person', start: 23, end: 37, text: 'Abbas Araghchi', sentence: 0, rule: 'person:tagger' };
  const muscat: RawMention = { type: 'person', start: 41, end: 47, text: 'Muscat', sentence: 0, rule: 'person:tagger' };
  const friday: RawMention = { type: 'organization', start: 51, end: 57, text: 'Friday', sentence: 0, rule: 'organization:tagger' };
  const none = { typeUntyped: Infinity, retype: Infinity, dropUnseen: null, addMissing: Infinity, widenOpening: Infinity, joinNames: false };
  test.each<[string, RawMention[], ModelUse, string[]]>([
    ['types an untyped name', [zorvath, araghchi], { ...none, typeUntyped: -Infinity }, ['person:model:Zorvath Quillimane', 'person:tagger:Abbas Araghchi']],
    ['adds a missed person', [zorvath, muscat], { ...none, addMissing: -Infinity }, ['unknown:proper-noun:Zorvath Quillimane', 'person:tagger:Muscat', 'person:model:Abbas Araghchi']],
    // (The places and organizations it would add were wrong three times in four on the corpora left out.)
    ['adds no missed place', [zorvath, araghchi], { ...none, addMissing: -Infinity }, ['unknown:proper-noun:Zorvath Quillimane', 'person:tagger:Abbas Araghchi']],
    ['retypes a name compromise typed, where the tagger types it otherwise', [araghchi, muscat], { ...none, retype: 30 }, ['person:tagger:Abbas Araghchi', 'place:model:Muscat']],
    ['drops a weak rule\'s name where the tagger sees none', [araghchi, friday], { ...none, dropUnseen: new Set(['organization:tagger']) }, ['person:tagger:Abbas Araghchi']],
    // (An ablation: Muscat's rule says nothing, and the tagger types it as it types a name no rule typed.)
    ["leaves a rule's names to the tagger when told to (an ablation)", [araghchi, muscat], { ...none, typeUntyped: 10, untype: new Set(['person:tagger']) }, ['person:model:Abbas Araghchi', 'place:model:Muscat']],
    ['leaves the rules alone when told to do nothing', [zorvath, araghchi, muscat, friday], none, ['unknown:proper-noun:Zorvath Quillimane', 'person:tagger:Abbas Araghchi', 'person:tagger:Muscat', 'organization:tagger:Friday']],
    // (A made-up name that "met" someone: the tagger is sure enough of it to type it.)
    ['by default: types only names the tagger is sure of, retypes, drops', [zorvath, araghchi, muscat, friday], {}, ['person:model:Zorvath Quillimane', 'person:tagger:Abbas Araghchi', 'place:model:Muscat']],
  ])('%s', (_, rules, use, expected) => {
    const out = withModel(body, terms, sentences, rules, use);
    expect(out.map((m) => (m.rule.startsWith('unknown') ? `${m.rule}:${m.text}` : `${m.type}:${m.rule.split(':')[1]}:${m.text}`))).toEqual(expected);
  });

  test('gives an untyped name the tagger types on weak evidence that type as a fallback only', () => {
    const [out] = withModel(body, terms, sentences, [zorvath], { ...none, typeUntyped: 1e9, fallbackUntyped: -Infinity });
    expect(out).toMatchObject({ rule: 'unknown:proper-noun', fallback: 'person' });
  });

  // An acronym in brackets after a body's name is its short name, kept where the tagger sees no name there; one
  // elsewhere goes where the tagger sees none.
  test('drops an acronym by its shape where the tagger sees none, not one in brackets after a body', () => {
    const text = 'It joined the Zorblat Quillimane Union (ZQU) on Friday; the XQT did not.';
    const at = (name: string, type: RawMention['type'], rule: string): RawMention => ({ type, start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, sentence: 0, rule });
    const rules = [at('Zorblat Quillimane Union', 'organization', 'organization:head-word'), at('ZQU', 'organization', 'organization:shape'), at('XQT', 'organization', 'organization:shape')];
    // (A tagger with no weights sees no name anywhere.)
    const blind = fromWeights(new Map(), new Float32Array((NT + 1) * NT));
    const out = withModel(text, tokenize(text), segment(text), rules, { ...none, model: blind, dropUnseen: new Set(['organization:shape']) });
    expect(out.map((m) => `${m.rule}:${m.text}`)).toEqual(['organization:head-word:Zorblat Quillimane Union', 'organization:bracketed-acronym:ZQU']);
    expect(out[1]!.canonical).toBe('Zorblat Quillimane Union');
  });

  // A sentence's first word is a name's only where some evidence says so; the tagger's name is that evidence.
  test.each<[string, string, RawMention['type'], string, string]>([
    ['Fitch Ratings downgraded the bonds on Friday.', 'Ratings', 'person', 'unknown:proper-noun', 'organization:model:Fitch Ratings'],
    ['Leone Marucci was born in Rome in 1950.', 'Marucci', 'person', 'person:lifespan', 'person:lifespan:Leone Marucci'],
    ['Yesterday Obama said the talks were useful.', 'Obama', 'person', 'person:tagger', 'person:tagger:Obama'],
  ])('widens "%s" to the tagger\'s name over the first word', (text, name, type, rule, expected) => {
    const m: RawMention = { type, start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, sentence: 0, rule };
    const [out] = withModel(text, tokenize(text), segment(text), [m], { ...none, widenOpening: -Infinity });
    expect(`${out!.rule}:${out!.text}`).toBe(expected);
  });

  // Names of the rules the tagger reads as one name are joined into it; not across a comma, nor two of the gazetteers'
  // places side by side.
  test.each<[string, [string, RawMention['type'], string][], string[]]>([
    ['The ship sailed into the Gulf of Tonkin on Friday.', [['Gulf', 'place', 'place:region'], ['Tonkin', 'place', 'place:tagger']], ['place:region:Gulf of Tonkin']],
    ['He met Wilfried "Willi" Schneider in Bonn.', [['Wilfried', 'person', 'person:tagger'], ['Willi', 'person', 'person:surname'], ['Schneider', 'person', 'person:surname']], ['person:tagger:Wilfried "Willi" Schneider']],
    ['The trip took her to Columbia Puerto Rico last week.', [['Columbia', 'place', 'place:city'], ['Puerto Rico', 'place', 'place:country']], ['place:city:Columbia', 'place:country:Puerto Rico']],
    ['He met Wilfried "Willi" Schneider in Bonn.', [['Wilfried', 'person', 'person:tagger'], ['Willi', 'person', 'person:surname'], ['Schneider', 'place', 'place:tagger']], ['person:model:Wilfried "Willi" Schneider']],
    // (Of several types, the name is the tagger's; a gazetteer's place inside a body is its seat, as in the rules.)
    ['Shares fell on the New York Stock Exchange on Monday.', [['New York', 'place', 'place:state'], ['Stock Exchange', 'organization', 'organization:head-word']], ['organization:model:New York Stock Exchange (seat New York)']],
    // (A body's name that holds a force the rules know names a force.)
    ['He flew with the Desert Squadron RAAF in Libya.', [['Desert Squadron', 'organization', 'organization:model'], ['RAAF', 'force', 'force:lexicon']], ['force:lexicon:Desert Squadron RAAF']],
  ])('joins the names in "%s" where the tagger reads one', (text, names, expected) => {
    const ms = names.map(([name, type, rule]): RawMention => ({ type, start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, sentence: 0, rule }));
    // (The tagger reads the sentences around capitalised words no rule took, as by default; it adds none at 1e9.)
    const out = withModel(text, tokenize(text), segment(text), ms, { ...none, retype: 1e9, addMissing: 1e9, joinNames: true });
    expect(out.map((m) => `${m.rule}:${m.text}${m.seat ? ` (seat ${m.seat})` : ''}`)).toEqual(expected);
  });

  // A name compromise's lexicon lists as an organization stays where the tagger sees none ("Unilever shares fell").
  test('keeps an organization compromise lists, drops one it guessed', () => {
    const text = 'Nestle cut its outlook; Unilever shares fell. Zorblat Friday rose.';
    const org = (start: number, name: string): RawMention => ({ type: 'organization', start, end: start + name.length, text: name, sentence: 0, rule: 'organization:tagger' });
    const rules = [org(0, 'Nestle'), org(24, 'Unilever'), org(54, 'Friday')];
    expect(rules.map((m) => text.slice(m.start, m.end))).toEqual(['Nestle', 'Unilever', 'Friday']);
    const out = withModel(text, tokenize(text), segment(text), rules, { ...none, dropUnseen: new Set(['organization:tagger']) });
    expect(out.map((m) => m.text)).toEqual(['Nestle', 'Unilever']);
  });
});

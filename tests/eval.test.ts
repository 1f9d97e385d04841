// The scorer follows ../shared/gold/README.md to the letter, and accuracy on GUM dev never silently drops.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readNpy } from '../eval/npy.js';
import { commonHead, evalGum, loadGumDev, RESULTS } from '../eval/run.js';
import { entityMatches, halfOverlap, scoreClaims, scoreEntities, scoreSpans } from '../eval/score.js';

const gold = { type: 'person', start: 10, end: 50, minStart: 30, minEnd: 44, text: 'science fiction writer L. Ron Hubbard' };

describe('scoring rules', () => {
  test.each<[string, { type: string; start: number; end: number }, boolean]>([
    ['exactly the core', { type: 'person', start: 30, end: 44 }, true],
    ['the whole mention', { type: 'person', start: 10, end: 50 }, true],
    ['core plus title', { type: 'person', start: 25, end: 44 }, true],
    ['part of the core', { type: 'person', start: 33, end: 44 }, false],
    ['past the mention', { type: 'person', start: 30, end: 52 }, false],
    ['wrong type', { type: 'place', start: 30, end: 44 }, false],
  ])('entity: %s', (_name, pred, expected) => {
    expect(entityMatches({ ...pred, text: '' }, gold)).toBe(expected);
  });

  test('a force counts as an organization', () => {
    expect(entityMatches({ type: 'force', start: 0, end: 4, text: 'IRGC' }, { type: 'organization', start: 0, end: 4, minStart: 0, minEnd: 4, text: 'IRGC' })).toBe(true);
  });

  // The gold lists named mentions, whose head is a proper noun; bodies named by a common noun stay in the graph unscored.
  test.each<[string, boolean]>([
    ['the Indian government', true],
    ['Mexican army', true],
    ['US Central Command', false],
    ['101st Airborne Division', false],
    ['wikiHow', false],
    ['IRGC', false],
  ])('head is a common noun: %s', (text, expected) => {
    expect(commonHead(text)).toBe(expected);
  });

  test('each gold and each prediction matches at most once', () => {
    const g = { type: 'place', start: 0, end: 4, minStart: 0, minEnd: 4, text: 'Iran' };
    const s = scoreEntities([{ pred: [{ type: 'place', start: 0, end: 4, text: 'Iran' }, { type: 'place', start: 0, end: 4, text: 'Iran' }], gold: [g] }]);
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  test.each<[[number, number], [number, number], boolean]>([
    [[0, 10], [5, 20], true], // overlap 5 = half of the shorter (10)
    [[0, 10], [6, 20], false],
    [[0, 100], [40, 44], true], // the shorter lies inside
    [[0, 10], [10, 20], false],
  ])('half overlap %j %j', (a, b, expected) => {
    expect(halfOverlap({ start: a[0], end: a[1] }, { start: b[0], end: b[1] })).toBe(expected);
  });

  test('quotes and claims: precision, recall, speaker accuracy, end to end', () => {
    expect(scoreSpans([{ pred: [{ start: 0, end: 10 }], gold: [{ start: 0, end: 10 }, { start: 50, end: 60 }] }])).toMatchObject({ precision: 1, recall: 0.5 });
    const s = scoreClaims([
      {
        pred: [{ start: 0, end: 10, speakerStart: 20, speakerEnd: 22 }, { start: 30, end: 40, speakerStart: null, speakerEnd: null }],
        gold: [{ start: 0, end: 10, speaker: { start: 20, end: 30 } }, { start: 30, end: 40, speaker: { start: 45, end: 47 } }, { start: 80, end: 90, speaker: { start: 91, end: 92 } }],
      },
    ]);
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 1, speakerAccuracy: 0.5 });
    expect(s.endToEnd).toBeCloseTo(1 / 3);
  });
});

describe('accuracy on GUM dev (the copy in eval/gold/)', () => {
  test('entity F1 stays within 0.01 of the last recorded figure', () => {
    const recorded = JSON.parse(readFileSync(RESULTS, 'utf8')).gumDev.newsgraph.entities.overall.f1 as number;
    const now = evalGum(loadGumDev(), 'ours').entities.overall.f1;
    expect(now).toBeGreaterThanOrEqual(recorded - 0.01);
  });
});

describe('the .npy reader of the GloVe vectors', () => {
  /** A version-1 .npy file of float32 values with the given header fields. */
  const npy = (fortran: boolean, values: number[]): Uint8Array => {
    const header = `{'descr': '<f4', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': (2, 3), }`.padEnd(117) + '\n'; // 10 + 118 bytes: the values start on a multiple of 64, as numpy writes them
    const out = new Uint8Array(10 + header.length + values.length * 4);
    out.set([0x93, ...Buffer.from('NUMPY'), 1, 0], 0);
    new DataView(out.buffer).setUint16(8, header.length, true);
    out.set(Buffer.from(header), 10);
    new Float32Array(out.buffer, 10 + header.length).set(values);
    return out;
  };
  // The matrix [[1, 2, 3], [4, 5, 6]] stored row by row and column by column.
  test.each([
    ['row by row (C order)', false, [1, 2, 3, 4, 5, 6]],
    ['column by column (Fortran order, as the GloVe package)', true, [1, 4, 2, 5, 3, 6]],
  ])('%s', (_name, fortran, stored) => {
    const { shape, at } = readNpy(npy(fortran, stored));
    expect(shape).toEqual([2, 3]);
    expect([at(0, 0), at(0, 1), at(0, 2), at(1, 0), at(1, 1), at(1, 2)]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

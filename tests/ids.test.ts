import { describe, expect, test } from 'vitest';
import { ArticleIds } from '../src/ids.js';
import { processArticle } from '../src/pipeline.js';
import { articleFromBody } from '../src/read.js';

const record = (id: string, body: string) => processArticle(articleFromBody(id, body)).record;

describe('two inputs with one id', () => {
  test('different texts: both kept, the later renamed (its claims too), and each rename said', () => {
    const ids = new ArticleIds();
    const a = ids.admit(record('a-b', 'Smith said "we will win" on Monday.'), 'a b.txt');
    const b = ids.admit(record('a-b', 'Jones said "we will lose" on Monday.'), 'a-b.txt');
    const c = ids.admit(record('a-b', 'Brown said "we will see" on Monday.'), 'a_b.txt');
    expect([a.record?.article.id, b.record?.article.id, c.record?.article.id]).toEqual(['a-b', 'a-b-2', 'a-b-3']);
    expect(a.diagnostic).toBeUndefined();
    expect(b.diagnostic?.message).toBe('has the id "a-b" of a b.txt, with other text; loaded as "a-b-2"');
    expect(b.record!.claims.length).toBeGreaterThan(0);
    expect(b.record!.claims.every((cl) => cl.id.startsWith('a-b-2:'))).toBe(true);
  });

  test('the same text twice: loaded once, and said', () => {
    const ids = new ArticleIds();
    ids.admit(record('x', 'Oslo is cold.'), 'one/x.txt');
    const again = ids.admit(record('x', 'Oslo is cold.'), 'two/x.txt');
    expect(again.record).toBeNull();
    expect(again.diagnostic).toMatchObject({ file: 'two/x.txt', severity: 'warning', message: 'the same article as one/x.txt (id "x"); loaded once' });
  });
});

// Every prepared query, run on a real Neo4j holding the corpus, asserting on the rows it returns.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Connection } from '../../src/graph/neo4j.js';
import { checkParams, getQuery, loadQueries, parseQuery, QueryError, type Row, runQuery } from '../../src/graph/queries.js';
import { ingest } from '../../src/ingest.js';
import { CORPUS, freshGraph } from '../helpers.js';

let conn: Connection;
const run = (name: string, params: Record<string, unknown> = {}) => runQuery(conn.driver, conn.database, getQuery(name), params);
const MUSCAT_ID = '2026-02-06-muscat-talks';

beforeAll(async () => {
  conn = await freshGraph();
  await ingest(conn, [CORPUS]);
});
afterAll(async () => conn?.close());

/** One case per listed query; the last test checks that none is missing. */
const cases: Record<string, () => Promise<void>> = {
  'top-entities': async () => {
    const places = await run('top-entities', { type: 'place', limit: 5 });
    expect(places).toHaveLength(5);
    expect(places.every((r) => r.type === 'place')).toBe(true);
    expect(places[0]).toMatchObject({ name: 'United States' });
    const counts = places.map((r) => r.mentions as number);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(await run('top-entities', { type: 'force', limit: 50 })).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'USS Abraham Lincoln', type: 'force', mentions: 1, articles: 1 })]));
    // Within a date range and from some sources: the undated Muscat excerpt drops out, 2015's Wikinews articles stay.
    const in2015 = await run('top-entities', { from: '2015-01-01', to: '2015-12-31', sources: 'Wikinews', limit: 1000 });
    expect(in2015.map((r) => r.name)).toContain('New Zealand');
    expect(in2015.map((r) => r.name)).not.toContain('Brad Cooper');
    expect(await run('top-entities', { sources: 'No Such Outlet' })).toEqual([]);
  },
  entity: async () => {
    const [cooper] = await run('entity', { name: 'cooper' }); // by alias, any case
    expect(cooper).toMatchObject({ name: 'Brad Cooper', type: 'person', aliases: ['Cooper'], titles: ['Admiral'], mentions: 2, articleCount: 1, articles: [MUSCAT_ID] });
    expect(cooper!.coMentioned).toEqual(expect.arrayContaining([expect.stringMatching(/^Iran \(\d+\)$/)]));
    // "Trump" (the Muscat article) and "Donald Trump" (a Wikinews one) are one person across articles.
    const [trump] = await run('entity', { name: 'trump' });
    expect(trump).toMatchObject({ name: 'Donald Trump', titles: ['President'], claimsBy: 5, articles: [MUSCAT_ID, 'wikinews-afghan'], merged: ['Trump (surname: the one full name in the graph)'] });
    const [titled] = await run('entity', { name: 'President Barack Obama' }); // by titled name
    expect(titled).toMatchObject({ name: 'Barack Obama' });
  },
  'who-said': async () => {
    const rows = await run('who-said', { name: 'trump' });
    expect(rows.filter((r) => r.article === MUSCAT_ID).map((r) => [r.speaker, r.cue, r.claim, r.article])).toEqual([
      ['Donald Trump', 'describe', 'them as “very good”', MUSCAT_ID],
      ['Donald Trump', 'say', '“very badly”', MUSCAT_ID],
      ['Donald Trump', 'add', '“They know the consequences if........', MUSCAT_ID],
    ]);
  },
  'claims-about': async () => {
    const rows = await run('claims-about', { name: 'new zealand' });
    expect(rows.map((r) => [r.speaker, r.article])).toEqual([
      // "Professor Eastman says ... '... the Food Standards of Australia and New Zealand ...,' he said": "he" is the
      // person before it, not the body (resolved, the Food Standards are no person).
      ['Cres Eastman', 'wikinews-iodine'],
      ['Emeritus Professor John Burrows', 'wikinews-flag'],
      ['John Key', 'wikinews-flag'], // "Mr Key promoted [the campaign for a unique New Zealand flag ...]"
      ['New Zealand Herald', 'wikinews-flag'], // "According to the New Zealand Herald, [Burrows said ...]"
    ]);
    expect(rows[0]!.claim).toMatch(/^"I suspect they won't do that on a voluntary basis/);
    expect(rows[1]!.claim).toMatch(/^New Zealand's flag has\s+never before been open to public choice$/);
    expect(rows[2]!.claim).toMatch(/^the campaign for a unique New Zealand flag/);
    // Grouped by speaker: each speaker's claims together, the speaker with most claims first.
    const us = await run('claims-about', { name: 'united states', limit: 100 });
    const speakers = us.map((r) => r.speaker as string);
    expect(speakers.filter((x, i) => x !== speakers[i - 1])).toEqual([...new Set(speakers)]);
    const counts = us.map((r) => r.speakerClaims as number);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const r of us) expect(r.speakerClaims).toBe(speakers.filter((x) => x === r.speaker).length);
  },
  events: async () => {
    const all = await run('events');
    expect(all.map((r) => `${r.event} @ ${r.place}`)).toEqual(expect.arrayContaining(['talks in Muscat @ Muscat', 'Muscat round @ Muscat', 'election in Hong Kong @ Hong Kong']));
    const muscat = await run('events', { place: 'muscat' });
    expect(muscat.map((r) => r.event).sort()).toEqual(['Muscat round', 'talks in Muscat']);
    // The talks as an event: both sides, the place, the day as the article writes it (its year is not given).
    expect(muscat.find((r) => r.event === 'talks in Muscat')).toMatchObject({ asWritten: 'Iran-US talks in Muscat', articles: 1, articleIds: [MUSCAT_ID], when: 'February 6', participants: ['Iran (party)', 'United States (party)'] });
    const strikes = all.find((r) => String(r.event).startsWith('United States and Israel strikes on Iran'));
    expect(strikes).toMatchObject({ date: '2025-06', when: 'June 2025', place: null, participants: ['Iran (target)', 'Israel (actor)', 'United States (actor)'] });
    expect(await run('events', { place: 'No Such Place' })).toEqual([]);
  },
  conflicts: async () => {
    const rows = await run('conflicts', { limit: 100 });
    const pairs = rows.map((r) => `${r.attacker} → ${r.target}`);
    // The joint US-Israeli strikes of June 2025 and the Iranian drone shot down by US forces.
    expect(pairs).toEqual(expect.arrayContaining(['United States → Iran', 'Israel → Iran', 'United States forces → Iran']));
    expect(rows.find((r) => r.attacker === 'Israel')).toMatchObject({ target: 'Iran', reports: 1, articles: 1, first: '2025-06', last: '2025-06', acts: ['strikes'] });
    expect((await run('conflicts', { name: 'israel' })).map((r) => r.attacker)).toEqual(['Israel']);
    // Between two dates: the drone (undated, in an undated article) drops out; in a place: none of these were in Muscat.
    const in2025 = await run('conflicts', { since: '2025-01-01', until: '2025-12-31' });
    expect(in2025.map((r) => `${r.attacker} → ${r.target}`).sort()).toEqual(['Israel → Iran', 'United States → Iran']);
    expect(await run('conflicts', { since: '2025-07-01', until: '2025-12' })).toEqual([]);
    expect(await run('conflicts', { place: 'Muscat' })).toEqual([]);
  },
  alliances: async () => {
    const rows = await run('alliances', { name: 'israel' });
    expect(rows.map((r) => [r.from, r.relation, r.to].sort().join(' '))).toEqual([['Israel', 'ALLIED_WITH', 'United States'].sort().join(' ')]);
    expect(rows[0]).toMatchObject({ reports: 1, first: '2025-06' });
    expect(rows[0]!.example).toMatch(/joint US-Israeli strikes/);
  },
  'command-chain': async () => {
    const rows = await run('command-chain', { name: 'United States delegation' });
    const chain = rows.map((r) => `${r.direction} ${r.step}: ${r.from} ${r.relation} ${r.to}`);
    expect(chain).toEqual(expect.arrayContaining([
      'up 1: Jared Kushner LEADS United States delegation',
      'up 1: Steve Witkoff LEADS United States delegation',
      'down 1: Brad Cooper MEMBER_OF United States delegation',
      'down 2: Brad Cooper COMMANDS US Central Command',
    ]));
    const up = await run('command-chain', { name: 'US Central Command' });
    expect(up.map((r) => `${r.direction} ${r.step}: ${r.from} ${r.relation} ${r.to}`)).toContain('up 1: Brad Cooper COMMANDS US Central Command');
  },
  meetings: async () => {
    const rows = await run('meetings', { name: 'Iran' });
    expect(rows).toEqual([expect.objectContaining({ party: 'Iran', with: 'United States', how: 'MET_WITH', as: 'talks', when: 'February 6', place: 'Muscat', event: 'talks in Muscat', article: MUSCAT_ID })]);
    expect(rows[0]!.sentence).toMatch(/concluded several hours of talks in Muscat on February 6/);
    expect((await run('meetings', { place: 'muscat' })).length).toBe(1);
    const all = await run('meetings', { limit: 100 });
    expect(all.map((r) => [r.party, r.with].sort().join(' / '))).toEqual(expect.arrayContaining(['Iran / United States', 'Mohamed El-Hassan Mohamed / Sergey Brin']));
  },
  'actor-timeline': async () => {
    const rows = await run('actor-timeline', { name: 'iran' });
    expect(rows.map((r) => `${r.date ?? '-'} ${r.actor} ${r.act} ${r.other}`)).toEqual([
      '2025-06 United States FIGHTS Iran', // in text order: "US-Israeli strikes"
      '2025-06 Israel FIGHTS Iran',
      '- Iran MET_WITH United States',
      '- United States forces FIGHTS Iran',
    ]);
    expect(rows[1]).toMatchObject({ as: 'strikes', code: '195', article: MUSCAT_ID, event: 'United States and Israel strikes on Iran, 2025-06' });
    expect(await run('actor-timeline', { name: 'iran', since: '2026-01-01' })).toEqual([]);
  },
  sources: async () => {
    // "Another, quoted by Al-Araby TV, warned" after the Iranian diplomatic source is a second source of that description.
    const iranian = await run('sources', { country: 'iran' });
    expect(iranian).toEqual([
      { source: 'An Iranian diplomatic source', affiliation: 'Iran', cue: 'tell', claim: 'Cooper’s presence “endangered” the talks', via: 'Reuters', article: MUSCAT_ID, published: null },
      { source: 'An Iranian diplomatic source', affiliation: 'Iran', cue: 'warn', claim: '“negotiations taking place under threat”', via: 'Al-Araby TV', article: MUSCAT_ID, published: null },
    ]);
    const all = await run('sources', { limit: 100 });
    expect(all.map((r) => r.source)).toEqual(expect.arrayContaining(['An Iranian diplomatic source', 'Officials']));
    expect(all.map((r) => r.source)).not.toContain('Another');
    expect(all.every((r) => r.affiliation === null || typeof r.affiliation === 'string')).toBe(true);
  },
  'speakers-about-both': async () => {
    const rows = await run('speakers-about-both', { a: 'scientology', b: 'Los Angeles' });
    expect(rows[0]).toMatchObject({ speaker: 'Mark Rathbun', a: 'Scientology', b: 'Los Angeles', articles: ['wikinews-defector'] });
    expect(rows.every((r) => (r.claimsAboutA as number) >= 1 && (r.claimsAboutB as number) >= 1)).toBe(true);
    expect(await run('speakers-about-both', { a: 'scientology', b: 'scientology' })).toEqual([]); // two different entities
    expect(await run('speakers-about-both', { a: 'scientology', b: 'New Zealand' })).toEqual([]);
  },
  'co-mentions': async () => {
    const rows = await run('co-mentions', { name: 'Jared Kushner' });
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Donald Trump']));
    expect(rows.find((r) => r.name === 'Donald Trump')).toMatchObject({ type: 'person', sentences: 1, articles: 1 });
  },
  claims: async () => {
    const rows = await run('claims', { article: MUSCAT_ID });
    expect(rows.filter((r) => r.kind === 'direct').map((r) => [r.speaker, r.claim, r.via])).toEqual([
      ['An Iranian diplomatic source', 'Cooper’s presence “endangered” the talks', 'Reuters'],
      ['Another', '“negotiations taking place under threat”', 'Al-Araby TV'],
      ['Donald Trump', 'them as “very good”', null],
      ['Donald Trump', '“very badly”', null],
      ['Donald Trump', '“They know the consequences if........', null],
    ]);
    expect((await run('claims', { limit: 3 })).length).toBe(3);
  },
  relations: async () => {
    const rows = await run('relations', { name: 'Brad Cooper' });
    expect(rows).toEqual([
      { from: 'Brad Cooper', relation: 'COMMANDS', label: null, to: 'US Central Command', article: MUSCAT_ID, rule: 'relation:appositive-commander' },
      { from: 'Brad Cooper', relation: 'MEMBER_OF', label: null, to: 'United States delegation', article: MUSCAT_ID, rule: 'relation:included-by-pronoun' },
    ]);
    const kin = await run('relations', { name: 'jared kushner' });
    expect(kin.map((r) => `${r.from} ${r.relation}(${r.label}) ${r.to}`)).toEqual(['Jared Kushner LEADS(null) United States delegation', 'Jared Kushner RELATIVE_OF(son-in-law) Donald Trump']);
  },
  article: async () => {
    const rows = await run('article', { id: MUSCAT_ID });
    // In text order, a name holding another first: "Iran-US talks in Muscat", then Iran.
    expect(rows.slice(0, 2)).toMatchObject([{ name: 'talks in Muscat', type: 'event', mentions: 2 }, { name: 'Iran', type: 'place', mentions: 7 }]); // 4 by name, 3 by adjective ("an Iranian drone")
    const lincoln = rows.find((r) => r.name === 'USS Abraham Lincoln')!;
    expect(lincoln).toMatchObject({ type: 'force', texts: ['USS Abraham Lincoln carrier strike group'] });
    expect((lincoln.spans as number[]).length).toBe(2);
  },
  'claims-via': async () => {
    const rows = await run('claims-via', { name: 'reuters' });
    expect(rows).toEqual([{ outlet: 'Reuters', speaker: 'An Iranian diplomatic source', cue: 'tell', claim: 'Cooper’s presence “endangered” the talks', article: MUSCAT_ID, published: null }]);
  },
  'claims-by-cue': async () => {
    const warnings = await run('claims-by-cue', { cue: 'Warn' });
    expect(warnings.every((r) => r.cue === 'warn')).toBe(true);
    expect(warnings).toEqual(expect.arrayContaining([expect.objectContaining({ speaker: 'Another', claim: '“negotiations taking place under threat”' })]));
  },
  timeline: async () => {
    const rows = await run('timeline', { name: 'Donald Trump' });
    expect(rows).toEqual([
      { name: 'Donald Trump', date: '(undated)', mentions: 2, articleCount: 1, articlesWithClaimsBy: 1, articlesWithClaimsAbout: 0 },
      { name: 'Donald Trump', date: '2017-07-18', mentions: 5, articleCount: 1, articlesWithClaimsBy: 1, articlesWithClaimsAbout: 1 },
    ]);
    const iran = await run('timeline', { name: 'Iran' });
    expect(iran.map((r) => r.date)).toEqual([...iran.map((r) => r.date as string)].sort());
  },
  'forces-near': async () => {
    const rows = await run('forces-near', { name: 'arabian sea' });
    expect(rows.map((r) => [r.force, r.affiliation, r.how])).toEqual([
      ['USS Abraham Lincoln', 'United States', 'operates in'],
      ['United States forces', 'United States', 'same sentence'],
    ]);
  },
  roles: async () => {
    const [cooper] = await run('roles', { name: 'Brad Cooper' });
    expect(cooper).toEqual({ person: 'Brad Cooper', titles: ['Admiral'], affiliation: null, commands: ['US Central Command'], articles: 1 });
    const all = await run('roles', { limit: 500 });
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((r) => (r.titles as string[]).length > 0)).toBe(true);
  },
  path: async () => {
    const [direct] = await run('path', { from: 'Brad Cooper', to: 'US Central Command' });
    expect(direct).toEqual({
      hops: 1, via: ['Brad Cooper (Person)', 'US Central Command (Force)'], relations: ['COMMANDS'],
      evidence: ['COMMANDS: It also included, for the first time, Admiral Brad Cooper, the commander of US Central Command, in full dress uniform.'],
    });
    const [viaArticle] = await run('path', { from: 'Brad Cooper', to: 'Arabian Sea' });
    expect(viaArticle).toMatchObject({ hops: 2, relations: ['MENTIONED_IN', 'MENTIONED_IN'], evidence: ['MENTIONED_IN: in "Iran-US talks in Muscat bought time, not a deal"', 'MENTIONED_IN: in "Iran-US talks in Muscat bought time, not a deal"'] });
  },
  network: async () => {
    const one = await run('network', { name: 'Jared Kushner' });
    expect(one.every((r) => r.depth === 1 && r.source === 'Jared Kushner')).toBe(true);
    expect(one.map((r) => r.target)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Donald Trump']));
    const two = await run('network', { name: 'Jared Kushner', depth: 2 });
    expect(two.some((r) => r.depth === 2)).toBe(true);
    expect(two.filter((r) => r.depth === 1)).toEqual(one);
  },
  entities: async () => {
    const all = await run('entities');
    const forces = await run('entities', { type: 'force' });
    expect(forces.length).toBeGreaterThan(3);
    expect(forces.every((r) => r.type === 'force')).toBe(true);
    expect(all.length).toBeGreaterThan(forces.length);
    expect(forces.find((r) => r.id === 'force:us-central-command')).toMatchObject({ name: 'US Central Command', affiliation: 'United States', mentions: 1, articles: 1 });
  },
};

describe('prepared queries on the loaded corpus', () => {
  test.each(Object.keys(cases))('%s', async (name) => {
    await cases[name]!();
  });

  test('every listed query has a case here', () => {
    const listed = [...loadQueries().values()].filter((q) => !q.internal).map((q) => q.name).sort();
    expect(Object.keys(cases).sort()).toEqual(listed);
  });

  test('injection attempts through every parameter stay values', async () => {
    const attacks = ["x' OR 1=1 //", '") MATCH (n) DETACH DELETE n //', '$name}) RETURN 1 //', 'Trump\n;MATCH (n) DETACH DELETE n'];
    const before = await run('top-entities', { limit: 1000 });
    for (const q of [...loadQueries().values()].filter((x) => !x.internal)) {
      for (const p of q.params.filter((x) => x.type === 'string')) {
        for (const attack of attacks) {
          const rows = await runQuery(conn.driver, conn.database, q, { ...requiredFor(q.name), [p.name]: attack });
          if (p.name !== 'type') expect(rows.filter((r) => r.name === attack)).toEqual([]);
        }
      }
    }
    expect(await run('top-entities', { limit: 1000 })).toEqual(before);
  });
});

function requiredFor(name: string): Row {
  return Object.fromEntries(getQuery(name).params.filter((p) => !p.optional).map((p) => [p.name, 'x']));
}

describe('parameters are checked before they reach Neo4j', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['entity', {}, /query "entity" needs parameter "name" \(entity\); it takes: name: entity \(required\)/],
    ['top-entities', { limit: 'ten' }, /parameter "limit" must be a whole number from 0 to 1000000, got "ten"/],
    ['top-entities', { limit: '-1' }, /parameter "limit" must be a whole number/],
    ['top-entities', { colour: 'red' }, /has no parameter "colour"; it takes: type: entity-type \(optional, default null\), from: date/],
    ['top-entities', { type: 'persn' }, /parameter "type" must be one of person, place, organization, force, event, got "persn"/],
    ['top-entities', { from: 'yesterday' }, /parameter "from" must be a date as YYYY-MM-DD/],
    ['top-entities', { to: '2026-02-30' }, /parameter "to" must be a date as YYYY-MM-DD/],
    ['who-said', { name: '' }, /parameter "name" must be an entity name/],
  ])('%s %j', (name, params, message) => {
    expect(() => checkParams(getQuery(name), params)).toThrow(message);
  });

  test('an unknown query name lists the available ones', () => {
    expect(() => getQuery("nope")).toThrow(/unknown query "nope"; available: actor-timeline, alliances, article, claims-about, claims-by-cue, claims-via, claims, co-mentions/);
    expect(() => getQuery('load-claims')).toThrow(QueryError); // internal queries are not for users
  });

  test('string values from the command line are coerced to the declared types', () => {
    expect(checkParams(getQuery('top-entities'), { limit: '5', sources: 'Reuters, AP' })).toEqual({ type: null, from: null, to: null, sources: ['Reuters', 'AP'], limit: 5 });
  });

  test('query files must declare what they take', () => {
    expect(() => parseQuery('x', 'MATCH (n) RETURN n')).toThrow(/needs "\/\/ description:" and "\/\/ params:"/);
    expect(() => parseQuery('x', '// description: d\n// params: limit: integer\nRETURN 1')).toThrow(/bad parameter declaration "limit: integer"/);
  });
});

// The entity page in a real browser (Chromium from the npm registry's @sparticuz/chromium, or CHROMIUM_PATH, driven by
// playwright-core): it renders the expected nodes.
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import packaged from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { ingest } from '../../src/ingest.js';
import { ROOT } from '../../src/paths.js';
import { CORPUS, freshGraph, testEnv } from '../helpers.js';

/** The browser: CHROMIUM_PATH, or the headless Chromium that @sparticuz/chromium unpacks (nothing to install by hand). */
async function browserPath(): Promise<{ path: string; args: string[] }> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] };
  return { path: await packaged.executablePath(), args: packaged.args };
}

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: testEnv() });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const conn = await freshGraph();
  await ingest(conn, [CORPUS]);
  await conn.close();
}, 120_000);

describe('export graph', () => {
  test('GraphML and JSON hold the entities and their typed and co-mention edges', async () => {
    const graphml = await cli(['export', 'graph']);
    expect(graphml.code).toBe(0);
    expect(graphml.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(graphml.stdout).toContain('<node id="person:brad-cooper"><data key="name">Brad Cooper</data><data key="type">person</data>');
    expect(graphml.stdout).toMatch(/<edge id="e\d+" source="person:brad-cooper" target="force:us-central-command"><data key="relation">COMMANDS<\/data>/);
    const json = JSON.parse((await cli(['export', 'graph', '--format', 'json'])).stdout) as { nodes: { id: string }[]; edges: { source: string; target: string; type: string; weight: number }[] };
    const ids = new Set(json.nodes.map((n) => n.id));
    expect(json.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(json.edges.find((e) => e.type === 'CO_MENTIONED' && e.source === 'person:jared-kushner' && e.target === 'person:steve-witkoff')).toMatchObject({ weight: 1 });
  });
});

describe('view', () => {
  test('the page renders in chromium with the entity, its neighbours and its relations; a screenshot is written', async () => {
    const chromiumAt = await browserPath();
    expect(existsSync(chromiumAt.path), `no browser at ${chromiumAt.path}`).toBe(true);
    const page = join(await mkdtemp(join(tmpdir(), 'newsgraph-view-')), 'cooper.html');
    const written = await cli(['view', 'Brad Cooper', '--out', page, '--depth', '2']);
    expect(written).toMatchObject({ code: 0, stdout: `wrote ${page}\n` });
    const browser = await chromium.launch({
      executablePath: chromiumAt.path,
      // Nothing reaches out: this machine's network is closed and the page must need none.
      args: [...chromiumAt.args, '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      const requests: string[] = [];
      tab.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
      await tab.goto(`file://${page}`);
      await tab.waitForSelector('body[data-ready="1"]');
      const nodes = await tab.evaluate(() => (window as unknown as { cy: { nodes: () => { map: (f: (n: { data: (k: string) => string }) => string) => string[] } } }).cy.nodes().map((n) => `${n.data('label')}|${n.data('type')}`));
      expect(nodes).toEqual(expect.arrayContaining(['Brad Cooper|person', 'US Central Command|force', 'Reuters|organization']));
      const edges = await tab.evaluate(() => (window as unknown as { cy: { edges: () => { map: (f: (e: { data: (k: string) => string }) => string) => string[] } } }).cy.edges().map((e) => e.data('label')));
      expect(edges).toContain('COMMANDS');
      // Relation types in their colours; one type at a time from the menu.
      const commands = await tab.evaluate(() => (window as unknown as { cy: { edges: (s: string) => { style: (k: string) => string } } }).cy.edges('[relation = "COMMANDS"]').style('line-color'));
      expect(commands).toBe('rgb(31,63,143)');
      await tab.selectOption('#relation', 'COMMANDS');
      const visible = await tab.evaluate(() => (window as unknown as { cy: { edges: () => { filter: (f: (e: { style: (k: string) => string }) => boolean) => { map: (f: (e: { data: (k: string) => string }) => string) => string[] } } } }).cy.edges().filter((e) => e.style('display') === 'element').map((e) => e.data('relation')));
      expect([...new Set(visible)]).toEqual(['COMMANDS']);
      await tab.selectOption('#relation', '');
      expect(await tab.textContent('aside h1')).toBe('Brad Cooper');
      expect(requests).toEqual([]); // self-contained: nothing fetched
      const shot = join(ROOT, 'tests', 'output', 'view-brad-cooper.png');
      await mkdir(join(ROOT, 'tests', 'output'), { recursive: true });
      await tab.screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);

  test('an unknown entity is one clear line', async () => {
    const r = await cli(['view', 'Nobody Atall', '--out', join(tmpdir(), 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('newsgraph: no entity named "Nobody Atall" in the graph (newsgraph search TEXT lists names that match)\n');
  });
});

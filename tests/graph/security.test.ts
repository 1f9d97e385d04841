// The local Neo4j is its owner's alone: a password, kept in a file only the owner can read; no file access from
// Cypher; LOAD CSV kept off this machine's own addresses. Tested on the real local instance.
import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { credentials, credentialsFile, instanceHome, readState } from '../../src/graph/local.js';
import { type Connection, connect } from '../../src/graph/neo4j.js';
import { testEnv } from '../helpers.js';

const local = !process.env.NEWSGRAPH_TEST_NEO4J_URI;
const home = instanceHome('test');
let conn: Connection;

beforeAll(async () => {
  conn = await connect(testEnv());
});
afterAll(async () => {
  await conn.close();
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe.runIf(local)('the local instance', () => {
  test('refuses a connection without the password, and with a wrong one', async () => {
    // Two tries: a third failure in a row locks the login for a few seconds (Neo4j's own guard against guessing).
    for (const password of ['', `${credentials(home).password}x`]) {
      const driver = neo4j.driver(conn.uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 5_000 });
      try {
        await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await driver.close();
      }
    }
  });

  test('keeps the password and the state in files only the owner can read (0600), in a folder only the owner can enter', () => {
    expect(mode(credentialsFile(home))).toBe(0o600);
    expect(mode(`${home}/state.json`)).toBe(0o600);
    expect(mode(home)).toBe(0o700);
    expect(readState(home)?.auth).toBe(true);
  });

  test('neo4j status --show-password prints the login the CLI uses; without the flag it names the file', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), env: testEnv() };
    expect(await main(['neo4j', 'status', '--show-password'], io)).toBe(0);
    expect(out.join('')).toContain(`password ${credentials(home).password}`);
    out.length = 0;
    expect(await main(['neo4j', 'status'], io)).toBe(0);
    expect(out.join('')).not.toContain(credentials(home).password);
    expect(out.join('')).toContain(credentialsFile(home));
  });
});

describe.runIf(local)('Cypher has no way out to files or to this machine', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('secret,value\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const loadCsv = (url: string) => conn.driver.executeQuery('LOAD CSV FROM $url AS row RETURN row LIMIT 1', { url }, { database: conn.database });

  test.each(['file:///etc/hostname', 'file:///etc/passwd', 'file:///../../../../etc/hostname'])('LOAD CSV FROM %s fails', async (url) => {
    await expect(loadCsv(url)).rejects.toThrow(/file|URL|not allowed|Cannot load/i);
  });

  test('LOAD CSV from a server on loopback fails (the address is blocked)', async () => {
    await expect(loadCsv(`http://127.0.0.1:${port}/data.csv`)).rejects.toThrow(/blocked|not allowed|Cannot load/i);
  });
});

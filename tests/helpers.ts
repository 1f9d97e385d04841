// Shared test helpers: a connection to the test suite's real Neo4j, and corpus paths.
import { join } from 'node:path';
import { reset } from '../src/graph/load.js';
import { type Connection, connect } from '../src/graph/neo4j.js';
import { ROOT } from '../src/paths.js';

/** The environment tests run commands with: the test instance, or NEWSGRAPH_TEST_NEO4J_URI; never a user's NEO4J_URI. */
export function testEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_INSTANCE: 'test' };
  delete env.NEO4J_URI;
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) env.NEO4J_URI = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  return env;
}

export async function freshGraph(): Promise<Connection> {
  const conn = await connect(testEnv());
  await reset(conn);
  return conn;
}

export const CORPUS = join(ROOT, 'corpus');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const MUSCAT = join(CORPUS, '2026-02-06-muscat-talks.md');

// The driver: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) selects any Neo4j; otherwise the local one.
import neo4j, { type Driver } from 'neo4j-driver';
import { instanceHome, type Log, start } from './local.js';

export interface Connection {
  driver: Driver;
  database: string | undefined;
  /** Where it points, for messages: never includes the password. */
  uri: string;
  close(): Promise<void>;
}

export async function connect(env: NodeJS.ProcessEnv = process.env, log: Log = () => {}): Promise<Connection> {
  let uri = env.NEO4J_URI;
  let auth = neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? '');
  if (!uri) {
    const local = await start(instanceHome(env.NEWSGRAPH_INSTANCE), log);
    uri = `bolt://127.0.0.1:${local.port}`;
    auth = neo4j.auth.basic('neo4j', ''); // the embedded instance runs without auth, on loopback only
  }
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true, // numbers come back as JS numbers
    maxTransactionRetryTime: 30_000,
    connectionAcquisitionTimeout: 60_000,
  });
  try {
    await driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message.split('\n')[0]}`);
  }
  return { driver, database: env.NEO4J_DATABASE || undefined, uri, close: () => driver.close() };
}

// The driver: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) selects any Neo4j; otherwise the local one,
// with the password from its credentials file.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { credentials, instanceHome, type Log, start } from './local.js';

export interface Connection {
  driver: Driver;
  database: string | undefined;
  /** Where it points, for messages: never includes the password. */
  uri: string;
  /** What to do when it cannot be reached, for messages. */
  hint: string;
  close(): Promise<void>;
}

const LOCAL_HINT = 'run `newsgraph neo4j start` (or `newsgraph neo4j status`), then the same command again: it finishes what is left';
const REMOTE_HINT = 'check that the server runs and that NEO4J_URI points at it, then run the same command again: it finishes what is left';

export async function connect(env: NodeJS.ProcessEnv = process.env, log: Log = () => {}): Promise<Connection> {
  let uri = env.NEO4J_URI;
  let auth = neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? '');
  if (!uri) {
    const home = instanceHome(env.NEWSGRAPH_INSTANCE);
    const local = await start(home, log);
    uri = `bolt://127.0.0.1:${local.port}`;
    const login = credentials(home);
    auth = neo4j.auth.basic(login.user, login.password);
  }
  const hint = env.NEO4J_URI ? REMOTE_HINT : LOCAL_HINT;
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true, // numbers come back as JS numbers
    maxTransactionRetryTime: 30_000, // rides out a restart of the database mid-ingest
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 5_000, // a server that does not answer at all is reported within seconds
  });
  try {
    await driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    throw new Error(explain(err, uri, hint, !env.NEO4J_URI));
  }
  return { driver, database: env.NEO4J_DATABASE || undefined, uri, hint, close: () => driver.close() };
}

/** A database error in words a user can act on: what failed, where, and what to run; other errors as they are. */
export function explain(err: unknown, uri: string, hint: string, local = false): string {
  const message = (err as Error).message ?? String(err);
  const code = err instanceof Neo4jError ? err.code : '';
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${uri} has locked the login for a few seconds after failed attempts to log in: run the same command again shortly`;
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return local
      ? `the local Neo4j at ${uri} refused newsgraph's password: run \`newsgraph neo4j stop\` and \`newsgraph neo4j start\` to set it again`
      : `Neo4j at ${uri} refused the login: check NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection acquisition timed out/.test(message)) {
    const cause = /Caused by: (.*)$/m.exec(message)?.[1] ?? /(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)/.exec(message)?.[1] ?? message.split('\n')[0];
    return `cannot reach Neo4j at ${uri} (${cause}): ${hint}`;
  }
  return message.split('\n')[0]!;
}

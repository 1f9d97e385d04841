// Starts the test suite's own real Neo4j (instance "test", separate from a user's "default" data),
// installing it on a fresh machine; stops it afterwards if this run started it.
import { instanceHome, start, status, stop } from '../src/graph/local.js';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEWSGRAPH_TEST_NEO4J_URI) return async () => {};
  const home = instanceHome('test');
  const wasRunning = await status(home);
  await start(home, (line) => console.log(line));
  return async () => {
    if (!wasRunning) await stop(home);
  };
}

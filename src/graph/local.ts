// The project's own Neo4j: 5.26 Community embedded with its Bolt connector, on loopback, installed by Maven.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../paths.js';

export const NEO4J_VERSION = '5.26.16';
const BASE = join(ROOT, '.neo4j');
const LIB = join(BASE, 'lib');
const CLASSES = join(BASE, 'classes');
const LAUNCHER = join(ROOT, 'neo4j', 'Launcher.java');
const POM = join(ROOT, 'neo4j', 'pom.xml');

export interface LocalState {
  pid: number;
  port: number;
  home: string;
  startedAt: string;
  /** Started with authentication on (instances started by older versions ran without it and are restarted). */
  auth?: boolean;
}

/** A named instance: "default" for users, "test" for the test suite, so tests never touch a user's graph. */
export function instanceHome(name = process.env.NEWSGRAPH_INSTANCE ?? 'default'): string {
  return join(BASE, name);
}
const stateFile = (home: string) => join(home, 'state.json');
export const credentialsFile = (home: string) => join(home, 'credentials.json');
const logFile = (home: string) => join(home, 'neo4j.log');
const portFile = (home: string) => join(home, 'port');

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Write a file only its owner can read or write (mode 0600, also when it existed with wider rights). */
function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export interface Credentials {
  user: string;
  password: string;
}

/**
 * The local instance's login: a random password made at its first start and kept in credentials.json (mode 0600),
 * so only the user who runs newsgraph (and root) can use the database.
 */
export function credentials(home = instanceHome()): Credentials {
  const path = credentialsFile(home);
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Credentials;
    if (typeof saved.password === 'string' && saved.password.length >= 8) return saved;
  } catch {
    // none yet, or unreadable: make one
  }
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const made = { user: 'neo4j', password: randomBytes(18).toString('base64url') };
  writePrivate(path, `${JSON.stringify(made, null, 2)}\n`);
  return made;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export type Log = (line: string) => void;

function need(command: string, args: string[], what: string): void {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new Error(`${command} not found: install ${what} (needed to run the local Neo4j), or set NEO4J_URI to use another Neo4j`);
}

/** Fetch the jars (once) and compile the launcher (when it changed). */
export function install(log: Log = () => {}): void {
  need('java', ['-version'], 'a Java 17+ runtime (e.g. apt-get install openjdk-17-jre-headless)');
  const marker = join(LIB, `.complete-${NEO4J_VERSION}`);
  if (!existsSync(marker)) {
    need('mvn', ['-v'], 'Maven (e.g. apt-get install maven)');
    log(`newsgraph: installing Neo4j ${NEO4J_VERSION} Community jars with Maven into .neo4j/lib (first run only)…`);
    mkdirSync(LIB, { recursive: true });
    const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB}`, '-DincludeScope=runtime'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`Maven could not fetch the Neo4j jars: ${(r.stdout + r.stderr).trim().split('\n').slice(-3).join(' | ')}`);
    writeFileSync(marker, new Date().toISOString());
  }
  const compiled = join(CLASSES, 'newsgraph', 'Launcher.class');
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(LAUNCHER).mtimeMs) {
    need('javac', ['-version'], 'a Java 17+ JDK (javac), e.g. apt-get install openjdk-17-jdk-headless');
    const r = spawnSync('javac', ['-cp', join(LIB, '*'), '-d', CLASSES, LAUNCHER], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cannot compile neo4j/Launcher.java: ${r.stderr.trim().split('\n')[0]}`);
  }
}

export function readState(home = instanceHome()): LocalState | null {
  try {
    return JSON.parse(readFileSync(stateFile(home), 'utf8')) as LocalState;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function boltAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => done(true));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Running instance's state, or null; clears a stale state file. */
export async function status(home = instanceHome()): Promise<LocalState | null> {
  const state = readState(home);
  if (!state) return null;
  if (alive(state.pid) && (await boltAnswers(state.port))) return state;
  if (!alive(state.pid)) rmSync(stateFile(home), { force: true });
  return null;
}

/** Start (or reuse) the instance and wait until Bolt answers. Safe to call from several processes at once. */
export async function start(home = instanceHome(), log: Log = () => {}, timeoutMs = 180_000): Promise<LocalState> {
  const running = await status(home);
  if (running?.auth) return running;
  if (running) await stop(home); // an older version's instance, open to anyone on the machine
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700); // the graph's files and the password are the user's alone
  const release = await lock(join(home, 'start.lock'), timeoutMs);
  try {
    const again = await status(home);
    if (again?.auth) return again;
    if (again) await stop(home);
    install(log);
    // The same port as last time when it is free, so clients retrying across a restart find the database again.
    const previous = Number(readFileSafe(portFile(home)));
    const port = previous && (await portFree(previous)) ? previous : await freePort();
    writeFileSync(portFile(home), String(port));
    log(`newsgraph: starting Neo4j ${NEO4J_VERSION} (embedded, Bolt on 127.0.0.1:${port}, data in ${home})…`);
    // Only this start's lines count: an earlier start's "ready" is in the log too.
    const logFrom = existsSync(logFile(home)) ? statSync(logFile(home)).size : 0;
    const out = openSync(logFile(home), 'a', 0o600);
    const { password } = credentials(home);
    const child = spawn('java', ['-Xms256m', '-Xmx2g', '-cp', `${join(LIB, '*')}:${CLASSES}`, 'newsgraph.Launcher', join(home, 'data'), String(port)], {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEWSGRAPH_NEO4J_PASSWORD: password },
    });
    closeSync(out);
    child.unref();
    const state: LocalState = { pid: child.pid!, port, home, startedAt: new Date().toISOString(), auth: true };
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!alive(state.pid) || child.exitCode !== null) {
        throw new Error(`Neo4j exited while starting; see ${logFile(home)}: ${lastLines(logFile(home))}`);
      }
      if (readFileSync(logFile(home)).subarray(logFrom).toString('utf8').includes(`newsgraph-neo4j ready ${port}`) && (await boltAnswers(port))) {
        writePrivate(stateFile(home), JSON.stringify(state, null, 2));
        return state;
      }
      await sleep(250);
    }
    process.kill(state.pid, 'SIGKILL');
    throw new Error(`Neo4j did not answer on port ${port} within ${timeoutMs / 1000}s; see ${logFile(home)}`);
  } finally {
    release();
  }
}

/** Stop the instance (SIGTERM lets Neo4j shut down cleanly); true if one was running. */
export async function stop(home = instanceHome(), timeoutMs = 60_000): Promise<boolean> {
  const state = readState(home);
  if (!state || !alive(state.pid)) {
    rmSync(stateFile(home), { force: true });
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(state.pid) && Date.now() < deadline) await sleep(200);
  if (alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(stateFile(home), { force: true });
  return true;
}

/** An exclusive lock file holding the owner's pid; a dead owner's lock is taken over. */
async function lock(path: string, timeoutMs: number): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(path, 'utf8'));
      const fresh = Date.now() - statSync(path).mtimeMs < 2000; // the owner may not have written its pid yet
      if (owner ? !alive(owner) : !fresh) rmSync(path, { force: true });
      else if (Date.now() > deadline) throw new Error(`another process (pid ${owner}) is still starting Neo4j; lock: ${path}`);
      else await sleep(300);
    }
  }
}

function lastLines(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Which extractor made a graph's records: a digest of the code, data and load queries that decide what an article puts
// in the graph. An article loaded by another version is loaded again even when its text is unchanged, so an upgrade
// never leaves old output behind.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.js';

function digest(): string {
  // The sources when they are there (a clone), else the compiled files this module runs from.
  const dir = existsSync(join(ROOT, 'src', 'extract')) ? join(ROOT, 'src') : dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  const files = ['segment', 'resolve', 'pipeline', 'graph/load'].flatMap((f) => [`${f}.ts`, `${f}.js`]).filter((f) => existsSync(join(dir, f)));
  // Rules, word lists and the tagger (its code, clusters and weights) alike.
  files.push(...readdirSync(join(dir, 'extract'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath.slice(dir.length + 1), d.name)).sort());
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const queries = join(ROOT, 'queries');
  for (const f of readdirSync(queries).filter((x) => x.startsWith('load-')).sort()) hash.update(f).update(readFileSync(join(queries, f)));
  for (const pkg of ['compromise', 'world-countries']) {
    try {
      hash.update(pkg).update(String((JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version));
    } catch {
      // not installed where expected: the code digest alone
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export const EXTRACTOR_VERSION = digest();

/** The package's version, as package.json gives it. */
export const NEWSGRAPH_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

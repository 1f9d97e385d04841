// Where the project's own files are, whether running from src/ (tests) or dist/src/ (CLI).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'queries')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the newsgraph project folder (queries/ and package.json)');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();
export const QUERIES_DIR = join(ROOT, 'queries');

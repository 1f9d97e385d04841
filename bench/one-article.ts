// One article through extraction in a fresh process, for the bench's scaling table: prints its seconds and the
// process's peak RSS as JSON. Usage: node dist/bench/one-article.js FILE
import { extractFile } from '../src/pipeline.js';

const file = process.argv[2];
if (!file) throw new Error('usage: one-article FILE');
const t0 = performance.now();
const result = await extractFile(file);
const seconds = (performance.now() - t0) / 1000;
if (result.ok !== true) throw new Error(`${file}: not extracted`);
console.log(JSON.stringify({ seconds, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), entities: result.record.entities.length, claims: result.record.claims.length }));

// Prepared queries: one .cypher file each in queries/, with `// description:` and `// params:` header lines.
// Values reach Cypher only as $parameters, checked against the declared types first.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import neo4j, { type Driver, type RoutingControl } from 'neo4j-driver';
import { z } from 'zod';
import { QUERIES_DIR } from '../paths.js';
import { ENTITY_TYPES, EntityType, IsoDate } from '../schema.js';

/** `entity` is a string naming an entity: the CLI and the library resolve it through the lookup (graph/lookup.ts) first. */
export const PARAM_TYPES = ['string', 'entity', 'int', 'float', 'boolean', 'date', 'entity-type', 'string[]', 'object[]'] as const;
type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional: boolean;
  default: unknown;
}

export interface Query {
  name: string;
  description: string;
  params: ParamSpec[];
  /** Statements, split on `;` at line ends (schema.cypher has several). */
  statements: string[];
  /** Internal queries (schema, load-*, admin-*) serve ingest and maintenance; they are not listed for users. */
  internal: boolean;
}

export class QueryError extends Error {}

/** "name: type[?] [= default]", the type one of PARAM_TYPES (longest first, so "string[]" is not read as "string"). */
const PARAM = new RegExp(
  `^([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(${[...PARAM_TYPES].sort((a, b) => b.length - a.length).map((t) => t.replace(/[[\]]/g, '\\$&')).join('|')})(\\?)?(?:\\s*=\\s*(.+))?$`,
);

export function parseQuery(name: string, text: string): Query {
  const description = /^\/\/\s*description:\s*(.+)$/m.exec(text)?.[1]?.trim();
  const paramLine = /^\/\/\s*params:(.*)$/m.exec(text)?.[1];
  if (!description || paramLine === undefined) throw new QueryError(`queries/${name}.cypher: needs "// description:" and "// params:" header lines`);
  const params = paramLine
    .split(/,(?![^[]*\])/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): ParamSpec => {
      const m = PARAM.exec(p);
      if (!m) throw new QueryError(`queries/${name}.cypher: bad parameter declaration "${p}" (expected name: ${PARAM_TYPES.join('|')}[?] [= default])`);
      const def = m[4] === undefined ? undefined : JSON.parse(m[4]);
      return { name: m[1]!, type: m[2] as ParamType, optional: m[3] === '?' || def !== undefined, default: def ?? null };
    });
  const body = text.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
  const statements = body.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
  const internal = name === 'schema' || name.startsWith('load-') || name.startsWith('admin-');
  return { name, description, params, statements, internal };
}

let cache: Map<string, Query> | undefined;
export function loadQueries(dir = QUERIES_DIR): Map<string, Query> {
  if (cache && dir === QUERIES_DIR) return cache;
  const out = new Map<string, Query>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const name = basename(file, '.cypher');
    out.set(name, parseQuery(name, readFileSync(join(dir, file), 'utf8')));
  }
  if (dir === QUERIES_DIR) cache = out;
  return out;
}

export function getQuery(name: string): Query {
  const q = loadQueries().get(name);
  if (!q || q.internal) {
    const names = [...loadQueries().values()].filter((x) => !x.internal).map((x) => x.name);
    throw new QueryError(`unknown query "${name}"; available: ${names.join(', ')}`);
  }
  return q;
}

const scalar: Record<ParamType, z.ZodType> = {
  string: z.string().min(1).max(10_000),
  entity: z.string().min(1).max(1_000),
  int: z.coerce.number().int().min(0).max(1_000_000),
  float: z.coerce.number().finite(),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  date: IsoDate,
  'entity-type': EntityType,
  'string[]': z.union([z.array(z.string()), z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))]),
  'object[]': z.array(z.record(z.string(), z.unknown())),
};

/** What each type takes, in words, for messages. */
const EXPECTED: Record<ParamType, string> = {
  string: 'a non-empty string', entity: 'an entity name (at most 1000 characters)', int: 'a whole number from 0 to 1000000', float: 'a number', boolean: 'true or false',
  date: 'a date as YYYY-MM-DD (e.g. 2026-02-06)', 'entity-type': `one of ${ENTITY_TYPES.join(', ')}`,
  'string[]': 'a comma-separated list', 'object[]': 'a list of objects',
};

export const signature = (q: Query) =>
  q.params.map((p) => `${p.name}: ${p.type}${p.optional ? ` (optional, default ${JSON.stringify(p.default)})` : ' (required)'}`).join(', ') || 'none';

/** Check raw values (strings from the command line, or typed values) against a query's declarations. */
export function checkParams(q: Query, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set(q.params.map((p) => p.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) throw new QueryError(`query "${q.name}" has no parameter "${key}"; it takes: ${signature(q)}`);
  }
  for (const p of q.params) {
    const value = raw[p.name];
    if (value === undefined || value === null) {
      if (!p.optional) throw new QueryError(`query "${q.name}" needs parameter "${p.name}" (${p.type}); it takes: ${signature(q)}`);
      out[p.name] = p.default;
      continue;
    }
    const parsed = scalar[p.type].safeParse(value);
    if (!parsed.success) throw new QueryError(`query "${q.name}": parameter "${p.name}" must be ${EXPECTED[p.type]}, got ${JSON.stringify(value)}`);
    out[p.name] = parsed.data;
  }
  return out;
}

/** JS integers → Neo4j integers, recursively, so counts and offsets are stored as integers, not floats. */
export function toNeo(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo);
  if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo(v)]));
  }
  return value;
}

export type Row = Record<string, unknown>;

/** Run a query file's statements with checked parameters; returns the last statement's rows. */
export async function runQuery(driver: Driver, database: string | undefined, q: Query, raw: Record<string, unknown>, mode: 'read' | 'write' = 'read'): Promise<Row[]> {
  const params = toNeo(checkParams(q, raw)) as Record<string, unknown>;
  const routing: RoutingControl = mode === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE;
  let rows: Row[] = [];
  for (const statement of q.statements) {
    const result = await driver.executeQuery(statement, params, { database, routing });
    rows = result.records.map((r) => r.toObject() as Row);
  }
  return rows.map(plain);
}

/** Neo4j values → plain JSON: temporal types to ISO strings. */
function plain(row: Row): Row {
  const conv = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === 'object') {
      if ('toString' in v && (neo4j.isDateTime(v) || neo4j.isDate(v) || neo4j.isLocalDateTime(v))) return String(v);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conv(x)]));
    }
    return v;
  };
  return conv(row) as Row;
}

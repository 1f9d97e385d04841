// Dumps of many articles in one file: JSON Lines (one object a line) and JSON arrays of objects. Each record becomes
// an article of its own; a bad record is one diagnostic naming its line (or index) while the others load.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Job } from './pipeline.js';
import { isoDay } from './html.js';
import { Article, type Diagnostic, toArticleId } from './schema.js';

export const DUMP_EXTENSIONS = ['.jsonl', '.ndjson', '.json'];

/** Where a record's text may be; `--field` names another. */
export const TEXT_FIELDS = ['body', 'text', 'content'];

export interface DumpOptions {
  /** The field holding each article's text, instead of body, text or content. */
  field?: string;
}

/** A text is a dump when it opens with a JSON object or array that parses (its first line, for JSON Lines). */
export function looksLikeDump(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed.startsWith('[') ? trimmed : trimmed.split('\n', 1)[0]!);
    return true;
  } catch {
    return false;
  }
}

/** The articles of a dump, in order, as jobs read already; bad records as diagnostics. */
export function readDump(text: string, path: string, options: DumpOptions = {}): { jobs: Job[]; diagnostics: Diagnostic[] } {
  const jobs: Job[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (place: string, message: string) => diagnostics.push({ file: path, severity: 'error', place, message, source: 'read:dump' });
  const stem = toArticleId(basename(path, extname(path))) || 'stdin';
  const take = (value: unknown, line: number, place: string) => {
    const made = recordToArticle(value, `${stem}-${line}`, path, line, options);
    if (typeof made === 'string') problem(place, made);
    else jobs.push({ name: `${path}:${place}`, read: { ok: true, article: made.article, ...(made.warnings.length ? { warnings: made.warnings.map((m) => ({ file: path, severity: 'warning' as const, place, message: m, source: 'read:dump' })) } : {}) } });
  };
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) {
    let records: unknown;
    try {
      records = JSON.parse(trimmed);
    } catch (err) {
      problem('1', `not a JSON array of articles: ${(err as Error).message}`);
      return { jobs, diagnostics };
    }
    (records as unknown[]).forEach((value, i) => take(value, i + 1, `[${i}]`));
    return { jobs, diagnostics };
  }
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return void problem(String(i + 1), `not a JSON object: ${(err as Error).message}`);
    }
    take(value, i + 1, String(i + 1));
  });
  return { jobs, diagnostics };
}

/** One record → an article, or the problem with it in words. */
function recordToArticle(value: unknown, fallbackId: string, path: string, line: number, options: DumpOptions): { article: Article; warnings: string[] } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a record must be a JSON object';
  const record = value as Record<string, unknown>;
  const fields = options.field ? [options.field] : TEXT_FIELDS;
  const field = fields.find((f) => typeof record[f] === 'string' && (record[f] as string).trim() !== '');
  if (!field) return `no text: expected a non-empty string under ${fields.map((f) => `"${f}"`).join(', ')}${options.field ? '' : ' (or name the field with --field)'}`;
  const body = record[field] as string;
  const text = (key: string) => (typeof record[key] === 'string' && (record[key] as string).trim() ? (record[key] as string).trim() : typeof record[key] === 'number' ? String(record[key]) : null);
  const warnings: string[] = [];
  const given = text('published') ?? text('date');
  const published = given === null ? null : isoDay(given);
  if (given !== null && !published) warnings.push(`published ${JSON.stringify(given.slice(0, 60))} is no date (YYYY-MM-DD or an ISO date-time); the article is loaded without a date`);
  const id = toArticleId(text('id') ?? fallbackId) || fallbackId;
  const sha256 = createHash('sha256').update(JSON.stringify(record)).digest('hex');
  const article = Article.parse({ id, title: text('title'), source: text('source'), url: text('url'), published, byline: text('byline') ?? text('author'), licence: text('licence') ?? text('license'), path, body, bodyLine: line, sha256 });
  return { article, warnings };
}
